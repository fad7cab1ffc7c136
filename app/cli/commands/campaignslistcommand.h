#pragma once

#include "command.h"

namespace planner {

// "campaigns list": one line per campaign with its id, name, goal, budget and the number of
// entries on its shortlist.
class CampaignsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CampaignsListCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;
};

} // namespace planner
