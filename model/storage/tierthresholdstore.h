#pragma once

#include "domain/tier.h"

#include <QSqlDatabase>

namespace planner {

// Reads the tier thresholds, which are rows of the database rather than constants.
class TierThresholdStore
{
public:
    static TierThresholds load(const QSqlDatabase &db);
};

} // namespace planner
