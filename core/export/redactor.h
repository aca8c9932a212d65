#pragma once
// Masks therapists' names and every email address before an export leaves the team. Applied to the
// content before any renderer sees it, so that every format (and the log lines, Sentry titles and
// finding evidence inside them) is covered by one pass; the renderers then run a last email sweep over
// their output as a second line of defence.
#include "exportcontent.h"
#include "exportlanguage.h"

#include <QRegularExpression>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace credsync::exporting {

class Redactor
{
public:
    // Learns the names to hide from the reports (and the stored evidence of a case): each therapist
    // becomes "Therapist N" in the order of content.reports.
    Redactor(const ExportContent &content, const ExportLanguage &language);

    // Emails first (their local part often spells the name), then full names, then name parts.
    QString mask(const QString &text) const;
    nlohmann::json mask(const nlohmann::json &value) const;
    TherapistReport mask(const TherapistReport &report) const;
    ExportContent apply(const ExportContent &content) const;

    // The pattern the tests also use to prove that no address survived.
    static const QRegularExpression &emailPattern();
    static QString maskEmails(const QString &text, const QString &replacement);

private:
    struct NamePattern
    {
        QRegularExpression pattern;
        QString replacement;
    };
    void learn(const Therapist &therapist, const QString &pseudonym);

    QString m_emailMask;
    std::vector<NamePattern> m_names;
    std::map<QString, QString> m_pseudonyms; // therapist id → "Therapist N"
};

} // namespace credsync::exporting
