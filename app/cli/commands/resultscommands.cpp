#include "commandline.h"
#include "commandspec.h"
#include "commands/entryoptions.h"
#include "console.h"
#include "import/resultimport.h"
#include "import/workbookreader.h"
#include "import/workbooksource.h"
#include "optionreader.h"
#include "storage/campaignfile.h"
#include "storage/resultstore.h"
#include "workspace.h"

#include <memory>

namespace planner {

namespace {

const QString campaignOption = QStringLiteral("campaign");

// "results add CAMPAIGN CANDIDATE_ID --date DATE [--reach N]...": what one delivered piece of a
// shortlist entry did; prints the new result's id.
struct AddValues : EntryOptions
{
    DeliveryResult result;
};

// The campaign's entry of the candidate, narrowed by platform and format; else why not.
std::optional<qint64> entryOf(const AddValues &values, const Campaign &campaign, Workspace &workspace,
                              QString *message)
{
    QList<qint64> matching;
    for (const ResultTarget &target : workspace.file().results().targets(campaign.id)) {
        if (target.candidateId == values.candidateId && (!values.platform || target.platform == *values.platform)
            && (!values.format || target.format == *values.format))
            matching << target.entryId;
    }
    if (matching.size() == 1)
        return matching.first();
    *message = OptionReader::labelled(
        candidateArgument,
        matching.isEmpty()
            ? Text::tr("candidate %1 is not on the shortlist of “%2” with this platform and format")
                  .arg(values.candidateId).arg(campaign.name)
            : Text::tr("candidate %1 is on the shortlist of “%2” more than once: say which with "
                       "--platform and --format").arg(values.candidateId).arg(campaign.name));
    return std::nullopt;
}

ExitCode addResult(AddValues values, Workspace &workspace, Console &console)
{
    const std::optional<Campaign> campaign = findCampaign(workspace, console, campaignArgument, values.campaign);
    if (!campaign)
        return ExitCode::UserError;
    QString message;
    const std::optional<qint64> entry = entryOf(values, *campaign, workspace, &message);
    if (!entry) {
        console.error(message);
        return ExitCode::UserError;
    }
    values.result.entryId = *entry;
    if (!values.readAmount(*campaign, &values.result.feePaid, console))
        return ExitCode::UserError;
    Error error;
    const std::optional<qint64> id = workspace.file().results().add(values.result, &error);
    if (!id) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << *id << QLatin1Char('\n');
    return ExitCode::Success;
}

CommandRun readAdd(const CommandLine &line, const QStringList &arguments, QString *message)
{
    OptionReader reader(line);
    AddValues values;
    values.read(reader, arguments);
    const QString dateOption = QStringLiteral("date");
    values.result.date = reader.date(dateOption).value_or(QDate());
    for (ResultMeasure measure : DeliveryResult::measures()) {
        const QString option = DeliveryResult::measureKey(measure);
        const std::optional<qint64> value = reader.integer(option);
        if (value && *value < 0)
            reader.fail(option, Text::tr("must be a whole number not below zero"));
        values.result.setFigure(measure, value);
    }
    values.readFee(reader);
    return unlessFault(reader, message, [values](Workspace &workspace, Console &console) {
        return addResult(values, workspace, console);
    });
}

CommandSpec addSpec()
{
    CommandSpec spec;
    spec.words = QStringList{QStringLiteral("results"), QStringLiteral("add")};
    spec.arguments = QStringList{campaignArgument, candidateArgument};
    spec.summary = Text::tr("Record what a delivered post or video of a shortlist entry did");
    spec.usage = Text::tr("Usage: %1 [--db FILE] results add CAMPAIGN CANDIDATE_ID --date YYYY-MM-DD\n"
                          "         [--platform PLATFORM] [--format FORMAT] [--reach N] [--impressions N]\n"
                          "         [--views N] [--likes N] [--comments N] [--shares N] [--saves N]\n"
                          "         [--clicks N] [--fee AMOUNT]\n"
                          "  The candidate must be on the campaign's shortlist; --platform and --format say\n"
                          "  which entry when they are on it more than once. AMOUNT, the fee actually paid,\n"
                          "  is in the campaign's currency. Prints the new result's id.\n")
                     .arg(Console::programName());
    spec.options = QStringList{QStringLiteral("date"), QStringLiteral("platform"), QStringLiteral("format"), feeOption};
    for (ResultMeasure measure : DeliveryResult::measures())
        spec.options << DeliveryResult::measureKey(measure);
    spec.requiredOptions = QStringList{QStringLiteral("date")};
    spec.read = readAdd;
    return spec;
}

// "results import FILE --campaign NAME": the results of a post-insights export (CSV or a
// workbook's sheet) for the campaign's shortlist, through the import machinery; prints
// "imported N, rejected R, warnings W", each rejected row on standard error as
// FILE:LINE:COLUMN: reason.
struct ImportValues
{
    QString path;
    QString campaign;
    QString sheet;
    ImportSettings settings;
    bool dryRun = false;
};

void printLine(Console &console, const ImportRejection &entry, bool warning)
{
    console.note(QStringLiteral("%1: %2%3\n")
                     .arg(entry.where(), warning ? QStringLiteral("warning: ") : QString(), entry.text()));
}

ExitCode importResults(ImportValues values, Workspace &workspace, Console &console)
{
    const std::optional<Campaign> campaign =
        findCampaign(workspace, console, QStringLiteral("--") + campaignOption, values.campaign);
    if (!campaign)
        return ExitCode::UserError;
    values.settings.locale = QLocale();
    ResultImport importer(workspace.file().results(), campaign->id, campaign->name);
    importer.setDryRun(values.dryRun);
    const ImportReport report = importer.runFile(values.path, values.sheet, values.settings);
    if (report.failed()) {
        console.error(report.error.text());
        return ExitCode::UserError;
    }
    for (const ImportRejection &rejection : std::as_const(report.rejections))
        printLine(console, rejection, false);
    for (const ImportRejection &warning : std::as_const(report.warnings))
        printLine(console, warning, true);
    console.out() << QStringLiteral("imported %1, rejected %2, warnings %3")
                         .arg(report.imported)
                         .arg(report.rejected)
                         .arg(report.warningCount)
                  << QLatin1Char('\n');
    return ExitCode::Success;
}

CommandSpec importSpec()
{
    CommandSpec spec;
    spec.words = QStringList{QStringLiteral("results"), QStringLiteral("import")};
    spec.arguments = QStringList{QStringLiteral("FILE")};
    spec.summary = Text::tr("Add the results of a post-insights export (CSV or workbook) to a campaign");
    spec.usage = Text::tr("Usage: %1 [--db FILE] results import FILE --campaign NAME [--currency CODE]\n"
                          "         [--sheet NAME|N] [--dry-run]\n"
                          "  FILE  a CSV file or workbook with a header row: a name or handle column, a date\n"
                          "        column and any of reach, impressions, views, likes, comments, shares,\n"
                          "        saves, clicks and fee paid, named in English, Vietnamese, Indonesian or\n"
                          "        Persian; platform and format columns say which entry when a candidate\n"
                          "        is on the shortlist more than once\n"
                          "  CODE  the currency of fees the file writes without one\n"
                          "  --dry-run  reads and checks every row and prints the counts; changes nothing\n"
                          "Prints \"imported N, rejected R, warnings W\"; a row for someone not on the\n"
                          "campaign's shortlist is rejected. Rejected rows go to standard error as\n"
                          "FILE:LINE:COLUMN: reason; all accepted rows are stored in one transaction.\n")
                     .arg(Console::programName());
    spec.options = QStringList{campaignOption, QStringLiteral("currency"), QStringLiteral("sheet")};
    spec.requiredOptions = QStringList{campaignOption};
    spec.switches = QStringList{QStringLiteral("dry-run")};
    spec.read = [](const CommandLine &line, const QStringList &arguments, QString *message) {
        OptionReader reader(line);
        ImportValues values;
        values.path = arguments.value(0);
        values.campaign = reader.text(campaignOption);
        values.sheet = reader.isSet(QStringLiteral("sheet")) ? reader.text(QStringLiteral("sheet")) : QString();
        values.dryRun = reader.isSet(QStringLiteral("dry-run"));
        if (const auto code = reader.currency(QStringLiteral("currency")))
            values.settings.currency = CurrencyUnit{*code, 1};
        return unlessFault(reader, message, [values](Workspace &workspace, Console &console) {
            return importResults(values, workspace, console);
        });
    };
    return spec;
}

} // namespace

QList<CommandSpec> resultsCommands()
{
    return {addSpec(), importSpec()};
}

} // namespace planner
