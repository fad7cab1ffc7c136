#include "commands/candidatesaddcommand.h"
#include "commands/candidatesexportcommand.h"
#include "commands/candidateslistcommand.h"
#include "commands/legacyspec.h"

namespace planner {

QList<CommandSpec> candidatesCommands()
{
    return {legacySpec<CandidatesAddCommand>(), legacySpec<CandidatesListCommand>(),
            legacySpec<CandidatesExportCommand>()};
}

} // namespace planner
