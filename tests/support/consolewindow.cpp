#include "consolewindow.h"

#include "models/therapistlistmodel.h"
#include "widgets/session/threadedinspectionservice.h"
#include "widgets/session/triagesession.h"
#include "widgets/window/mainwindow.h"

#include <QTest>

namespace credsync::test {

bool openConsoleWindow(const Profile &profile, std::unique_ptr<ThreadedInspectionService> &service,
                       std::unique_ptr<MainWindow> &window)
{
    window.reset();
    service = std::make_unique<ThreadedInspectionService>(profile);
    window = std::make_unique<MainWindow>();
    AccountInfo account;
    account.portalId = profile.hubspot.portalId;
    window->setSession(profile, account, service.get());
    window->resize(1440, 900);
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

bool inspectAndWait(MainWindow &window, const QStringList &contacts, int waitMs)
{
    window.inspectText(contacts.join(QLatin1Char(' ')));
    return QTest::qWaitFor([&] {
        if (window.session()->isBusy())
            return false;
        const TherapistListModel *model = window.session()->therapists();
        for (const QString &contact : contacts) {
            const int row = model->rowMatching(contact);
            if (row < 0 || !model->reportAt(row))
                return false;
        }
        return true;
    }, waitMs);
}

} // namespace credsync::test
