#pragma once
// Everything about the selected therapist: the header with links and fixes, then one tab per kind of
// evidence (Ids, Objects, Findings, Logs, Errors, Timeline).
#include <QWidget>

#include "core/fixes/auditstore.h"
#include "core/fixes/runjournal.h"
#include "core/profile.h"
#include "core/types.h"

class QAbstractItemModel;
class QStackedWidget;
class QTabWidget;

namespace credsync {

namespace widgets {
class AuditView;
}

class DetailTableView;
class ErrorsModel;
class InterruptedFixBanner;
class FindingsModel;
class IdsModel;
class LogsModel;
class ObjectsModel;
class TherapistHeader;
class TimelineTab;

class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    void setContext(const Profile &profile, const AccountInfo &account);
    // nullptr shows the "select a therapist" page. selectedKeys: what the fix buttons act on.
    void showReport(const TherapistReport *report, const QStringList &selectedKeys);
    bool hasReport() const { return m_hasReport; }
    const TherapistReport *report() const { return m_hasReport ? &m_report : nullptr; }
    // The fixes applied to the therapist shown: the Audit tab, and "audit" entries in the timeline.
    // Cleared when another therapist is shown.
    void setAuditEntries(const std::vector<fixes::AuditEntry> &entries);
    // Fixes on the therapist shown whose process died mid-run (the run journal): a warning line at the
    // top of the pane, with the words of `credsync inspect`. Cleared when another therapist is shown.
    void setInterruptedRuns(const std::vector<fixes::InterruptedRun> &runs);
    // Empty: the fix buttons are enabled; otherwise why they are not.
    void setFixesUnavailable(const QString &reason);

    // "ids", "objects", "findings", "logs", "errors", "timeline", "audit" (case-insensitive).
    bool setCurrentTab(const QString &name);
    QString currentTabName() const;
    static QStringList tabNames();

    // The current therapist as text, in the CLI's layout, for a ticket.
    QString summaryText() const;
    void copySummary();
    // The focused tab's table, when one has focus, else nullptr.
    DetailTableView *currentTable() const;

    TherapistHeader *header() const { return m_header; }
    InterruptedFixBanner *interruptedBanner() const { return m_interrupted; }
    IdsModel *idsModel() const { return m_idsModel; }
    TimelineTab *timelineTab() const { return m_timeline; }
    widgets::AuditView *auditView() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // The fixes issue connects here; keys are TherapistListModel::KeyRole values.
    void fixRequested(const QString &fix, const QStringList &therapistKeys);
    void statusMessage(const QString &message);

private:
    DetailTableView *addTable(QAbstractItemModel *model, const QString &accessibleName, const QString &placeholder);
    void updateTabTitles();
    void showTimeline();

    Profile m_profile;
    AccountInfo m_account;
    TherapistReport m_report;
    bool m_hasReport = false;
    QStringList m_keys;

    QStackedWidget *m_stack;
    InterruptedFixBanner *m_interrupted;
    TherapistHeader *m_header;
    QTabWidget *m_tabs;
    IdsModel *m_idsModel;
    ObjectsModel *m_objectsModel;
    FindingsModel *m_findingsModel;
    LogsModel *m_logsModel;
    ErrorsModel *m_errorsModel;
    TimelineTab *m_timeline;
    widgets::AuditView *m_audit;
    std::vector<fixes::AuditEntry> m_auditEntries;
    QList<DetailTableView *> m_tables;
};

} // namespace credsync
