#pragma once

#include "domain/campaign.h"
#include "domain/error.h"
#include "planning/projection.h"
#include "planning/shortlistsuggester.h"

#include <optional>

namespace planner {

class CampaignFile;

// What planning reads of an open campaign file, read in one place for the window and the
// command line: the projection in force and the optimizer's request for a campaign.
class PlanningInput
{
public:
    // The assumptions, tier thresholds and exchange rates the file holds now.
    static Projection projection(const CampaignFile &file);
    // The campaign with every stored candidate and its shortlist as stored, for the
    // suggester; the caller adds locks, exclusions, share cap and minimums. Empty, with the
    // file and SQLite's reason in *error, when the file cannot be read.
    static std::optional<ShortlistRequest> shortlistRequest(const CampaignFile &file,
                                                            const Campaign &campaign,
                                                            Error *error);
};

} // namespace planner
