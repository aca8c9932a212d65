#pragma once
// The fix machinery that lives beside the Inspector on its worker thread: a LiveFixGateway over the
// Inspector's own HubSpot client and repository, the FixRunner, and the audit workspace connection
// opened on that thread (a QtSql connection is used only where it was opened). Built on first use,
// once the sources are connected; destroyed on the same thread before the Inspector.
#include "core/fixes/auditstore.h"
#include "core/fixes/fixrunner.h"
#include "core/fixes/livefixgateway.h"
#include "core/inspector.h"
#include "core/workspace/workspace.h"

#include <memory>

namespace credsync {

class InspectorFixes
{
public:
    explicit InspectorFixes(Inspector *inspector);
    ~InspectorFixes();

    // The runner, built on first use; nullptr (with *error set) when the sources are not connected.
    fixes::FixRunner *runner(QString *error);
    // Nothing is applied without an audit trail: empty when the audit workspace is open, else why not.
    QString auditError() const { return m_auditError; }

private:
    Inspector *m_inspector;
    std::unique_ptr<workspace::Workspace> m_workspace;
    std::unique_ptr<fixes::AuditStore> m_audit;
    std::unique_ptr<fixes::LiveFixGateway> m_gateway;
    std::unique_ptr<fixes::FixRunner> m_runner;
    QString m_auditError;
};

} // namespace credsync
