#include "commands/generatecommand.h"

#include "storage/candidatestore.h"
#include "console.h"
#include "optionreader.h"
#include "demo/syntheticcandidates.h"
#include "workspace.h"

#include <QLocale>
#include <limits>

namespace planner {

namespace {

const qint64 progressStep = 50000;

} // namespace

QStringList GenerateCommand::words() const
{
    return {QStringLiteral("generate")};
}

QString GenerateCommand::summary() const
{
    return tr("Add N synthetic candidates (for measurements)");
}

QString GenerateCommand::usage() const
{
    // Synopsis of "generate".
    return tr("Usage: %1 [--db FILE] generate --count N [--seed S]\n"
              "  N  how many candidates to add, in one transaction\n"
              "  S  a whole number; the same seed gives the same candidates\n")
        .arg(Console::programName());
}

QStringList GenerateCommand::options() const
{
    return {QStringLiteral("count"), QStringLiteral("seed")};
}

QStringList GenerateCommand::requiredOptions() const
{
    return {QStringLiteral("count")};
}

bool GenerateCommand::readOptions(const CommandLine &line, QString *message)
{
    OptionReader reader(line);
    const QString countOption = QStringLiteral("count");
    const QString seedOption = QStringLiteral("seed");
    m_count = reader.integer(countOption).value_or(0);
    if (m_count < 0)
        reader.fail(countOption, tr("must not be negative"));
    const std::optional<qint64> seed = reader.integer(seedOption);
    if (seed && (*seed < 0 || *seed > std::numeric_limits<quint32>::max()))
        reader.fail(seedOption, tr("must be between 0 and %1")
                                    .arg(std::numeric_limits<quint32>::max()));
    m_seedGiven = seed.has_value();
    m_seed = quint32(seed.value_or(0));
    if (!reader.isOk())
        *message = reader.fault();
    return reader.isOk();
}

ExitCode GenerateCommand::run(Workspace &workspace, Console &console)
{
    CandidateStore &store = workspace.candidates();
    SyntheticCandidates source = m_seedGiven ? SyntheticCandidates(m_seed) : SyntheticCandidates();
    const bool showProgress = console.errorIsTerminal() && m_count >= progressStep;
    const QLocale locale;
    qint64 made = 0;
    Error error;
    // Interrupting the program leaves the file as it was: the transaction is not committed.
    const std::optional<qint64> added = store.addMany(
        [&](Candidate &candidate) {
            if (made == m_count)
                return false;
            candidate = source.next();
            ++made;
            if (showProgress && made % progressStep == 0) {
                console.note(tr("Generated %1 of %2 candidates…")
                                 .arg(locale.toString(made), locale.toString(m_count))
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
    console.out() << tr("Candidates added: %1").arg(locale.toString(*added)) << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace planner
