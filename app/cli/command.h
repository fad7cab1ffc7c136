#pragma once

#include "exitcode.h"

#include <QCoreApplication>
#include <QStringList>

namespace planner {

class CommandLine;
class Console;
class Workspace;

// One subcommand of campaign-planner-cli: the options it accepts, how it reads their values,
// and what it does with the open database. The CLI speaks English on purpose, for scripts
// and logs (translations/CMakeLists.txt leaves app/cli out): tr() here returns the English
// text as written, and the comments on its strings are for readers, not translators.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    // The words that select the command, such as {"candidates", "add"}.
    virtual QStringList words() const = 0;
    // The plain arguments that follow the words, named as the usage text names them
    // ({"CAMPAIGN", "CANDIDATE_ID"}); each must be given, none may be added.
    virtual QStringList arguments() const { return {}; }
    // One line saying what the command does, for the general usage text.
    virtual QString summary() const = 0;
    // The command's synopsis and the meaning of its values.
    virtual QString usage() const = 0;
    // Option names (without "--") the command accepts; each takes a value.
    virtual QStringList options() const = 0;
    virtual QStringList repeatableOptions() const { return {}; }
    // Option names that take no value ("dry-run").
    virtual QStringList switches() const { return {}; }
    virtual QStringList requiredOptions() const { return {}; }

    // Reads the option values before the database is opened, so a mistyped value never
    // creates a file. On a bad value returns false with a message naming the option.
    virtual bool readOptions(const CommandLine &line, QString *message) = 0;
    virtual ExitCode run(Workspace &workspace, Console &console) = 0;

    QString name() const { return words().join(QLatin1Char(' ')); }
    // The values of the plain arguments, in the order arguments() names them.
    QStringList argumentValues(const CommandLine &line) const;
    // An option the command does not know, one given twice, one missing, or plain
    // arguments missing or too many: a usage error.
    QString usageFault(const CommandLine &line, const QStringList &globalOptions) const;
};

} // namespace planner
