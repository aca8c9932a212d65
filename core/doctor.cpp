#include "core/clock.h"

#include <QCoreApplication>
#include "doctor.h"

#include "db/therapistrepository.h"
#include "evidence/lokiclient.h"
#include "evidence/sentryclient.h"
#include "hubspot/hubspotclient.h"
#include "pipeline/sourcefactory.h"
#include "workspace/profileworkspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QTimer>

namespace credsync {

QString doctorStatusName(DoctorCheck::Status status)
{
    switch (status) {
    case DoctorCheck::Status::Ok: return QStringLiteral("ok");
    case DoctorCheck::Status::Warning: return QStringLiteral("warning");
    case DoctorCheck::Status::Failed: return QStringLiteral("failed");
    case DoctorCheck::Status::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

struct Doctor::Private
{
    Doctor *q = nullptr;
    Profile profile;
    pipeline::Sources sources;
    int pending = 0;
    bool allOk = true;
    std::vector<net::RequestHandle> handles;
    std::vector<evidence::PagedRequest> paged;

    void emitCheck(DoctorCheck check)
    {
        if (check.status == DoctorCheck::Status::Failed)
            allOk = false;
        Q_EMIT q->checkDone(check);
    }

    void add(const QString &source, const QString &title, DoctorCheck::Status status, const QString &detail,
             const QString &hint = {})
    {
        emitCheck(DoctorCheck{source, title, status, detail, hint});
    }

    void settle()
    {
        if (--pending == 0)
            Q_EMIT q->finished(allOk);
    }

    static QString hintFor(const Error &error, const QString &scopes)
    {
        switch (error.kind) {
        case Error::Kind::Auth: return QCoreApplication::translate("Doctor", "create a new private app token and put it in the environment variable or the keyring");
        case Error::Kind::Scope: return QCoreApplication::translate("Doctor", "give the private app the scopes %1").arg(scopes);
        case Error::Kind::Network:
        case Error::Kind::Timeout: return QCoreApplication::translate("Doctor", "check the base URL, the network and any proxy");
        default: return {};
        }
    }

    QString sentryHint(const Error &error) const
    {
        switch (error.kind) {
        case Error::Kind::Auth:
        case Error::Kind::Scope:
            return QCoreApplication::translate("Doctor", "create a Sentry auth token with org:read, project:read and event:read and put it in %1 or the keyring")
                .arg(profile.sentry.tokenEnv);
        case Error::Kind::Network:
        case Error::Kind::Timeout: return QCoreApplication::translate("Doctor", "check sentry.base_url, the network and any proxy");
        default: return QCoreApplication::translate("Doctor", "check sentry.org and sentry.project (the slugs in the Sentry URL)");
        }
    }

    void checkObjectType(const ObjectTypeProfile &type)
    {
        ++pending;
        handles.push_back(sources.hubspot->associationLabels(
            QStringLiteral("0-1"), type.typeId, [this, type](Result<std::vector<LabelDefinition>> labels) {
                if (!labels) {
                    add(QStringLiteral("hubspot"), QCoreApplication::translate("Doctor", "%1 labels readable").arg(type.name), DoctorCheck::Status::Failed,
                        labels.error().describe(), hintFor(labels.error(), QCoreApplication::translate("Doctor", "crm.objects.custom.read, crm.schemas.custom.read")));
                    settle();
                    return;
                }
                for (const LabelColumn &mapping : type.labels) {
                    const auto found = std::find_if(labels->begin(), labels->end(),
                                                    [&](const LabelDefinition &d) { return d.label == mapping.label; });
                    if (found == labels->end())
                        add(QStringLiteral("hubspot"), QCoreApplication::translate("Doctor", "label \"%1\" exists for %2").arg(mapping.label, type.name),
                            DoctorCheck::Status::Failed,
                            QCoreApplication::translate("Doctor", "the portal defines no such label from contacts to %1 (%2)").arg(type.name, type.typeId),
                            QCoreApplication::translate("Doctor", "create the association label in HubSpot, or correct objects[].labels in the profile"));
                    else
                        add(QStringLiteral("hubspot"), QCoreApplication::translate("Doctor", "label \"%1\" exists for %2").arg(mapping.label, type.name),
                            DoctorCheck::Status::Ok, QCoreApplication::translate("Doctor", "associationTypeId %1 (%2)").arg(found->typeId).arg(found->category));
                }
                checkLimits(type);
                settle();
            }));
    }

    void checkLimits(const ObjectTypeProfile &type)
    {
        if (type.uniqueLabels.isEmpty())
            return;
        ++pending;
        handles.push_back(sources.hubspot->associationLimits(
            QStringLiteral("0-1"), type.typeId, [this, type](Result<std::vector<AssociationLimit>> limits) {
                if (!limits) {
                    // A refusal or a malformed answer here is a source problem like any other, not a shrug.
                    add(QStringLiteral("hubspot"), QCoreApplication::translate("Doctor", "%1 association limits readable").arg(type.name),
                        DoctorCheck::Status::Failed, limits.error().describe(),
                        hintFor(limits.error(), QCoreApplication::translate("Doctor", "crm.objects.custom.read, crm.schemas.custom.read")));
                    settle();
                    return;
                }
                for (const QString &label : type.uniqueLabels) {
                    const auto found = std::find_if(limits->begin(), limits->end(),
                                                    [&](const AssociationLimit &l) { return l.label == label; });
                    if (found != limits->end() && found->maxToObjectIds && *found->maxToObjectIds == 1)
                        add(QStringLiteral("hubspot"), QCoreApplication::translate("Doctor", "\"%1\" capped at one %2").arg(label, type.name),
                            DoctorCheck::Status::Ok, QCoreApplication::translate("Doctor", "HubSpot enforces at most one record with this label"));
                    else
                        add(QStringLiteral("hubspot"), QCoreApplication::translate("Doctor", "\"%1\" capped at one %2").arg(label, type.name),
                            DoctorCheck::Status::Warning,
                            found != limits->end() && found->maxToObjectIds
                                ? QCoreApplication::translate("Doctor", "HubSpot allows up to %1 records with this label").arg(*found->maxToObjectIds)
                                : QCoreApplication::translate("Doctor", "HubSpot does not limit this label: two objects can carry it at once"),
                            QCoreApplication::translate("Doctor", "optional: set an association limit of 1 in HubSpot; the console checks it either way"));
                }
                settle();
            }));
    }

    void checkSearch()
    {
        ++pending;
        handles.push_back(sources.hubspot->searchContactsByEmail(
            {QStringLiteral("doctor-check@credsync.invalid")}, [this](Result<std::map<QString, QString>> found) {
                if (found)
                    add(QStringLiteral("hubspot"), QCoreApplication::translate("Doctor", "contacts searchable"), DoctorCheck::Status::Ok,
                        QCoreApplication::translate("Doctor", "contact search answered"));
                else
                    add(QStringLiteral("hubspot"), QCoreApplication::translate("Doctor", "contacts searchable"), DoctorCheck::Status::Failed,
                        found.error().describe(), hintFor(found.error(), QStringLiteral("crm.objects.contacts.read")));
                settle();
            }));
    }

    // The workspace holds the audit and the cases: its schema must be one this console knows, and it
    // must take writes (a fix is never applied without an audit entry).
    void checkWorkspace()
    {
        auto opened = workspace::openProfileWorkspace(profile);
        if (!opened) {
            add(QStringLiteral("workspace"), QStringLiteral("workspace opens"), DoctorCheck::Status::Failed, opened.error().describe(),
                QStringLiteral("check workspace.url (and CREDSYNC_WORKSPACE_PASSWORD for PostgreSQL), and that its directory is writable"));
            return;
        }
        const std::unique_ptr<workspace::Workspace> &ws = opened.value();
        int known = 0;
        for (const workspace::Migration &migration : workspace::Workspace::migrations())
            known = std::max(known, migration.version);
        if (ws->schemaVersion() == known)
            add(QStringLiteral("workspace"), QStringLiteral("schema version"), DoctorCheck::Status::Ok,
                QStringLiteral("version %1").arg(ws->schemaVersion()));
        else
            add(QStringLiteral("workspace"), QStringLiteral("schema version"), DoctorCheck::Status::Failed,
                QStringLiteral("the workspace is at version %1, this console knows %2").arg(ws->schemaVersion()).arg(known),
                QStringLiteral("use the console version that made this workspace, or a new workspace.url"));
        QSqlDatabase db = ws->database();
        bool writable = db.transaction();
        QString why = db.lastError().text();
        if (writable) {
            QSqlQuery probe(db);
            writable = probe.exec(QStringLiteral("CREATE TABLE %1 (probe INTEGER)").arg(ws->table(QStringLiteral("credsync_doctor_probe"))));
            if (!writable)
                why = probe.lastError().text();
            db.rollback();
        }
        if (writable)
            add(QStringLiteral("workspace"), QStringLiteral("writable"), DoctorCheck::Status::Ok, QStringLiteral("a test write was accepted (and rolled back)"));
        else
            add(QStringLiteral("workspace"), QStringLiteral("writable"), DoctorCheck::Status::Failed, why,
                QStringLiteral("give the console's user write access to the workspace (file permissions, or GRANT on the schema)"));
    }

    void checkEvidence()
    {
        if (sources.loki) {
            ++pending;
            const QDateTime end = clock::nowUtc();
            paged.push_back(sources.loki->queryRange(profile.loki.selector, end.addSecs(-300), end, 1,
                                                       [this](Result<std::vector<LogLine>> lines) {
                                                           if (lines)
                                                               add(QStringLiteral("loki"), QCoreApplication::translate("Doctor", "logs readable"), DoctorCheck::Status::Ok,
                                                                   QCoreApplication::translate("Doctor", "query_range answered for %1").arg(profile.loki.selector));
                                                           else
                                                               add(QStringLiteral("loki"), QCoreApplication::translate("Doctor", "logs readable"), DoctorCheck::Status::Failed,
                                                                   lines.error().describe(),
                                                                   QCoreApplication::translate("Doctor", "check loki.base_url, loki.selector and the credentials"));
                                                           settle();
                                                       }));
        } else if (!sources.lokiProblem.isEmpty()) {
            add(QStringLiteral("loki"), QCoreApplication::translate("Doctor", "logs readable"), DoctorCheck::Status::Failed, sources.lokiProblem);
        } else {
            add(QStringLiteral("loki"), QCoreApplication::translate("Doctor", "logs configured"), DoctorCheck::Status::Skipped,
                QCoreApplication::translate("Doctor", "no loki.base_url in the profile: log evidence is off"));
        }
        if (sources.sentry) {
            ++pending;
            // Organization, project and one issues query, each asked for real: a wrong token, host, org or
            // project fails its line.
            paged.push_back(sources.sentry->checkAccess([this](const QString &step, Result<QString> detail, bool last) {
                const QString title = step == QLatin1String("organization") ? QCoreApplication::translate("Doctor", "organization readable")
                    : step == QLatin1String("project")                    ? QCoreApplication::translate("Doctor", "project found")
                                                                          : QCoreApplication::translate("Doctor", "issues readable");
                if (detail)
                    add(QStringLiteral("sentry"), title, DoctorCheck::Status::Ok, *detail);
                else
                    add(QStringLiteral("sentry"), title, DoctorCheck::Status::Failed, detail.error().describe(), sentryHint(detail.error()));
                if (last)
                    settle();
            }));
        } else if (!sources.sentryProblem.isEmpty()) {
            add(QStringLiteral("sentry"), QCoreApplication::translate("Doctor", "issues readable"), DoctorCheck::Status::Failed, sources.sentryProblem);
        } else {
            add(QStringLiteral("sentry"), QCoreApplication::translate("Doctor", "errors configured"), DoctorCheck::Status::Skipped,
                QCoreApplication::translate("Doctor", "no sentry.base_url in the profile: error evidence is off"));
        }
    }
};

Doctor::Doctor(Profile profile, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<DoctorCheck>();
    d->q = this;
    d->profile = std::move(profile);
}

Doctor::~Doctor()
{
    for (net::RequestHandle &handle : d->handles)
        handle.cancel();
    for (evidence::PagedRequest &request : d->paged)
        request.cancel();
}

void Doctor::run()
{
    d->add(QStringLiteral("profile"), QCoreApplication::translate("Doctor", "profile valid"), DoctorCheck::Status::Ok,
           d->profile.path.isEmpty() ? d->profile.name : d->profile.path);
    d->pending = 1;
    pipeline::connectSources(d->profile, d->sources, this, [this](const SourceHealth &health) {
        if (health.source == QLatin1String("db") || health.source == QLatin1String("hubspot")) {
            d->add(health.source, health.source == QLatin1String("db") ? QCoreApplication::translate("Doctor", "database reachable, columns present")
                                                                      : QCoreApplication::translate("Doctor", "token accepted"),
                   health.ok ? DoctorCheck::Status::Ok : DoctorCheck::Status::Failed, health.message,
                   health.ok ? QString()
                             : health.source == QLatin1String("db")
                                 ? QCoreApplication::translate("Doctor", "check database.url, the password variable and the table/column names in the profile")
                                 : QCoreApplication::translate("Doctor", "check hubspot.token_env and that the private app token is current"));
        }
    }, [this](Status status) {
        if (status) {
            if (Result<qint64> count = d->sources.repository->count(); count)
                d->add(QStringLiteral("db"), QCoreApplication::translate("Doctor", "therapists readable"), DoctorCheck::Status::Ok,
                       QCoreApplication::translate("Doctor", "%1 rows in %2").arg(*count).arg(d->profile.database.table));
            for (const ObjectTypeProfile &type : d->profile.objects)
                d->checkObjectType(type);
            d->checkSearch();
            d->checkEvidence();
            d->checkWorkspace();
        }
        // Deferred so that a synchronous failure still reports after every check above.
        QTimer::singleShot(0, this, [this] { d->settle(); });
    });
}

} // namespace credsync
