#pragma once

#include "domain/campaign.h"
#include "domain/candidaterow.h"
#include "domain/deliverableformat.h"
#include "domain/error.h"
#include "planning/goalscore.h"
#include "planning/projection.h"
#include "domain/rankedchannel.h"
#include "planning/rankingrows.h"

#include <QHash>
#include <QSqlDatabase>
#include <array>
#include <optional>
#include <vector>

namespace planner {

// Projects every candidate channel for a campaign's goal and ranks them by goal fit
// (objective per unit of cost, best first). The objective respects the whole brief and the
// kind weight, as GoalScore, the suggester and the optimizer do. Each channel is priced for one deliverable in
// its natural format. The figures are those of Projection and GoalScore to the last bit:
// the assumptions, tier defaults and exchange rates are looked up once per platform, tier
// and currency when the ranking is made, so the loop over a million rows does no text work.
class CandidateStore;

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

    // The campaign's brand-fit factors by candidate id (BrandFit::factor); a candidate
    // without one counts 1.
    void setBrandFactors(const QHash<qint64, double> &factors) { m_brandFactors = factors; }
    double brandFactor(qint64 candidateId) const
    {
        return m_brandFactors.isEmpty() ? 1.0 : m_brandFactors.value(candidateId, 1.0);
    }

    // One row through Projection and GoalScore themselves (for a screen showing why).
    GoalScore score(const CandidateRow &row) const;

    // Every row in the rows' order (project), or ranked: best fit first, unknown cost last,
    // ties by channel id (the order of the candidate table's goal-fit sort).
    std::vector<RankedChannel> project(const RankingRows &rows) const;
    std::vector<RankedChannel> rank(const RankingRows &rows) const;
    // The same into out, replacing its contents but reusing its memory: ranking a million
    // channels again then needs no fresh memory, which on some machines costs more than the
    // ranking itself.
    void project(const RankingRows &rows, std::vector<RankedChannel> &out) const;
    void rank(const RankingRows &rows, std::vector<RankedChannel> &out) const;
    // The same for every channel of a campaign database, read with one forward-only query
    // a chunk at a time, in channel id order.
    std::optional<std::vector<RankedChannel>> project(const QSqlDatabase &db, Error *error = nullptr) const;
    std::optional<std::vector<RankedChannel>> rank(const QSqlDatabase &db, Error *error = nullptr) const;
    // Ranks every channel of the store's file and keeps the ranking as the store's goal-fit
    // order (CandidateStore::rankByGoal).
    bool rankInto(CandidateStore &store, Error *error = nullptr) const;

    // Orders projected channels as rank() does, in place.
    static void sortByFit(std::vector<RankedChannel> &channels);
    // Whether a ranks before b. A function object, so that sorting inlines it.
    static constexpr struct RanksBefore
    {
        bool operator()(const RankedChannel &a, const RankedChannel &b) const
        {
            return a.fit > b.fit || (a.fit == b.fit && a.channelId < b.channelId);
        }
    } ranksBefore{};

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
    const TierInputs &tierInputs(Platform platform, Tier tier) const
    {
        return m_inputs[size_t(platform)][size_t(tier)];
    }

    // Whether both rankings put every channel in the same place: same goal, targets,
    // currency, thresholds, assumptions and rates (the campaign's name or budget do not count).
    bool hasSameInputs(const GoalRanking &other) const;

private:
    static constexpr int platformCount = int(Platform::Print) + 1;
    static constexpr int tierCount = int(Tier::Mega) + 1;
    static constexpr int kindCount = int(CandidateKind::Koc) + 1;

    // How a fee in one currency turns into the campaign's: ExchangeRates::convert's steps.
    struct CurrencyInputs
    {
        bool known = false;
        bool same = false;
        long double to = 0.0L;
        long double from = 1.0L;
        long double shift = 1.0L;
    };
    // Per distinct text of the rows: its conversion, and whether a list matches the brief.
    struct Resolved
    {
        std::vector<CurrencyInputs> currencies;
        std::vector<char> regionMatches; // per region list
        std::vector<char> nicheMatches;  // per niche list
        std::vector<double> languageFactors; // per language list (LanguageMatch::factor)
    };

    void resolve(const RankingRows &rows, Resolved &resolved) const;
    CurrencyInputs currencyInputs(const QString &currency) const;
    RankedChannel projectRow(const RankingRow &row, const Resolved &resolved) const;
    RankedChannel projectWithoutFollowers(const RankingRow &row, const Resolved &resolved) const;
    bool ownCost(const RankingRow &row, const Resolved &resolved, RankedChannel &ranked) const;
    static void setFit(RankedChannel &ranked, bool costKnown);
    void projectInto(const RankingRows &rows, const Resolved &resolved,
                     std::vector<RankedChannel> &out) const;
    Tier tierFor(qint64 followers) const;
    // The kind weight times the brand and language factors, as GoalScore multiplies them.
    double rowWeight(const RankingRow &row, const Resolved &resolved) const;

    Campaign m_campaign;
    Projection m_projection;
    std::array<std::array<TierInputs, tierCount>, platformCount> m_inputs;
    std::array<qint64, tierCount> m_lowerBounds{};
    std::array<double, kindCount> m_kindWeights{}; // Assumptions::kindWeight, as the suggester
    QHash<qint64, double> m_brandFactors;
    double m_languageWeight = 0.5; // LanguageMatch::weight of the assumptions
    QString m_currency; // the campaign's, as ExchangeRates compares it
    double m_minorScale = 1.0; // minor units per major unit of the campaign's currency
};

} // namespace planner
