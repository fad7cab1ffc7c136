#pragma once

#include "command.h"
#include "domain/entrystatus.h"

namespace planner {

// "shortlist status CAMPAIGN CANDIDATE_ID STATUS": records where the deal with a candidate
// stands, on every entry of the candidate, in one transaction.
class ShortlistStatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShortlistStatusCommand)

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
    qint64 m_candidateId = 0;
    EntryStatus m_status = EntryStatus::Prospect;
};

} // namespace planner
