#pragma once

#include "domain/campaign.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

namespace planner {

class CommandLine;
class Console;
class OptionReader;
class Workspace;

// What a command does once its values are read: its work on the open campaign file.
using CommandRun = std::function<ExitCode(Workspace &, Console &)>;

// One subcommand of campaign-planner-cli, declared as data: the words that select it, the
// plain arguments and options it accepts, its texts, and how it reads its values. The CLI
// speaks English on purpose, for scripts and logs (translations/CMakeLists.txt leaves
// app/cli out): tr() here returns the English text as written.
struct CommandSpec
{
    // The words that select the command, such as {"candidates", "add"}.
    QStringList words;
    // The plain arguments that follow the words, named as the usage text names them
    // ({"CAMPAIGN", "CANDIDATE_ID"}); each must be given, none may be added.
    QStringList arguments;
    // One line saying what the command does, for the general usage text.
    QString summary;
    // The command's synopsis and the meaning of its values.
    QString usage;
    // Option names (without "--") the command accepts; each takes a value.
    QStringList options;
    QStringList repeatableOptions;
    // Option names that take no value ("dry-run").
    QStringList switches;
    QStringList requiredOptions;
    // Reads the values (the plain arguments in the order `arguments` names them, and the
    // options) before the database is opened, so a mistyped value never creates a file.
    // Returns the work to run, or an empty function with a message naming the option.
    std::function<CommandRun(const CommandLine &line, const QStringList &values, QString *message)> read;

    // A command of a noun ("campaigns", "candidates"): its words and texts, the rest to fill in.
    static CommandSpec of(const QString &noun, const QString &verb, const QString &summary, const QString &usage);

    QString name() const { return words.join(QLatin1Char(' ')); }
    // The values of the plain arguments, in the order `arguments` names them.
    QStringList argumentValues(const CommandLine &line) const;
    // An option the command does not know, one given twice, one missing, or plain
    // arguments missing or too many: a usage error.
    QString usageFault(const CommandLine &line, const QStringList &globalOptions) const;

    Q_DECLARE_TR_FUNCTIONS(Command)
};

// The commands' own words (Text::tr), in English as written, under the one context of
// CommandSpec: no command file declares a translation context of its own.
using Text = CommandSpec;

// The end of every read: the work, once the reader found every value good; else an empty
// function with the reader's fault in message.
CommandRun unlessFault(const OptionReader &reader, QString *message, CommandRun work);

// The shared "find the campaign" step: the campaign that the argument (named as the usage
// text names it, "CAMPAIGN") calls nameOrId, else empty once the console says why.
std::optional<Campaign> findCampaign(Workspace &workspace, Console &console,
                                     const QString &argument, const QString &nameOrId);

// The commands of each noun, in the order the general usage text lists them.
QList<CommandSpec> candidatesCommands();
QList<CommandSpec> importCommands();
QList<CommandSpec> campaignsCommands();
QList<CommandSpec> shortlistCommands();
QList<CommandSpec> sampleDataCommands();
QList<CommandSpec> resultsCommands();
QList<CommandSpec> assumptionsCommands();
QList<CommandSpec> teamCommands();

} // namespace planner
