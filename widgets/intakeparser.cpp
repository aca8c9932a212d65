#include "intakeparser.h"

#include <QRegularExpression>

namespace credsync {

QStringList extractTargets(const QString &text)
{
    // One alternation, so matches come out in the order the ticket mentions them and a number inside
    // a URL is not taken twice.
    static const QRegularExpression pattern(QStringLiteral(
        R"((https?://[^\s<>"',;]+))"
        R"(|([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}))"
        R"(|(\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b))"
        R"(|(\b\d{5,19}\b))"));
    QStringList targets;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        QString target = it.next().captured(0);
        while (target.endsWith(QLatin1Char('.')) || target.endsWith(QLatin1Char(')')))
            target.chop(1);
        if (!target.isEmpty() && !targets.contains(target))
            targets << target;
    }
    if (!targets.isEmpty())
        return targets;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !targets.contains(trimmed))
            targets << trimmed;
    }
    return targets;
}

} // namespace credsync
