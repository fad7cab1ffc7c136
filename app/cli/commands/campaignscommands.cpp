#include "campaigntextformat.h"
#include "commandline.h"
#include "commandspec.h"
#include "commands/languageoptions.h"
#include "console.h"
#include "csv/csvpreset.h"
#include "export/shortlistexport.h"
#include "mediaplanreport.h"
#include "storage/brandfitstore.h"
#include "optionreader.h"
#include "planning/planninginput.h"
#include "planning/shortlistsuggester.h"
#include "reportlanguage.h"
#include "storage/campaignfile.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/resultstore.h"
#include "storage/shortlistclaim.h"
#include "text/displaynames.h"
#include "workspace.h"

#include <QLocale>
#include <algorithm>

namespace planner {

namespace {

const QString nameArgument = QStringLiteral("NAME");

CommandSpec campaignsSpec(const QString &verb, const QString &summary, const QString &usage)
{
    return CommandSpec::of(QStringLiteral("campaigns"), verb, summary, usage);
}

// "campaigns create NAME": stores a new campaign and prints its id.
ExitCode createCampaign(const Campaign &campaign, Workspace &workspace, Console &console)
{
    Error error;
    const std::optional<qint64> id = workspace.campaigns().create(campaign, &error);
    if (!console.printId(id, error))
        return ExitCode::UserError;
    // Stored all the same: the marketer may add the rate later.
    if (!ExchangeRateStore::load(workspace.database().connection()).contains(campaign.currency())) {
        console.error(Text::tr("warning: there is no exchange rate for %1, so fees in other currencies "
                               "and the default fees cannot be converted to it")
                          .arg(campaign.currency()));
    }
    return ExitCode::Success;
}

CommandRun readCreate(const CommandLine &line, const QStringList &arguments, QString *message)
{
    OptionReader reader(line);
    Campaign campaign;
    campaign.name = arguments.value(0);
    campaign.goal = reader.goal(QStringLiteral("goal")).value_or(Goal::Awareness);
    if (const auto currency = reader.currency(QStringLiteral("currency")))
        campaign.budget = reader.money(QStringLiteral("budget"), *currency).value_or(Money());
    campaign.niches = reader.list(QStringLiteral("niche"), false);
    campaign.regions = reader.list(QStringLiteral("region"), true);
    campaign.languages = LanguageOptions::codes(reader);
    campaign.startDate = reader.date(QStringLiteral("start")).value_or(QDate());
    campaign.endDate = reader.date(QStringLiteral("end")).value_or(QDate());
    campaign.notes = reader.text(QStringLiteral("notes"));
    return unlessFault(reader, message, [campaign](Workspace &workspace, Console &console) {
        return createCampaign(campaign, workspace, console);
    });
}

CommandSpec createSpec()
{
    CommandSpec spec = campaignsSpec(
        QStringLiteral("create"), Text::tr("Create a campaign and print its id"),
        Text::tr("Usage: %1 [--db FILE] campaigns create NAME --goal GOAL --budget AMOUNT\n"
                 "         --currency CODE [--niche NICHE]... [--region CODE]...\n"
                 "         [--languages LIST] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--notes TEXT]\n"
                 "  GOAL    awareness (people reached in the regions) or niche-trust\n"
                 "          (engagements of candidates in the niches)\n"
                 "  AMOUNT  digits with '.' as the decimal point, in the currency CODE (VND, USD...)\n"
                 "  NICHE   a niche key such as beauty; CODE a region such as VN (also VN-SG)\n"
                 "  LIST    target languages, ISO 639 codes or names, comma-separated (fa,en):\n"
                 "          a channel posting in none of them counts less in goal fit\n")
            .arg(Console::programName()));
    spec.arguments = QStringList{nameArgument};
    spec.options = QStringList{QStringLiteral("goal"),  QStringLiteral("budget"), QStringLiteral("currency"),
                               QStringLiteral("niche"), QStringLiteral("region"), QStringLiteral("start"),
                               QStringLiteral("end"),   QStringLiteral("notes"), LanguageOptions::name()};
    spec.repeatableOptions = QStringList{QStringLiteral("niche"), QStringLiteral("region")};
    spec.requiredOptions = QStringList{QStringLiteral("goal"), QStringLiteral("budget"),
                                       QStringLiteral("currency")};
    spec.read = readCreate;
    return spec;
}

// "campaigns list": one line per campaign with its id, name, goal, budget and the number of
// entries on its shortlist.
ExitCode listCampaigns(Workspace &workspace, Console &console)
{
    Error error;
    const QList<Campaign> campaigns = workspace.campaigns().campaigns(&error);
    if (!error.isEmpty()) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    const QHash<qint64, int> entryCounts = workspace.campaigns().entryCounts();
    const CampaignTextFormat format;
    const QLocale locale;
    QList<QStringList> rows{
        {Text::tr("Id"), Text::tr("Name"), Text::tr("Goal"), Text::tr("Budget"), Text::tr("Entries")}};
    for (const Campaign &campaign : campaigns) {
        rows << QStringList{QString::number(campaign.id), campaign.name.simplified(),
                            DisplayNames::goal(campaign.goal), format.money(campaign.budget),
                            locale.toString(entryCounts.value(campaign.id))};
    }
    // Few campaigns: measure every cell so the columns line up.
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), int(row.at(i).size()));
    }
    QTextStream &out = console.out();
    for (const QStringList &row : std::as_const(rows)) {
        // Ids, budgets and counts line up on their last digit.
        out << row.at(0).rightJustified(widths.at(0)) << QLatin1String("  ")
            << row.at(1).leftJustified(widths.at(1)) << QLatin1String("  ")
            << row.at(2).leftJustified(widths.at(2)) << QLatin1String("  ")
            << row.at(3).rightJustified(widths.at(3)) << QLatin1String("  ")
            << row.at(4).rightJustified(widths.at(4)) << QLatin1Char('\n');
    }
    return ExitCode::Success;
}

CommandSpec listSpec()
{
    CommandSpec spec = campaignsSpec(
        QStringLiteral("list"), Text::tr("List the campaigns with goal, budget and shortlist size"),
        Text::tr("Usage: %1 [--db FILE] campaigns list\n").arg(Console::programName()));
    spec.read = [](const CommandLine &, const QStringList &, QString *) -> CommandRun { return listCampaigns; };
    return spec;
}

// The campaign NAME calls with its shortlist, else empty once the console says why.
std::optional<Workspace::Shortlist> findShortlist(Workspace &workspace, Console &console,
                                                  const QString &nameOrId)
{
    QString message;
    std::optional<Workspace::Shortlist> shortlist = workspace.shortlist(nameArgument, nameOrId, &message);
    if (!shortlist)
        console.error(message);
    return shortlist;
}

// "campaigns show NAME": the campaign's fields, its shortlist and the projected totals,
// with the figures that rest on tier defaults marked.
ExitCode showCampaign(const QString &nameOrId, Workspace &workspace, Console &console)
{
    const auto shortlist = findShortlist(workspace, console, nameOrId);
    if (!shortlist)
        return ExitCode::UserError;
    const Campaign *campaign = &shortlist->campaign;
    const QList<ShortlistEntry> &entries = shortlist->entries;
    const QHash<qint64, Candidate> &candidates = shortlist->candidates;
    const Projection projection = workspace.projection();
    const QList<ProjectedFigures> figures = projection.projectEntries(*campaign, entries, candidates);
    const CampaignTextFormat format;
    QTextStream &out = console.out();
    out << format.fields(*campaign) << QLatin1Char('\n');
    out << Text::tr("Shortlist:") << QLatin1Char('\n');
    if (entries.isEmpty())
        out << QLatin1String("  ") << Text::tr("(empty)") << QLatin1Char('\n');
    for (const ShortlistEntry &entry : entries) {
        const auto it = candidates.constFind(entry.candidateId);
        out << QLatin1String("  ")
            << format.entry(entry, it == candidates.constEnd() ? nullptr : &*it);
    }
    out << QLatin1Char('\n') << Text::tr("Projected totals (declined entries left out):") << QLatin1Char('\n')
        << format.totals(Projection::totals(entries, figures, campaign->currency()),
                         campaign->currency());
    return ExitCode::Success;
}

CommandSpec showSpec()
{
    CommandSpec spec = campaignsSpec(
        QStringLiteral("show"), Text::tr("Show a campaign, its shortlist and projected totals"),
        Text::tr("Usage: %1 [--db FILE] campaigns show NAME\n"
                 "  NAME  the campaign's name (or its id)\n")
            .arg(Console::programName()));
    spec.arguments = QStringList{nameArgument};
    spec.read = [](const CommandLine &, const QStringList &arguments, QString *) -> CommandRun {
        const QString campaign = arguments.value(0);
        return [campaign](Workspace &workspace, Console &console) {
            return showCampaign(campaign, workspace, console);
        };
    };
    return spec;
}

// "campaigns project NAME --format csv": the projected figures of every shortlist entry as
// CSV for other programs, declined entries included with their status.
ExitCode projectCampaign(const QString &nameOrId, Workspace &workspace, Console &console)
{
    const auto shortlist = findShortlist(workspace, console, nameOrId);
    if (!shortlist)
        return ExitCode::UserError;
    // The rows and columns of "shortlist export", for a pipe: plain preset.
    const ShortlistExport csv(shortlist->campaign, shortlist->entries, shortlist->candidates,
                              workspace.projection(),
                              BrandFitStore(workspace.database()).forCampaign(shortlist->campaign.id));
    if (!csv.write(&console.outDevice(), CsvPreset::plain())) {
        console.error(Text::tr("The projection could not be written."));
        return ExitCode::UserError;
    }
    return ExitCode::Success;
}

CommandSpec projectSpec()
{
    CommandSpec spec = campaignsSpec(
        QStringLiteral("project"), Text::tr("Write the projected figures of a shortlist as CSV"),
        Text::tr("Usage: %1 [--db FILE] campaigns project NAME [--format csv]\n"
                 "  One row per shortlist entry, amounts in the campaign's currency:\n"
                 "  %2")
            .arg(Console::programName(),
                 ShortlistExport::columns().join(QLatin1Char(',')) + QLatin1Char('\n')));
    spec.arguments = QStringList{nameArgument};
    spec.options = QStringList{QStringLiteral("format")};
    spec.read = [](const CommandLine &line, const QStringList &arguments, QString *message) {
        OptionReader reader(line);
        const QString campaign = arguments.value(0);
        // CSV is the only format so far; the option keeps scripts explicit about what they read.
        reader.choice(QStringLiteral("format"), {QStringLiteral("csv")});
        return unlessFault(reader, message, [campaign](Workspace &workspace, Console &console) {
            return projectCampaign(campaign, workspace, console);
        });
    };
    return spec;
}

// "campaigns optimize NAME": puts the shortlist that brings the most for the campaign's
// goal within its budget in place of the unlocked entries, and says how sure that is.
const QString lockOption = QStringLiteral("lock");
const QString excludeOption = QStringLiteral("exclude");
const QString maxShareOption = QStringLiteral("max-share");
const QString minKindOption = QStringLiteral("min-kind");

struct OptimizeValues
{
    QString campaign;
    QList<qint64> locked;
    QList<qint64> excluded;
    std::optional<double> maxShare;
    QMap<CandidateKind, int> minimumPerKind;
};

void printSuggestion(Workspace &workspace, Console &console, const Campaign &campaign,
                     const ShortlistSuggestion &suggestion)
{
    const CampaignTextFormat format;
    const QLocale locale;
    const QList<ShortlistEntry> entries = workspace.campaigns().entries(campaign.id);
    const QHash<qint64, Candidate> candidates = workspace.candidatesOf(entries);
    QTextStream &out = console.out();
    out << Text::tr("Suggested shortlist for “%1” (%2, budget %3):")
               .arg(campaign.name, DisplayNames::goal(suggestion.goal), format.money(campaign.budget))
        << QLatin1Char('\n');
    for (const ShortlistEntry &entry : entries) {
        const auto it = candidates.constFind(entry.candidateId);
        out << QLatin1String("  ") << format.entry(entry, it == candidates.constEnd() ? nullptr : &*it);
    }
    out << QLatin1Char('\n') << format.totals(suggestion.totals, campaign.currency());
    if (suggestion.result.provenOptimal) {
        out << Text::tr("Proven optimal: no shortlist within these limits brings more.") << QLatin1Char('\n');
    } else {
        out << Text::tr("Not proven optimal: at most %1% below the best possible.")
                   .arg(locale.toString(suggestion.result.gap() * 100.0, 'f', 2))
            << QLatin1Char('\n');
    }
    if (suggestion.unpriced > 0) {
        out << Text::tr("Candidates with a channel left out for want of an exchange rate: %1")
                   .arg(locale.toString(suggestion.unpriced))
            << QLatin1Char('\n');
    }
    if (suggestion.unprojected > 0) {
        out << Text::tr("Candidates with a channel left out for unknown followers and views: %1")
                   .arg(locale.toString(suggestion.unprojected))
            << QLatin1Char('\n');
    }
}

// The optimizer's request for the campaign with the command's limits; empty with the
// error when the file cannot be read or a --lock or --exclude id names no candidate.
std::optional<ShortlistRequest> optimizeRequest(const OptimizeValues &values, Workspace &workspace,
                                                const Campaign &campaign, Error *error)
{
    ShortlistRequest request =
        PlanningInput::shortlistRequest(workspace.file(), campaign, error).value_or(ShortlistRequest());
    request.maxShare = values.maxShare;
    request.minimumPerKind = values.minimumPerKind;
    QSet<qint64> known;
    for (const Candidate &candidate : std::as_const(request.candidates))
        known.insert(candidate.id);
    for (const auto &[option, ids] : {std::pair{lockOption, values.locked}, std::pair{excludeOption, values.excluded}}) {
        for (const qint64 id : ids) {
            if (!known.contains(id) && error->isEmpty())
                error->message = Text::tr("--%1: there is no candidate with the id %2").arg(option).arg(id);
        }
    }
    if (!error->isEmpty())
        return std::nullopt;
    request.lockedIds = QSet<qint64>(values.locked.cbegin(), values.locked.cend());
    request.excludedIds = QSet<qint64>(values.excluded.cbegin(), values.excluded.cend());
    return request;
}

ExitCode optimizeCampaign(const OptimizeValues &values, Workspace &workspace, Console &console)
{
    const std::optional<Campaign> campaign = findCampaign(workspace, console, nameArgument, values.campaign);
    if (!campaign)
        return ExitCode::UserError;
    Error error;
    // The shortlist the suggestion starts from, claimed at its versions when it is replaced.
    const ShortlistClaim claim(*campaign, workspace.campaigns().entries(campaign->id));
    const std::optional<ShortlistRequest> request = optimizeRequest(values, workspace, *campaign, &error);
    if (!request) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    const ShortlistSuggestion suggestion = ShortlistSuggester(workspace.projection()).suggest(*request);
    if (!suggestion.isSolved()) {
        console.error(Text::tr("No shortlist was suggested: %1").arg(suggestion.reason));
        return ExitCode::UserError;
    }
    if (!workspace.campaigns().replaceUnlocked(campaign->id, suggestion.entries, claim, &error)) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    printSuggestion(workspace, console, *campaign, suggestion);
    return ExitCode::Success;
}

CommandRun readOptimize(const CommandLine &line, const QStringList &arguments, QString *message)
{
    OptionReader reader(line);
    OptimizeValues values;
    values.campaign = arguments.value(0);
    values.locked = reader.ids(lockOption);
    values.excluded = reader.ids(excludeOption);
    if (const auto percent = reader.percent(maxShareOption)) {
        if (*percent <= 0.0 || *percent > 100.0)
            reader.fail(maxShareOption, Text::tr("must be above 0 and at most 100"));
        values.maxShare = *percent / 100.0;
    }
    values.minimumPerKind = reader.kindCounts(minKindOption);
    return unlessFault(reader, message, [values](Workspace &workspace, Console &console) {
        return optimizeCampaign(values, workspace, console);
    });
}

CommandSpec optimizeSpec()
{
    CommandSpec spec = campaignsSpec(
        QStringLiteral("optimize"), Text::tr("Suggest the shortlist that brings the most within the budget"),
        Text::tr("Usage: %1 [--db FILE] campaigns optimize NAME [--lock ID]... [--exclude ID]...\n"
                 "         [--max-share PCT] [--min-kind KIND=N]...\n"
                 "  Replaces the unlocked entries of the shortlist with the candidates that bring\n"
                 "  the most for the campaign's goal within its budget, one deliverable each.\n"
                 "  Locked and declined entries stay.\n"
                 "  ID    a candidate id; --lock keeps the candidate's entries (or adds the\n"
                 "        candidate), --exclude leaves the candidate out\n"
                 "  PCT   the largest share of the budget one unlocked candidate may take: 30 means 30%\n"
                 "  KIND  one of: %2; N the least number of that kind\n")
            .arg(Console::programName(), allKindKeys().join(QLatin1String(", "))));
    spec.arguments = QStringList{nameArgument};
    spec.options = QStringList{lockOption, excludeOption, maxShareOption, minKindOption};
    spec.repeatableOptions = QStringList{lockOption, excludeOption, minKindOption};
    spec.read = readOptimize;
    return spec;
}

// "campaigns complete NAME [--date DATE]": marks the campaign completed (today unless a
// date is given), so that its results teach the assumptions; prints "completed NAME on DATE".
CommandSpec completeSpec()
{
    CommandSpec spec = campaignsSpec(
        QStringLiteral("complete"), Text::tr("Mark a campaign completed: its results teach the assumptions"),
        Text::tr("Usage: %1 [--db FILE] campaigns complete NAME [--date YYYY-MM-DD]\n"
                 "  NAME  the campaign's name (or its id)\n"
                 "  --date  the day it ended (default: today)\n")
            .arg(Console::programName()));
    spec.arguments = QStringList{nameArgument};
    spec.options = QStringList{QStringLiteral("date")};
    spec.read = [](const CommandLine &line, const QStringList &arguments, QString *message) {
        OptionReader reader(line);
        const QString name = arguments.value(0);
        const QDate date = reader.date(QStringLiteral("date")).value_or(QDate::currentDate());
        return unlessFault(reader, message, [name, date](Workspace &workspace, Console &console) {
            const std::optional<Campaign> campaign = findCampaign(workspace, console, nameArgument, name);
            if (!campaign)
                return ExitCode::UserError;
            Error error;
            if (!workspace.file().results().complete(campaign->id, date, &error)) {
                console.error(error.text());
                return ExitCode::UserError;
            }
            console.out() << QStringLiteral("completed %1 on %2\n").arg(campaign->name, date.toString(Qt::ISODate));
            return ExitCode::Success;
        });
    };
    return spec;
}

// "campaigns report NAME FILE.pdf [--language vi|id|fa|en] [--title TEXT]": the media plan
// report, as a PDF or (FILE.html) one self-contained HTML file, in the language asked for
// (English else), under the client-facing title given ("Media plan" else).
struct ReportValues
{
    QString campaign;
    QString path;
    QString language;
    QString title;
};

ExitCode reportCampaign(const ReportValues &values, Workspace &workspace, Console &console)
{
    const std::optional<Campaign> campaign = findCampaign(workspace, console, nameArgument, values.campaign);
    if (!campaign)
        return ExitCode::UserError;
    Error error;
    if (!MediaPlanReport::write(workspace.file(), *campaign, values.language, values.path, &error, {}, values.title)) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << Text::tr("Report written to %1").arg(values.path) << QLatin1Char('\n');
    return ExitCode::Success;
}

CommandRun readReport(const CommandLine &line, const QStringList &arguments, QString *message)
{
    OptionReader reader(line);
    ReportValues values;
    values.campaign = arguments.value(0);
    values.path = arguments.value(1);
    values.language = reader.choice(QStringLiteral("language"), ReportLanguage::codes()).value_or(QStringLiteral("en"));
    values.title = reader.text(QStringLiteral("title")).simplified();
    if (reader.isSet(QStringLiteral("title")) && values.title.isEmpty())
        reader.fail(QStringLiteral("title"), Text::tr("must not be empty"));
    if (!MediaPlanReport::isKnownSuffix(values.path))
        reader.failArgument(QStringLiteral("FILE"), Text::tr("must end in .pdf or .html"));
    return unlessFault(reader, message, [values](Workspace &workspace, Console &console) {
        return reportCampaign(values, workspace, console);
    });
}

CommandSpec reportSpec()
{
    CommandSpec spec = campaignsSpec(
        QStringLiteral("report"), Text::tr("Write the media plan report of a campaign (PDF or HTML)"),
        Text::tr("Usage: %1 [--db FILE] campaigns report NAME FILE.pdf [--language vi|id|fa|en] [--title TEXT]\n"
                 "  The media plan for the client: the campaign, the projected totals against the\n"
                 "  budget, the shortlist, charts, the other goal's plan, a card per candidate and\n"
                 "  the assumptions with their sources. FILE.html writes one self-contained HTML file.\n"
                 "  --language  the report's language (default en)\n"
                 "  --title     the client-facing title on the cover (default \"Media plan\")\n")
            .arg(Console::programName()));
    spec.arguments = QStringList{nameArgument, QStringLiteral("FILE")};
    spec.options = QStringList{QStringLiteral("language"), QStringLiteral("title")};
    spec.read = readReport;
    return spec;
}

} // namespace

QList<CommandSpec> campaignsCommands()
{
    return {createSpec(), listSpec(), showSpec(), optimizeSpec(), projectSpec(), reportSpec(), completeSpec()};
}

} // namespace planner
