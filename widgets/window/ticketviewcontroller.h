#pragma once
// The pasted ticket as the view (issue 13): the list narrowed to the ticket's therapists as they
// resolve, the ticket bar above it with its counts and Back, and the view it replaced kept so Back
// restores it. Also opens the first therapist a new list brings (Load all, a pasted ticket).
#include "core/types.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace credsync {

class ListPane;
class TriageSession;

class TicketViewController : public QObject
{
    Q_OBJECT
public:
    TicketViewController(TriageSession *session, ListPane *listPane, QObject *parent = nullptr);

    // Picks the targets out of a ticket's text and makes the ticket the view; false when the text
    // names nothing to inspect (the reason is in statusMessage, the view unchanged).
    // A pasted ticket is also kept as a draft case once it has resolved (ticketResolved); reopening
    // a draft passes asDraft false.
    bool openTicket(const QString &text, bool asDraft = true);
    // Back to the view before the ticket; nothing when no ticket is shown.
    void goBack();
    // Forgets the ticket view without restoring the one before, and shows every listed therapist
    // again (Load all, Clear list).
    void leave();
    bool isShowingTicket() const { return m_previousView.has_value(); }
    // Corrected lines of the ticket, inspected again; they join the ticket's view as they resolve.
    void retryUnresolved(const QStringList &targets);
    // The next list to arrive opens its first row.
    void selectFirstResult() { m_selectFirstResult = true; }
    // The session's job ended (finished or stopped): the bar stops saying "resolving".
    void jobEnded();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    // Whether a ticket is the view changed (Back becomes available or not).
    void viewChanged();
    // A pasted ticket finished resolving: its text and the therapists it named (list keys), for the
    // draft case. Once per ticket.
    void ticketResolved(const QString &text, const QStringList &keys);

private:
    void onReportsListed(quint64 jobId, const QStringList &keys);
    void onRowsInserted();
    void updateTicketBar();

    TriageSession *m_session;
    ListPane *m_listPane;
    bool m_selectFirstResult = false;

    // The view to go back to (one level: a second paste goes back to the first ticket).
    struct PreviousView
    {
        std::optional<QSet<QString>> scope;
        std::vector<UnresolvedTarget> unresolved;
        QString currentKey;
    };
    quint64 m_ticketJob = 0;
    bool m_ticketResolving = false;
    QString m_draftText; // the pasted text while its draft is still to be kept
    QStringList m_ticketKeys;
    std::optional<PreviousView> m_previousView;
};

} // namespace credsync
