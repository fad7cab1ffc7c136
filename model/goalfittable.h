#pragma once

#include "error.h"
#include "rankedchannel.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <vector>

namespace planner {

class GoalRanking;

// The goal fit of every channel as a temporary table of one connection,
// goal_fit(channel_id, fit) with an index in ranking order, so that the candidate list can
// walk it sorted by goal fit and still stop after a screenful. Temporary because it belongs
// to one campaign and one set of assumptions, not to the file; per connection, so it is
// filled on the connection that reads it.
class GoalFitTable
{
    Q_DECLARE_TR_FUNCTIONS(GoalFitTable)

public:
    // Projects every channel with the ranking and replaces the table's rows with them.
    static bool fill(const QSqlDatabase &db, const GoalRanking &ranking, Error *error = nullptr);
    // Replaces the table's rows with these channels (fit is RankedChannel::rankKey(): -1 for
    // an unknown cost). One transaction: on failure the previous rows stay.
    static bool fill(const QSqlDatabase &db, const std::vector<RankedChannel> &channels,
                     Error *error = nullptr);
};

} // namespace planner
