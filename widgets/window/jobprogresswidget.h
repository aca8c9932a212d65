#pragma once
// Progress of the running job with its Cancel button, in the status bar; hidden when idle.
#include "core/progress/progress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace credsync {

class JobProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JobProgressWidget(QWidget *parent = nullptr);

    void setBusy(bool busy);
    // total 0: unknown yet (a busy indicator).
    void setProgress(const progress::Progress &progress);
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace credsync
