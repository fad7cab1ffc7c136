#include "commands/democommand.h"

#include "storage/candidatestore.h"
#include "console.h"
#include "demo/demodata.h"
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
    Error error;
    const std::optional<qint64> added = DemoData::addTo(workspace.candidates(), &error);
    if (!added) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    console.out() << tr("Candidates added: %1").arg(QLocale().toString(*added)) << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace planner
