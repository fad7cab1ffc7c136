#include "candidatetextformat.h"
#include "commandline.h"
#include "commandspec.h"
#include "commands/costoptions.h"
#include "commands/exportoptions.h"
#include "commands/languageoptions.h"
#include "commands/rangeoptions.h"
#include "console.h"
#include "csv/csvpreset.h"
#include "export/candidateexport.h"
#include "optionreader.h"
#include "storage/candidatestore.h"
#include "workspace.h"

#include <QLocale>

namespace planner {

namespace {

const int batchSize = 1000;

CommandSpec candidatesSpec(const QString &verb, const QString &summary, const QString &usage)
{
    return CommandSpec::of(QStringLiteral("candidates"), verb, summary, usage);
}

// "candidates add": stores one candidate with one channel and prints the new id.
void readFee(OptionReader &reader, Channel *channel)
{
    const QString feeOption = QStringLiteral("fee");
    const QString named = QStringLiteral("--fee");
    if (const auto currency = reader.currencyFor(reader.isSet(feeOption), QStringLiteral("currency"), named, named))
        channel->fee = reader.money(feeOption, *currency);
}

ExitCode addCandidate(const Candidate &candidate, Workspace &workspace, Console &console)
{
    Error error;
    const std::optional<qint64> id = workspace.candidates().add(candidate, &error);
    if (!console.printId(id, error))
        return ExitCode::UserError;
    return ExitCode::Success;
}

CommandRun readAdd(const CommandLine &line, const QStringList &, QString *message)
{
    OptionReader reader(line);
    Candidate candidate;
    candidate.name = reader.text(QStringLiteral("name"));
    candidate.kind = reader.kind(QStringLiteral("kind")).value_or(CandidateKind::Influencer);
    Channel channel;
    channel.platform = reader.platform(QStringLiteral("platform")).value_or(Platform::Instagram);
    channel.followers = reader.integer(QStringLiteral("followers")); // a required option
    channel.handle = reader.text(QStringLiteral("handle"));
    channel.engagementRatePct = reader.percent(QStringLiteral("engagement-rate"));
    channel.avgViews = reader.integer(QStringLiteral("avg-views"));
    readFee(reader, &channel);
    channel.authenticityPct = reader.percent(QStringLiteral("authenticity"));
    candidate.channels.append(channel);
    candidate.niches = reader.list(QStringLiteral("niche"), false);
    candidate.regions = reader.list(QStringLiteral("region"), true);
    return unlessFault(reader, message, [candidate](Workspace &workspace, Console &console) {
        return addCandidate(candidate, workspace, console);
    });
}

CommandSpec addSpec()
{
    CommandSpec spec = candidatesSpec(
        QStringLiteral("add"), Text::tr("Add a candidate with one channel and print the new id"),
        Text::tr("Usage: %1 [--db FILE] candidates add --name NAME --kind KIND --platform PLATFORM\n"
                 "         --followers N [--handle HANDLE] [--engagement-rate PCT] [--avg-views N]\n"
                 "         [--fee AMOUNT --currency CODE] [--authenticity PCT]\n"
                 "         [--niche NICHE]... [--region CODE]...\n"
                 "  KIND      one of: %2\n"
                 "  PLATFORM  one of: %3\n"
                 "  PCT       a percentage: 3.5 means 3.5%\n"
                 "  AMOUNT    digits with '.' as the decimal point, in the currency CODE (VND, USD...)\n")
            .arg(Console::programName(), allKindKeys().join(QLatin1String(", ")),
                 allPlatformKeys().join(QLatin1String(", "))));
    spec.options = QStringList{QStringLiteral("name"),         QStringLiteral("kind"),
                               QStringLiteral("platform"),     QStringLiteral("followers"),
                               QStringLiteral("handle"),       QStringLiteral("engagement-rate"),
                               QStringLiteral("avg-views"),    QStringLiteral("fee"),
                               QStringLiteral("currency"),     QStringLiteral("authenticity"),
                               QStringLiteral("niche"),        QStringLiteral("region")};
    spec.repeatableOptions = QStringList{QStringLiteral("niche"), QStringLiteral("region")};
    spec.requiredOptions = QStringList{QStringLiteral("name"), QStringLiteral("kind"),
                                       QStringLiteral("platform"), QStringLiteral("followers")};
    spec.read = readAdd;
    return spec;
}

// The filter options (without "--") that "candidates list" and "candidates export" share.
QStringList filterOptions()
{
    return QStringList{QStringLiteral("kind"), QStringLiteral("tier"), QStringLiteral("platform"),
                       QStringLiteral("niche"), QStringLiteral("region"), QStringLiteral("search")}
        + RangeOptions::names() + CostOptions::names() + QStringList{LanguageOptions::name()};
}

CandidateFilter readFilter(OptionReader &reader)
{
    CandidateFilter filter;
    filter.kind = reader.kind(QStringLiteral("kind"));
    filter.tier = reader.tier(QStringLiteral("tier"));
    filter.platform = reader.platform(QStringLiteral("platform"));
    filter.niche = reader.text(QStringLiteral("niche")).trimmed().toLower();
    filter.region = reader.text(QStringLiteral("region")).trimmed();
    filter.search = reader.text(QStringLiteral("search"));
    RangeOptions::read(reader, &filter);
    LanguageOptions::read(reader, &filter);
    return filter;
}

// "candidates list": writes the filtered candidate list, one line per channel, as CSV or as
// a text table, streaming it so that a million candidates cost little memory.
ExitCode listCsv(const CandidateFilter &filter, Workspace &workspace, Console &console)
{
    // The same rows and columns as "candidates export", for a pipe: plain preset.
    CandidateExport csv(workspace.candidates());
    Error error;
    if (!csv.write(&console.outDevice(), filter, CandidateSort(), CsvPreset::plain(), &error)) {
        console.error(error.isEmpty() ? Text::tr("The list could not be written.") : error.text());
        return ExitCode::UserError;
    }
    return ExitCode::Success;
}

ExitCode listText(const CandidateFilter &filter, Workspace &workspace, Console &console)
{
    CandidateStore &store = workspace.candidates();
    const CandidateTextFormat text(store.tierThresholds());
    QTextStream &out = console.out();
    out << text.header();
    const std::unique_ptr<CandidateRowCursor> cursor = store.rows(filter, CandidateSort());
    while (!cursor->atEnd()) {
        for (const CandidateRow &row : cursor->fetch(batchSize))
            out << text.line(row);
    }
    out.flush();
    if (cursor->failed()) {
        console.error(cursor->error().text());
        return ExitCode::UserError;
    }
    if (out.status() != QTextStream::Ok) {
        console.error(Text::tr("The list could not be written."));
        return ExitCode::UserError;
    }
    return ExitCode::Success;
}

CommandRun readList(const CommandLine &line, const QStringList &, QString *message)
{
    OptionReader reader(line);
    const QString format = reader.choice(QStringLiteral("format"),
                                         {QStringLiteral("text"), QStringLiteral("csv")})
                               .value_or(QStringLiteral("text"));
    const bool csv = format == QLatin1String("csv");
    CandidateFilter filter = readFilter(reader);
    const QString costCampaign = CostOptions::read(reader, &filter);
    return unlessFault(reader, message, [csv, filter, costCampaign](Workspace &workspace, Console &console) {
        CandidateFilter withRates = filter;
        RangeOptions::useRates(workspace, &withRates);
        QString fault;
        if (!CostOptions::use(workspace, costCampaign, &withRates, &fault)) {
            console.error(fault);
            return ExitCode::UserError;
        }
        return csv ? listCsv(withRates, workspace, console) : listText(withRates, workspace, console);
    });
}

CommandSpec listSpec()
{
    CommandSpec spec = candidatesSpec(
        QStringLiteral("list"), Text::tr("List candidates, one line per channel, as text or CSV"),
        Text::tr("Usage: %1 [--db FILE] candidates list [--format csv|text] [--kind KIND]\n"
                 "         [--tier TIER] [--platform PLATFORM] [--niche NICHE] [--region CODE]\n"
                 "         [--search TEXT] [--min-X N] [--max-X N] [--fee-currency CODE]\n"
                 "         [--campaign NAME]\n"
                 "  KIND      one of: %2\n"
                 "  TIER      one of: %3\n"
                 "  PLATFORM  one of: %4\n"
                 "  TEXT      part of a name or handle; CODE a region such as VN (also VN-SG)\n")
            .arg(Console::programName(), allKindKeys().join(QLatin1String(", ")),
                 allTierKeys().join(QLatin1String(", ")),
                 allPlatformKeys().join(QLatin1String(", ")))
            + RangeOptions::usage() + CostOptions::usage() + LanguageOptions::usage());
    spec.options = QStringList{QStringLiteral("format")} + filterOptions();
    spec.read = readList;
    return spec;
}

// "candidates export FILE [--preset excel|plain] [filters]": the candidate list, filtered as
// "candidates list" filters it, one row per channel, written to a CSV file that is replaced
// only once it is written whole.
struct ExportValues
{
    ExportOptions::Target target;
    CandidateFilter filter;
};

ExitCode exportCandidates(const ExportValues &values, Workspace &workspace, Console &console)
{
    CandidateExport csv(workspace.candidates());
    Error error;
    WorkbookOptions options;
    options.sheetName = QStringLiteral("Candidates");
    const ExportOptions::Target &target = values.target;
    options.localizedHeaders = target.preset.localizedHeaders;
    const bool written = target.workbook
        ? csv.exportWorkbook(target.path, values.filter, CandidateSort(), options, &error)
        : csv.exportTo(target.path, values.filter, CandidateSort(), target.preset, &error);
    return ExportOptions::finish(written, error, csv.rowsWritten(), console);
}

CommandRun readExport(const CommandLine &line, const QStringList &arguments, QString *message)
{
    OptionReader reader(line);
    ExportValues values;
    values.target = ExportOptions::readTarget(reader, arguments.value(0));
    values.filter = readFilter(reader);
    const QString costCampaign = CostOptions::read(reader, &values.filter);
    ExportOptions::requirePath(reader, values.target);
    return unlessFault(reader, message, [values, costCampaign](Workspace &workspace, Console &console) {
        ExportValues withRates = values;
        RangeOptions::useRates(workspace, &withRates.filter);
        QString fault;
        if (!CostOptions::use(workspace, costCampaign, &withRates.filter, &fault)) {
            console.error(fault);
            return ExitCode::UserError;
        }
        return exportCandidates(withRates, workspace, console);
    });
}

CommandSpec exportSpec()
{
    CommandSpec spec = candidatesSpec(
        QStringLiteral("export"), Text::tr("Write the candidate list, as filtered, to a CSV file"),
        Text::tr("Usage: %1 [--db FILE] candidates export FILE [--preset excel|plain|xlsx]\n"
                 "         [--headers keys|titles]\n"
                 "         [--kind KIND] [--tier TIER] [--platform PLATFORM] [--niche NICHE]\n"
                 "         [--region CODE] [--search TEXT] [--min-X N] [--max-X N]\n"
                 "         [--fee-currency CODE] [--campaign NAME]\n"
                 "  FILE      the CSV file to write, one row per channel, ordered by name:\n"
                 "  %2\n"
                 "  KIND      one of: %3\n"
                 "  TIER      one of: %4\n"
                 "  PLATFORM  one of: %5\n"
                 "  TEXT      part of a name or handle; CODE a region such as VN (also VN-SG)\n")
                .arg(Console::programName(), CandidateExport::columns().join(QLatin1Char(',')),
                     allKindKeys().join(QLatin1String(", ")),
                     allTierKeys().join(QLatin1String(", ")),
                     allPlatformKeys().join(QLatin1String(", ")))
            + RangeOptions::usage() + CostOptions::usage() + LanguageOptions::usage() + ExportOptions::presetUsage());
    spec.arguments = QStringList{QStringLiteral("FILE")};
    spec.options = QStringList{ExportOptions::presetOption, ExportOptions::headersOption} + filterOptions();
    spec.read = readExport;
    return spec;
}

} // namespace

QList<CommandSpec> candidatesCommands()
{
    return {addSpec(), listSpec(), exportSpec()};
}

} // namespace planner
