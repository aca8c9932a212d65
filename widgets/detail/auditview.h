#pragma once
// The audit of applied fixes: one row per run (time, operator, profile, fix, therapist, outcome),
// its steps with before/after and status underneath. Read-only; fed by AuditStore::entries().
#include "core/fixes/auditstore.h"

#include <QWidget>

class QTreeWidget;

namespace credsync::widgets {

class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(QWidget *parent = nullptr);

    void setEntries(const std::vector<fixes::AuditEntry> &entries);
    int runCount() const;

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace credsync::widgets
