#pragma once
// The warning line at the top of the detail pane when a fix on the therapist shown was interrupted (its
// process died mid-run; the run journal found it): the same words as `credsync inspect`, e.g.
// "interrupted fix of 23:10 by ana@host: steps 1–2 done, 3–4 not done", one line per run, on a
// background derived from the palette's warning tone. Hidden when there is none.
#include <QLabel>

#include "core/fixes/runjournal.h"

#include <vector>

namespace credsync {

class InterruptedFixBanner : public QLabel
{
    Q_OBJECT
public:
    explicit InterruptedFixBanner(QWidget *parent = nullptr);

    void setRuns(const std::vector<fixes::InterruptedRun> &runs);
    int runCount() const { return m_runCount; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    int m_runCount = 0;
};

} // namespace credsync
