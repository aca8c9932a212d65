#pragma once
// The right side of the status bar: each source's health (icon + name; the reason in the tooltip and
// accessible description), the HubSpot rate budget and the active profile. A failing source shows
// here, quietly, instead of in a dialog per failed request.
#include <QHash>
#include <QWidget>

#include "core/inspector.h"

class QHBoxLayout;
class QLabel;

namespace credsync {

class SourceStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SourceStatusWidget(QWidget *parent = nullptr);

    void setHealth(const SourceHealth &health);
    void setRateBudget(int remaining, int max);
    void setProfileName(const QString &name);
    void reset();

    // For tests and accessibility: "HubSpot: credentials rejected (401)".
    QString healthText(const QString &source) const;
    bool isHealthy(const QString &source) const;

private:
    QLabel *sourceLabel(const QString &source);

    QHBoxLayout *m_layout;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, SourceHealth> m_health;
    QLabel *m_budget;
    QLabel *m_profile;
};

} // namespace credsync
