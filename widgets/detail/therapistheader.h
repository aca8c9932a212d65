#pragma once
// The top of the detail pane: who this is, whether they are broken, the links a Success person needs
// (the contact in HubSpot), what could not be read, and the fix buttons.
#include <QWidget>

#include "core/types.h"

class QLabel;
class QPushButton;

class QHBoxLayout;
class QVBoxLayout;

namespace credsync {

class TherapistHeader : public QWidget
{
    Q_OBJECT
public:
    explicit TherapistHeader(QWidget *parent = nullptr);

    void showReport(const TherapistReport &report, const AccountInfo &account, int selectedCount);
    // fix: "pull-ids" | "resync" | "relabel".
    QPushButton *fixButton(const QString &fix) const;
    QPushButton *copyButton() const { return m_copy; }
    // Empty: the fix buttons are enabled. Otherwise they are disabled with the reason as tooltip.
    void setFixesUnavailable(const QString &reason);
    QString nameText() const;
    // True when the ids line sits above the buttons because beside them its longest id would be cut.
    bool idsOnOwnRow() const { return m_idsOwnRow; }

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void fixClicked(const QString &fix);
    void copyPaneClicked();

private:
    void arrangeIds();

    QLabel *m_icon;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_ids;
    QLabel *m_problems;
    QLabel *m_selection;
    QPushButton *m_fix; // "auto": the one plan that brings the therapist to correct
    QPushButton *m_pullIds;
    QPushButton *m_resync;
    QPushButton *m_relabel;
    QPushButton *m_copy;
    QVBoxLayout *m_layout = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    int m_longestId = 0; // the widest unbreakable id (a UUID, an email) the ids line shows
    bool m_idsOwnRow = false;
};

} // namespace credsync
