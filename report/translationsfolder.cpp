#include "translationsfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace planner {

QString translationsFolder()
{
    const QString programFolder = QCoreApplication::applicationDirPath();
    const QString installed =
        QDir::cleanPath(programFolder + QLatin1Char('/') + QStringLiteral(PLANNER_TRANSLATIONS_FROM_BIN));
    if (QFileInfo::exists(installed))
        return installed;
    // A program copied out of the build tree never reads the build tree's files.
    const QString buildRoot = QFileInfo(QStringLiteral(PLANNER_BUILD_ROOT)).canonicalFilePath();
    const QString program = QFileInfo(programFolder).canonicalFilePath();
    if (!buildRoot.isEmpty() && QString(program + QLatin1Char('/')).startsWith(buildRoot + QLatin1Char('/')))
        return QStringLiteral(PLANNER_BUILD_TRANSLATIONS);
    return installed;
}

} // namespace planner
