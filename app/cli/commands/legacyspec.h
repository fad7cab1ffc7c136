#pragma once

#include "command.h"
#include "commandspec.h"

#include <memory>

namespace planner {

// A command still written as a Command subclass, declared as a spec.
template <typename C>
CommandSpec legacySpec()
{
    const auto command = std::make_shared<C>();
    CommandSpec spec;
    spec.words = command->words();
    spec.arguments = command->arguments();
    spec.summary = command->summary();
    spec.usage = command->usage();
    spec.options = command->options();
    spec.repeatableOptions = command->repeatableOptions();
    spec.switches = command->switches();
    spec.requiredOptions = command->requiredOptions();
    spec.read = [command](const CommandLine &line, const QStringList &, QString *message) -> CommandRun {
        if (!command->readOptions(line, message))
            return {};
        return [command](Workspace &workspace, Console &console) { return command->run(workspace, console); };
    };
    return spec;
}

} // namespace planner
