#pragma once
// The welcome page's "Connect…": a form for a profile's essential keys with a raw JSON tab for the
// rest, kept in sync; "Test connection" validates the profile and runs the doctor, showing each check
// live; "Save" writes the JSON (never a secret) and stores typed secrets in the keyring.
#include "core/result.h"

#include <QDialog>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace credsync {

class DoctorRunner;
struct DoctorCheck;
struct Profile;

class ProfileEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileEditorDialog(QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    // Loads a profile's JSON into the form and the raw tab (an existing file, or the demo's).
    void setJson(const QByteArray &json);
    // The profile as it would be saved: no secret in it.
    QByteArray json() const;
    // The validation problem shown inline (key path and what was expected), empty when valid.
    QString problem() const;

    // Writes the file and stores the typed secrets. A keyring failure does not undo the file: it is
    // reported by secretWarnings() ("set the environment variable … instead").
    Status saveTo(const QString &path);
    QString savedPath() const { return m_savedPath; }
    QStringList secretWarnings() const { return m_secretWarnings; }

    // "Test connection": validates, then runs the doctor on a worker thread.
    void testConnection();
    bool isTesting() const;
    // Set once a test has finished: whether every check passed.
    std::optional<bool> testResult() const { return m_testResult; }

private:
    struct Binding
    {
        QLineEdit *edit;
        const char *pointer; // JSON pointer, "/hubspot/base_url"
        bool list;           // comma-separated in the form, an array in the JSON
    };
    struct SecretField
    {
        QLineEdit *edit;
        const char *what;    // keyring key suffix: "hubspot", "database", "sentry"
    };

    QWidget *buildForm();
    QLineEdit *addLine(QFormLayout *form, const QString &label, const char *pointer, bool list = false,
                       const QString &placeholder = {});
    QLineEdit *addSecret(QFormLayout *form, const QString &label, const char *what);

    void formChanged();
    void rawChanged();
    void writeFormToJson();
    void readJsonToForm();
    void showRaw();
    Result<Profile> validate();
    void addCheck(const DoctorCheck &check);
    void testFinished(bool allOk);
    void saveClicked();
    // Exports typed secrets to this process's environment so that a test or the session that follows
    // the save can use them without a keyring.
    void exportTypedSecrets(const Profile &profile);
    QString envFor(const Profile &profile, const char *what) const;

    nlohmann::ordered_json m_json;
    std::vector<Binding> m_bindings;
    std::vector<SecretField> m_secrets;
    QLineEdit *m_labelNames[3] = {};
    QLineEdit *m_labelColumns[3] = {};
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QListWidget *m_checks = nullptr;
    QLabel *m_testStatus = nullptr;
    DoctorRunner *m_runner = nullptr;
    QString m_problemText;
    QString m_savedPath;
    QStringList m_secretWarnings;
    std::optional<bool> m_testResult;
    bool m_syncing = false;
};

} // namespace credsync
