#pragma once

#include "domain/candidate.h"
#include "command.h"

namespace planner {

class OptionReader;

// "candidates add": stores one candidate with one channel and prints the new id.
class CandidatesAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CandidatesAddCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    QStringList repeatableOptions() const override;
    QStringList requiredOptions() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

private:
    void readFee(OptionReader &reader, Channel *channel);

    Candidate m_candidate;
};

} // namespace planner
