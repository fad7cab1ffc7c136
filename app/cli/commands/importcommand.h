#pragma once

#include "command.h"
#include "import/importsettings.h"

namespace planner {

class OptionReader;

// "import FILE": reads candidates from a CSV file (see CandidateImport), prints the counts on
// standard output and each rejected row as FILE:LINE:COLUMN: reason on standard error.
// A workbook (.xlsx, .ods, Excel XML) is read the same way from one of its sheets
// ("--sheet NAME|N"; needed when several sheets hold rows), its rejections said as
// FILE:SHEET!CELL: reason.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QStringList words() const override;
    QStringList arguments() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

private:
    void readDelimiter(OptionReader &reader);
    void readEncoding(OptionReader &reader);
    ExitCode runWorkbook(Workspace &workspace, Console &console);
    static QString workbookUsage();

    QString m_path;
    QString m_sheet;
    ImportSettings m_settings;
};

} // namespace planner
