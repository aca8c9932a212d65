#pragma once
// The filter bar above the list: a debounced search box and typed filters that drive the proxy's
// setters, and the "shown of total" count, which is what tells a person a filter is hiding rows.
#include <QTimer>
#include <QWidget>

class QComboBox;
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

private:
    void updateCount();

    TherapistFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_code;
    QComboBox *m_severity;
    QComboBox *m_objectType;
    QLabel *m_count;
    QTimer m_debounce;
};

} // namespace credsync
