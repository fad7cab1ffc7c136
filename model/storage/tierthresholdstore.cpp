#include "storage/tierthresholdstore.h"

#include "storage/storewrite.h"

#include <QSqlQuery>
#include <QVariant>

namespace planner {

TierThresholds TierThresholdStore::load(const QSqlDatabase &db)
{
    TierThresholds thresholds;
    const QString sql = QStringLiteral("SELECT tier, min_followers FROM tier_thresholds");
    StoreWrite::eachRow(db, sql, [&thresholds](const QSqlQuery &query) {
        if (const auto tier = tierFromKey(query.value(0).toString()))
            thresholds.setLowerBound(*tier, query.value(1).toLongLong());
    });
    return thresholds;
}

} // namespace planner
