#include "widgets/reports/reportscontroller.h"

#include "widgets/reports/changesdialog.h"
#include "widgets/reports/cleanupdialog.h"
#include "widgets/common/workprogress.h"
#include "widgets/reports/delaysdialog.h"
#include "widgets/session/triagesession.h"

#include "models/therapistlistmodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QMainWindow>
#include <QMenuBar>
#include <QSystemTrayIcon>

namespace credsync {

ReportsController::ReportsController(QMainWindow *window, TriageSession *session, const QAbstractProxyModel *shown,
                                     QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_shown(shown)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Reports"));
    QAction *delays = menu->addAction(tr("&Delays…"), this, &ReportsController::showDelays);
    delays->setObjectName(QStringLiteral("reportDelays"));
    delays->setToolTip(tr("How long HubSpot took to create each object after sign-up, and what id-pull delay would find 99 %"));
    QAction *changes = menu->addAction(tr("&Changes since the last scan…"), this, &ReportsController::showChanges);
    changes->setObjectName(QStringLiteral("reportChanges"));
    menu->addSeparator();
    QAction *cleanup = menu->addAction(tr("Approved &clean-up…"), this, &ReportsController::showCleanup);
    cleanup->setObjectName(QStringLiteral("reportCleanup"));
    connect(session, &TriageSession::jobFinished, this, [this](const QString &errorMessage) {
        if (m_scanRunning)
            m_scanComplete = errorMessage.isEmpty();
        m_scanRunning = false;
    });
}

void ReportsController::setProfile(const Profile &profile)
{
    m_profile = profile;
    m_haveProfile = true;
    m_scanComplete = false;
}

void ReportsController::noteScanStarted()
{
    m_scanRunning = true;
    m_scanComplete = false;
}

void ReportsController::noteListChanged()
{
    if (!m_scanRunning)
        m_scanComplete = false;
}

void ReportsController::showDelays()
{
    if (!m_haveProfile) {
        Q_EMIT statusMessage(tr("Open a profile or the demo first"), 4000);
        return;
    }
    auto *dialog = new DelaysDialog(m_profile, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_work) {
        dialog->setProgressFactory([work = QPointer<WorkProgress>(m_work)](const progress::Progress &first, std::function<void()> onCancel) {
            return work ? work->begin(first, std::move(onCancel)) : std::make_shared<progress::NullProgressSink>();
        });
    }
    dialog->show();
    dialog->run();
}

void ReportsController::showChanges()
{
    if (!m_haveProfile) {
        Q_EMIT statusMessage(tr("Open a profile or the demo first"), 4000);
        return;
    }
    auto loaded = [this]() {
        std::vector<TherapistReport> reports;
        if (!m_scanComplete)
            return reports;
        const TherapistListModel *model = m_session->therapists();
        // A scan larger than the list's report cache is not held in full (issue 14): recording part of
        // it would be a false record, so nothing is offered; `credsync scan --record` records any size.
        for (int row = 0; row < model->rowCount(); ++row) {
            const TherapistReport *report = model->reportAt(row);
            if (!report)
                return std::vector<TherapistReport>{};
            reports.push_back(*report);
        }
        return reports;
    };
    auto *dialog = new ChangesDialog(m_profile, loaded, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangesDialog::notify, this, &ReportsController::notify);
    dialog->show();
}

void ReportsController::showCleanup()
{
    if (!m_haveProfile) {
        Q_EMIT statusMessage(tr("Open a profile or the demo first"), 4000);
        return;
    }
    auto *dialog = new CleanupDialog(m_profile, [this] { return shownReports(); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

std::vector<TherapistReport> ReportsController::shownReports() const
{
    std::vector<TherapistReport> shown;
    const TherapistListModel *model = m_session->therapists();
    for (int row = 0; row < m_shown->rowCount(); ++row) {
        if (const TherapistReport *report = model->reportAt(m_shown->mapToSource(m_shown->index(row, 0)).row()))
            shown.push_back(*report);
    }
    return shown;
}

void ReportsController::notify(const QString &title, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(tr("CredSync Console"));
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 15000);
    }
    Q_EMIT statusMessage(text.section(QLatin1Char('\n'), 0, 0), 15000);
}

} // namespace credsync
