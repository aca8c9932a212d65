#include "widgets/fixes/relabeltargeteditor.h"

#include "models/displaytext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace credsync::widgets {

namespace {

// The label's value in the plan's target JSON: the object id, empty for none; nullopt when absent.
std::optional<QString> targetValue(const nlohmann::json &target, const QString &typeName, const QString &label)
{
    const auto type = target.find(typeName.toStdString());
    if (type == target.end() || !type->is_object())
        return std::nullopt;
    const auto value = type->find(label.toStdString());
    if (value == type->end())
        return std::nullopt;
    return value->is_string() ? QString::fromStdString(value->get<std::string>()) : QString();
}

} // namespace

RelabelTargetEditor::RelabelTargetEditor(const Profile &profile, const fixes::TherapistPlan &entry, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("relabelTargetEditor"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (const ObjectTypeProfile &type : profile.objects) {
        if (entry.target.find(type.name.toStdString()) == entry.target.end())
            continue;
        const std::vector<const HubSpotObject *> objects = fixes::newestFirst(entry.state, type.typeId);
        QStringList labels;
        for (const LabelColumn &mapping : type.labels)
            labels << mapping.label;
        for (const QString &label : type.uniqueLabels) {
            if (!labels.contains(label))
                labels << label;
        }
        for (const QString &label : labels) {
            // One object or none is what a combo box can say: unique labels the portal defines only.
            if (!type.uniqueLabels.contains(label) || !entry.state.labelDefinition(type.typeId, label))
                continue;
            Choice choice{type.typeId, label, {}, false, new QComboBox(this)};
            const std::optional<QString> proposed = targetValue(entry.target, type.name, label);
            choice.managed = proposed.has_value();
            if (proposed) {
                choice.preset = *proposed;
            } else {
                for (const HubSpotObject *object : objects) {
                    if (object->labels.contains(label)) {
                        choice.preset = object->id;
                        break;
                    }
                }
            }
            choice.combo->setObjectName(QStringLiteral("relabelTargetCombo"));
            choice.combo->setProperty("label", label);
            choice.combo->setProperty("objectTypeId", type.typeId);
            choice.combo->setAccessibleName(tr("Object for %1").arg(label));
            choice.combo->addItem(tr("(none)"), QString());
            for (const HubSpotObject *object : objects) {
                const QString labelsText = object->labels.isEmpty() ? tr("no labels") : object->labels.join(QStringLiteral(", "));
                choice.combo->addItem(tr("%1 — created %2 — %3")
                                          .arg(object->id, DisplayText::localTime(object->createdAt), labelsText),
                                      object->id);
            }
            choice.combo->setCurrentIndex(qMax(0, choice.combo->findData(choice.preset)));
            connect(choice.combo, &QComboBox::currentIndexChanged, this, &RelabelTargetEditor::targetEdited);
            form->addRow(tr("%1 — %2:").arg(type.name, label), choice.combo);
            m_choices.push_back(choice);
        }
    }
}

std::vector<fixes::LabelAssignment> RelabelTargetEditor::assignments() const
{
    std::vector<fixes::LabelAssignment> out;
    for (const Choice &choice : m_choices) {
        const QString objectId = choice.combo->currentData().toString();
        // Labels the proposal leaves alone stay out of the request unless edited: it then leaves them alone too.
        if (choice.managed || objectId != choice.preset)
            out.push_back({choice.label, objectId, choice.typeId});
    }
    return out;
}

} // namespace credsync::widgets

#include "moc_relabeltargeteditor.cpp"
