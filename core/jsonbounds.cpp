#include "jsonbounds.h"

namespace credsync {

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("(empty)");
    QString text = QString::fromUtf8(trimmed.left(maxChars * 4));
    for (QChar &c : text) {
        if (c.isSpace() || !c.isPrint())
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

} // namespace credsync
