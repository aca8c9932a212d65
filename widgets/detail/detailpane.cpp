#include "widgets/detail/detailpane.h"
#include "widgets/common/elidedtooltipdelegate.h"

#include "widgets/detail/auditview.h"
#include "widgets/list/chipsdelegate.h"
#include "core/evidence/evidencewindows.h"
#include "core/evidence/timeline.h"
#include "core/export/auditlookup.h"
#include "core/export/ticketblock.h"
#include "core/i18n/language.h"
#include "core/report/reporttext.h"
#include "widgets/detail/detailtableview.h"
#include "widgets/detail/interruptedfixbanner.h"
#include "models/errorsmodel.h"
#include "models/findingsmodel.h"
#include "models/idsmodel.h"
#include "models/logsmodel.h"
#include "models/objectsmodel.h"
#include "models/timelinemodel.h"
#include "widgets/detail/therapistheader.h"
#include "widgets/detail/timelinetab.h"
#include "widgets/common/tonecolors.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace credsync {

namespace {

enum Tab { IdsTab, ObjectsTab, FindingsTab, LogsTab, ErrorsTab, TimelineTabIndex, AuditTab };

void fitColumns(DetailTableView *view, std::initializer_list<int> columns)
{
    for (int column : columns)
        view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_interrupted(new InterruptedFixBanner(this))
    , m_header(new TherapistHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_idsModel(new IdsModel(this))
    , m_objectsModel(new ObjectsModel(this))
    , m_findingsModel(new FindingsModel(this))
    , m_logsModel(new LogsModel(this))
    , m_errorsModel(new ErrorsModel(this))
    , m_timeline(new TimelineTab(this))
    , m_audit(new widgets::AuditView(this))
{
    auto *empty = new QLabel(tr("Select a therapist to see every id in the database beside every object and "
                                "label in HubSpot."),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);

    DetailTableView *ids = addTable(m_idsModel, tr("Ids"), tr("The profile names no object types."));
    fitColumns(ids, {IdsModel::ObjectTypeColumn, IdsModel::LabelColumn, IdsModel::DbColumnColumn,
                     IdsModel::DbValueColumn, IdsModel::ObjectColumn, IdsModel::CreatedColumn, IdsModel::VerdictColumn});
    // The verdict is shown right after the label it judges, so it stays in view at 1024 px (issue 13:
    // it was cut off at the right); copies keep the model's column order.
    ids->header()->moveSection(ids->header()->visualIndex(IdsModel::VerdictColumn), IdsModel::DbColumnColumn);
    DetailTableView *objects = addTable(m_objectsModel, tr("Objects"), tr("HubSpot has no objects associated with this contact."));
    objects->setItemDelegateForColumn(ObjectsModel::LabelsColumn,
                                      new ChipsDelegate(ObjectsModel::LabelsRole, labelTone, objects));
    fitColumns(objects, {ObjectsModel::ObjectTypeColumn, ObjectsModel::IdColumn, ObjectsModel::CreatedColumn,
                         ObjectsModel::UpdatedColumn, ObjectsModel::ArchivedColumn});
    objects->header()->resizeSection(ObjectsModel::LabelsColumn, 220);
    DetailTableView *findings = addTable(m_findingsModel, tr("Findings"), tr("No findings: the database and HubSpot agree."));
    fitColumns(findings, {FindingsModel::SeverityColumn, FindingsModel::CodeColumn, FindingsModel::ObjectTypeColumn,
                          FindingsModel::FixColumn});
    findings->header()->resizeSection(FindingsModel::SummaryColumn, 420);
    // "What is wrong" is a sentence: wrapped in full, not cut above empty space (issue 13).
    findings->setUniformRowHeights(false);
    findings->setWordWrap(true);
    if (auto *delegate = qobject_cast<ElidedToolTipDelegate *>(findings->itemDelegate()))
        delegate->setWrappedColumns({FindingsModel::SummaryColumn});
    DetailTableView *logs = addTable(m_logsModel, tr("Logs"), tr("No log lines mention this contact (or logs are not configured)."));
    fitColumns(logs, {LogsModel::TimeColumn, LogsModel::LevelColumn, LogsModel::WorkerColumn});
    DetailTableView *errors = addTable(m_errorsModel, tr("Errors"), tr("Sentry has no issues that mention this contact."));
    errors->header()->resizeSection(ErrorsModel::TitleColumn, 520);
    fitColumns(errors, {ErrorsModel::CountColumn, ErrorsModel::FirstSeenColumn, ErrorsModel::LastSeenColumn});
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tables << m_timeline->list();
    m_audit->setAccessibleName(tr("Audit of fixes applied"));
    m_tabs->addTab(m_audit, tr("Audit"));
    m_tabs->setAccessibleName(tr("Therapist details"));
    m_tabs->setDocumentMode(true);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_interrupted);
    detailsLayout->addWidget(m_header);
    detailsLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(empty);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_stack);

    connect(m_header, &TherapistHeader::fixClicked, this, [this](const QString &fix) { Q_EMIT fixRequested(fix, m_keys); });
    connect(m_header, &TherapistHeader::copyPaneClicked, this, &DetailPane::copySummary);
    for (DetailTableView *table : std::as_const(m_tables)) {
        connect(table, &DetailTableView::copied, this, [this](const QString &text) {
            Q_EMIT statusMessage(tr("Copied %1").arg(text.contains(QLatin1Char('\n')) ? tr("the table") : text));
        });
    }
}

DetailTableView *DetailPane::addTable(QAbstractItemModel *model, const QString &accessibleName, const QString &placeholder)
{
    auto *view = new DetailTableView(this);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setPlaceholderText(placeholder);
    m_tabs->addTab(view, accessibleName);
    m_tables << view;
    return view;
}

void DetailPane::setContext(const Profile &profile, const AccountInfo &account)
{
    m_profile = profile;
    m_account = account;
    if (m_hasReport)
        showReport(&m_report, m_keys);
}

void DetailPane::showReport(const TherapistReport *report, const QStringList &selectedKeys)
{
    m_keys = selectedKeys;
    m_hasReport = report != nullptr;
    if (!report) {
        m_stack->setCurrentIndex(0);
        m_idsModel->clear();
        m_objectsModel->clear();
        m_findingsModel->clear();
        m_logsModel->clear();
        m_errorsModel->clear();
        m_timeline->clear();
        m_auditEntries.clear();
        m_audit->setEntries({});
        m_interrupted->setRuns({});
        updateTabTitles();
        return;
    }
    if (report != &m_report) {
        // Another therapist's audit must never show under this one; the window sets it again.
        if (report->snapshot.therapist.id != m_report.snapshot.therapist.id
            || report->snapshot.therapist.contactId != m_report.snapshot.therapist.contactId) {
            m_auditEntries.clear();
            m_audit->setEntries({});
            m_interrupted->setRuns({});
        }
        m_report = *report;
    }
    m_header->showReport(m_report, m_account, int(selectedKeys.size()));
    m_idsModel->setReport(m_report, m_profile, m_account);
    m_objectsModel->setReport(m_report, m_profile, m_account);
    m_findingsModel->setReport(m_report);
    m_logsModel->setReport(m_report);
    m_errorsModel->setReport(m_report);
    showTimeline();
    updateTabTitles();
    m_stack->setCurrentIndex(1);
}

void DetailPane::showTimeline()
{
    // In the window's language, whatever language the report was inspected in (a case saved from an
    // English session shows in Spanish too, when its evidence gives the same events back).
    TherapistReport shown = m_report;
    shown.timeline = evidence::timelineIn(m_report, m_profile, m_account, i18n::uiTranslate);
    if (!m_auditEntries.empty())
        evidence::appendAudit(shown.timeline, fixes::AuditStore::timelineEntries(m_auditEntries));
    m_timeline->setReport(shown);
}

void DetailPane::setAuditEntries(const std::vector<fixes::AuditEntry> &entries)
{
    m_auditEntries = entries;
    m_audit->setEntries(entries);
    if (m_hasReport)
        showTimeline();
    updateTabTitles();
}

void DetailPane::setInterruptedRuns(const std::vector<fixes::InterruptedRun> &runs)
{
    m_interrupted->setRuns(runs);
}

void DetailPane::setFixesUnavailable(const QString &reason)
{
    m_header->setFixesUnavailable(reason);
}

void DetailPane::updateTabTitles()
{
    auto title = [](const QString &name, int count) {
        return count ? QStringLiteral("%1 (%2)").arg(name).arg(count) : name;
    };
    int problems = 0;
    for (int row = 0; row < m_idsModel->rowCount(); ++row) {
        if (report::verdictIsProblem(m_idsModel->verdictAt(row)))
            ++problems;
    }
    m_tabs->setTabText(IdsTab, problems == 0 ? tr("Ids")
                               : problems == 1 ? tr("Ids (1 mismatch)")
                                               : tr("Ids (%1 mismatches)").arg(problems));
    m_tabs->setTabText(ObjectsTab, title(tr("Objects"), m_objectsModel->rowCount()));
    m_tabs->setTabText(FindingsTab, title(tr("Findings"), m_findingsModel->rowCount()));
    m_tabs->setTabText(LogsTab, title(tr("Logs"), m_logsModel->rowCount()));
    m_tabs->setTabText(ErrorsTab, title(tr("Errors"), m_errorsModel->rowCount()));
    m_tabs->setTabText(TimelineTabIndex, title(tr("Timeline"), m_timeline->model()->rowCount()));
    m_tabs->setTabText(AuditTab, title(tr("Audit"), m_audit->runCount()));
    m_tabs->setTabIcon(IdsTab, problems ? glyphIcon(Glyph::Exclamation, Tone::Bad) : QIcon());
    // Evidence past a source's retention: said on the tab and in place of "nothing found".
    const struct { int tab; const char *source; QString empty; } evidenceTabs[] = {
        {LogsTab, "loki", tr("No log lines mention this contact (or logs are not configured).")},
        {ErrorsTab, "sentry", tr("Sentry has no issues that mention this contact.")}};
    for (const auto &tab : evidenceTabs) {
        const EvidenceWindow *cut = m_hasReport ? evidence::cutWindow(m_report.snapshot.evidenceWindows, QLatin1String(tab.source))
                                                : nullptr;
        m_tabs->setTabIcon(tab.tab, cut ? glyphIcon(Glyph::Exclamation, Tone::Warn) : QIcon());
        m_tabs->setTabToolTip(tab.tab, cut ? cut->note : QString());
        if (auto *view = qobject_cast<PlaceholderTreeView *>(m_tabs->widget(tab.tab)))
            view->setPlaceholderText(cut ? tr("Nothing found in what the source still keeps. %1").arg(cut->note) : tab.empty);
    }
}

QStringList DetailPane::tabNames()
{
    return {QStringLiteral("ids"), QStringLiteral("objects"), QStringLiteral("findings"), QStringLiteral("logs"),
            QStringLiteral("errors"), QStringLiteral("timeline"), QStringLiteral("audit")};
}

bool DetailPane::setCurrentTab(const QString &name)
{
    const int index = int(tabNames().indexOf(name.toLower()));
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
}

QString DetailPane::currentTabName() const
{
    return tabNames().value(m_tabs->currentIndex());
}

QString DetailPane::summaryText() const
{
    if (!m_hasReport)
        return {};
    report::TextOptions options;
    // The ticket-ready lines first (what was wrong, what was done, the state now), then the evidence.
    exporting::ExportContent content;
    content.profile = m_profile;
    content.account = m_account;
    content.reports = {m_report};
    if (std::vector<exporting::AppliedFix> applied = exporting::appliedFixes(m_auditEntries); !applied.empty())
        content.fixes[m_report.snapshot.therapist.id] = std::move(applied);
    exporting::ExportOptions block;
    block.language = i18n::currentLanguage();
    block.readerZone = options.displayZone;
    return exporting::ticketBlockText(content, block) + QLatin1Char('\n') + report::therapistText(m_report, m_profile, m_account, options);
}

void DetailPane::copySummary()
{
    const QString text = summaryText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied the summary of %1").arg(m_report.snapshot.therapist.name));
}

DetailTableView *DetailPane::currentTable() const
{
    for (DetailTableView *table : m_tables) {
        if (table->hasFocus())
            return table;
    }
    return nullptr;
}

} // namespace credsync
