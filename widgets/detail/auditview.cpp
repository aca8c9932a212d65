#include "widgets/detail/auditview.h"

#include "core/fixes/fixwords.h"
#include "widgets/common/elidedtooltipdelegate.h"
#include "models/displaytext.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace credsync::widgets {

namespace {

enum Column { TimeColumn, OperatorColumn, FixColumn, TherapistColumn, OutcomeColumn, DetailColumn, ColumnCount };

QString localTime(const QDateTime &time)
{
    // Stored in UTC, shown in the window's one style and zone (the status bar names it).
    return DisplayText::localTime(time);
}

QString jsonText(const nlohmann::json &value)
{
    return value.is_null() ? QString() : QString::fromStdString(value.dump());
}

} // namespace

AuditView::AuditView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("auditTree"));
    m_tree->setAccessibleName(tr("Audit of applied fixes"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Time"), tr("Operator"), tr("Fix"), tr("Therapist"), tr("Outcome"), tr("Details")});
    // Who, when and what in full ("David …" was cut); the details take the rest, whole on hover.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_tree->setItemDelegate(new ElidedToolTipDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree);
}

int AuditView::runCount() const
{
    return m_tree->topLevelItemCount();
}

void AuditView::setEntries(const std::vector<fixes::AuditEntry> &entries)
{
    m_tree->clear();
    for (const fixes::AuditEntry &entry : entries) {
        auto *run = new QTreeWidgetItem(m_tree);
        run->setText(TimeColumn, localTime(entry.startedAt));
        run->setText(OperatorColumn, entry.databaseRole.isEmpty()
                                         ? tr("%1 (%2)").arg(entry.operatorName, entry.profile)
                                         : tr("%1 as database role %2 (%3)").arg(entry.operatorName, entry.databaseRole, entry.profile));
        run->setText(FixColumn, fixes::fixWords(entry.fix));
        run->setText(TherapistColumn, entry.therapistName.isEmpty() ? entry.contactId
                                                                    : tr("%1 (contact %2)").arg(entry.therapistName, entry.contactId));
        run->setText(OutcomeColumn, fixes::outcomeWords(entry.outcome));
        run->setText(DetailColumn, entry.message);
        for (const fixes::AuditStep &step : entry.steps) {
            auto *item = new QTreeWidgetItem(run);
            item->setText(TimeColumn, localTime(step.time));
            item->setText(FixColumn, step.phase);
            item->setText(OutcomeColumn, fixes::stepStatusWords(step.status));
            item->setText(DetailColumn, tr("%1. %2 — before %3, after %4%5")
                                            .arg(step.position + 1)
                                            .arg(step.description, jsonText(step.before), jsonText(step.after),
                                                 step.message.isEmpty() ? QString() : QStringLiteral(" — ") + step.message));
            item->setToolTip(DetailColumn, step.api);
        }
        for (const QString &line : entry.state)
            (new QTreeWidgetItem(run))->setText(DetailColumn, tr("State after: %1").arg(line));
        for (const QString &line : entry.leftToDo)
            (new QTreeWidgetItem(run))->setText(DetailColumn, tr("Left to do: %1").arg(line));
    }
}

} // namespace credsync::widgets

#include "moc_auditview.cpp"
