#pragma once
// The relabel target of one therapist, editable before applying: for each unique label of each object
// type the plan targets, a combo box with the contact's objects of that type (id, created, current
// labels) and "(none)", preset to the target proposed from the evidence. An edit emits targetEdited();
// assignments() is then the request to plan again with (the proposed labels plus the edited ones).
#include "core/fixes/fixtypes.h"
#include "core/fixes/relabeltarget.h"

#include <QWidget>

#include <vector>

class QComboBox;

namespace credsync::widgets {

class RelabelTargetEditor : public QWidget
{
    Q_OBJECT
public:
    RelabelTargetEditor(const Profile &profile, const fixes::TherapistPlan &entry, QWidget *parent = nullptr);

    // False when the plan has no label the editor could offer (no combo was made).
    bool isEmpty() const { return m_choices.empty(); }
    std::vector<fixes::LabelAssignment> assignments() const;

Q_SIGNALS:
    void targetEdited();

private:
    struct Choice
    {
        QString typeId;
        QString label;
        QString preset;     // object id, empty for none
        bool managed;       // the proposal names this label: always part of the request
        QComboBox *combo;
    };
    std::vector<Choice> m_choices;
};

} // namespace credsync::widgets
