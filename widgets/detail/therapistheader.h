#pragma once
// The top of the detail pane: who this is, whether they are broken, the links a Success person needs
// (the contact in HubSpot), what could not be read, and the fix buttons.
#include <QWidget>

#include "core/types.h"

class QLabel;
class QPushButton;

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

Q_SIGNALS:
    void fixClicked(const QString &fix);
    void copyPaneClicked();

private:
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
};

} // namespace credsync
