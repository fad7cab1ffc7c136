#include "commands/importcommand.h"
#include "commands/legacyspec.h"

namespace planner {

QList<CommandSpec> importCommands()
{
    return {legacySpec<ImportCommand>()};
}

} // namespace planner
