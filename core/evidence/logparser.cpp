#include "logparser.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace credsync::evidence {

namespace {

const QRegularExpression &loggerLine()
{
    // The progname is matched lazily up to the first ": " so that a message containing ": " stays whole;
    // the message may span lines (backtraces arrive as one Loki entry).
    static const QRegularExpression re(
        QStringLiteral("^([A-Z]), \\[(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?) #(\\d+)\\] +"
                       "(DEBUG|INFO|WARN|ERROR|FATAL|ANY|UNKNOWN) -- (.*?):(?: (.*))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression &leadingTags()
{
    static const QRegularExpression re(QStringLiteral("^(?:\\[[^\\]\\r\\n]*\\](?: +|$))+"));
    return re;
}

} // namespace

QDateTime timeFromNs(qint64 timestampNs)
{
    if (timestampNs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(timestampNs / 1000000, QTimeZone::utc());
}

qint64 nsFromTime(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() * 1000000 : 0;
}

QString workerIn(const QString &text)
{
    static const QRegularExpression workerClass(
        QStringLiteral("\\b([A-Z][A-Za-z0-9]*(?:::[A-Z][A-Za-z0-9]*)*(?:Worker|Job))\\b"));
    static const QRegularExpression sidekiqClass(QStringLiteral("\\bclass=([A-Za-z0-9_:]+)"));
    static const QRegularExpression jid(QStringLiteral("\\bjid[-=]([A-Za-z0-9]+)"));
    // Framework tags name a job class too ("[ActiveJob] [CredentialingCycleJob]"): skip those.
    static const QStringList framework = {QStringLiteral("ActiveJob"), QStringLiteral("ApplicationJob"),
                                          QStringLiteral("ApplicationWorker"), QStringLiteral("Sidekiq::Job"),
                                          QStringLiteral("Sidekiq::Worker")};
    QRegularExpressionMatchIterator classes = workerClass.globalMatch(text);
    while (classes.hasNext()) {
        const QString name = classes.next().captured(1);
        if (!framework.contains(name))
            return name;
    }
    if (const QRegularExpressionMatch m = sidekiqClass.match(text); m.hasMatch())
        return m.captured(1);
    if (const QRegularExpressionMatch m = jid.match(text); m.hasMatch())
        return QStringLiteral("jid-") + m.captured(1);
    return {};
}

LogLine parseLogLine(const QString &raw, qint64 timestampNs, const QString &stream)
{
    LogLine out;
    out.line = raw;
    out.timestampNs = timestampNs;
    out.time = timeFromNs(timestampNs);
    out.stream = stream;

    // Logger ends every line with "\n"; Loki usually keeps it. It is not part of the message.
    QString text = raw;
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);

    const QRegularExpressionMatch m = loggerLine().match(text);
    if (!m.hasMatch()) {
        out.message = raw;
        out.worker = workerIn(text);
        return out;
    }
    out.level = m.captured(4) == QStringLiteral("UNKNOWN") ? QStringLiteral("ANY") : m.captured(4);
    const QString progname = m.captured(5).trimmed();
    QString message = m.captured(6);
    const QRegularExpressionMatch tags = leadingTags().match(message);
    const QString tagText = tags.hasMatch() ? tags.captured(0) : QString();
    if (tags.hasMatch())
        message = message.mid(tags.capturedLength(0));
    out.message = message;
    out.worker = progname.isEmpty() ? workerIn(tagText + QLatin1Char(' ') + message) : progname;
    if (!out.time.isValid()) {
        QDateTime own = QDateTime::fromString(m.captured(2), Qt::ISODateWithMs);
        if (own.isValid()) {
            own.setTimeZone(QTimeZone::utc());
            out.time = own;
        }
    }
    return out;
}

} // namespace credsync::evidence
