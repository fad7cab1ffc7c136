#pragma once

#include "domain/error.h"
#include "domain/rankedchannel.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <vector>

namespace planner {

// Every channel's place in a goal ranking as a temporary table of one connection,
// goal_fit(place, channel_id, fit) keyed by place (1 = best fit), so that the candidate list
// can walk it in ranking order and still stop after a screenful. Temporary because it
// belongs to one campaign and one set of assumptions, not to the file; per connection, so
// it is filled on the connection that reads it.
class GoalFitTable
{
    Q_DECLARE_TR_FUNCTIONS(GoalFitTable)

public:
    // Replaces the table's rows with these channels, ranked (GoalRanking::sortByFit order),
    // with their fit (-1 for an unknown cost). One transaction: on failure the previous
    // rows stay.
    static bool fill(const QSqlDatabase &db, const std::vector<RankedChannel> &channels,
                     Error *error = nullptr);
};

} // namespace planner
