#pragma once

#include "domain/assumptions.h"

#include <array>

namespace planner {

// Every typed lookup of Assumptions read once into arrays indexed by the enums, for the
// projection's inner loops (a suggestion from 100,000 candidates prices each of their
// channels): the same figures as Assumptions gives, since each slot is filled by asking it,
// without building the keys and searching the rows on every call.
class AssumptionTable
{
public:
    explicit AssumptionTable(const Assumptions &assumptions);

    double reachRate(Platform platform, Tier tier, DeliverableFormat format) const
    {
        return m_reachRate[slot(platform, tier) * formatCount + size_t(format)];
    }
    double engagementRatePct(Platform platform, Tier tier) const { return m_engagementPct[slot(platform, tier)]; }
    const Money &defaultFee(Platform platform, Tier tier) const { return m_fee[slot(platform, tier)]; }
    double authenticityPct(Tier tier) const { return m_authenticityPct[size_t(tier)]; }
    double kindWeight(CandidateKind kind) const { return m_kindWeight[size_t(kind)]; }
    double benchmarkCpmUsd() const { return m_benchmarkCpmUsd; }
    double brandFitWeight() const { return m_brandFitWeight; }

private:
    static constexpr size_t platformCount = size_t(Platform::Print) + 1;
    static constexpr size_t tierCount = size_t(Tier::Mega) + 1;
    static constexpr size_t formatCount = size_t(DeliverableFormat::Appearance) + 1;
    static constexpr size_t kindCount = size_t(CandidateKind::Koc) + 1;
    static size_t slot(Platform platform, Tier tier) { return size_t(platform) * tierCount + size_t(tier); }

    std::array<double, platformCount * tierCount * formatCount> m_reachRate{};
    std::array<double, platformCount * tierCount> m_engagementPct{};
    std::array<Money, platformCount * tierCount> m_fee{};
    std::array<double, tierCount> m_authenticityPct{};
    std::array<double, kindCount> m_kindWeight{};
    double m_benchmarkCpmUsd = 0.0;
    double m_brandFitWeight = 0.0;
};

} // namespace planner
