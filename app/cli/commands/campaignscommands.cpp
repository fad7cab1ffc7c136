#include "commands/campaignscreatecommand.h"
#include "commands/campaignslistcommand.h"
#include "commands/campaignsoptimizecommand.h"
#include "commands/campaignsprojectcommand.h"
#include "commands/campaignsshowcommand.h"
#include "commands/legacyspec.h"

namespace planner {

QList<CommandSpec> campaignsCommands()
{
    return {legacySpec<CampaignsCreateCommand>(), legacySpec<CampaignsListCommand>(),
            legacySpec<CampaignsShowCommand>(), legacySpec<CampaignsOptimizeCommand>(),
            legacySpec<CampaignsProjectCommand>()};
}

} // namespace planner
