#pragma once
// The left side of the window: filter bar, therapist list and the unresolved targets.
#include <QWidget>

namespace credsync {

class FilterBar;
class TherapistFilterProxy;
class TherapistListModel;
class TherapistTableView;
class TicketBar;
class UnresolvedModel;
class UnresolvedPanel;

class ListPane : public QWidget
{
    Q_OBJECT
public:
    ListPane(TherapistListModel *therapists, UnresolvedModel *unresolved, QWidget *parent = nullptr);

    FilterBar *filterBar() const { return m_filterBar; }
    TherapistFilterProxy *proxy() const { return m_proxy; }
    TherapistTableView *view() const { return m_view; }
    UnresolvedPanel *unresolvedPanel() const { return m_unresolved; }
    TicketBar *ticketBar() const { return m_ticketBar; }

    // The source row of the current (focused) list row; -1 when none.
    int currentSourceRow() const;
    bool selectSourceRow(int sourceRow);

Q_SIGNALS:
    void currentSourceRowChanged(int sourceRow);

private:
    // The widest of the status column's words (every status, both depths) with its icon.
    int statusColumnWidth() const;

    TherapistFilterProxy *m_proxy;
    FilterBar *m_filterBar;
    TherapistTableView *m_view;
    UnresolvedPanel *m_unresolved;
    TicketBar *m_ticketBar;
};

} // namespace credsync
