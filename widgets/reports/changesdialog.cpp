#include "widgets/reports/changesdialog.h"

#include "widgets/reports/trendchartwidget.h"

#include "core/clock.h"
#include "core/reports/extrasettings.h"
#include "core/scans/watchnotification.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace credsync {

ChangesDialog::ChangesDialog(const Profile &profile, std::function<std::vector<TherapistReport>()> loadedScan, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_loadedScan(std::move(loadedScan))
    , m_summary(new QLabel(this))
    , m_record(new QPushButton(tr("&Record the loaded scan"), this))
    , m_changes(new QTreeWidget(this))
    , m_trend(new TrendChartWidget(this))
{
    setWindowTitle(tr("Changes since the last scan"));
    m_summary->setWordWrap(true);
    m_record->setToolTip(tr("Store the verdicts of the therapists listed by the last complete \"Load all therapists\""));
    m_changes->setColumnCount(3);
    m_changes->setHeaderLabels({tr("Contact"), tr("Name"), tr("Finding codes")});
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_record);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_changes, 2);
    layout->addWidget(new QLabel(tr("Finding codes across the recorded scans:"), this));
    layout->addWidget(m_trend, 1);
    layout->addWidget(buttons);
    resize(900, 680);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &ChangesDialog::recordLoaded);
    m_record->setEnabled(m_loadedScan && !m_loadedScan().empty());
    refresh();
}

void ChangesDialog::refresh()
{
    m_changes->clear();
    Result<scans::ScanComparison> comparison = scans::compareLatest(m_profile);
    if (!comparison) {
        m_comparison.reset();
        m_summary->setText(comparison.error().message);
        m_trend->setTrend({});
        return;
    }
    m_comparison = comparison.value();
    const scans::ScanDiff &diff = m_comparison->diff;
    m_summary->setText(diff.previousId ? tr("Scan %1 compared with scan %2: %3 newly broken, %4 healed, %5 still broken.")
                                             .arg(diff.currentId).arg(diff.previousId)
                                             .arg(diff.newlyBroken.size()).arg(diff.healed.size()).arg(diff.stillBroken.size())
                                       : tr("Scan %1 is the only recorded scan: %2 broken.").arg(diff.currentId).arg(diff.newlyBroken.size()));
    auto group = [this](const QString &title, const std::vector<scans::TherapistChange> &changes) {
        auto *parent = new QTreeWidgetItem(m_changes, {title.arg(changes.size())});
        parent->setFirstColumnSpanned(true);
        for (const scans::TherapistChange &change : changes)
            new QTreeWidgetItem(parent, {change.now.contactId, change.now.name,
                                         (change.now.codes.isEmpty() ? change.previousCodes : change.now.codes).join(QStringLiteral(" "))});
        parent->setExpanded(true);
    };
    group(tr("Newly broken (%1)"), diff.newlyBroken);
    group(tr("Healed (%1)"), diff.healed);
    group(tr("Still broken (%1)"), diff.stillBroken);
    m_trend->setTrend(m_comparison->trend);
}

void ChangesDialog::recordLoaded()
{
    const std::vector<TherapistReport> reports = m_loadedScan ? m_loadedScan() : std::vector<TherapistReport>{};
    if (reports.empty())
        return;
    Result<qint64> recorded = scans::recordReports(m_profile, reports, clock::nowUtc(), clock::nowUtc());
    if (!recorded) {
        m_summary->setText(tr("The scan could not be recorded: %1").arg(recorded.error().describe()));
        return;
    }
    m_record->setEnabled(false);
    refresh();
    if (!m_comparison)
        return;
    const Result<reports::ExtraSettings> settings = reports::extraSettings(m_profile);
    const bool showEmails = settings && settings->notificationEmails;
    const std::optional<nlohmann::json> notification = scans::notificationFor(m_comparison->diff, m_profile.name, showEmails);
    if (notification)
        Q_EMIT notify(tr("CredSync: therapists newly broken"), QString::fromStdString((*notification)["text"].get<std::string>()));
}

} // namespace credsync
