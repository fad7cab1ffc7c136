#include "command.h"

#include "commandline.h"

namespace planner {

QString Command::usageFault(const CommandLine &line, const QStringList &globalOptions) const
{
    const QStringList accepted = options() + globalOptions;
    const QStringList repeatable = repeatableOptions();
    QStringList seen;
    for (const QString &option : line.optionNames()) {
        if (!accepted.contains(option))
            return tr("“%1” has no option --%2").arg(name(), option);
        if (seen.contains(option) && !repeatable.contains(option))
            return tr("option --%1 is given more than once").arg(option);
        seen << option;
    }
    for (const QString &option : requiredOptions()) {
        if (!seen.contains(option))
            return tr("“%1” needs the option --%2").arg(name(), option);
    }
    return {};
}

} // namespace planner
