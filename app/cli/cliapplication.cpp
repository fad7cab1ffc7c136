#include "cliapplication.h"

#include "storage/candidatestore.h"
#include "commandline.h"
#include "console.h"
#include "storage/campaignfile.h"
#include "storage/defaultdatabase.h"
#include "workspace.h"

namespace planner {

namespace {

const QString dbOption = QStringLiteral("db");
const QString helpOption = QStringLiteral("help");

} // namespace

CliApplication::CliApplication()
    : m_commands(candidatesCommands() + importCommands() + campaignsCommands() + shortlistCommands()
                 + resultsCommands() + assumptionsCommands() + sampleDataCommands() + teamCommands())
{
}

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList &arguments)
{
    Console console;
    return toInt(execute(arguments.mid(1), console));
}

QString CliApplication::usage() const
{
    QString text = tr("Usage: %1 [--db FILE] COMMAND [OPTIONS]\n"
                      "  --db FILE  the campaign database (default: the one the program last "
                      "used),\n"
                      "             or a team database: postgresql://user@host:port/dbname\n"
                      "Commands:\n")
                       .arg(Console::programName());
    for (const auto &command : m_commands)
        text += QLatin1String("  ") + command.name().leftJustified(20) + command.summary
            + QLatin1Char('\n');
    text += tr("Run “%1 COMMAND --help” for the options of a command.\n")
                .arg(Console::programName());
    return text;
}

ExitCode CliApplication::usageError(Console &console, const QString &message,
                                    const QString &usageText) const
{
    console.error(message);
    console.note(usageText);
    return ExitCode::UsageError;
}

const CommandSpec *CliApplication::findCommand(const QStringList &words, QString *fault) const
{
    if (words.isEmpty()) {
        *fault = tr("no command given");
        return nullptr;
    }
    QStringList subcommands;
    for (const auto &command : m_commands) {
        const QStringList &commandWords = command.words;
        if (words.mid(0, commandWords.size()) == commandWords) {
            // Plain arguments are counted later, so "--help" works without them.
            if (words.size() == commandWords.size() || !command.arguments.isEmpty())
                return &command;
            *fault = tr("unexpected argument “%1”").arg(words.at(commandWords.size()));
            return nullptr;
        }
        if (commandWords.size() > 1 && commandWords.first() == words.first())
            subcommands << commandWords.at(1);
    }
    if (!subcommands.isEmpty() && words.size() == 1)
        *fault = tr("“%1” needs one of: %2").arg(words.first(), subcommands.join(QLatin1String(", ")));
    else if (!subcommands.isEmpty())
        *fault = tr("unknown command “%1 %2”").arg(words.first(), words.at(1));
    else
        *fault = tr("unknown command “%1”").arg(words.first());
    return nullptr;
}

QString CliApplication::databasePath(const CommandLine &line, QString *fault) const
{
    if (!line.isSet(dbOption))
        return DefaultDatabase::path();
    const QString path = line.value(dbOption).trimmed();
    if (path.isEmpty())
        *fault = tr("--db: a file name is needed");
    return path;
}

ExitCode CliApplication::execute(const QStringList &arguments, Console &console)
{
    QStringList valueOptions{dbOption};
    QStringList switches{helpOption};
    for (const auto &command : m_commands) {
        valueOptions += command.options;
        switches += command.switches;
    }
    const CommandLine line = CommandLine::parse(arguments, valueOptions, switches);
    if (!line.fault().isEmpty())
        return usageError(console, line.fault(), usage());
    QString fault;
    const CommandSpec *command = findCommand(line.words(), &fault);
    if (line.isSet(helpOption)) {
        console.out() << (command ? command->usage : usage());
        return ExitCode::Success;
    }
    if (!command)
        return usageError(console, fault, usage());
    fault = command->usageFault(line, {dbOption, helpOption});
    if (!fault.isEmpty())
        return usageError(console, fault, command->usage);
    const QString path = databasePath(line, &fault);
    const CommandRun work =
        fault.isEmpty() ? command->read(line, command->argumentValues(line), &fault) : CommandRun();
    if (!work) {
        console.error(fault);
        return ExitCode::UserError;
    }
    Error error;
    const std::unique_ptr<CampaignFile> file =
        CampaignFile::open(path, Database::OpenMode::CreateIfMissing, &error);
    if (!file) {
        console.error(error.text());
        return ExitCode::UserError;
    }
    Workspace workspace(*file);
    return work(workspace, console);
}

} // namespace planner
