#pragma once
// The filter bar above the list: a debounced search box and typed filters that drive the proxy's
// setters, and the "shown of total" count, which is what tells a person a filter is hiding rows.
#include <QTimer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace credsync {

class TherapistFilterProxy;

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(TherapistFilterProxy *proxy, QWidget *parent = nullptr);

    void setObjectTypes(const QStringList &names);
    void focusSearch();
    // Typing is debounced; tests and "apply now" call this to skip the wait.
    void applyTextNow();

    QLineEdit *searchBox() const { return m_search; }
    QComboBox *codeBox() const { return m_code; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *objectTypeBox() const { return m_objectType; }
    QString countText() const;
    // True when the combos sit on a second row because one row would not hold every box whole.
    bool isTwoRows() const { return m_twoRows; }
    // The narrow arrangement's: the bar never forces the window wider than its minimum.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCount();
    int oneRowWidth() const;
    void arrange(bool twoRows);

    TherapistFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_code;
    QComboBox *m_severity;
    QComboBox *m_objectType;
    QLabel *m_count;
    QHBoxLayout *m_top;
    QHBoxLayout *m_bottom;
    bool m_twoRows = false;
    QTimer m_debounce;
};

} // namespace credsync
