#include "widgets/fixes/inspectorfixes.h"

#include "core/cases/caseworkspace.h"
#include "core/pipeline/sourcefactory.h"

#include <QCoreApplication>

namespace credsync {

InspectorFixes::InspectorFixes(Inspector *inspector)
    : m_inspector(inspector)
{
}

// The runner goes before the gateway and the audit store it points to.
InspectorFixes::~InspectorFixes()
{
    m_runner.reset();
    m_gateway.reset();
    m_audit.reset();
    m_workspace.reset();
}

fixes::FixRunner *InspectorFixes::runner(QString *error)
{
    if (m_runner)
        return m_runner.get();
    pipeline::Sources *sources = m_inspector->sources();
    if (!sources || !sources->hubspot || !sources->repository) {
        *error = QCoreApplication::translate("InspectorFixes", "the sources are not connected");
        return nullptr;
    }
    const Profile &profile = m_inspector->profile();
    // The same workspace the cases use (the profile's workspace.url, else the local file), opened here.
    fixes::AuditStore::registerMigrations();
    auto opened = cases::openWorkspace(profile);
    if (opened) {
        m_workspace = std::move(opened).value();
        m_audit = std::make_unique<fixes::AuditStore>(m_workspace.get());
    } else {
        m_auditError = QCoreApplication::translate("InspectorFixes", "the audit workspace cannot be opened, nothing is applied: %1")
                           .arg(opened.error().describe());
    }
    m_gateway = std::make_unique<fixes::LiveFixGateway>(sources->hubspot.get(), sources->repository.get(), profile);
    m_runner = std::make_unique<fixes::FixRunner>(m_gateway.get(), profile, m_audit.get(),
                                                  fixes::ApplyOptions{3, fixes::currentOperator(profile), profile.name});
    return m_runner.get();
}

} // namespace credsync
