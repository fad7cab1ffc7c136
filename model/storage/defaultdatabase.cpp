#include "storage/defaultdatabase.h"

#include "storage/serveraddress.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace planner {

namespace {
const char lastFileKey[] = "files/last";
}

QString DefaultDatabase::standardPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("campaign-planner.sqlite"));
}

QString DefaultDatabase::lastFile()
{
    return QSettings().value(QLatin1String(lastFileKey)).toString();
}

void DefaultDatabase::rememberLastFile(const QString &path)
{
    // A team database is remembered by the connect dialog (without its password), not here.
    if (ServerAddress::isServerUri(path))
        return;
    QSettings().setValue(QLatin1String(lastFileKey), QFileInfo(path).absoluteFilePath());
}

QString DefaultDatabase::path()
{
    const QString last = lastFile();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return standardPath();
}

} // namespace planner
