#pragma once
// The strip above the list while a pasted ticket is the view: what the ticket named, how much of it
// resolved, and Back to the view before it (issue 13: the previous view one click away).
#include <QWidget>

class QLabel;
class QPushButton;

namespace credsync {

class TicketBar : public QWidget
{
    Q_OBJECT
public:
    explicit TicketBar(QWidget *parent = nullptr);

    // Shows the bar for a ticket naming `targets` targets; counts start at zero.
    void startTicket(int targets);
    void setCounts(int listed, int notFound, bool resolving);
    void finishTicket(); // hides the bar
    bool isActive() const { return m_active; }
    QString text() const;

Q_SIGNALS:
    void backRequested();

private:
    QLabel *m_label;
    QPushButton *m_back;
    int m_targets = 0;
    bool m_active = false;
};

} // namespace credsync
