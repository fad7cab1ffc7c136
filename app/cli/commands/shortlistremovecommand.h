#pragma once

#include "command.h"

namespace planner {

// "shortlist remove CAMPAIGN CANDIDATE_ID": takes every entry of a candidate off a
// campaign's shortlist, in one transaction.
class ShortlistRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShortlistRemoveCommand)

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
};

} // namespace planner
