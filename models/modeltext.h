#pragma once
// A model as plain text: what "copy the whole pane" puts on the clipboard and what the model tests
// compare. One function, so the text people paste into tickets is the text the tests pin.
#include <QAbstractItemModel>
#include <QString>

namespace credsync {

// Header line, then one line per row; cells separated by a tab. Only `rows` when given (in that order).
QString modelToText(const QAbstractItemModel &model, const QList<int> &rows = {}, int role = Qt::DisplayRole);

} // namespace credsync
