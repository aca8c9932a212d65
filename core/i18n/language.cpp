#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>
#include <vector>

namespace credsync::i18n {

namespace {

QString g_current = QStringLiteral("en");
std::vector<std::unique_ptr<QTranslator>> g_installed;

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

std::optional<QString> normalizeLanguage(const QString &code)
{
    QString base = code.trimmed().toLower();
    const qsizetype cut = base.indexOf(QRegularExpression(QStringLiteral("[_.@-]")));
    if (cut >= 0)
        base = base.left(cut);
    if (availableLanguages().contains(base))
        return base;
    return std::nullopt;
}

QString languageFromEnvironment()
{
    // gettext ignores LANGUAGE when the locale is "C"; so do we, by reading the others first for that case.
    const QString all = qEnvironmentVariable("LC_ALL");
    const QString messages = qEnvironmentVariable("LC_MESSAGES");
    const QString lang = qEnvironmentVariable("LANG");
    const QString effective = !all.isEmpty() ? all : !messages.isEmpty() ? messages : lang;
    const bool plainC = effective == QLatin1String("C") || effective == QLatin1String("POSIX")
        || effective.startsWith(QLatin1String("C."));
    if (!plainC) {
        const QStringList preferred = qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (const QString &entry : preferred) {
            if (const auto language = normalizeLanguage(entry))
                return *language;
        }
    }
    if (!effective.isEmpty())
        return normalizeLanguage(effective).value_or(QStringLiteral("en"));
    // No variable set (e.g. Windows, macOS): the platform's own idea of the user's language.
    return normalizeLanguage(QLocale::system().name()).value_or(QStringLiteral("en"));
}

LangArgument takeLangArgument(QStringList &arguments)
{
    LangArgument result;
    for (int i = 1; i < arguments.size();) {
        const QString &argument = arguments[i];
        QString value;
        int consumed = 0;
        if (argument == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size()) {
                result.error = QCoreApplication::translate("Language", "--lang needs a value: es or en.");
                arguments.removeAt(i);
                continue;
            }
            value = arguments[i + 1];
            consumed = 2;
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            value = argument.mid(7);
            consumed = 1;
        } else {
            ++i;
            continue;
        }
        for (int k = 0; k < consumed; ++k)
            arguments.removeAt(i);
        const auto language = normalizeLanguage(value);
        if (!language)
            result.error = QCoreApplication::translate("Language", "--lang: unknown language \"%1\" (expected es or en).").arg(value);
        else
            result.language = *language;
    }
    return result;
}

void installTranslators(const QString &language)
{
    for (const auto &translator : g_installed)
        QCoreApplication::removeTranslator(translator.get());
    g_installed.clear();
    g_current = normalizeLanguage(language).value_or(QStringLiteral("en"));

    const QLocale system = QLocale::system();
    const QLocale locale = system.name().startsWith(g_current) ? system : QLocale(g_current);
    QLocale::setDefault(locale);

    // Qt's own strings first (standard dialog buttons, QCommandLineParser's "Displays help"), ours last:
    // the translator installed last is asked first.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(g_current), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        g_installed.push_back(std::move(qt));
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/credsync_%1.qm").arg(g_current)))
        g_installed.push_back(std::move(own));
    for (const auto &translator : g_installed)
        QCoreApplication::installTranslator(translator.get());
}

QString currentLanguage()
{
    return g_current;
}

} // namespace credsync::i18n
