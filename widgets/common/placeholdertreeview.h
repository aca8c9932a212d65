#pragma once
// A flat QTreeView that says what belongs in it when it is empty ("No log lines mention this
// contact"), instead of a blank rectangle that looks like a failure.
#include <QTreeView>

namespace credsync {

class PlaceholderTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit PlaceholderTreeView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace credsync
