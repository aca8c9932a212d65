#pragma once
// A language to render words in, as a function with QCoreApplication::translate's first two parameters:
// the window's and the CLI's language (uiTranslate), or an export's own language (a lambda over
// ExportLanguage::translate). Renderers call it as `translate("Context", "Source text")`, so that
// lupdate finds their strings.
#include <QString>

#include <functional>

namespace credsync::i18n {

using Translate = std::function<QString(const char *context, const char *sourceText)>;

// QCoreApplication::translate: the translators installed for the process (i18n::installTranslators).
QString uiTranslate(const char *context, const char *sourceText);

} // namespace credsync::i18n
