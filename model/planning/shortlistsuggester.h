#pragma once

#include "planning/optimizer/budgetoptimizer.h"
#include "domain/brandfit.h"
#include "domain/campaign.h"
#include "planning/campaigntotals.h"
#include "domain/candidate.h"
#include "planning/projection.h"
#include "domain/shortlistentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <optional>

namespace planner {

// What a suggested shortlist is asked to respect beyond the campaign's budget.
struct ShortlistRequest
{
    Campaign campaign;
    std::optional<Goal> goal;         // the campaign's own when empty ("compare goals" sets it)
    QList<Candidate> candidates;      // everyone who may be chosen, with their channels
    QList<ShortlistEntry> entries;    // the campaign's shortlist as it is now
    QSet<qint64> lockedIds;           // kept as they are, besides the entries marked locked
    QSet<qint64> excludedIds;         // never chosen
    std::optional<double> maxShare;   // of the budget per unlocked candidate: 0.3 means 30%
    QMap<CandidateKind, int> minimumPerKind;
    // The campaign's brand fit by candidate id: the rating weighs in (BrandFit::factor), a
    // competitor conflict leaves an unlocked candidate out.
    QHash<qint64, BrandFit> brandFits;
    // Unlocked candidates rated below it, or not rated, are left out.
    std::optional<int> minimumBrandFit;
};

// A suggested shortlist with its projected totals, or why there is none.
struct ShortlistSuggestion
{
    OptimizerResult result;
    // Locked and declined entries unchanged, then one new prospect entry per candidate chosen.
    // Without a solution: the shortlist as it was.
    QList<ShortlistEntry> entries;
    CampaignTotals totals; // of entries
    Goal goal = Goal::Awareness;
    QString reason;    // translated; set when the result is infeasible or cancelled
    int unpriced = 0;  // candidates with a channel left out for want of an exchange rate
    int unprojected = 0; // candidates with a channel left out: followers and views unknown

    bool isSolved() const { return result.isSolved(); }
};

// Turns a campaign into a BudgetOptimizer problem and the optimizer's choice back into
// shortlist entries. Each free candidate may be booked on one of their channels for one
// deliverable in the channel's natural format, worth the goal's objective (times the kind
// weight assumption) at the projected cost in the campaign's currency; a channel of unknown
// cost (no exchange rate) is left out, and so is one worth nothing unless a minimum count
// asks for the candidate's kind. Locked candidates keep their entries, priced as they
// stand. Candidates who declined are not suggested again; their entries stay as a record.
// A value: no database access, usable from any thread.
class ShortlistSuggester
{
    Q_DECLARE_TR_FUNCTIONS(ShortlistSuggester)

public:
    explicit ShortlistSuggester(Projection projection);

    // Called now and then with the share of work done; returning false cancels.
    void setProgress(BudgetOptimizer::Progress progress) { m_progress = std::move(progress); }
    // Free candidates up to which the optimizer's search is complete (see BudgetOptimizer).
    void setExactLimit(int limit) { m_exactLimit = limit; }

    ShortlistSuggestion suggest(const ShortlistRequest &request) const;

    // What "add to shortlist" makes by default: the first channel, its natural format
    // (GoalRanking::naturalFormat), one deliverable, as a prospect. Empty without channels.
    static std::optional<ShortlistEntry> defaultEntry(const Candidate &candidate, qint64 campaignId);

private:
    Projection m_projection;
    BudgetOptimizer::Progress m_progress;
    int m_exactLimit = 40;
};

} // namespace planner
