#include "commands/democommand.h"
#include "commands/generatecommand.h"
#include "commands/legacyspec.h"

namespace planner {

QList<CommandSpec> sampleDataCommands()
{
    return {legacySpec<DemoCommand>(), legacySpec<GenerateCommand>()};
}

} // namespace planner
