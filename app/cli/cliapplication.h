#pragma once

#include "commandspec.h"

#include <QCoreApplication>
#include <QStringList>

namespace planner {

class CommandLine;
class Console;

// campaign-planner-cli: finds the command the arguments name, checks its options, opens the
// database (--db FILE, anywhere on the line, else the default one) and runs the command.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    // arguments as QCoreApplication::arguments() gives them; returns the exit code.
    int run(const QStringList &arguments);

private:
    ExitCode execute(const QStringList &arguments, Console &console);
    const CommandSpec *findCommand(const QStringList &words, QString *fault) const;
    QString usage() const;
    ExitCode usageError(Console &console, const QString &message, const QString &usageText) const;
    QString databasePath(const CommandLine &line, QString *fault) const;

    QList<CommandSpec> m_commands;
};

} // namespace planner
