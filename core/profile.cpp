#include "profile.h"

#include "profileparser.h"

#include <QFile>
#include <QFileInfo>

namespace credsync {

QString ObjectTypeProfile::columnForLabel(const QString &label) const
{
    for (const LabelColumn &lc : labels) {
        if (lc.label == label)
            return lc.column;
    }
    return {};
}

QString ObjectTypeProfile::labelForColumn(const QString &column) const
{
    for (const LabelColumn &lc : labels) {
        if (lc.column == column)
            return lc.label;
    }
    return {};
}

QStringList ObjectTypeProfile::columns() const
{
    QStringList out;
    for (const LabelColumn &lc : labels)
        out << lc.column;
    return out;
}

Result<Profile> Profile::fromJson(const QByteArray &json, const QString &sourceName)
{
    return ProfileParser::parse(json, sourceName);
}

Result<Profile> Profile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Config,
                           QStringLiteral("cannot read profile %1: %2").arg(path, file.errorString()),
                           QStringLiteral("profile"));
    }
    // A profile is a few kilobytes; a huge file is a wrong path, not a profile.
    if (file.size() > 4 * 1024 * 1024) {
        return Error::make(Error::Kind::Config, QStringLiteral("%1 is too large to be a profile").arg(path),
                           QStringLiteral("profile"));
    }
    const QFileInfo info(path);
    auto result = fromJson(file.readAll(), info.fileName());
    if (!result)
        return result;
    Profile profile = std::move(result).value();
    profile.path = info.absoluteFilePath();
    if (profile.name.isEmpty())
        profile.name = info.completeBaseName();
    return profile;
}

const ObjectTypeProfile *Profile::objectByName(const QString &name) const
{
    for (const ObjectTypeProfile &object : objects) {
        if (object.name.compare(name, Qt::CaseInsensitive) == 0)
            return &object;
    }
    return nullptr;
}

const ObjectTypeProfile *Profile::objectByTypeId(const QString &typeId) const
{
    for (const ObjectTypeProfile &object : objects) {
        if (object.typeId == typeId)
            return &object;
    }
    return nullptr;
}

QStringList Profile::idColumns() const
{
    QStringList out;
    for (const ObjectTypeProfile &object : objects)
        out << object.columns();
    return out;
}

} // namespace credsync
