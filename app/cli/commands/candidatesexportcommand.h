#pragma once

#include "domain/candidatefilter.h"
#include "command.h"
#include "csv/csvpreset.h"

namespace planner {

// "candidates export FILE [--preset excel|plain] [filters]": the candidate list, filtered as
// "candidates list" filters it, one row per channel, written to a CSV file that is replaced
// only once it is written whole.
class CandidatesExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CandidatesExportCommand)

public:
    QStringList words() const override;
    QStringList arguments() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

private:
    QString m_path;
    CandidateFilter m_filter;
    CsvPreset m_preset;
    bool m_workbook = false;
};

} // namespace planner
