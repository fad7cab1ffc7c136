#include "commandline.h"
#include "commandspec.h"
#include "commands/entryoptions.h"
#include "commands/exportoptions.h"
#include "console.h"
#include "export/shortlistexport.h"
#include "storage/brandfitstore.h"
#include "optionreader.h"
#include "planning/goalranking.h"
#include "workspace.h"

#include <QLocale>
#include <limits>

namespace planner {

namespace {

// "shortlist add CAMPAIGN CANDIDATE_ID": puts a candidate on a campaign's shortlist as a
// prospect and prints the new entry's id.
struct AddValues : EntryOptions
{
    int count = 1;
};

bool checkPlatform(const Candidate &candidate, const std::optional<Platform> &platform,
                   Console &console)
{
    if (!platform || Projection::channelFor(candidate, *platform))
        return true;
    QStringList platforms;
    for (const Channel &channel : candidate.channels)
        platforms << platformKey(channel.platform);
    console.error(OptionReader::labelled(
        QStringLiteral("--platform"),
        Text::tr("candidate %1 has no %2 channel; it is on: %3")
            .arg(QString::number(candidate.id), platformKey(*platform),
                 platforms.join(QLatin1String(", ")))));
    return false;
}

ExitCode addEntry(const AddValues &values, Workspace &workspace, Console &console)
{
    QString message;
    const std::optional<Campaign> campaign = findCampaign(workspace, console, campaignArgument, values.campaign);
    if (!campaign)
        return ExitCode::UserError;
    const std::optional<Candidate> candidate =
        workspace.candidate(candidateArgument, values.candidateId, &message);
    if (!candidate) {
        console.error(message);
        return ExitCode::UserError;
    }
    if (!checkPlatform(*candidate, values.platform, console))
        return ExitCode::UserError;
    ShortlistEntry entry;
    entry.campaignId = campaign->id;
    entry.candidateId = candidate->id;
    entry.platform = values.platform.value_or(candidate->channels.value(0).platform);
    entry.format = values.format.value_or(GoalRanking::naturalFormat(entry.platform));
    entry.deliverables = values.count;
    if (!values.readAmount(*campaign, &entry.agreedFee, console))
        return ExitCode::UserError;
    Error error;
    const std::optional<qint64> id = workspace.campaigns().addEntry(entry, &error);
    if (!console.printId(id, error))
        return ExitCode::UserError;
    return ExitCode::Success;
}

CommandRun readAdd(const CommandLine &line, const QStringList &arguments, QString *message)
{
    OptionReader reader(line);
    AddValues values;
    values.read(reader, arguments);
    const QString countOption = QStringLiteral("count");
    const qint64 count = reader.integer(countOption).value_or(1);
    if (count < 1 || count > std::numeric_limits<int>::max())
        reader.fail(countOption, Text::tr("must be a whole number of at least 1"));
    values.count = int(count);
    values.readFee(reader);
    return unlessFault(reader, message, [values](Workspace &workspace, Console &console) {
        return addEntry(values, workspace, console);
    });
}

CommandSpec addSpec()
{
    CommandSpec spec;
    spec.words = QStringList{QStringLiteral("shortlist"), QStringLiteral("add")};
    spec.arguments = QStringList{campaignArgument, candidateArgument};
    spec.summary = Text::tr("Put a candidate on a campaign's shortlist");
    spec.usage =
        Text::tr("Usage: %1 [--db FILE] shortlist add CAMPAIGN CANDIDATE_ID [--platform PLATFORM]\n"
                 "         [--format FORMAT] [--count N] [--fee AMOUNT]\n"
                 "  CAMPAIGN  the campaign's name (or its id)\n"
                 "  PLATFORM  one of: %2 (default: the candidate's first channel)\n"
                 "  FORMAT    one of: %3 (default: the platform's usual one)\n"
                 "  N         how many deliverables (default: 1)\n"
                 "  AMOUNT    the agreed fee per deliverable, in the campaign's currency\n"
                 "            (default: the channel's listed fee)\n")
            .arg(Console::programName(), allPlatformKeys().join(QLatin1String(", ")),
                 allDeliverableFormatKeys().join(QLatin1String(", ")));
    spec.options = QStringList{QStringLiteral("platform"), QStringLiteral("format"),
                               QStringLiteral("count"), feeOption};
    spec.read = readAdd;
    return spec;
}

// What "shortlist remove" and "shortlist status" do to every entry of one candidate on a
// campaign's shortlist, in one transaction: how many entries changed, empty on error.
using EntryChange = std::function<std::optional<int>(CampaignStore &, qint64 campaignId,
                                                     qint64 candidateId, Error *)>;

// The candidate's entries on the campaign's shortlist changed, and "%1" (the done text)
// printed with their number.
ExitCode changeEntries(Workspace &workspace, Console &console, const QString &nameOrId,
                       qint64 candidateId, const EntryChange &change, const QString &doneText)
{
    const std::optional<Campaign> campaign = findCampaign(workspace, console, campaignArgument, nameOrId);
    QString message;
    if (!campaign || !workspace.candidate(candidateArgument, candidateId, &message)) {
        if (campaign)
            console.error(message);
        return ExitCode::UserError;
    }
    Error error;
    const std::optional<int> changed = change(workspace.campaigns(), campaign->id, candidateId, &error);
    if (!changed || *changed == 0) {
        console.error(changed ? Text::tr("%1: candidate %2 is not on the shortlist of “%3”")
                                    .arg(candidateArgument).arg(candidateId).arg(campaign->name)
                              : error.text());
        return ExitCode::UserError;
    }
    console.out() << doneText.arg(QLocale().toString(*changed)) << QLatin1Char('\n');
    return ExitCode::Success;
}

CommandRun readRemove(const CommandLine &line, const QStringList &arguments, QString *message)
{
    OptionReader reader(line);
    const QString campaign = arguments.value(0);
    const qint64 candidateId = reader.idArgument(candidateArgument, arguments.value(1)).value_or(0);
    if (!reader.isOk()) {
        *message = reader.fault();
        return {};
    }
    return [campaign, candidateId](Workspace &workspace, Console &console) {
        const EntryChange remove = [](CampaignStore &store, qint64 campaignId, qint64 id, Error *error) {
            return store.removeCandidate(campaignId, id, error);
        };
        return changeEntries(workspace, console, campaign, candidateId, remove,
                             Text::tr("Entries removed: %1"));
    };
}

CommandSpec removeSpec()
{
    CommandSpec spec;
    spec.words = QStringList{QStringLiteral("shortlist"), QStringLiteral("remove")};
    spec.arguments = QStringList{campaignArgument, candidateArgument};
    spec.summary = Text::tr("Take a candidate off a campaign's shortlist");
    spec.usage = Text::tr("Usage: %1 [--db FILE] shortlist remove CAMPAIGN CANDIDATE_ID\n"
                          "  CAMPAIGN  the campaign's name (or its id); every entry of the candidate goes\n")
                     .arg(Console::programName());
    spec.read = readRemove;
    return spec;
}

CommandRun readStatus(const CommandLine &line, const QStringList &arguments, QString *message)
{
    OptionReader reader(line);
    const QString campaign = arguments.value(0);
    const qint64 candidateId = reader.idArgument(candidateArgument, arguments.value(1)).value_or(0);
    const EntryStatus status =
        reader.statusArgument(QStringLiteral("STATUS"), arguments.value(2)).value_or(EntryStatus::Prospect);
    if (!reader.isOk()) {
        *message = reader.fault();
        return {};
    }
    return [campaign, candidateId, status](Workspace &workspace, Console &console) {
        const EntryChange setStatus = [status](CampaignStore &store, qint64 campaignId, qint64 id,
                                               Error *error) {
            return store.setCandidateStatus(campaignId, id, status, error);
        };
        return changeEntries(workspace, console, campaign, candidateId, setStatus,
                             Text::tr("Entries changed: %1"));
    };
}

CommandSpec statusSpec()
{
    CommandSpec spec;
    spec.words = QStringList{QStringLiteral("shortlist"), QStringLiteral("status")};
    spec.arguments = QStringList{campaignArgument, candidateArgument, QStringLiteral("STATUS")};
    spec.summary = Text::tr("Set where the deal with a shortlisted candidate stands");
    spec.usage = Text::tr("Usage: %1 [--db FILE] shortlist status CAMPAIGN CANDIDATE_ID STATUS\n"
                          "  CAMPAIGN  the campaign's name (or its id)\n"
                          "  STATUS    one of: %2 (declined entries count for nothing)\n")
                     .arg(Console::programName(), allEntryStatusKeys().join(QLatin1String(", ")));
    spec.read = readStatus;
    return spec;
}

// "shortlist export CAMPAIGN FILE [--preset excel|plain|xlsx] [--headers keys|titles]": a
// campaign's shortlist with every projected figure written to a CSV file, which is replaced
// only once it is written whole.
struct ExportValues
{
    QString campaign;
    ExportOptions::Target target;
};

ExitCode exportShortlist(const ExportValues &values, Workspace &workspace, Console &console)
{
    const std::optional<Campaign> campaign = findCampaign(workspace, console, campaignArgument, values.campaign);
    if (!campaign)
        return ExitCode::UserError;
    const QList<ShortlistEntry> entries = workspace.campaigns().entries(campaign->id);
    const ShortlistExport csv(*campaign, entries, workspace.candidatesOf(entries),
                              workspace.projection(), BrandFitStore(workspace.database()).forCampaign(campaign->id));
    Error error;
    WorkbookOptions options;
    options.sheetName = campaign->name;
    const ExportOptions::Target &target = values.target;
    options.localizedHeaders = target.preset.localizedHeaders;
    const bool written = target.workbook ? csv.exportWorkbook(target.path, options, &error)
                                         : csv.exportTo(target.path, target.preset, &error);
    return ExportOptions::finish(written, error, entries.size(), console);
}

CommandRun readExport(const CommandLine &line, const QStringList &arguments, QString *message)
{
    OptionReader reader(line);
    ExportValues values;
    values.campaign = arguments.value(0);
    values.target = ExportOptions::readTarget(reader, arguments.value(1));
    ExportOptions::requirePath(reader, values.target);
    if (!reader.isOk()) {
        *message = reader.fault();
        return {};
    }
    return [values](Workspace &workspace, Console &console) {
        return exportShortlist(values, workspace, console);
    };
}

CommandSpec exportSpec()
{
    CommandSpec spec;
    spec.words = QStringList{QStringLiteral("shortlist"), QStringLiteral("export")};
    spec.arguments = QStringList{campaignArgument, QStringLiteral("FILE")};
    spec.summary = Text::tr("Write a shortlist with its projected figures to a CSV file");
    spec.usage = Text::tr("Usage: %1 [--db FILE] shortlist export CAMPAIGN FILE [--preset excel|plain|xlsx]\n"
                          "         [--headers keys|titles]\n"
                          "  CAMPAIGN  the campaign's name (or its id)\n"
                          "  FILE      the CSV file to write, one row per shortlist entry:\n"
                          "  %2\n")
                     .arg(Console::programName(), ShortlistExport::columns().join(QLatin1Char(',')))
        + ExportOptions::presetUsage();
    spec.options = QStringList{ExportOptions::presetOption, ExportOptions::headersOption};
    spec.read = readExport;
    return spec;
}

} // namespace

QList<CommandSpec> shortlistCommands()
{
    return {addSpec(), removeSpec(), statusSpec(), exportSpec()};
}

} // namespace planner
