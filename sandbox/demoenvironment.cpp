#include "sandbox/demoenvironment.h"

#include "sandbox/demoworld.h"
#include "sandbox/demoworldbuilder.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/therapistdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

namespace credsync::sandbox {

using nlohmann::json;

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
{
}

DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start(const DemoOptions &options, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    World world;
    if (options.generate >= 0) {
        world = generateLargeWorld(options.generate, options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc(),
                                   options.seed);
    } else if (options.worldFile.isEmpty()) {
        world = generateDemoWorld(options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc());
    } else {
        std::string why;
        if (!loadWorldFile(options.worldFile.toStdString(), world, &why)) {
            *error = QString::fromStdString(why);
            return false;
        }
        // A pinned "now" wins over the world file's own.
        if (options.now.isValid())
            world.clock.setAnchor(options.now.toMSecsSinceEpoch());
    }
    QString directory = options.databaseFile.isEmpty() ? options.dataDir : QFileInfo(options.databaseFile).absolutePath();
    if (directory.isEmpty()) {
        m_temporaryDir = std::make_unique<QTemporaryDir>();
        if (!m_temporaryDir->isValid()) {
            *error = QStringLiteral("cannot create a temporary directory: ") + m_temporaryDir->errorString();
            return false;
        }
        directory = m_temporaryDir->path();
    } else if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create ") + directory;
        return false;
    }
    m_databasePath = options.databaseFile.isEmpty()
        ? QFileInfo(QDir(directory).filePath(QStringLiteral("demo.sqlite"))).absoluteFilePath()
        : QFileInfo(options.databaseFile).absoluteFilePath();
    if (!TherapistDatabase::write(world, m_databasePath, error))
        return false;
    m_server = std::make_unique<SandboxServer>(std::move(world));
    if (m_server->listenLocal(options.port) == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:") + QString::number(options.port);
        m_server.reset();
        return false;
    }
    return true;
}

quint16 DemoEnvironment::port() const
{
    return m_server ? m_server->port() : 0;
}

QByteArray DemoEnvironment::profileJson() const
{
    if (!m_server)
        return {};
    // ordered_json: the profile keeps the contract's key order, and label order is meaningful to people.
    using ordered = nlohmann::ordered_json;
    const World &world = m_server->world();
    const std::string base = m_server->baseUrl().toStdString();
    ordered objects = ordered::array();
    // The demo portal's object types and how their labels map to DB columns; types a loaded world
    // lacks are left out.
    struct Mapping { const char *name; ordered labels; ordered unique; ordered required; ordered exclusive; };
    const Mapping mappings[] = {
        {"Credentialing",
         {{demo::kActiveAttested, "credentialing_active_attested_id"}, {demo::kActive, "credentialing_hubspot_id"},
          {demo::kRelocation, "credentialing_relocation_id"}},
         {demo::kActiveAttested, demo::kActive, demo::kRelocation}, demo::kActiveAttested,
         ordered::array({ordered::array({demo::kActiveAttested, demo::kActive})})},
        {"License", {{demo::kActive, "license_hubspot_id"}}, {demo::kActive}, nullptr, ordered::array()},
        {"Therapist Address",
         {{demo::kActive, "therapist_address_hubspot_id"}, {demo::kRelocation, "therapist_address_relocation_id"}},
         {demo::kActive, demo::kRelocation}, nullptr, ordered::array()},
    };
    for (const Mapping &mapping : mappings) {
        const ObjectType *type = world.objectType(mapping.name);
        if (!type)
            continue;
        ordered object = {{"name", mapping.name}, {"type_id", type->id}, {"labels", mapping.labels},
                          {"unique_labels", mapping.unique}};
        if (!mapping.required.is_null())
            object["required_label"] = mapping.required;
        object["exclusive_labels"] = mapping.exclusive;
        objects.push_back(std::move(object));
    }
    const ordered profile = {
        {"name", "demo"},
        {"hubspot", {{"base_url", base}, {"portal_id", std::to_string(world.portal.portalId)},
                     {"ui_domain", world.portal.uiDomain}, {"token_env", kHubSpotTokenEnv}}},
        {"objects", objects},
        {"database", {{"url", "sqlite://" + QFileInfo(m_databasePath).absoluteFilePath().toStdString()},
                      {"table", "therapists"}, {"key_column", "id"}, {"contact_column", "hubspot_id"},
                      {"email_column", "email"}, {"name_columns", {"first_name", "last_name"}},
                      {"created_column", "created_at"}}},
        {"loki", {{"base_url", base}, {"selector", "{app=\"" + std::string(demo::kApp) + "\"}"}}},
        {"sentry", {{"base_url", base}, {"org", world.sentryProject.org}, {"project", world.sentryProject.slug},
                    {"token_env", kSentryTokenEnv}}},
        {"resync", {{"object", "Credentialing"}, {"label", demo::kActiveAttested},
                    {"properties", {{"npi_number", "npi"}, {"license_state", "license_state"}}}}},
    };
    return QByteArray::fromStdString(profile.dump(2));
}

void DemoEnvironment::exportSecretsToEnvironment() const
{
    if (!m_server)
        return;
    qputenv(kHubSpotTokenEnv, QByteArray::fromStdString(m_server->world().tokens.hubspot));
    qputenv(kSentryTokenEnv, QByteArray::fromStdString(m_server->world().tokens.sentry));
}

} // namespace credsync::sandbox
