#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace planner {

class Database;
class StoreWrite;

// Moves a campaign database to the team and back (issue 15, point 5: "team push" and "team
// pull"): copies the source's candidates (with their channels, languages and search terms),
// campaigns (with their shortlists and brand fit) and assumptions (with the tier thresholds)
// into the target through the stores' own writers, in one transaction on the target. Ids are
// the target's own: a shortlist entry and a brand fit point at the copied candidate.
//
// Safe by design: the target must hold no candidates and no campaigns (it is refused
// otherwise, so nothing there is ever mixed or overwritten); its assumptions take the
// source's values. Any failure (a refusal, a viewer's write refused by the server, a lost
// connection) leaves the target exactly as it was.
class TeamTransfer
{
    Q_DECLARE_TR_FUNCTIONS(TeamTransfer)

public:
    // How many rows of each kind were copied.
    struct Counts
    {
        qint64 candidates = 0;
        qint64 campaigns = 0;
        qint64 assumptions = 0;
    };

    // Copies source into target; on failure returns nullopt with *error filled.
    static std::optional<Counts> copy(Database &source, Database &target, Error *error);

private:
    // The copy itself; error is empty when it starts.
    static std::optional<Counts> copyAll(Database &source, Database &target, Error *error);
    // Refuses the write when the target already holds candidates or campaigns.
    static bool checkEmpty(StoreWrite &write, Database &target);
    // The candidates' new ids by their ids in the source.
    static std::optional<QHash<qint64, qint64>> copyCandidates(Database &source, StoreWrite &write,
                                                               Database &target, Counts &counts,
                                                               Error *error);
    static bool copyCampaigns(Database &source, StoreWrite &write, const QHash<qint64, qint64> &candidateIds,
                              Counts &counts, Error *error);
    static bool copyAssumptions(Database &source, StoreWrite &write, Counts &counts);
};

} // namespace planner
