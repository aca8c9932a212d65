#include "eventextractor.h"

#include "../logging.h"
#include "logparser.h"

#include <QMutex>
#include <QSet>

namespace credsync::evidence {

namespace {

// A bad pattern in a profile would otherwise warn once per therapist of a 10,000-row scan.
void warnOnce(const QString &problem)
{
    static QMutex mutex;
    static QSet<QString> seen;
    QMutexLocker lock(&mutex);
    if (seen.contains(problem))
        return;
    seen.insert(problem);
    logging::get("evidence")->warn("{}", problem.toStdString());
}

QRegularExpression compileOne(const QString &custom, const QString &fallback, const QStringList &requiredGroups,
                              const char *key, QStringList &problems)
{
    const QRegularExpression defaults(fallback, QRegularExpression::CaseInsensitiveOption);
    if (custom.isEmpty())
        return defaults;
    QRegularExpression re(custom);
    if (!re.isValid()) {
        problems << QStringLiteral("loki.%1: invalid regular expression at offset %2 (%3); using the default")
                        .arg(QLatin1String(key))
                        .arg(re.patternErrorOffset())
                        .arg(re.errorString());
        return defaults;
    }
    const QStringList groups = re.namedCaptureGroups();
    for (const QString &group : requiredGroups) {
        if (!groups.contains(group)) {
            problems << QStringLiteral("loki.%1: the pattern has no named group (?<%2>…); using the default")
                            .arg(QLatin1String(key), group);
            return defaults;
        }
    }
    return re;
}

QString workerOf(const QRegularExpressionMatch &match, const LogLine &line)
{
    const QString named = match.captured(QStringLiteral("worker"));
    if (!named.isEmpty())
        return named;
    return line.worker.isEmpty() ? workerIn(line.line) : line.worker;
}

} // namespace

QString defaultPullNothingPattern()
{
    return QStringLiteral("Did not f(?:ou|i)nd Associated Custom Objects for Hubspot ID:?\\s*(?<contact>\\d+)");
}

QString defaultIdSetPattern()
{
    return QStringLiteral("\\b(?<column>[A-Za-z][A-Za-z0-9_]*)\\s+(?:was\\s+)?set\\s+to\\s+[\"']?(?<value>\\d+)");
}

EventPatterns compileEventPatterns(const LokiProfile &loki)
{
    EventPatterns out;
    out.pullNothing = compileOne(loki.pullNothingPattern, defaultPullNothingPattern(), {}, "pull_nothing_pattern",
                                 out.problems);
    out.idSet = compileOne(loki.idSetPattern, defaultIdSetPattern(),
                           {QStringLiteral("column"), QStringLiteral("value")}, "id_set_pattern", out.problems);
    return out;
}

QStringList eventPatternProblems(const LokiProfile &loki)
{
    return compileEventPatterns(loki).problems;
}

std::vector<LogEvent> extractEvents(const std::vector<LogLine> &lines, const LokiProfile &loki,
                                    const QStringList &idColumns)
{
    const EventPatterns patterns = compileEventPatterns(loki);
    for (const QString &problem : patterns.problems)
        warnOnce(problem);

    std::vector<LogEvent> events;
    for (const LogLine &line : lines) {
        const QString &text = line.message.isEmpty() ? line.line : line.message;
        QRegularExpressionMatchIterator pulls = patterns.pullNothing.globalMatch(text);
        while (pulls.hasNext()) {
            const QRegularExpressionMatch m = pulls.next();
            LogEvent event;
            event.kind = LogEvent::Kind::PullFoundNothing;
            event.time = line.time;
            event.contactId = m.captured(QStringLiteral("contact"));
            event.worker = workerOf(m, line);
            event.line = line.line;
            events.push_back(std::move(event));
        }
        if (idColumns.isEmpty())
            continue;
        QRegularExpressionMatchIterator sets = patterns.idSet.globalMatch(text);
        while (sets.hasNext()) {
            const QRegularExpressionMatch m = sets.next();
            const QString column = m.captured(QStringLiteral("column"));
            if (!idColumns.contains(column))
                continue;
            LogEvent event;
            event.kind = LogEvent::Kind::IdColumnSet;
            event.time = line.time;
            event.column = column;
            event.value = m.captured(QStringLiteral("value"));
            event.worker = workerOf(m, line);
            event.line = line.line;
            events.push_back(std::move(event));
        }
    }
    return events;
}

} // namespace credsync::evidence
