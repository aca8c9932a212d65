#include "translate.h"

#include <QCoreApplication>

namespace credsync::i18n {

QString uiTranslate(const char *context, const char *sourceText)
{
    return QCoreApplication::translate(context, sourceText);
}

} // namespace credsync::i18n
