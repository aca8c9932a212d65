#include "widgets/cases/casepanel.h"

#include "widgets/common/elidedtooltipdelegate.h"
#include "models/displaytext.h"
#include "widgets/export/exportdialog.h"

#include "core/cases/caseexport.h"
#include "core/clock.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMetaMethod>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace credsync {

namespace {

enum Column { NameColumn, TicketColumn, TherapistsColumn, OpenedColumn, StatusColumn, ColumnCount };

QString localTime(const QDateTime &time)
{
    // The window's one style (core/i18n/timetext.h), in the zone its status bar names.
    return DisplayText::localTime(time);
}

} // namespace

CasePanel::CasePanel(workspace::Workspace *workspace, const Profile &profile, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_profile(profile)
    , m_store(workspace ? std::make_unique<cases::CaseStore>(*workspace) : nullptr)
{
    m_account.portalId = profile.hubspot.portalId;
    build();
    refresh();
}

void CasePanel::build()
{
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Case"), tr("Ticket"), tr("Therapists"), tr("Opened"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(OpenedColumn, Qt::DescendingOrder);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setItemDelegate(new ElidedToolTipDelegate(m_list));
    m_list->setAccessibleName(tr("Cases"));
    m_showClosed = new QCheckBox(tr("Show closed cases"), this);

    m_new = new QPushButton(tr("&New case from selection…"), this);
    m_add = new QPushButton(tr("&Add selection"), this);
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_close = new QPushButton(tr("C&lose"), this);
    m_reinspect = new QPushButton(tr("Inspect &again"), this);
    m_reinspect->setToolTip(tr("Inspect the case's therapists now and show what changed since the case was saved"));
    m_export = new QPushButton(tr("&Export…"), this);

    m_ticket = new QLineEdit(this);
    m_ticket->setPlaceholderText(tr("Ticket reference or URL"));
    m_ticket->setAccessibleName(tr("Ticket"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setPlaceholderText(tr("Notes for this case"));
    m_notes->setAccessibleName(tr("Notes"));
    m_saveNotes = new QPushButton(tr("Save ticket and notes"), this);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::WindowText); // readable on light and dark palettes alike

    // Two buttons a row: the panel is a sidebar and must leave the list and details their width at 1280 px.
    auto *actions = new QGridLayout;
    actions->addWidget(m_new, 0, 0, 1, 2);
    actions->addWidget(m_add, 1, 0);
    actions->addWidget(m_rename, 1, 1);
    auto *caseActions = new QGridLayout;
    caseActions->addWidget(m_reinspect, 0, 0);
    caseActions->addWidget(m_export, 0, 1);
    caseActions->addWidget(m_close, 1, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("Ticket:"), m_ticket);
    form->addRow(tr("Notes:"), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_showClosed);
    layout->addLayout(actions);
    layout->addWidget(m_details);
    layout->addLayout(form);
    layout->addWidget(m_saveNotes);
    layout->addLayout(caseActions);
    layout->addWidget(m_message);

    connect(m_showClosed, &QCheckBox::toggled, this, &CasePanel::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CasePanel::currentChanged);
    // Only a person's click or Enter opens a draft (a refresh that selects one does not).
    connect(m_list, &QTreeWidget::itemClicked, this, &CasePanel::activateCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &CasePanel::activateCurrent);
    connect(m_new, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New case"), tr("Case name:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            (void)createCase(name.trimmed(), QString());
    });
    connect(m_add, &QPushButton::clicked, this, [this] { (void)addSelectionToCurrent(); });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename case"), tr("New name:"), QLineEdit::Normal, currentName(), &ok);
        if (ok)
            (void)renameCurrent(name.trimmed());
    });
    connect(m_close, &QPushButton::clicked, this, [this] { (void)setCurrentClosed(m_current && m_current->isOpen()); });
    connect(m_saveNotes, &QPushButton::clicked, this, [this] { (void)saveNotes(); });
    connect(m_reinspect, &QPushButton::clicked, this, [this] {
        if (m_current)
            Q_EMIT reinspectRequested(m_current->name, m_current->targets());
    });
    connect(m_export, &QPushButton::clicked, this, &CasePanel::exportCurrent);
    currentChanged();
}

void CasePanel::setSelection(const std::vector<TherapistReport> &reports)
{
    m_selection = reports;
    m_new->setEnabled(m_store && !m_selection.empty());
    m_add->setEnabled(m_store && m_current && !m_selection.empty());
}

void CasePanel::setAccount(const AccountInfo &account)
{
    m_account = account;
}

void CasePanel::showError(const Error &error)
{
    m_message->setText(error.message);
}

void CasePanel::refresh()
{
    const QString keep = currentName();
    m_list->clear();
    if (!m_store) {
        m_message->setText(tr("No workspace: cases cannot be stored."));
        return;
    }
    Result<std::vector<cases::Case>> all = m_store->list(m_showClosed->isChecked(), true);
    if (!all) {
        showError(all.error());
        return;
    }
    for (const cases::Case &c : *all) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, c.name);
        item->setText(TicketColumn, c.ticket);
        item->setText(TherapistsColumn, QString::number(c.members.size()));
        item->setData(TherapistsColumn, Qt::InitialSortOrderRole, int(c.members.size()));
        item->setText(OpenedColumn, localTime(c.openedAt));
        item->setData(OpenedColumn, Qt::ToolTipRole, c.openedAt.toUTC().toString(Qt::ISODate));
        item->setText(StatusColumn, c.draft ? tr("draft") : c.isOpen() ? tr("open") : tr("closed"));
        QStringList names;
        for (const cases::CaseMember &member : c.members)
            names << member.name;
        // The name first: a narrow sidebar cuts it ("Pasted ticket …").
        item->setToolTip(NameColumn, QStringList{c.name, names.join(QLatin1Char('\n'))}.join(QLatin1Char('\n')));
        if (c.name == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    currentChanged();
}

void CasePanel::currentChanged()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const QString name = item ? item->text(NameColumn) : QString();
    if (!m_current || m_current->name != name) {
        m_fresh.clear();
        m_current.reset();
        if (m_store && !name.isEmpty()) {
            Result<cases::Case> loaded = m_store->load(name);
            if (loaded)
                m_current = std::move(loaded).value();
            else
                showError(loaded.error());
        }
    }
    const bool has = m_current.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_rename, m_close, m_reinspect, m_export, m_ticket, m_notes, m_saveNotes})
        w->setEnabled(has);
    m_add->setEnabled(has && !m_selection.empty());
    m_new->setEnabled(m_store && !m_selection.empty());
    m_ticket->setText(has ? m_current->ticket : QString());
    m_notes->setPlainText(has ? m_current->notes : QString());
    m_close->setText(has && !m_current->isOpen() ? tr("Re&open") : tr("C&lose"));
    // A draft is saved by giving it a name of its own.
    m_rename->setText(has && m_current->draft ? tr("&Save as case…") : tr("&Rename…"));
    if (!has) {
        m_details->setText(m_store ? tr("Select a case, or select therapists in the list and make a new case.") : QString());
        return;
    }
    QString details = tr("Opened %1 with profile %2; %n therapist(s).", nullptr, int(m_current->members.size()))
                          .arg(localTime(m_current->openedAt), m_current->profileName);
    if (!m_current->isOpen())
        details += QLatin1Char(' ') + tr("Closed %1.").arg(localTime(m_current->closedAt));
    if (!m_fresh.empty())
        details += QLatin1Char(' ') + tr("Inspected again: the export shows what changed.");
    m_details->setText(details);
}

Status CasePanel::createCase(const QString &name, const QString &ticket)
{
    if (!m_store)
        return Error::make(Error::Kind::Config, tr("No workspace: cases cannot be stored."), QStringLiteral("cases"));
    Result<cases::Case> created = m_store->create(name, ticket, QString(), m_selection, m_profile.name);
    if (!created) {
        showError(created.error());
        return created.error();
    }
    m_message->setText(tr("Case “%1” saved with the evidence seen now.").arg(name));
    m_current.reset();
    refresh();
    selectCase(name);
    return Ok{};
}

Status CasePanel::addSelectionToCurrent()
{
    if (!m_current)
        return Error::make(Error::Kind::Validation, tr("Select a case first."), QStringLiteral("cases"));
    Result<int> added = m_store->addMembers(m_current->name, m_selection);
    if (!added) {
        showError(added.error());
        return added.error();
    }
    m_message->setText(tr("%n therapist(s) added.", nullptr, *added));
    const QString name = m_current->name;
    m_current.reset();
    refresh();
    selectCase(name);
    return Ok{};
}

Result<QString> CasePanel::saveDraft(const QString &text, const std::vector<TherapistReport> &reports)
{
    if (!m_store)
        return Error::make(Error::Kind::Validation, tr("No workspace: cases cannot be stored."), QStringLiteral("cases"));
    const QString stamp = DisplayText::localTime(clock::nowUtc());
    // Two pastes within a second get "(2)", "(3)"…
    Result<cases::Case> created = Error::make(Error::Kind::Conflict, QString(), QStringLiteral("cases"));
    for (int attempt = 1; attempt <= 9 && !created && created.error().kind == Error::Kind::Conflict; ++attempt) {
        const QString name = attempt == 1 ? tr("Pasted ticket %1").arg(stamp) : tr("Pasted ticket %1 (%2)").arg(stamp).arg(attempt);
        created = m_store->createDraft(name, text, reports, m_profile.name);
    }
    if (!created) {
        showError(created.error());
        return created.error();
    }
    const QString name = created->name;
    m_current.reset();
    refresh();
    selectCase(name);
    return name;
}

void CasePanel::activateCurrent()
{
    if (m_current && m_current->draft)
        Q_EMIT draftOpened(m_current->name, m_current->targets());
}

Status CasePanel::renameCurrent(const QString &newName)
{
    if (!m_current)
        return Error::make(Error::Kind::Validation, tr("Select a case first."), QStringLiteral("cases"));
    Status renamed = m_current->draft ? m_store->promote(m_current->name, newName) : m_store->rename(m_current->name, newName);
    if (!renamed) {
        showError(renamed.error());
        return renamed;
    }
    m_current.reset();
    refresh();
    selectCase(newName);
    return Ok{};
}

Status CasePanel::saveNotes()
{
    if (!m_current)
        return Error::make(Error::Kind::Validation, tr("Select a case first."), QStringLiteral("cases"));
    Status notes = m_store->setNotes(m_current->name, m_notes->toPlainText());
    Status ticket = notes ? m_store->setTicket(m_current->name, m_ticket->text().trimmed()) : notes;
    if (!ticket) {
        showError(ticket.error());
        return ticket;
    }
    m_current->notes = m_notes->toPlainText();
    m_current->ticket = m_ticket->text().trimmed();
    m_message->setText(tr("Saved."));
    refresh();
    return Ok{};
}

Status CasePanel::setCurrentClosed(bool closed)
{
    if (!m_current)
        return Error::make(Error::Kind::Validation, tr("Select a case first."), QStringLiteral("cases"));
    const QString name = m_current->name;
    Status changed = closed ? m_store->close(name) : m_store->reopen(name);
    if (!changed) {
        showError(changed.error());
        return changed;
    }
    if (closed)
        m_showClosed->setChecked(true); // keep the case in view after closing it
    m_current.reset();
    refresh();
    selectCase(name);
    return Ok{};
}

bool CasePanel::selectCase(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(NameColumn) == name) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString CasePanel::currentName() const
{
    return m_current ? m_current->name : QString();
}

int CasePanel::caseCount() const
{
    return m_list->topLevelItemCount();
}

void CasePanel::showFresh(const QString &caseName, const std::vector<TherapistReport> &fresh)
{
    if (!m_current || m_current->name != caseName)
        return; // the user moved on: a stale answer
    m_fresh = fresh;
    currentChanged();
}

exporting::ExportContent CasePanel::exportContent() const
{
    if (!m_current)
        return {};
    return cases::caseContent(*m_current, m_fresh, m_profile, m_account);
}

void CasePanel::exportCurrent()
{
    if (!m_current)
        return;
    if (isSignalConnected(QMetaMethod::fromSignal(&CasePanel::exportRequested))) {
        Q_EMIT exportRequested(exportContent());
        return;
    }
    auto *dialog = new ExportDialog(exportContent(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace credsync
