#include "exportlanguage.h"

#include "../i18n/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace credsync::exporting {

namespace {

QString normalise(const QString &code)
{
    return code.left(2).toLower();
}

} // namespace

ExportLanguage::ExportLanguage(const QString &code)
    : m_code(normalise(code))
{
    if (!available().contains(m_code))
        m_code = QStringLiteral("en");
    // English is the source language; its file holds only the plural forms ("1 event", "2 events").
    auto translator = std::make_shared<QTranslator>();
    // Embedded by CMake (qt_add_translations); the file name follows the .ts file.
    if (translator->load(QStringLiteral(":/i18n/credsync_%1.qm").arg(m_code)))
        m_translator = std::move(translator);
}

QString ExportLanguage::defaultCode()
{
    return i18n::languageFromEnvironment();
}

QStringList ExportLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString ExportLanguage::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    // QTranslator leaves "%n" alone (QCoreApplication::translate is what replaces it).
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace credsync::exporting
