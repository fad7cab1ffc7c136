#include "commandspec.h"

#include "commandline.h"
#include "console.h"
#include "optionreader.h"
#include "workspace.h"

namespace planner {

QStringList CommandSpec::argumentValues(const CommandLine &line) const
{
    return line.words().mid(words.size());
}

QString CommandSpec::usageFault(const CommandLine &line, const QStringList &globalOptions) const
{
    const QStringList accepted = options + switches + globalOptions;
    QStringList seen;
    for (const QString &option : line.optionNames()) {
        if (!accepted.contains(option))
            return tr("“%1” has no option --%2").arg(name(), option);
        if (seen.contains(option) && !repeatableOptions.contains(option))
            return tr("option --%1 is given more than once").arg(option);
        seen << option;
    }
    for (const QString &option : requiredOptions) {
        if (!seen.contains(option))
            return tr("“%1” needs the option --%2").arg(name(), option);
    }
    const QStringList given = argumentValues(line);
    if (given.size() < arguments.size()) {
        // %1 the command ("shortlist add"), %2 the missing arguments ("CANDIDATE_ID")
        return tr("“%1” needs %2").arg(name(), arguments.mid(given.size()).join(QLatin1Char(' ')));
    }
    if (given.size() > arguments.size())
        return tr("unexpected argument “%1”").arg(given.at(arguments.size()));
    return {};
}

CommandSpec CommandSpec::of(const QString &noun, const QString &verb, const QString &summary,
                            const QString &usage)
{
    CommandSpec spec;
    spec.words = QStringList{noun, verb};
    spec.summary = summary;
    spec.usage = usage;
    return spec;
}

CommandRun unlessFault(const OptionReader &reader, QString *message, CommandRun work)
{
    if (reader.isOk())
        return work;
    *message = reader.fault();
    return {};
}

std::optional<Campaign> findCampaign(Workspace &workspace, Console &console,
                                     const QString &argument, const QString &nameOrId)
{
    QString message;
    std::optional<Campaign> campaign = workspace.campaign(argument, nameOrId, &message);
    if (!campaign)
        console.error(message);
    return campaign;
}

} // namespace planner
