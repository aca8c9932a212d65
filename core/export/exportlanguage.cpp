#include "exportlanguage.h"

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
    if (m_code != QLatin1String("es")) {
        // English is the source language: no translator, the source texts are the output.
        m_code = QStringLiteral("en");
        return;
    }
    auto translator = std::make_shared<QTranslator>();
    // Embedded by CMake (qt_add_translations); the file name follows the .ts file.
    if (translator->load(QStringLiteral(":/i18n/credsync_%1.qm").arg(m_code)))
        m_translator = std::move(translator);
}

QString ExportLanguage::defaultCode()
{
    const QString system = normalise(QLocale::system().name());
    return available().contains(system) ? system : QStringLiteral("en");
}

QStringList ExportLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString ExportLanguage::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, sourceText, disambiguation, n);
        if (!translated.isEmpty())
            return translated;
    }
    // Plural forms in the source language: "%n" replaced the way QCoreApplication::translate does.
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace credsync::exporting
