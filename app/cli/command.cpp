#include "command.h"

#include "commandline.h"

namespace planner {

QStringList Command::argumentValues(const CommandLine &line) const
{
    return line.words().mid(words().size());
}

QString Command::usageFault(const CommandLine &line, const QStringList &globalOptions) const
{
    const QStringList accepted = options() + switches() + globalOptions;
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
    const QStringList given = argumentValues(line);
    const QStringList names = arguments();
    if (given.size() < names.size()) {
        // %1 the command ("shortlist add"), %2 the missing arguments ("CANDIDATE_ID")
        return tr("“%1” needs %2").arg(name(), names.mid(given.size()).join(QLatin1Char(' ')));
    }
    if (given.size() > names.size())
        return tr("unexpected argument “%1”").arg(given.at(names.size()));
    return {};
}

} // namespace planner
