#include "domain/assumptiontable.h"

namespace planner {

AssumptionTable::AssumptionTable(const Assumptions &assumptions)
    : m_benchmarkCpmUsd(assumptions.benchmarkCpmUsd())
    , m_brandFitWeight(assumptions.brandFitWeight())
{
    for (const Platform platform : allPlatforms()) {
        for (const Tier tier : allTiers()) {
            for (const DeliverableFormat format : allDeliverableFormats())
                m_reachRate[slot(platform, tier) * formatCount + size_t(format)] = assumptions.reachRate(platform, tier, format);
            m_engagementPct[slot(platform, tier)] = assumptions.engagementRatePct(platform, tier);
            m_fee[slot(platform, tier)] = assumptions.defaultFee(platform, tier);
        }
    }
    for (const Tier tier : allTiers())
        m_authenticityPct[size_t(tier)] = assumptions.authenticityPct(tier);
    for (const CandidateKind kind : allKinds())
        m_kindWeight[size_t(kind)] = assumptions.kindWeight(kind);
}

} // namespace planner
