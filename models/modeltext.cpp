#include "modeltext.h"

namespace credsync {

QString modelToText(const QAbstractItemModel &model, const QList<int> &rows, int role)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << header.join(QLatin1Char('\t'));

    QList<int> wanted = rows;
    if (wanted.isEmpty()) {
        for (int row = 0; row < model.rowCount(); ++row)
            wanted << row;
    }
    for (int row : wanted) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data(role).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace credsync
