#include "planning/goalranking.h"

#include "domain/languagematch.h"
#include "storage/candidatestore.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <limits>

namespace planner {

DeliverableFormat GoalRanking::naturalFormat(Platform platform)
{
    switch (platform) {
    case Platform::Tv:
    case Platform::Radio:
    case Platform::Print: return DeliverableFormat::Appearance;
    case Platform::YouTube:
    case Platform::TikTok: return DeliverableFormat::Video;
    default: return DeliverableFormat::Post;
    }
}

bool GoalRanking::TierInputs::operator==(const TierInputs &other) const
{
    return reachRate == other.reachRate && engagementRatePct == other.engagementRatePct
        && authenticityPct == other.authenticityPct && defaultFeeCost == other.defaultFeeCost
        && defaultFeeKnown == other.defaultFeeKnown;
}

GoalRanking::GoalRanking(const Campaign &campaign, const Projection &projection)
    : m_campaign(campaign)
    , m_projection(projection)
    , m_currency(campaign.currency().trimmed().toUpper())
    , m_minorScale(std::pow(10.0, Money::minorDigits(campaign.currency())))
{
    const Assumptions &assumptions = projection.assumptions();
    m_languageWeight = LanguageMatch::weight(assumptions);
    for (Tier tier : allTiers())
        m_lowerBounds[size_t(tier)] = projection.thresholds().lowerBound(tier);
    for (CandidateKind kind : allKinds())
        m_kindWeights[size_t(kind)] = assumptions.kindWeight(kind);
    for (Platform platform : allPlatforms()) {
        for (Tier tier : allTiers()) {
            TierInputs &in = m_inputs[size_t(platform)][size_t(tier)];
            in.reachRate = std::clamp(assumptions.reachRate(platform, tier, naturalFormat(platform)), 0.0, 1.0);
            in.engagementRatePct = assumptions.engagementRatePct(platform, tier);
            in.authenticityPct = assumptions.authenticityPct(tier);
            // Priced exactly as Projection prices a channel without a fee of its own.
            const Money fee = assumptions.defaultFee(platform, tier);
            const auto cost = projection.rates().convert(
                Money(fee.minorUnits() * deliverables, fee.currency()), campaign.currency());
            in.defaultFeeKnown = cost.has_value();
            in.defaultFeeCost = cost ? cost->toDouble() : 0.0;
        }
    }
}

GoalScore GoalRanking::score(const CandidateRow &row) const
{
    Candidate candidate;
    candidate.id = row.candidateId;
    candidate.kind = row.kind;
    candidate.niches = row.niches;
    candidate.regions = row.regions;
    const ProjectedFigures figures = m_projection.project(
        row.channel, naturalFormat(row.channel.platform), deliverables, std::nullopt, m_campaign.currency());
    return GoalScore::of(m_campaign.goal, m_campaign, candidate, figures,
                         m_kindWeights[size_t(row.kind)], brandFactor(row.candidateId),
                         LanguageMatch::factor(m_campaign.languages, row.channel.languages, m_languageWeight));
}

Tier GoalRanking::tierFor(qint64 followers) const
{
    // TierThresholds::tierFor without the list walk: the last tier whose bound is reached.
    int tier = 0;
    for (int i = 0; i < tierCount; ++i) {
        if (followers >= m_lowerBounds[size_t(i)])
            tier = i;
    }
    return Tier(tier);
}

GoalRanking::CurrencyInputs GoalRanking::currencyInputs(const QString &currency) const
{
    // The steps of ExchangeRates::convert on Money(fee, currency), kept as numbers.
    CurrencyInputs in;
    const QString code = currency.toUpper();
    if (code == m_currency) {
        in.known = in.same = true;
        return in;
    }
    const auto from = m_projection.rates().perUsd(code);
    const auto to = m_projection.rates().perUsd(m_currency);
    if (!from || !to)
        return in;
    in.known = true;
    in.to = static_cast<long double>(*to);
    in.from = static_cast<long double>(*from);
    const int shift = Money::minorDigits(m_currency) - Money::minorDigits(code);
    in.shift = std::pow(10.0L, static_cast<long double>(shift));
    return in;
}

void GoalRanking::resolve(const RankingRows &rows, Resolved &resolved) const
{
    // Texts only ever grow while a file is read in chunks: resolve the new ones.
    for (qsizetype i = qsizetype(resolved.currencies.size()); i < rows.currencies().size(); ++i)
        resolved.currencies.push_back(currencyInputs(rows.currencies().at(i)));
    const QList<QStringList> &regions = rows.regionLists();
    for (qsizetype i = qsizetype(resolved.regionMatches.size()); i < regions.size(); ++i)
        resolved.regionMatches.push_back(GoalScore::regionsMatch(m_campaign.regions, regions.at(i)));
    const QList<QStringList> &niches = rows.nicheLists();
    for (qsizetype i = qsizetype(resolved.nicheMatches.size()); i < niches.size(); ++i)
        resolved.nicheMatches.push_back(GoalScore::nichesMatch(m_campaign.niches, niches.at(i)));
    const QList<QStringList> &languages = rows.languageLists();
    for (qsizetype i = qsizetype(resolved.languageFactors.size()); i < languages.size(); ++i)
        resolved.languageFactors.push_back(
            LanguageMatch::factor(m_campaign.languages, languages.at(i), m_languageWeight));
}

inline RankedChannel GoalRanking::projectRow(const RankingRow &row, const Resolved &resolved) const
{
    // Projection::project and GoalScore::of, step for step in the same order, so that every
    // figure comes out identical to theirs.
    if (row.followers < 0)
        return projectWithoutFollowers(row, resolved);
    const double n = deliverables;
    const bool awareness = m_campaign.goal == Goal::Awareness;
    const TierInputs &in = m_inputs[size_t(row.platform)][size_t(tierFor(row.followers))];
    const double followers = static_cast<double>(std::max<qint64>(0, row.followers));
    const double authenticityPct = row.authenticityPct >= 0.0 ? row.authenticityPct : in.authenticityPct;
    const double authenticity = std::clamp(authenticityPct / 100.0, 0.0, 1.0);
    const double realFollowers = authenticity * followers;
    double reachRate = in.reachRate;
    if (row.avgViews >= 0) {
        const double views = static_cast<double>(row.avgViews);
        reachRate = realFollowers > 0.0 ? std::min(1.0, views / realFollowers) : 0.0;
    }

    RankedChannel ranked;
    ranked.channelId = row.channelId;
    ranked.candidateId = row.candidateId;
    const bool matches = resolved.regionMatches[row.regions] != 0
        && (awareness || resolved.nicheMatches[row.niches] != 0);
    const double weight = rowWeight(row, resolved);
    if (matches && awareness) {
        ranked.objective = realFollowers * (1.0 - std::pow(1.0 - reachRate, n)) * weight;
    } else if (matches) {
        const double engagementPct = row.engagementRatePct >= 0.0 ? row.engagementRatePct
                                                                  : in.engagementRatePct;
        ranked.objective = n * followers * engagementPct / 100.0 * authenticity * weight;
    }

    bool costKnown = true;
    if (row.feeMinor < 0) {
        costKnown = in.defaultFeeKnown;
        ranked.cost = in.defaultFeeCost;
    } else {
        costKnown = ownCost(row, resolved, ranked);
    }
    setFit(ranked, costKnown);
    return ranked;
}

// Projection::projectWithoutFollowers and GoalScore::of: reach and engagements from the
// average views, the channel's own fee only; no views, no fit (-1, ranked last).
RankedChannel GoalRanking::projectWithoutFollowers(const RankingRow &row, const Resolved &resolved) const
{
    const double n = deliverables;
    RankedChannel ranked;
    ranked.channelId = row.channelId;
    ranked.candidateId = row.candidateId;
    const bool awareness = m_campaign.goal == Goal::Awareness;
    const bool matches = resolved.regionMatches[row.regions] != 0
        && (awareness || resolved.nicheMatches[row.niches] != 0);
    const double weight = rowWeight(row, resolved);
    if (matches && row.avgViews >= 0) {
        const double views = static_cast<double>(row.avgViews);
        const double engagementPct = std::max(0.0, row.engagementRatePct);
        ranked.objective = (awareness ? (n > 0.0 ? views : 0.0) : n * views * engagementPct / 100.0 * 1.0) * weight;
    }
    // No views either: nothing projected, no fit (GoalScore's empty fit), ranked last.
    setFit(ranked, row.avgViews >= 0 && row.feeMinor >= 0 && ownCost(row, resolved, ranked));
    return ranked;
}

double GoalRanking::rowWeight(const RankingRow &row, const Resolved &resolved) const
{
    return m_kindWeights[size_t(row.kind)] * brandFactor(row.candidateId)
        * resolved.languageFactors[row.languages];
}

// The channel's own fee for the deliverables, in the campaign's currency: false when unknown.
bool GoalRanking::ownCost(const RankingRow &row, const Resolved &resolved, RankedChannel &ranked) const
{
    const CurrencyInputs &currency = resolved.currencies[row.currency];
    const qint64 minor = row.feeMinor * deliverables;
    if (currency.same)
        ranked.cost = static_cast<double>(minor) / m_minorScale;
    else if (currency.known)
        ranked.cost = static_cast<double>(std::llround(static_cast<long double>(minor) * currency.to
                                                       / currency.from * currency.shift))
            / m_minorScale;
    return currency.known;
}

void GoalRanking::setFit(RankedChannel &ranked, bool costKnown)
{
    if (!costKnown)
        ranked.fit = ranked.cost = -1.0;
    else if (ranked.cost > 0.0)
        ranked.fit = ranked.objective / ranked.cost;
    else
        ranked.fit = ranked.objective > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
}

void GoalRanking::projectInto(const RankingRows &rows, const Resolved &resolved,
                              std::vector<RankedChannel> &out) const
{
    // No reserve here: called once per chunk of a file, an exact reserve would copy the whole
    // list again for every chunk.
    for (const RankingRow &row : rows.rows())
        out.push_back(projectRow(row, resolved));
}

std::vector<RankedChannel> GoalRanking::project(const RankingRows &rows) const
{
    std::vector<RankedChannel> out;
    project(rows, out);
    return out;
}

std::vector<RankedChannel> GoalRanking::rank(const RankingRows &rows) const
{
    std::vector<RankedChannel> out;
    rank(rows, out);
    return out;
}

void GoalRanking::project(const RankingRows &rows, std::vector<RankedChannel> &out) const
{
    Resolved resolved;
    resolve(rows, resolved);
    out.clear();
    out.reserve(rows.rows().size());
    projectInto(rows, resolved, out);
}

void GoalRanking::rank(const RankingRows &rows, std::vector<RankedChannel> &out) const
{
    Resolved resolved;
    resolve(rows, resolved);
    // Channels that bring nothing (fit 0: outside the campaign's regions or niches) are most
    // rows of a targeted campaign. They fill the list from the back, in reverse row order,
    // and never need their fits compared; only the others are sorted by fit.
    out.resize(rows.rows().size());
    size_t front = 0;
    size_t back = out.size();
    for (const RankingRow &row : rows.rows()) {
        const RankedChannel ranked = projectRow(row, resolved);
        out[ranked.fit == 0.0 ? --back : front++] = ranked;
    }
    const auto nothing = out.begin() + std::ptrdiff_t(front);
    std::sort(out.begin(), nothing, ranksBefore);
    std::reverse(nothing, out.end());
    const auto byChannel = [](const RankedChannel &a, const RankedChannel &b) { return a.channelId < b.channelId; };
    if (!std::is_sorted(nothing, out.end(), byChannel)) // rows not in channel id order
        std::sort(nothing, out.end(), byChannel);
    // Unknown costs (fit -1) were sorted to the end of the first part: they go last.
    const auto unknown = std::partition_point(out.begin(), nothing,
                                              [](const RankedChannel &c) { return c.fit >= 0.0; });
    std::rotate(unknown, nothing, out.end());
}

std::optional<std::vector<RankedChannel>> GoalRanking::project(const QSqlDatabase &db, Error *error) const
{
    // A chunk of rows at a time: the texts are resolved as they appear, the numeric rows
    // are dropped once projected.
    constexpr int chunkRows = 1 << 15;
    Resolved resolved;
    std::vector<RankedChannel> out;
    // Room for every channel from the start: growing would copy the list again and again.
    // The largest id bounds the count and costs nothing to ask; room never written to is
    // never touched, so a few deleted ids cost nothing either.
    QSqlQuery largest(db);
    if (largest.exec(QStringLiteral("SELECT max(id) FROM channels")) && largest.next())
        out.reserve(size_t(std::clamp<qint64>(largest.value(0).toLongLong(), 0, qint64(1) << 24)));
    const bool ok = RankingRows::read(db, chunkRows, [&](const RankingRows &chunk) {
        resolve(chunk, resolved);
        projectInto(chunk, resolved, out);
    }, error);
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<std::vector<RankedChannel>> GoalRanking::rank(const QSqlDatabase &db, Error *error) const
{
    auto ranked = project(db, error);
    if (ranked)
        sortByFit(*ranked);
    return ranked;
}

bool GoalRanking::rankInto(CandidateStore &store, Error *error) const
{
    const auto channels = rank(store.db(), error);
    return channels && store.rankByGoal(*channels, error);
}

void GoalRanking::sortByFit(std::vector<RankedChannel> &channels)
{
    // In place: a second array of a million channels would cost more in fresh memory than
    // the sort itself.
    std::sort(channels.begin(), channels.end(), ranksBefore);
}

bool GoalRanking::hasSameInputs(const GoalRanking &other) const
{
    const ExchangeRates &rates = m_projection.rates();
    const ExchangeRates &otherRates = other.m_projection.rates();
    bool same = m_campaign.goal == other.m_campaign.goal && m_currency == other.m_currency
        && m_campaign.niches == other.m_campaign.niches && m_campaign.regions == other.m_campaign.regions
        && m_lowerBounds == other.m_lowerBounds && m_inputs == other.m_inputs
        && m_kindWeights == other.m_kindWeights && m_brandFactors == other.m_brandFactors
        && m_campaign.languages == other.m_campaign.languages && m_languageWeight == other.m_languageWeight
        && rates.currencies() == otherRates.currencies();
    for (const QString &currency : rates.currencies()) {
        if (!same)
            break;
        same = rates.perUsd(currency) == otherRates.perUsd(currency);
    }
    return same;
}

} // namespace planner
