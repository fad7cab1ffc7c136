#include "commandline.h"
#include "commandspec.h"
#include "console.h"
#include "optionreader.h"
#include "planning/assumptionlearner.h"
#include "storage/assumptionstore.h"
#include "storage/campaignfile.h"
#include "workspace.h"

namespace planner {

namespace {

// "assumptions learn [--apply]": what the completed campaigns' results suggest for each
// default, one line per assumption row:
// "KEY current C suggested S interval L..H deliveries N"; with --apply the suggestions are
// adopted in one transaction, their source "own history, N deliveries, DATE".
ExitCode learn(bool apply, Workspace &workspace, Console &console)
{
    Error error;
    const QList<DeliveredPiece> history = workspace.file().results().history(&error);
    if (!error.isEmpty()) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    const QList<LearnedEstimate> estimates = AssumptionLearner(workspace.projection()).learn(history);
    if (estimates.isEmpty()) {
        console.out() << QStringLiteral("no completed campaign has results yet") << QLatin1Char('\n');
        return ExitCode::Success;
    }
    // Plain digits and '.': scripts read these lines.
    const auto number = [](double value) { return QString::number(value, 'g', 6); };
    QList<AssumptionStore::Adoption> adoptions;
    for (const LearnedEstimate &estimate : estimates) {
        console.out() << QStringLiteral("%1 current %2 suggested %3 interval %4..%5 deliveries %6")
                             .arg(estimate.key, number(estimate.current), number(estimate.estimate),
                                  number(estimate.low), number(estimate.high))
                             .arg(estimate.deliveries)
                      << QLatin1Char('\n');
        adoptions.append({estimate.key, estimate.estimate,
                          AssumptionLearner::source(estimate.deliveries, QDate::currentDate())});
    }
    if (!apply)
        return ExitCode::Success;
    if (!workspace.file().assumptions().adopt(adoptions, &error)) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << QStringLiteral("adopted %1").arg(adoptions.size()) << QLatin1Char('\n');
    return ExitCode::Success;
}

CommandSpec learnSpec()
{
    CommandSpec spec;
    spec.words = QStringList{QStringLiteral("assumptions"), QStringLiteral("learn")};
    spec.summary = Text::tr("Estimate the defaults from the results of completed campaigns");
    spec.usage = Text::tr("Usage: %1 [--db FILE] assumptions learn [--apply]\n"
                          "  For each default the completed campaigns' results touch (reach rate by\n"
                          "  platform, tier and format; engagement rate; fee per follower band), prints\n"
                          "  \"KEY current C suggested S interval L..H deliveries N\": the default pooled\n"
                          "  with the deliveries, weighted as ten deliveries (model/planning/learning.md).\n"
                          "  --apply  adopts every suggestion, with the source \"own history, N deliveries,\n"
                          "           DATE\", and prints \"adopted N\"\n")
                     .arg(Console::programName());
    spec.switches = QStringList{QStringLiteral("apply")};
    spec.read = [](const CommandLine &line, const QStringList &, QString *message) {
        OptionReader reader(line);
        const bool apply = reader.isSet(QStringLiteral("apply"));
        return unlessFault(reader, message, [apply](Workspace &workspace, Console &console) {
            return learn(apply, workspace, console);
        });
    };
    return spec;
}

} // namespace

QList<CommandSpec> assumptionsCommands()
{
    return {learnSpec()};
}

} // namespace planner
