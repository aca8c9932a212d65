#include "widgets/profile/profileeditordialog.h"

#include "core/logging.h"
#include "core/profile.h"
#include "core/secrets.h"
#include "widgets/profile/doctorrunner.h"
#include "widgets/profile/profilejson.h"
#include "widgets/common/tonecolors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace credsync {

namespace {

using Json = nlohmann::ordered_json;
using profilejson::erase;
using profilejson::slot;
using profilejson::templateProfile;

QString mark(DoctorCheck::Status status)
{
    switch (status) {
    case DoctorCheck::Status::Ok: return QStringLiteral("✓");
    case DoctorCheck::Status::Warning: return QStringLiteral("!");
    case DoctorCheck::Status::Failed: return QStringLiteral("✗");
    case DoctorCheck::Status::Skipped: return QStringLiteral("–");
    }
    return {};
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_runner(new DoctorRunner(this))
{
    setWindowTitle(tr("Connect with a profile"));
    setAccessibleName(tr("Profile editor"));

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Profile sections"));
    m_tabs->addTab(buildForm(), tr("Connection"));
    m_raw = new QPlainTextEdit(this);
    m_raw->setAccessibleName(tr("Raw profile JSON"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_raw, tr("Raw JSON"));

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setAccessibleName(tr("Profile problem"));
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, toneColor(Tone::Bad));
    m_problem->setPalette(warn);

    auto *testPanel = new QWidget(this);
    m_test = new QPushButton(tr("Test connection"), testPanel);
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setToolTip(tr("Check the profile, then try the database, HubSpot, Loki and Sentry with it"));
    m_testStatus = new QLabel(tr("Not tested yet."), testPanel);
    m_testStatus->setWordWrap(true);
    m_testStatus->setAccessibleName(tr("Test status"));
    m_checks = new QListWidget(testPanel);
    m_checks->setAccessibleName(tr("Connection checks"));
    m_checks->setWordWrap(true);
    m_checks->setAlternatingRowColors(true);
    auto *testLayout = new QVBoxLayout(testPanel);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_test, 0, Qt::AlignLeft);
    testLayout->addWidget(m_testStatus);
    testLayout->addWidget(m_checks, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(testPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 460});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setAccessibleName(tr("Save the profile"));
    m_save->setToolTip(tr("Write the profile file (without secrets) and store typed secrets in the keyring"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1060, 680);

    connect(m_raw, &QPlainTextEdit::textChanged, this, &ProfileEditorDialog::rawChanged);
    connect(m_test, &QPushButton::clicked, this, &ProfileEditorDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditorDialog::saveClicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &DoctorRunner::checkDone, this, &ProfileEditorDialog::addCheck);
    connect(m_runner, &DoctorRunner::finished, this, &ProfileEditorDialog::testFinished);

    m_json = templateProfile();
    readJsonToForm();
    showRaw();
    (void)validate();
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

QLineEdit *ProfileEditorDialog::addLine(QFormLayout *form, const QString &label, const char *pointer, bool list,
                                        const QString &placeholder)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setAccessibleName(label);
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    m_bindings.push_back(Binding{edit, pointer, list});
    connect(edit, &QLineEdit::textEdited, this, &ProfileEditorDialog::formChanged);
    return edit;
}

QLineEdit *ProfileEditorDialog::addSecret(QFormLayout *form, const QString &label, const char *what)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(label);
    edit->setPlaceholderText(tr("stored in the keyring on save, never in the file"));
    form->addRow(label, edit);
    m_secrets.push_back(SecretField{edit, what});
    return edit;
}

QWidget *ProfileEditorDialog::buildForm()
{
    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    auto group = [&](const QString &title) {
        auto *box = new QGroupBox(title, page);
        box->setAccessibleName(title);
        column->addWidget(box);
        return new QFormLayout(box);
    };

    QFormLayout *form = group(tr("Profile"));
    addLine(form, tr("Name"), "/name", false, tr("used for the keyring keys, e.g. production"));

    form = group(tr("HubSpot"));
    addLine(form, tr("Base URL"), "/hubspot/base_url");
    addLine(form, tr("Portal id"), "/hubspot/portal_id", false, tr("optional: read from the account"));
    addLine(form, tr("Token variable"), "/hubspot/token_env");
    addSecret(form, tr("Private app token"), "hubspot");

    form = group(tr("Database"));
    addLine(form, tr("URL"), "/database/url", false, tr("postgresql://user@host:5432/db or sqlite:///path.sqlite"));
    addLine(form, tr("Password variable"), "/database/password_env");
    addSecret(form, tr("Password"), "database");
    addLine(form, tr("Table"), "/database/table");
    addLine(form, tr("Key column"), "/database/key_column");
    addLine(form, tr("Contact id column"), "/database/contact_column");
    addLine(form, tr("Email column"), "/database/email_column");
    addLine(form, tr("Name columns"), "/database/name_columns", true, tr("comma-separated"));
    addLine(form, tr("Created column"), "/database/created_column");

    form = group(tr("Credentialing object"));
    addLine(form, tr("Object type id"), "/objects/0/type_id", false, tr("like 2-31374266"));
    for (int i = 0; i < 3; ++i) {
        auto *row = new QWidget(form->parentWidget());
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        m_labelNames[i] = new QLineEdit(row);
        m_labelNames[i]->setAccessibleName(tr("Label %1 name").arg(i + 1));
        m_labelColumns[i] = new QLineEdit(row);
        m_labelColumns[i]->setAccessibleName(tr("Label %1 column").arg(i + 1));
        rowLayout->addWidget(m_labelNames[i]);
        rowLayout->addWidget(new QLabel(QStringLiteral("→"), row));
        rowLayout->addWidget(m_labelColumns[i]);
        form->addRow(tr("Label %1 → column").arg(i + 1), row);
        for (QLineEdit *edit : {m_labelNames[i], m_labelColumns[i]})
            connect(edit, &QLineEdit::textEdited, this, &ProfileEditorDialog::formChanged);
    }
    addLine(form, tr("Required label"), "/objects/0/required_label");

    form = group(tr("Loki (optional)"));
    addLine(form, tr("Base URL"), "/loki/base_url");
    addLine(form, tr("Selector"), "/loki/selector");

    form = group(tr("Sentry (optional)"));
    addLine(form, tr("Base URL"), "/sentry/base_url");
    addLine(form, tr("Organization"), "/sentry/org");
    addLine(form, tr("Project"), "/sentry/project");
    addSecret(form, tr("Auth token"), "sentry");

    auto *note = new QLabel(tr("Other objects (License, Therapist Address), resync and workspace settings: see the Raw JSON tab."), page);
    note->setWordWrap(true);
    column->addWidget(note);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    scroll->setAccessibleName(tr("Profile form"));
    return scroll;
}

void ProfileEditorDialog::setJson(const QByteArray &json)
{
    Json parsed = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        return;
    m_json = std::move(parsed);
    readJsonToForm();
    showRaw();
    (void)validate();
}

QByteArray ProfileEditorDialog::json() const
{
    return QByteArray::fromStdString(m_json.dump(2)) + '\n';
}

QString ProfileEditorDialog::problem() const
{
    return m_problemText;
}

void ProfileEditorDialog::formChanged()
{
    if (m_syncing)
        return;
    writeFormToJson();
    showRaw();
    (void)validate();
}

void ProfileEditorDialog::rawChanged()
{
    if (m_syncing)
        return;
    const std::string text = m_raw->toPlainText().toStdString();
    Json parsed = Json::parse(text, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        m_problemText = tr("Raw JSON: not a JSON object yet; the form shows the last valid version.");
        m_problem->setText(m_problemText);
        m_save->setEnabled(false);
        return;
    }
    m_json = std::move(parsed);
    readJsonToForm();
    (void)validate();
}

void ProfileEditorDialog::writeFormToJson()
{
    for (const Binding &binding : m_bindings) {
        const QString text = binding.edit->text().trimmed();
        if (text.isEmpty()) {
            erase(m_json, binding.pointer);
            continue;
        }
        if (binding.list) {
            Json list = Json::array();
            for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                list.push_back(part.trimmed().toStdString());
            slot(m_json, binding.pointer) = list;
        } else {
            slot(m_json, binding.pointer) = text.toStdString();
        }
    }
    Json labels = Json::object();
    for (int i = 0; i < 3; ++i) {
        const QString name = m_labelNames[i]->text().trimmed();
        const QString column = m_labelColumns[i]->text().trimmed();
        if (!name.isEmpty() || !column.isEmpty())
            labels[name.toStdString()] = column.toStdString();
    }
    if (labels.empty())
        erase(m_json, "/objects/0/labels");
    else
        slot(m_json, "/objects/0/labels") = labels;
    // An optional section whose every field was cleared means "not configured", not an empty object.
    for (const char *section : {"loki", "sentry"}) {
        if (m_json.contains(section) && m_json[section].is_object() && m_json[section].empty())
            m_json.erase(section);
    }
}

void ProfileEditorDialog::readJsonToForm()
{
    m_syncing = true;
    for (const Binding &binding : m_bindings) {
        const Json *value = profilejson::find(m_json, binding.pointer);
        QString text;
        if (value && value->is_string()) {
            text = QString::fromStdString(value->get<std::string>());
        } else if (value && value->is_array()) {
            QStringList parts;
            for (const Json &item : *value)
                parts << QString::fromStdString(item.is_string() ? item.get<std::string>() : item.dump());
            text = parts.join(QStringLiteral(", "));
        } else if (value && !value->is_null()) {
            text = QString::fromStdString(value->dump());
        }
        if (binding.edit->text() != text)
            binding.edit->setText(text);
    }
    const Json *labels = profilejson::find(m_json, "/objects/0/labels");
    int row = 0;
    if (labels && labels->is_object()) {
        for (auto it = labels->begin(); it != labels->end() && row < 3; ++it, ++row) {
            m_labelNames[row]->setText(QString::fromStdString(it.key()));
            m_labelColumns[row]->setText(QString::fromStdString(it->is_string() ? it->get<std::string>() : it->dump()));
        }
    }
    for (; row < 3; ++row) {
        m_labelNames[row]->clear();
        m_labelColumns[row]->clear();
    }
    m_syncing = false;
}

void ProfileEditorDialog::showRaw()
{
    m_syncing = true;
    m_raw->setPlainText(QString::fromStdString(m_json.dump(2)));
    m_syncing = false;
}

Result<Profile> ProfileEditorDialog::validate()
{
    Result<Profile> profile = Profile::fromJson(json());
    m_problemText = profile ? QString() : profile.error().message;
    m_problem->setText(m_problemText);
    m_problem->setVisible(!m_problemText.isEmpty());
    m_save->setEnabled(bool(profile));
    return profile;
}

QString ProfileEditorDialog::envFor(const Profile &profile, const char *what) const
{
    const QLatin1String key(what);
    if (key == QLatin1String("hubspot"))
        return profile.hubspot.tokenEnv;
    if (key == QLatin1String("database"))
        return profile.database.passwordEnv;
    return profile.sentry.tokenEnv;
}

void ProfileEditorDialog::exportTypedSecrets(const Profile &profile)
{
    for (const SecretField &secret : m_secrets) {
        const QString value = secret.edit->text();
        const QString env = envFor(profile, secret.what);
        if (value.isEmpty() || env.isEmpty())
            continue;
        logging::registerSecret(value);
        qputenv(env.toLocal8Bit().constData(), value.toUtf8());
    }
}

void ProfileEditorDialog::testConnection()
{
    m_checks->clear();
    m_testResult.reset();
    Result<Profile> profile = validate();
    if (!profile) {
        m_testStatus->setText(tr("Fix the profile first: %1").arg(m_problemText));
        m_testResult = false;
        return;
    }
    exportTypedSecrets(*profile);
    m_test->setEnabled(false);
    m_testStatus->setText(tr("Testing each source…"));
    m_runner->start(*profile);
}

bool ProfileEditorDialog::isTesting() const
{
    return m_runner->isRunning();
}

void ProfileEditorDialog::addCheck(const DoctorCheck &check)
{
    QString text = mark(check.status) + QLatin1Char(' ') + check.source + QStringLiteral(" · ") + check.title;
    if (!check.detail.isEmpty())
        text += QStringLiteral("\n    ") + check.detail;
    if (!check.hint.isEmpty())
        text += QStringLiteral("\n    ") + tr("fix: %1").arg(check.hint);
    auto *item = new QListWidgetItem(text, m_checks);
    item->setToolTip(text);
    const Tone tone = check.status == DoctorCheck::Status::Ok       ? Tone::Good
                      : check.status == DoctorCheck::Status::Failed ? Tone::Bad
                      : check.status == DoctorCheck::Status::Warning ? Tone::Warn
                                                                     : Tone::Neutral;
    item->setForeground(tone == Tone::Good || tone == Tone::Neutral ? palette().color(QPalette::Text) : toneColor(tone));
    item->setData(Qt::AccessibleTextRole, QString(doctorStatusName(check.status) + QLatin1Char(' ') + text));
}

void ProfileEditorDialog::testFinished(bool allOk)
{
    m_testResult = allOk;
    m_test->setEnabled(true);
    m_testStatus->setText(allOk ? tr("Everything the console needs is in place.")
                                : tr("Some checks failed: see the fixes below."));
}

Status ProfileEditorDialog::saveTo(const QString &path)
{
    m_secretWarnings.clear();
    Result<Profile> profile = validate();
    if (!profile)
        return profile.error();
    const QByteArray bytes = json();
    for (const SecretField &secret : m_secrets) {
        if (!secret.edit->text().isEmpty() && bytes.contains(secret.edit->text().toUtf8()))
            return Error::make(Error::Kind::Validation, tr("A secret appears in the profile; name its environment variable instead."),
                               QStringLiteral("profile"));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Config, tr("Cannot write %1: %2").arg(path, file.errorString()), QStringLiteral("profile"));
    m_savedPath = QFileInfo(path).absoluteFilePath();

    // The same keys the sources read (see pipeline::keyringKey): the profile's name, else the file's.
    const QString name = profile->name.isEmpty() ? QFileInfo(path).completeBaseName() : profile->name;
    for (const SecretField &secret : m_secrets) {
        const QString value = secret.edit->text();
        if (value.isEmpty())
            continue;
        const QString env = envFor(*profile, secret.what);
        const Status stored = storeSecret(name + QLatin1Char('/') + QLatin1String(secret.what), value);
        if (!stored)
            m_secretWarnings << tr("The %1 is not in the keyring (%2): set the environment variable %3 instead.")
                                    .arg(describeSecret(env), stored.error().message, env);
    }
    // This session opens the profile next: it can use what was typed even without a keyring.
    exportTypedSecrets(*profile);
    return Ok{};
}

void ProfileEditorDialog::saveClicked()
{
    if (!validate())
        return;
    QString path = m_savedPath;
    if (path.isEmpty()) {
        const Json *name = profilejson::find(m_json, "/name");
        const QString base = name && name->is_string() && !name->get<std::string>().empty()
                                 ? QString::fromStdString(name->get<std::string>())
                                 : QStringLiteral("profile");
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles");
        path = QFileDialog::getSaveFileName(this, tr("Save the profile"), dir + QLatin1Char('/') + base + QStringLiteral(".json"),
                                            tr("Profiles (*.json)"));
        if (path.isEmpty())
            return;
    }
    if (Status saved = saveTo(path); !saved) {
        m_problemText = saved.error().message;
        m_problem->setText(m_problemText);
        m_problem->setVisible(true);
        return;
    }
    if (!m_secretWarnings.isEmpty())
        QMessageBox::warning(this, tr("Secrets not stored"), m_secretWarnings.join(QLatin1Char('\n')));
    accept();
}

} // namespace credsync
