#include "commandline.h"
#include "commandspec.h"
#include "console.h"
#include "demo/demodata.h"
#include "demo/syntheticcandidates.h"
#include "optionreader.h"
#include "storage/candidatestore.h"
#include "workspace.h"

#include <QLocale>
#include <limits>

namespace planner {

namespace {

const qint64 progressStep = 50000;

// "demo": adds the demo candidates shipped with the program and says how many.
ExitCode addDemo(Workspace &workspace, Console &console)
{
    Error error;
    const std::optional<qint64> added = DemoData::addTo(workspace.candidates(), &error);
    if (!added) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << Text::tr("Candidates added: %1").arg(QLocale().toString(*added)) << QLatin1Char('\n');
    return ExitCode::Success;
}

CommandSpec demoSpec()
{
    CommandSpec spec;
    spec.words = QStringList{QStringLiteral("demo")};
    spec.summary = Text::tr("Add the demo candidates");
    spec.usage = Text::tr("Usage: %1 [--db FILE] demo\n").arg(Console::programName());
    spec.read = [](const CommandLine &, const QStringList &, QString *) -> CommandRun { return addDemo; };
    return spec;
}

// "generate": adds any number of synthetic candidates in one transaction, for measuring
// the program at scale.
struct GenerateValues
{
    qint64 count = 0;
    std::optional<quint32> seed;
};

ExitCode generate(const GenerateValues &values, Workspace &workspace, Console &console)
{
    SyntheticCandidates source = values.seed ? SyntheticCandidates(*values.seed) : SyntheticCandidates();
    const bool showProgress = console.errorIsTerminal() && values.count >= progressStep;
    const QLocale locale;
    qint64 made = 0;
    Error error;
    // Interrupting the program leaves the file as it was: the transaction is not committed.
    const std::optional<qint64> added = workspace.candidates().addMany(
        [&](Candidate &candidate) {
            if (made == values.count)
                return false;
            candidate = source.next();
            ++made;
            if (showProgress && made % progressStep == 0) {
                console.note(Text::tr("Generated %1 of %2 candidates…")
                                 .arg(locale.toString(made), locale.toString(values.count))
                             + QLatin1Char('\r'));
            }
            return true;
        },
        &error);
    if (showProgress)
        console.note(QStringLiteral("\n"));
    if (!added) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << Text::tr("Candidates added: %1").arg(locale.toString(*added)) << QLatin1Char('\n');
    return ExitCode::Success;
}

CommandRun readGenerate(const CommandLine &line, const QStringList &, QString *message)
{
    OptionReader reader(line);
    const QString countOption = QStringLiteral("count");
    const QString seedOption = QStringLiteral("seed");
    GenerateValues values;
    values.count = reader.integer(countOption).value_or(0);
    if (values.count < 0)
        reader.fail(countOption, Text::tr("must not be negative"));
    const std::optional<qint64> seed = reader.integer(seedOption);
    if (seed && (*seed < 0 || *seed > std::numeric_limits<quint32>::max()))
        reader.fail(seedOption, Text::tr("must be between 0 and %1")
                                    .arg(std::numeric_limits<quint32>::max()));
    if (seed)
        values.seed = quint32(*seed);
    return unlessFault(reader, message, [values](Workspace &workspace, Console &console) {
        return generate(values, workspace, console);
    });
}

CommandSpec generateSpec()
{
    CommandSpec spec;
    spec.words = QStringList{QStringLiteral("generate")};
    spec.summary = Text::tr("Add N synthetic candidates (for measurements)");
    spec.usage = Text::tr("Usage: %1 [--db FILE] generate --count N [--seed S]\n"
                          "  N  how many candidates to add, in one transaction\n"
                          "  S  a whole number; the same seed gives the same candidates\n")
                     .arg(Console::programName());
    spec.options = QStringList{QStringLiteral("count"), QStringLiteral("seed")};
    spec.requiredOptions = QStringList{QStringLiteral("count")};
    spec.read = readGenerate;
    return spec;
}

} // namespace

QList<CommandSpec> sampleDataCommands()
{
    return {demoSpec(), generateSpec()};
}

} // namespace planner
