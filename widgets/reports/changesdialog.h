#pragma once
// "What changed since the last scan": the latest recorded scan against the one before it (newly broken,
// healed, still broken) and each finding code's trend. The loaded list of a finished "Load all
// therapists" can be recorded from here; a new break then raises a desktop notification.
#include "core/profile.h"
#include "core/scans/scanhistory.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace credsync {

class TrendChartWidget;

class ChangesDialog : public QDialog
{
    Q_OBJECT
public:
    // loadedScan: the reports of a complete scan in the window (empty when the list is not one).
    ChangesDialog(const Profile &profile, std::function<std::vector<TherapistReport>()> loadedScan, QWidget *parent = nullptr);

    void refresh();
    void recordLoaded();
    const std::optional<scans::ScanComparison> &comparison() const { return m_comparison; }

Q_SIGNALS:
    // A recorded scan found therapists newly broken or a watched code appeared: the notification's text.
    void notify(const QString &title, const QString &text);

private:
    Profile m_profile;
    std::function<std::vector<TherapistReport>()> m_loadedScan;
    QLabel *m_summary;
    QPushButton *m_record;
    QTreeWidget *m_changes;
    TrendChartWidget *m_trend;
    std::optional<scans::ScanComparison> m_comparison;
};

} // namespace credsync
