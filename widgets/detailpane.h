#pragma once
// Everything about the selected therapist: the header with links and fixes, then one tab per kind of
// evidence (Ids, Objects, Findings, Logs, Errors, Timeline).
#include <QWidget>

#include "core/profile.h"
#include "core/types.h"

class QAbstractItemModel;
class QStackedWidget;
class QTabWidget;

namespace credsync {

class DetailTableView;
class ErrorsModel;
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

    // "ids", "objects", "findings", "logs", "errors", "timeline" (case-insensitive).
    bool setCurrentTab(const QString &name);
    QString currentTabName() const;
    static QStringList tabNames();

    // The current therapist as text, in the CLI's layout, for a ticket.
    QString summaryText() const;
    void copySummary();
    // The focused tab's table, when one has focus, else nullptr.
    DetailTableView *currentTable() const;

    TherapistHeader *header() const { return m_header; }
    IdsModel *idsModel() const { return m_idsModel; }
    TimelineTab *timelineTab() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // The fixes issue connects here; keys are TherapistListModel::KeyRole values.
    void fixRequested(const QString &fix, const QStringList &therapistKeys);
    void statusMessage(const QString &message);

private:
    DetailTableView *addTable(QAbstractItemModel *model, const QString &accessibleName, const QString &placeholder);
    void updateTabTitles();

    Profile m_profile;
    AccountInfo m_account;
    TherapistReport m_report;
    bool m_hasReport = false;
    QStringList m_keys;

    QStackedWidget *m_stack;
    TherapistHeader *m_header;
    QTabWidget *m_tabs;
    IdsModel *m_idsModel;
    ObjectsModel *m_objectsModel;
    FindingsModel *m_findingsModel;
    LogsModel *m_logsModel;
    ErrorsModel *m_errorsModel;
    TimelineTab *m_timeline;
    QList<DetailTableView *> m_tables;
};

} // namespace credsync
