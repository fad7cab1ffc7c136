#pragma once

#include "command.h"

namespace planner {

// "campaigns show NAME": the campaign's fields, its shortlist and the projected totals,
// with the figures that rest on tier defaults marked.
class CampaignsShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CampaignsShowCommand)

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
