#pragma once
// Which language the console speaks, and the translators that make it speak it. One place decides, for
// the CLI and the window alike: --lang, else (window only) the language chosen in View → Language,
// else the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, in that order, as gettext reads them),
// else English. The .qm files are embedded under :/i18n, so nothing here depends on the install layout.
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace credsync::i18n {

// "en", "es".
QStringList availableLanguages();
// "es" for "es", "es_ES.UTF-8", "es-MX"; nullopt for anything we have no translation for ("C", "fr_FR").
std::optional<QString> normalizeLanguage(const QString &code);
// The first supported language named by LANGUAGE (a colon-separated list), LC_ALL, LC_MESSAGES or LANG;
// an unsupported or "C"/"POSIX" value in a variable that is set stops the search (it is the user's choice),
// which then means English.
QString languageFromEnvironment();

// Removes every "--lang X" / "--lang=X" from arguments (element 0 is the program name and is kept).
// Returns the value of the last one, an empty string when there was none, or an error message
// when one is unknown or has no value.
struct LangArgument
{
    QString language;   // "es" / "en" / empty when not given
    QString error;      // non-empty: bad value
};
LangArgument takeLangArgument(QStringList &arguments);

// Installs the application's and Qt's own translators for language (replacing any installed before) and
// makes QLocale's default follow it (the system locale when it is the same language, so a Mexican
// reader keeps her own date order). Needs a QCoreApplication.
void installTranslators(const QString &language);
// The language installed last (English before any).
QString currentLanguage();

} // namespace credsync::i18n
