#include "labelchecks.h"

#include "format.h"

#include "../jsonio.h"

namespace credsync::diagnosis::detail {

namespace {

// Which label to drop into a sentence about "the Credentialing object": the profile's name.
QString typeName(const TypeView &view)
{
    return view.type().name.isEmpty() ? view.type().typeId : view.type().name;
}

// Where the label is now, for the end of a STALE_DB_ID sentence.
QString whereLabelIs(const QString &label, const std::vector<const HubSpotObject *> &carriers)
{
    if (carriers.empty())
        return QStringLiteral("no object carries ") % label;
    if (carriers.size() == 1)
        return label % QStringLiteral(" is on ") % carriers.front()->id;
    return label % QStringLiteral(" is on ") % QString::number(carriers.size()) % QStringLiteral(" objects (")
        % joinWords(objectIds(carriers)) % QLatin1Char(')');
}

} // namespace

void checkNoObjects(const TypeView &view, const Therapist &therapist, const DiagnosisSettings &settings,
                    const QDateTime &now, std::vector<Finding> &out)
{
    if (!view.live().empty())
        return;
    const QString name = typeName(view);
    nlohmann::json evidence{{"type_id", view.type().typeId},
                            {"therapist_created_at", timeToJson(therapist.createdAt)},
                            {"archived_object_ids", idsJson(view.all())}};
    const bool known = therapist.createdAt.isValid() && now.isValid();
    const qint64 ageMs = known ? therapist.createdAt.msecsTo(now) : 0;
    if (known)
        evidence["age_hours"] = static_cast<double>(ageMs / 360000) / 10.0;
    const bool fresh = known && ageMs < static_cast<qint64>(settings.freshSignupHours) * 3600 * 1000;
    if (fresh) {
        out.push_back(makeFinding(FindingCode::NoObjects, Severity::Info, QStringLiteral("wait"), view.type().name,
                                  QStringLiteral("No ") % name % QStringLiteral(" object yet: the therapist signed up ")
                                      % humanDuration(ageMs)
                                      % QStringLiteral(" ago and HubSpot's workflow may still be creating it."),
                                  std::move(evidence)));
        return;
    }
    QString summary = view.all().empty()
        ? QString(QStringLiteral("No ") % name
                  % QStringLiteral(" object is associated with this contact: HubSpot's workflow never ran for it"))
        : QString(QStringLiteral("Every ") % name % QStringLiteral(" object of this contact is archived (")
                  % joinWords(objectIds(view.all())) % QStringLiteral("), so none is current"));
    summary += known ? QString(QStringLiteral(" (therapist created ") % humanDuration(ageMs) % QStringLiteral(" ago)."))
                     : QStringLiteral(".");
    out.push_back(makeFinding(FindingCode::NoObjects, Severity::Error, QStringLiteral("none"), view.type().name,
                              summary, std::move(evidence)));
}

void checkIdColumns(const TypeView &view, const Therapist &therapist, const std::optional<PullGap> &pull,
                    std::vector<Finding> &out)
{
    const QString name = typeName(view);
    for (const LabelColumn &mapping : view.type().labels) {
        const QString value = columnValue(therapist, mapping.column);
        const std::vector<const HubSpotObject *> carriers = view.carriers(mapping.label);

        if (value.isEmpty()) {
            if (carriers.empty())
                continue; // nothing carries the label and nothing is recorded: consistent
            // The newest carrier is the one a relabel would most likely keep.
            const HubSpotObject *object = carriers.back();
            nlohmann::json evidence{{"column", mapping.column},
                                    {"label", mapping.label},
                                    {"object_id", object->id},
                                    {"object_created_at", timeToJson(object->createdAt)}};
            QString summary = QStringLiteral("The ") % name % QStringLiteral(" object ") % object->id
                % QStringLiteral(" carries the label ") % mapping.label % QStringLiteral(", but the id column ")
                % mapping.column % QStringLiteral(" is empty.");
            if (pull && pull->object == object) {
                summary += QStringLiteral(" The id pull ran ") % humanDuration(pull->deltaMs)
                    % QStringLiteral(" before HubSpot's workflow created the object.");
                evidence["explained_by"] = FindingCode::PullBeforeCreate;
            }
            // Pull ids refuses to guess between several carriers, so the way out is relabel first.
            QString fix = QStringLiteral("pull-ids");
            if (carriers.size() > 1) {
                evidence["object_ids"] = idsJson(carriers);
                fix = QStringLiteral("relabel");
                summary += QStringLiteral(" Several objects carry the label, so fix the labels first.");
            }
            out.push_back(makeFinding(FindingCode::MissingDbId, Severity::Error, fix, view.type().name, summary,
                                      std::move(evidence)));
            continue;
        }

        bool pointsAtCarrier = false;
        for (const HubSpotObject *carrier : carriers)
            pointsAtCarrier = pointsAtCarrier || carrier->id == value;
        if (pointsAtCarrier)
            continue;

        const HubSpotObject *held = view.find(value);
        QString reason;
        QString why;
        QStringList heldLabels;
        if (!held) {
            reason = QStringLiteral("not-associated");
            why = QStringLiteral("no ") % name % QStringLiteral(" object with that id is associated with this contact");
        } else if (held->archived) {
            reason = QStringLiteral("archived");
            why = QStringLiteral("that ") % name % QStringLiteral(" object is archived");
            heldLabels = held->labels;
        } else if (held->labels.isEmpty()) {
            reason = QStringLiteral("unlabelled");
            why = QStringLiteral("that ") % name % QStringLiteral(" object has no label");
        } else {
            reason = QStringLiteral("other-label");
            heldLabels = held->labels;
            why = QStringLiteral("that ") % name % QStringLiteral(" object carries ") % joinWords(held->labels)
                % QStringLiteral(", not ") % mapping.label;
        }
        nlohmann::json evidence{{"column", mapping.column},
                                {"label", mapping.label},
                                {"db_value", value},
                                {"reason", reason},
                                {"labels_on_that_object", labelsJson(heldLabels)},
                                {"object_id", nullptr},
                                {"object_created_at", nullptr}};
        if (!carriers.empty()) {
            evidence["object_id"] = carriers.back()->id;
            evidence["object_created_at"] = timeToJson(carriers.back()->createdAt);
        }
        if (carriers.size() > 1)
            evidence["object_ids"] = idsJson(carriers);
        // Exactly one carrier: the right id is known and pull ids writes it. Otherwise the label itself
        // is ambiguous (none or several), and only a relabel can say which object is meant.
        QString fix = QStringLiteral("pull-ids");
        if (carriers.size() != 1)
            fix = view.live().empty() ? QStringLiteral("none") : QStringLiteral("relabel");
        out.push_back(makeFinding(FindingCode::StaleDbId, Severity::Error, fix, view.type().name,
                                  QStringLiteral("The id column ") % mapping.column % QStringLiteral(" holds ") % value
                                      % QStringLiteral(", but ") % why % QStringLiteral("; ")
                                      % whereLabelIs(mapping.label, carriers) % QLatin1Char('.'),
                                  std::move(evidence)));
    }
}

void checkUniqueLabels(const TypeView &view, std::vector<Finding> &out)
{
    const QString name = typeName(view);
    for (const QString &label : view.type().uniqueLabels) {
        const std::vector<const HubSpotObject *> carriers = view.carriers(label);
        if (carriers.size() < 2)
            continue;
        out.push_back(makeFinding(
            FindingCode::MultipleUniqueLabel, Severity::Error, QStringLiteral("relabel"), view.type().name,
            QString::number(carriers.size()) % QLatin1Char(' ') % name % QStringLiteral(" objects carry the label ")
                % label % QStringLiteral(" (") % joinWords(objectIds(carriers))
                % QStringLiteral("); exactly one should."),
            nlohmann::json{{"label", label}, {"object_ids", idsJson(carriers)}, {"created_at", createdJson(carriers)}}));
    }

    const QString required = view.type().requiredLabel;
    if (required.isEmpty() || view.live().empty() || !view.carriers(required).empty())
        return;
    const std::vector<const HubSpotObject *> &live = view.live();
    out.push_back(makeFinding(
        FindingCode::MissingUniqueLabel, Severity::Error, QStringLiteral("relabel"), view.type().name,
        (live.size() == 1 ? QString(QStringLiteral("The only ") % name % QStringLiteral(" object, ")
                                    % live.front()->id % QStringLiteral(", does not carry the label "))
                          : QString(QStringLiteral("None of the ") % QString::number(live.size()) % QLatin1Char(' ')
                                    % name % QStringLiteral(" objects carries the label ")))
            % required % QStringLiteral("; exactly one should."),
        nlohmann::json{{"label", required},
                       {"object_ids", idsJson(live)},
                       {"created_at", createdJson(live)},
                       {"newest_object_id", live.back()->id}}));
}

void checkExclusiveLabels(const TypeView &view, std::vector<Finding> &out)
{
    const QString name = typeName(view);
    for (const HubSpotObject *object : view.live()) {
        for (const QStringList &exclusive : view.type().exclusiveLabels) {
            QStringList carried;
            for (const QString &label : exclusive) {
                if (hasLabel(*object, label))
                    carried << label;
            }
            if (carried.size() < 2)
                continue;
            out.push_back(makeFinding(
                FindingCode::ConflictingLabels, Severity::Error, QStringLiteral("relabel"), view.type().name,
                QStringLiteral("The ") % name % QStringLiteral(" object ") % object->id % (carried.size() == 2 ? QStringLiteral(" carries both ") : QStringLiteral(" carries all of "))
                    % joinWords(carried) % QStringLiteral(", which exclude each other."),
                nlohmann::json{{"object_id", object->id},
                               {"object_created_at", timeToJson(object->createdAt)},
                               {"labels", labelsJson(carried)},
                               {"exclusive_labels", labelsJson(exclusive)},
                               {"labels_on_object", labelsJson(object->labels)}}));
        }
    }
}

} // namespace credsync::diagnosis::detail
