#pragma once

#include "command.h"

namespace planner {

// "demo": adds the demo candidates shipped with the program and says how many.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;
};

} // namespace planner
