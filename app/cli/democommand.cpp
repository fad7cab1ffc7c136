#include "democommand.h"

#include "candidatestore.h"
#include "console.h"
#include "demodata.h"
#include "workspace.h"

#include <QLocale>

namespace planner {

QStringList DemoCommand::words() const
{
    return {QStringLiteral("demo")};
}

QString DemoCommand::summary() const
{
    return tr("Add the demo candidates");
}

QString DemoCommand::usage() const
{
    return tr("Usage: %1 [--db FILE] demo\n").arg(Console::programName());
}

QStringList DemoCommand::options() const
{
    return {};
}

bool DemoCommand::readOptions(const CommandLine &, QString *)
{
    return true;
}

ExitCode DemoCommand::run(Workspace &workspace, Console &console)
{
    CandidateStore &store = workspace.candidates();
    Error error;
    const QList<Candidate> candidates = DemoData::candidates(&error);
    if (!error.isEmpty() || candidates.isEmpty()) {
        console.error(error.isEmpty() ? tr("The demo data is missing from the program.")
                                      : error.text());
        return ExitCode::UserError;
    }
    int next = 0;
    const std::optional<qint64> added = store.addMany(
        [&](Candidate &candidate) {
            if (next == candidates.size())
                return false;
            candidate = candidates.at(next++);
            return true;
        },
        &error);
    if (!added) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << tr("Candidates added: %1").arg(QLocale().toString(*added)) << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace planner
