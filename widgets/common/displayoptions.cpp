#include "widgets/common/displayoptions.h"

#include "core/diagnosis/findingtext.h"

#include <QSettings>

namespace credsync::displayoptions {

namespace {
const QString kShowCodes = QStringLiteral("view/showFindingCodes");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

bool showFindingCodes()
{
    return QSettings().value(kShowCodes, false).toBool();
}

void setShowFindingCodes(bool show)
{
    QSettings().setValue(kShowCodes, show);
}

QString findingLabel(const QString &code)
{
    return showFindingCodes() ? code : diagnosis::findingTitle(code);
}

QString findingToolTip(const QString &code)
{
    const QString explanation = diagnosis::findingExplanation(code);
    return explanation.isEmpty() ? code : QStringLiteral("%1\n%2").arg(code, explanation);
}

QString windowLanguage()
{
    return QSettings().value(kLanguage).toString();
}

void setWindowLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

} // namespace credsync::displayoptions
