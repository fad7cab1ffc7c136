#include "planning/projection.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace planner {

Projection::Projection(Assumptions assumptions, TierThresholds thresholds, ExchangeRates rates)
    : m_assumptions(std::move(assumptions))
    , m_table(m_assumptions)
    , m_thresholds(std::move(thresholds))
    , m_rates(std::move(rates))
{
}

const Channel *Projection::channelFor(const Candidate &candidate, Platform platform)
{
    for (const Channel &channel : candidate.channels) {
        if (channel.platform == platform)
            return &channel;
    }
    return nullptr;
}

ProjectedFigures Projection::project(const Channel &channel, DeliverableFormat format,
                                     int deliverables, const std::optional<Money> &agreedFee,
                                     const QString &currency) const
{
    if (!channel.followers)
        return projectWithoutFollowers(channel, deliverables, agreedFee, currency);
    ProjectedFigures result;
    const double n = std::max(0, deliverables);
    const double followers = static_cast<double>(std::max<qint64>(0, *channel.followers));
    result.tier = m_thresholds.tierFor(*channel.followers);

    double authenticityPct = 0.0;
    if (channel.authenticityPct) {
        authenticityPct = *channel.authenticityPct;
    } else {
        authenticityPct = m_table.authenticityPct(result.tier);
        result.defaults |= ProjectedFigures::Authenticity;
    }
    result.authenticity = std::clamp(authenticityPct / 100.0, 0.0, 1.0);
    const double realFollowers = result.authenticity * followers;

    if (channel.avgViews) {
        // One deliverable reaches V people, so r is V over the real followers.
        const double views = static_cast<double>(*channel.avgViews);
        result.reachRate = realFollowers > 0.0 ? std::min(1.0, views / realFollowers) : 0.0;
        result.impressions = n * views;
    } else {
        result.reachRate = std::clamp(m_table.reachRate(channel.platform, result.tier, format),
                                      0.0, 1.0);
        result.defaults |= ProjectedFigures::ReachRate;
        result.impressions = n * realFollowers * result.reachRate;
    }
    // One deliverable, the usual case: (1 - r)^1 without the call (std::pow gives it exactly).
    const double missed = n == 1.0 ? 1.0 - result.reachRate : std::pow(1.0 - result.reachRate, n);
    result.uniqueReach = realFollowers * (1.0 - missed);

    double engagementPct = 0.0;
    if (channel.engagementRatePct) {
        engagementPct = *channel.engagementRatePct;
    } else {
        engagementPct = m_table.engagementRatePct(channel.platform, result.tier);
        result.defaults |= ProjectedFigures::EngagementRate;
    }
    result.engagements = n * followers * engagementPct / 100.0;

    std::optional<Money> fee = agreedFee ? agreedFee : channel.fee;
    if (!fee) {
        fee = m_table.defaultFee(channel.platform, result.tier);
        result.defaults |= ProjectedFigures::Fee;
    }
    price(result, *fee, deliverables, currency);
    return result;
}

// Without a follower count there is no tier, so no tier default applies (reach rate,
// engagement rate, authenticity, fee). What is projected: with average views V known, n
// deliverables make n·V impressions and reach V people at least once (a lower bound: how
// many watch more than one is unknown); the channel's own engagement rate, if known, is
// applied to those views (n·V·e). Views are people, so authenticity is not applied. Without
// views nothing is projected (NotProjected), and the campaign totals count such entries.
// The cost is the agreed or listed fee only; without one the cost is unknown.
ProjectedFigures Projection::projectWithoutFollowers(const Channel &channel, int deliverables,
                                                     const std::optional<Money> &agreedFee,
                                                     const QString &currency) const
{
    ProjectedFigures result;
    result.defaults |= ProjectedFigures::NoFollowers;
    const double n = std::max(0, deliverables);
    result.authenticity = 1.0;
    if (channel.avgViews) {
        const double views = static_cast<double>(std::max<qint64>(0, *channel.avgViews));
        result.reachRate = n > 0.0 ? 1.0 : 0.0;
        result.uniqueReach = n > 0.0 ? views : 0.0;
        result.impressions = n * views;
        result.engagements = n * views * channel.engagementRatePct.value_or(0.0) / 100.0;
    } else {
        result.defaults |= ProjectedFigures::NotProjected;
    }
    const std::optional<Money> fee = agreedFee ? agreedFee : channel.fee;
    if (fee)
        price(result, *fee, deliverables, currency);
    return result;
}

void Projection::price(ProjectedFigures &result, const Money &fee, int deliverables,
                       const QString &currency) const
{
    // Multiply first, convert once: one rounding for the whole cost.
    result.cost = m_rates.convert(Money(fee.minorUnits() * std::max(0, deliverables), fee.currency()),
                                  currency);
    if (!result.cost)
        result.defaults |= ProjectedFigures::NoExchangeRate;

    if (const auto benchmark = m_rates.convertValue(m_table.benchmarkCpmUsd(),
                                                    QStringLiteral("USD"), currency))
        result.emv = result.impressions / 1000.0 * *benchmark;
    // A free (or unknown) cost gives no CPM or CPE: they are undefined, not zero (issue 21).
    const bool paid = result.cost && result.cost->minorUnits() > 0;
    if (paid && result.impressions > 0.0)
        result.cpm = result.cost->toDouble() / result.impressions * 1000.0;
    if (paid && result.engagements > 0.0)
        result.cpe = result.cost->toDouble() / result.engagements;
}

ProjectedFigures Projection::project(const Candidate &candidate, const ShortlistEntry &entry,
                                     const QString &currency) const
{
    const Channel *channel = channelFor(candidate, entry.platform);
    if (!channel) {
        ProjectedFigures missing;
        missing.defaults |= ProjectedFigures::NoChannel;
        return missing;
    }
    return project(*channel, entry.format, entry.deliverables, entry.agreedFee, currency);
}

QList<ProjectedFigures> Projection::projectEntries(const Campaign &campaign,
                                                   const QList<ShortlistEntry> &entries,
                                                   const QHash<qint64, Candidate> &candidates) const
{
    QList<ProjectedFigures> figures;
    figures.reserve(entries.size());
    for (const ShortlistEntry &entry : entries) {
        const auto it = candidates.constFind(entry.candidateId);
        if (it == candidates.constEnd()) {
            ProjectedFigures missing;
            missing.defaults |= ProjectedFigures::NoChannel;
            figures << missing;
        } else {
            figures << project(*it, entry, campaign.currency());
        }
    }
    return figures;
}

CampaignTotals Projection::totals(const QList<ShortlistEntry> &entries,
                                  const QList<ProjectedFigures> &figures, const QString &currency)
{
    CampaignTotals totals;
    qint64 costMinor = 0;
    const qsizetype count = std::min(entries.size(), figures.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (!entries.at(i).counts())
            continue;
        const ProjectedFigures &entry = figures.at(i);
        ++totals.entries;
        if (entry.restsOn(ProjectedFigures::NotProjected))
            ++totals.notProjected;
        totals.uniqueReach += entry.uniqueReach;
        totals.impressions += entry.impressions;
        totals.engagements += entry.engagements;
        if (entry.cost)
            costMinor += entry.cost->minorUnits();
        totals.emv += entry.emv.value_or(0.0);
        totals.defaults |= entry.defaults;
    }
    totals.cost = Money(costMinor, currency);
    if (costMinor > 0 && totals.impressions > 0.0)
        totals.cpm = totals.cost.toDouble() / totals.impressions * 1000.0;
    if (costMinor > 0 && totals.engagements > 0.0)
        totals.cpe = totals.cost.toDouble() / totals.engagements;
    return totals;
}

} // namespace planner
