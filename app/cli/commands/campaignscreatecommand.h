#pragma once

#include "domain/campaign.h"
#include "command.h"

namespace planner {

// "campaigns create NAME": stores a new campaign and prints its id.
class CampaignsCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CampaignsCreateCommand)

public:
    QStringList words() const override;
    QStringList arguments() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    QStringList repeatableOptions() const override;
    QStringList requiredOptions() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

private:
    Campaign m_campaign;
};

} // namespace planner
