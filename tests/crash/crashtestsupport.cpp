#include "crashtestsupport.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace planner::test {

quint32 crashSeed(quint32 fallback)
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("PLANNER_CRASH_SEED").toUInt(&ok);
    return ok ? seed : fallback;
}

QString integrityCheck(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("the check could not run");
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result.join(QLatin1Char('\n'));
}

} // namespace planner::test
