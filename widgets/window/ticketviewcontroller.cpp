#include "widgets/window/ticketviewcontroller.h"

#include "core/targets/targetparser.h"
#include "models/therapistfilterproxy.h"
#include "models/therapistlistmodel.h"
#include "models/therapiststatus.h"
#include "models/unresolvedmodel.h"
#include "widgets/list/listpane.h"
#include "widgets/list/therapisttableview.h"
#include "widgets/list/ticketbar.h"
#include "widgets/list/unresolvedpanel.h"
#include "widgets/session/triagesession.h"

#include <utility>

namespace credsync {

TicketViewController::TicketViewController(TriageSession *session, ListPane *listPane, QObject *parent)
    : QObject(parent), m_session(session), m_listPane(listPane)
{
    connect(m_session, &TriageSession::reportsListed, this, &TicketViewController::onReportsListed);
    connect(m_session->unresolved(), &QAbstractItemModel::rowsInserted, this, &TicketViewController::updateTicketBar);
    connect(m_session->therapists(), &QAbstractItemModel::rowsInserted, this, &TicketViewController::onRowsInserted);
    connect(m_listPane->ticketBar(), &TicketBar::backRequested, this, &TicketViewController::goBack);
    connect(m_listPane->unresolvedPanel(), &UnresolvedPanel::retryRequested, this, &TicketViewController::retryUnresolved);
}

bool TicketViewController::openTicket(const QString &text, bool asDraft)
{
    // core's parser picks the targets out of a ticket's prose; what looked like a target but is not
    // one is listed with the reason right away, without a round trip through the inspector.
    const targets::ParseResult parsed = targets::parseTargets(text);
    if (parsed.targets.empty()) {
        for (const UnresolvedTarget &rejected : parsed.rejected)
            m_session->unresolved()->append(rejected);
    }
    QStringList targets;
    for (const targets::ParsedTarget &target : parsed.targets)
        targets << target.text;
    if (targets.isEmpty()) {
        Q_EMIT statusMessage(parsed.rejected.empty() ? tr("Nothing to inspect in the pasted text")
                                                     : tr("No valid target in the pasted text"),
                             4000);
        return false;
    }
    // The ticket becomes the view. What was shown before is kept for Back.
    PreviousView previous;
    previous.scope = m_listPane->proxy()->keyScope();
    UnresolvedModel *unresolved = m_session->unresolved();
    for (int row = 0; row < unresolved->rowCount(); ++row)
        previous.unresolved.push_back({unresolved->index(row, UnresolvedModel::TargetColumn).data(Qt::EditRole).toString(),
                                       unresolved->index(row, UnresolvedModel::ReasonColumn).data().toString()});
    if (const TherapistRow *current = m_session->therapists()->rowAt(m_listPane->currentSourceRow()))
        previous.currentKey = current->key;
    m_previousView = std::move(previous);
    m_session->cancel(); // the job of the view left behind
    unresolved->clear();
    for (const UnresolvedTarget &rejected : parsed.rejected)
        unresolved->append(rejected);
    m_listPane->proxy()->setKeyScope(QSet<QString>());
    m_listPane->ticketBar()->startTicket(int(targets.size()));
    m_ticketResolving = true;
    m_selectFirstResult = true;
    m_draftText = asDraft ? text : QString();
    m_ticketKeys.clear();
    m_session->inspect(targets);
    m_ticketJob = m_session->currentJob();
    updateTicketBar();
    Q_EMIT viewChanged();
    Q_EMIT statusMessage(targets.size() == 1 ? tr("Inspecting 1 target…") : tr("Inspecting %1 targets…").arg(targets.size()), 0);
    return true;
}

void TicketViewController::onReportsListed(quint64 jobId, const QStringList &keys)
{
    if (!m_previousView || jobId == 0 || jobId != m_ticketJob)
        return;
    // A target that names a therapist already listed joins the view as that row, never a second one.
    m_listPane->proxy()->addToKeyScope(keys);
    for (const QString &key : keys) {
        if (!m_ticketKeys.contains(key))
            m_ticketKeys << key;
    }
    const TherapistListModel *model = m_session->therapists();
    const TherapistRow *current = model->rowAt(m_listPane->currentSourceRow());
    const bool currentInView = current && m_listPane->proxy()->keyScope()->contains(current->key);
    if ((m_selectFirstResult || !currentInView) && !keys.isEmpty()) {
        if (m_listPane->selectSourceRow(model->rowOfKey(keys.front())))
            m_selectFirstResult = false;
    }
    updateTicketBar();
}

void TicketViewController::onRowsInserted()
{
    if (m_selectFirstResult && m_listPane->currentSourceRow() < 0 && m_listPane->proxy()->rowCount() > 0) {
        m_selectFirstResult = false;
        m_listPane->view()->setCurrentIndex(m_listPane->proxy()->index(0, 0));
    }
}

void TicketViewController::updateTicketBar()
{
    TicketBar *bar = m_listPane->ticketBar();
    if (!m_previousView || !bar->isActive())
        return;
    const auto &scope = m_listPane->proxy()->keyScope();
    bar->setCounts(scope ? int(scope->size()) : 0, m_session->unresolved()->rowCount(), m_ticketResolving);
}

void TicketViewController::jobEnded()
{
    if (m_ticketResolving) {
        m_ticketResolving = false;
        updateTicketBar();
        if (!m_draftText.isEmpty())
            Q_EMIT ticketResolved(std::exchange(m_draftText, QString()), m_ticketKeys);
    }
}

void TicketViewController::retryUnresolved(const QStringList &targets)
{
    m_session->inspect(targets);
    if (m_previousView) {
        m_ticketJob = m_session->currentJob();
        m_ticketResolving = true;
        updateTicketBar();
    }
}

void TicketViewController::goBack()
{
    if (!m_previousView)
        return;
    if (m_session->isBusy() && m_session->currentJob() == m_ticketJob)
        m_session->cancel();
    PreviousView previous = std::move(*m_previousView);
    m_previousView.reset();
    m_ticketJob = 0;
    m_ticketResolving = false;
    m_draftText.clear();
    m_listPane->ticketBar()->finishTicket();
    m_listPane->proxy()->setKeyScope(previous.scope);
    m_session->unresolved()->clear();
    for (const UnresolvedTarget &target : previous.unresolved)
        m_session->unresolved()->append(target);
    if (!previous.currentKey.isEmpty())
        m_listPane->selectSourceRow(m_session->therapists()->rowOfKey(previous.currentKey));
    Q_EMIT statusMessage(tr("Back to the previous view"), 3000);
    Q_EMIT viewChanged();
}

void TicketViewController::leave()
{
    m_previousView.reset();
    m_ticketJob = 0;
    m_ticketResolving = false;
    m_listPane->ticketBar()->finishTicket();
    m_listPane->proxy()->setKeyScope(std::nullopt);
    Q_EMIT viewChanged();
}

} // namespace credsync
