#pragma once

#include "domain/candidatefilter.h"
#include "command.h"

namespace planner {

class OptionReader;

// "candidates list": writes the filtered candidate list, one line per channel, as CSV or as
// a text table, streaming it so that a million candidates cost little memory.
class CandidatesListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CandidatesListCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

    // The filter options (without "--") that "candidates export" shares with this command.
    static QStringList filterOptions();
    static CandidateFilter readFilter(OptionReader &reader);

private:
    CandidateFilter m_filter;
    bool m_csv = false;
};

} // namespace planner
