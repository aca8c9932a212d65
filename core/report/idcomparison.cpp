#include "idcomparison.h"

#include "../diagnosis/findingtext.h"

#include <QCoreApplication>

namespace credsync::report {

QString verdictId(IdVerdict verdict)
{
    switch (verdict) {
    case IdVerdict::Match: return QStringLiteral("match");
    case IdVerdict::Empty: return QStringLiteral("none");
    case IdVerdict::MissingInDb: return QStringLiteral("missing_in_db");
    case IdVerdict::Stale: return QStringLiteral("stale");
    case IdVerdict::Conflict: return QStringLiteral("conflict");
    case IdVerdict::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString verdictName(IdVerdict verdict)
{
    return diagnosis::verdictWord(verdictId(verdict));
}

bool verdictIsProblem(IdVerdict verdict)
{
    return verdict == IdVerdict::MissingInDb || verdict == IdVerdict::Stale || verdict == IdVerdict::Conflict;
}

std::vector<IdRow> compareIds(const TherapistSnapshot &snapshot, const Profile &profile)
{
    std::vector<IdRow> rows;
    for (const ObjectTypeProfile &type : profile.objects) {
        for (const LabelColumn &mapping : type.labels) {
            IdRow row;
            row.objectType = type.name;
            row.typeId = type.typeId;
            row.label = mapping.label;
            row.column = mapping.column;
            if (auto it = snapshot.therapist.columns.find(mapping.column); it != snapshot.therapist.columns.end())
                row.dbValue = it->second && !it->second->isEmpty() ? it->second : std::nullopt;
            for (const HubSpotObject &object : snapshot.objects) {
                if (object.typeId == type.typeId && !object.archived && object.labels.contains(mapping.label))
                    row.carriers.push_back(&object);
            }
            if (!snapshot.hubspotLoaded)
                row.verdict = IdVerdict::Unknown;
            else if (row.carriers.size() > 1)
                row.verdict = IdVerdict::Conflict;
            else if (row.carriers.empty())
                row.verdict = row.dbValue ? IdVerdict::Stale : IdVerdict::Empty;
            else if (!row.dbValue)
                row.verdict = IdVerdict::MissingInDb;
            else
                row.verdict = *row.dbValue == row.carriers.front()->id ? IdVerdict::Match : IdVerdict::Stale;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

} // namespace credsync::report
