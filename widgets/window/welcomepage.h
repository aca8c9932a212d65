#pragma once
// First run: say what the console is for, and offer the two ways in (the demo world, or a profile).
#include <QWidget>

class QPushButton;

namespace credsync {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Offers "Reopen <profile>" when a profile was used before.
    void setRecentProfile(const QString &path);

Q_SIGNALS:
    void openDemoClicked();
    void connectClicked();
    void openProfileClicked(const QString &path);

private:
    QPushButton *m_recent;
    QString m_recentPath;
};

} // namespace credsync
