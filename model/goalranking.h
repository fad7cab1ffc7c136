#pragma once

#include "campaign.h"
#include "candidaterow.h"
#include "deliverableformat.h"
#include "error.h"
#include "goalscore.h"
#include "projection.h"
#include "rankedchannel.h"
#include "rankingrows.h"

#include <QSqlDatabase>
#include <array>
#include <optional>
#include <vector>

namespace planner {

// Projects every candidate channel for a campaign's goal and ranks them by goal fit
// (objective per unit of cost, best first). Each channel is priced for one deliverable in
// its natural format. The figures are those of Projection and GoalScore to the last bit:
// the assumptions, tier defaults and exchange rates are looked up once per platform, tier
// and currency when the ranking is made, so the loop over a million rows does no text work.
class GoalRanking
{
public:
    // What one piece of content on a platform is, for ranking and for a suggested entry:
    // an appearance on TV, radio and in print, a video on YouTube and TikTok, else a post.
    static DeliverableFormat naturalFormat(Platform platform);
    static constexpr int deliverables = 1;

    GoalRanking(const Campaign &campaign, const Projection &projection);

    const Campaign &campaign() const { return m_campaign; }
    const Projection &projection() const { return m_projection; }

    // One row through Projection and GoalScore themselves (for a screen showing why).
    GoalScore score(const CandidateRow &row) const;

    // Every row, in the rows' order, then ranked: best fit first, unknown cost last, ties
    // in the rows' order.
    std::vector<RankedChannel> project(const RankingRows &rows) const;
    std::vector<RankedChannel> rank(const RankingRows &rows) const;
    // The same for every channel of a campaign database, read with one forward-only query
    // a chunk at a time (the rows come in channel id order, so ties rank by channel id).
    std::optional<std::vector<RankedChannel>> project(const QSqlDatabase &db, Error *error = nullptr) const;
    std::optional<std::vector<RankedChannel>> rank(const QSqlDatabase &db, Error *error = nullptr) const;

    // Orders projected channels as rank() does; stable.
    static void sortByFit(std::vector<RankedChannel> &channels);
    // Whether a ranks strictly before b (ties are neither).
    static bool ranksBefore(const RankedChannel &a, const RankedChannel &b)
    {
        return a.rankKey() > b.rankKey();
    }

    // Whether both rankings put every channel in the same place: same goal, targets,
    // currency, thresholds, assumptions and rates (the campaign's name or budget do not count).
    bool hasSameInputs(const GoalRanking &other) const;

private:
    static constexpr int platformCount = int(Platform::Print) + 1;
    static constexpr int tierCount = int(Tier::Mega) + 1;

    // The tier defaults of one platform and tier, resolved from the assumptions.
    struct TierInputs
    {
        double reachRate = 0.0; // clamped to 0..1, for the platform's natural format
        double engagementRatePct = 0.0;
        double authenticityPct = 0.0;
        double defaultFeeCost = 0.0; // one deliverable at the default fee, campaign currency
        bool defaultFeeKnown = false;
        bool operator==(const TierInputs &other) const;
    };
    // How a fee in one currency turns into the campaign's: ExchangeRates::convert's steps.
    struct CurrencyInputs
    {
        bool known = false;
        bool same = false;
        long double to = 0.0L;
        long double from = 1.0L;
        long double shift = 1.0L;
    };
    // Per distinct text of the rows: its conversion, and whether a list matches the goal.
    struct Resolved
    {
        std::vector<CurrencyInputs> currencies;
        std::vector<char> matches; // niche lists (niche trust) or region lists (awareness)
    };

    void resolve(const RankingRows &rows, Resolved &resolved) const;
    CurrencyInputs currencyInputs(const QString &currency) const;
    void projectInto(const RankingRows &rows, const Resolved &resolved,
                     std::vector<RankedChannel> &out) const;
    Tier tierFor(qint64 followers) const;

    Campaign m_campaign;
    Projection m_projection;
    std::array<std::array<TierInputs, tierCount>, platformCount> m_inputs;
    std::array<qint64, tierCount> m_lowerBounds{};
    QString m_currency; // the campaign's, as ExchangeRates compares it
    double m_minorScale = 1.0; // minor units per major unit of the campaign's currency
};

} // namespace planner
