#pragma once

#include "command.h"

namespace planner {

// "campaigns project NAME --format csv": the projected figures of every shortlist entry as
// CSV for other programs, declined entries included with their status.
class CampaignsProjectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CampaignsProjectCommand)

public:
    QStringList words() const override;
    QStringList arguments() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

private:
    QString m_campaign;
};

} // namespace planner
