#pragma once
// The language one export is written in. Each export carries its own translator instead of relying on
// the translators installed in the application: an English export from a Spanish window (or the
// reverse) must come out in the language asked for. The strings live in the "Export" context of
// resources/translations/credsync_*.ts, extracted by lupdate from the translate() calls.
#include <QString>

#include <memory>

class QTranslator;

namespace credsync::exporting {

class ExportLanguage
{
public:
    // "en", "es" (also "es_ES", "es-MX", ...). Unknown languages fall back to English.
    explicit ExportLanguage(const QString &code = QStringLiteral("en"));

    // The language of the system locale when it is one we have, else English: the default of --lang.
    static QString defaultCode();
    static QStringList available();

    QString code() const { return m_code; }
    // True when the language's .qm was found (embedded under :/i18n).
    bool isTranslated() const { return m_translator != nullptr; }

    // Same signature as QCoreApplication::translate so that lupdate finds the strings.
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;

private:
    QString m_code;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace credsync::exporting
