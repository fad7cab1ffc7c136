#include "planning/planninginput.h"

#include "storage/assumptionstore.h"
#include "storage/brandfitstore.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/exchangeratestore.h"
#include "storage/tierthresholdstore.h"

namespace planner {

Projection PlanningInput::projection(const CampaignFile &file)
{
    const QSqlDatabase db = file.database().connection();
    return Projection(AssumptionStore::load(db), TierThresholdStore::load(db),
                      ExchangeRateStore::load(db));
}

std::optional<ShortlistRequest> PlanningInput::shortlistRequest(const CampaignFile &file,
                                                                const Campaign &campaign,
                                                                Error *error)
{
    Error fault;
    ShortlistRequest request;
    request.campaign = campaign;
    request.candidates = file.candidates().allCandidates(&fault);
    if (fault.isEmpty())
        request.entries = file.campaigns().entries(campaign.id, &fault);
    if (fault.isEmpty())
        request.brandFits = BrandFitStore(file.database()).forCampaign(campaign.id, &fault);
    if (!fault.isEmpty()) {
        if (error)
            *error = fault;
        return std::nullopt;
    }
    return request;
}

} // namespace planner
