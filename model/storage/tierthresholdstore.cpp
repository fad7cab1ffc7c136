#include "storage/tierthresholdstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace planner {

TierThresholds TierThresholdStore::load(const QSqlDatabase &db)
{
    TierThresholds thresholds;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT tier, min_followers FROM tier_thresholds")))
        return thresholds;
    while (query.next()) {
        if (const auto tier = tierFromKey(query.value(0).toString()))
            thresholds.setLowerBound(*tier, query.value(1).toLongLong());
    }
    return thresholds;
}

} // namespace planner
