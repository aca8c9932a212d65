#include "widgets/list/filterbar.h"

#include "widgets/common/displayoptions.h"

#include "core/types.h"
#include "models/therapistfilterproxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace credsync {

FilterBar::FilterBar(TherapistFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_code(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_objectType(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_top(new QHBoxLayout)
    , m_bottom(new QHBoxLayout)
{
    m_search->setPlaceholderText(tr("Filter by name, email, id or code (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter text"));

    m_code->addItem(tr("Any finding"), QString());
    for (const QString &code : FindingCode::all()) {
        m_code->addItem(displayoptions::findingLabel(code), code);
        m_code->setItemData(m_code->count() - 1, displayoptions::findingToolTip(code), Qt::ToolTipRole);
    }
    m_code->setAccessibleName(tr("Finding code filter"));
    m_code->setToolTip(tr("Only therapists with this finding"));

    using SF = TherapistFilterProxy::SeverityFilter;
    m_severity->addItem(tr("Any severity"), int(SF::Any));
    m_severity->addItem(tr("Errors"), int(SF::Errors));
    m_severity->addItem(tr("Warnings"), int(SF::Warnings));
    m_severity->addItem(tr("Info"), int(SF::Info));
    m_severity->addItem(tr("Healthy"), int(SF::Healthy));
    m_severity->setAccessibleName(tr("Severity filter"));

    m_objectType->addItem(tr("Any object type"), QString());
    m_objectType->setAccessibleName(tr("Object type filter"));
    m_objectType->setToolTip(tr("Only therapists with a finding on this object type"));

    m_count->setAccessibleName(tr("Shown therapists"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%1 of %2 shown").arg(88888).arg(88888)));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // One row when it holds every box whole; otherwise the combos move to a second row (issue 13:
    // at the minimum width the search box overlapped a combo). resizeEvent decides.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_top);
    layout->addLayout(m_bottom);
    m_top->addWidget(m_search, 3);
    m_top->addWidget(m_count);
    m_search->setMinimumWidth(180);
    // The combos size to a short text and elide the rest (each item's full text is in its list).
    for (QComboBox *combo : {m_code, m_severity, m_objectType}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    arrange(false);

    // Filtering 10,000 rows on every keystroke stutters; wait for a pause in typing.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::applyTextNow);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applyTextNow);
    connect(m_code, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFindingCode(m_code->currentData().toString()); });
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSeverity(SF(m_severity->currentData().toInt())); });
    connect(m_objectType, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setObjectType(m_objectType->currentData().toString()); });

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FilterBar::updateCount);
    updateCount();
}

int FilterBar::oneRowWidth() const
{
    const int spacing = m_top->spacing() >= 0 ? m_top->spacing() : style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    int width = m_search->minimumWidth() + m_count->minimumWidth() + 4 * spacing;
    for (const QComboBox *combo : {m_code, m_severity, m_objectType})
        width += combo->minimumSizeHint().width();
    return width;
}

void FilterBar::arrange(bool twoRows)
{
    m_twoRows = twoRows;
    for (QComboBox *combo : {m_code, m_severity, m_objectType}) {
        m_top->removeWidget(combo);
        m_bottom->removeWidget(combo);
    }
    if (twoRows) {
        for (QComboBox *combo : {m_code, m_severity, m_objectType})
            m_bottom->addWidget(combo, 1);
    } else {
        // Between the search box and the count; on a wide window they grow to their whole text
        // ("Cualquier tipo de objeto") while the search box keeps the larger share.
        m_top->insertWidget(1, m_code, 1);
        m_top->insertWidget(2, m_severity, 1);
        m_top->insertWidget(3, m_objectType, 1);
    }
}

QSize FilterBar::minimumSizeHint() const
{
    int combos = 0;
    for (const QComboBox *combo : {m_code, m_severity, m_objectType})
        combos += combo->minimumSizeHint().width();
    const int width = std::max(m_search->minimumWidth() + m_count->minimumWidth(), combos) + 12;
    return {width, QWidget::minimumSizeHint().height()};
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool twoRows = width() < oneRowWidth();
    if (twoRows != m_twoRows)
        arrange(twoRows);
}

void FilterBar::setObjectTypes(const QStringList &names)
{
    const QString current = m_objectType->currentData().toString();
    m_objectType->blockSignals(true);
    while (m_objectType->count() > 1)
        m_objectType->removeItem(1);
    for (const QString &name : names)
        m_objectType->addItem(name, name);
    m_objectType->setCurrentIndex(std::max(0, m_objectType->findData(current)));
    m_objectType->blockSignals(false);
    m_proxy->setObjectType(m_objectType->currentData().toString());
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::applyTextNow()
{
    m_debounce.stop();
    m_proxy->setText(m_search->text());
}

QString FilterBar::countText() const
{
    return m_count->text();
}

void FilterBar::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    if (shown != total)
        m_count->setText(tr("%1 of %2 shown").arg(shown).arg(total));
    else
        m_count->setText(total == 1 ? tr("1 therapist") : tr("%1 therapists").arg(total));
}

} // namespace credsync
