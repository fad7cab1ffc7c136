#include "domain/tier.h"

namespace planner {

TierThresholds::TierThresholds()
    : m_lower{0, 10000, 100000, 1000000}
{
}

void TierThresholds::setLowerBound(Tier tier, qint64 followers)
{
    m_lower[static_cast<int>(tier)] = followers;
}

qint64 TierThresholds::lowerBound(Tier tier) const
{
    return m_lower[static_cast<int>(tier)];
}

std::optional<qint64> TierThresholds::upperBound(Tier tier) const
{
    const int index = static_cast<int>(tier);
    if (index + 1 >= 4)
        return std::nullopt;
    return m_lower[index + 1];
}

Tier TierThresholds::tierFor(qint64 followers) const
{
    Tier result = Tier::Nano;
    for (Tier tier : allTiers()) {
        if (followers >= lowerBound(tier))
            result = tier;
    }
    return result;
}

std::optional<Tier> TierThresholds::tierFor(const std::optional<qint64> &followers) const
{
    if (!followers)
        return std::nullopt;
    return tierFor(*followers);
}

} // namespace planner
