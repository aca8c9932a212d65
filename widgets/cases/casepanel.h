#pragma once
// The case sidebar: the workspace's cases (open first, closed on request), a new case from the
// window's current selection, rename, ticket, notes, close/reopen, and export. Reopening a case asks
// the window to inspect its therapists again (reinspectRequested); the window hands the fresh
// reports back through showFresh(), and the export then shows "was → now".
#include "core/cases/case.h"
#include "core/cases/casestore.h"
#include "core/export/exportcontent.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace credsync {

class CasePanel : public QWidget
{
    Q_OBJECT
public:
    // The workspace must outlive the panel and belong to the GUI thread.
    CasePanel(workspace::Workspace *workspace, const Profile &profile, QWidget *parent = nullptr);

    // The therapists selected in the window: what "New case" and "Add to case" take.
    void setSelection(const std::vector<TherapistReport> &reports);
    // The account for record links in exports.
    void setAccount(const AccountInfo &account);

    // The actions behind the buttons, for the window's menus and for tests. Errors are shown in the
    // panel and returned.
    Status createCase(const QString &name, const QString &ticket);
    Status addSelectionToCurrent();
    Status renameCurrent(const QString &newName);
    Status saveNotes();
    Status setCurrentClosed(bool closed);
    bool selectCase(const QString &name);
    // A pasted ticket kept as a draft case (named after when it was pasted; the newest 10 are kept).
    // Returns the draft's name.
    Result<QString> saveDraft(const QString &text, const std::vector<TherapistReport> &reports);
    // Opening a draft (a click in the list) asks the window to show its ticket again (draftOpened).
    void activateCurrent();
    bool currentIsDraft() const { return m_current && m_current->draft; }

    QString currentName() const;
    int caseCount() const;
    // The current case as export content: its stored evidence, or beside the fresh reports given by showFresh().
    exporting::ExportContent exportContent() const;

    // The window's re-inspection of the current case's targets. Not a slot: a TherapistReport
    // container in a moc'd signature would instantiate its metatype before inspector.h declares it.
    void showFresh(const QString &caseName, const std::vector<TherapistReport> &fresh);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The window inspects these targets and calls showFresh() with the result.
    void reinspectRequested(const QString &caseName, const QStringList &targets);
    // The window opens ExportDialog(content) (or the panel does when nobody listens).
    void exportRequested(const credsync::exporting::ExportContent &content);
    // A draft was opened: the window makes its therapists the view again.
    void draftOpened(const QString &caseName, const QStringList &targets);

private:
    void build();
    void currentChanged();
    void showError(const Error &error);
    void exportCurrent();

    workspace::Workspace *m_workspace;
    Profile m_profile;
    AccountInfo m_account;
    std::unique_ptr<cases::CaseStore> m_store;
    std::vector<TherapistReport> m_selection;
    std::optional<cases::Case> m_current;      // loaded with evidence
    std::vector<TherapistReport> m_fresh;      // for m_current, when re-inspected

    QTreeWidget *m_list = nullptr;
    QCheckBox *m_showClosed = nullptr;
    QLineEdit *m_ticket = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_reinspect = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_saveNotes = nullptr;
};

} // namespace credsync
