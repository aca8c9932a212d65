#pragma once
// Targets that did not resolve, under the list: each with its reason, editable in place, and a Retry
// that sends the corrected ones again. Hidden while there is nothing to show.
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace credsync {

class UnresolvedModel;

class UnresolvedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UnresolvedPanel(UnresolvedModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void retryRequested(const QStringList &targets);

private:
    void updateState();

    UnresolvedModel *m_model;
    QLabel *m_title;
    QTreeView *m_view;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
};

} // namespace credsync
