#pragma once
// Sizes the therapist list's columns to the width it has, so that from 1024 px up every column is
// on screen (issue 13: at 800 px the Findings column was off-screen): ids and times get what their
// text needs, name and email share the rest with the findings (cut text is whole on hover). Once
// a person drags a column edge, their widths stay.
#include <QObject>

class QTreeView;
class QWidget;

namespace credsync {

class ListColumnFitter : public QObject
{
    Q_OBJECT
public:
    explicit ListColumnFitter(QTreeView *view);

    void fit();
    bool userSized() const { return m_userSized; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    // Compared, never called: events still reach the filter while the view is being destroyed, when a
    // call into it is undefined behaviour (UndefinedBehaviorSanitizer found m_view->viewport() there).
    const QWidget *m_viewport;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace credsync
