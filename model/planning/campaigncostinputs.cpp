#include "planning/campaigncostinputs.h"

#include "planning/goalranking.h"

#include <cmath>

namespace planner {

CostFilterInputs CampaignCostInputs::of(const Campaign &campaign, const Projection &projection)
{
    CostFilterInputs inputs;
    inputs.currency = campaign.currency().trimmed().toUpper();
    inputs.minorScale = std::pow(10.0, Money::minorDigits(inputs.currency));
    const GoalRanking ranking(campaign, projection);
    for (Tier tier : allTiers())
        inputs.lowerBounds[size_t(tier)] = projection.thresholds().lowerBound(tier);
    for (Platform platform : allPlatforms()) {
        for (Tier tier : allTiers()) {
            const GoalRanking::TierInputs &in = ranking.tierInputs(platform, tier);
            CostFilterInputs::TierDefaults &out = inputs.defaults[size_t(platform)][size_t(tier)];
            out.reachRate = in.reachRate;
            out.engagementRatePct = in.engagementRatePct;
            out.authenticityPct = in.authenticityPct;
            if (in.defaultFeeKnown)
                out.feeCost = in.defaultFeeCost;
        }
    }
    const ExchangeRates &rates = projection.rates();
    const auto to = rates.perUsd(inputs.currency);
    if (!to)
        return inputs; // only fees in the campaign's own currency have a known cost
    for (const QString &code : rates.currencies()) {
        if (code == inputs.currency)
            continue;
        const int shift = Money::minorDigits(inputs.currency) - Money::minorDigits(code);
        inputs.conversions << CostFilterInputs::Conversion{code, *to, *rates.perUsd(code),
                                                           std::pow(10.0, shift)};
    }
    return inputs;
}

} // namespace planner
