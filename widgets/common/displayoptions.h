#pragma once
// View options every part of the window reads: whether finding chips and filters show the engineers'
// codes (MISSING_DB_ID) or the plain titles ("Id missing in the database"), and the window's language.
// Both are remembered in QSettings.
#include <QString>

namespace credsync::displayoptions {

bool showFindingCodes();
void setShowFindingCodes(bool show);

// What a finding chip or filter entry reads: the title, or the code when showFindingCodes().
QString findingLabel(const QString &code);
// The tooltip beside it: the code and the one-line explanation.
QString findingToolTip(const QString &code);

// The language chosen in View → Language ("es", "en"), empty when never chosen (the locale decides).
QString windowLanguage();
void setWindowLanguage(const QString &language);

} // namespace credsync::displayoptions
