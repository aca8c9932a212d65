#pragma once
// Cases in the workspace (the same store as the fixes' audit log): tables cases and case_members,
// created by migration 200. Each member keeps the full report captured when it was added
// (reportcodec.h), so that a case reopened later shows what was seen then, beside a fresh inspection.
//
// Like the workspace, a CaseStore is used on the thread that opened the workspace.
#include "case.h"

#include "../result.h"
#include "../workspace/workspace.h"

#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace credsync::cases {

class CaseStore
{
public:
    explicit CaseStore(workspace::Workspace &workspace);

    // Adds the cases migrations to the workspace registry (idempotent). Runs at static
    // initialisation too; call it before Workspace::open when in doubt.
    static void registerMigrations();

    // Tests pin "now".
    void setClock(std::function<QDateTime()> clock);

    // A new case with the reports as its evidence. Fails with Conflict when the name is taken.
    Result<Case> create(const QString &name, const QString &ticket, const QString &notes,
                        const std::vector<TherapistReport> &reports, const QString &profileName);
    // Every case, newest first, members listed without their stored evidence. Drafts only on request.
    Result<std::vector<Case>> list(bool includeClosed = true, bool includeDrafts = false) const;
    // One case with every member's stored evidence. NotFound when there is none by that name.
    Result<Case> load(const QString &name) const;

    // Adds therapists not yet in the case; those already in it keep the evidence captured first.
    // Returns how many were added.
    Result<int> addMembers(const QString &name, const std::vector<TherapistReport> &reports);
    Status removeMember(const QString &name, const QString &therapistId);

    Status rename(const QString &name, const QString &newName);
    // A pasted ticket as a draft case: named after the time (unique), the ticket's text as its notes.
    // Drafts beyond the newest `keep` are removed.
    Result<Case> createDraft(const QString &name, const QString &text, const std::vector<TherapistReport> &reports,
                             const QString &profileName, int keep = 10);
    // A draft becomes an ordinary case under a name of its own.
    Status promote(const QString &name, const QString &newName);
    Status setNotes(const QString &name, const QString &notes);
    Status setTicket(const QString &name, const QString &ticket);
    Status close(const QString &name);
    Status reopen(const QString &name);
    Status remove(const QString &name);

private:
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values) const;
    Result<qint64> idOf(const QString &name) const;
    Status update(const QString &name, const QString &assignments, QVariantList values);
    Status insertMembers(qint64 caseId, int firstPosition, const std::vector<TherapistReport> &reports, const QDateTime &at);
    QString table(const char *name) const;
    QDateTime now() const;

    workspace::Workspace &m_workspace;
    std::function<QDateTime()> m_clock;
};

} // namespace credsync::cases
