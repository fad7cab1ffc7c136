#pragma once

#include "command.h"
#include "import/headermapping.h"
#include "import/importreport.h"
#include "import/importsettings.h"
#include "import/workbooksource.h"

namespace planner {

class OptionReader;

// "import FILE": reads candidates from a CSV file (see CandidateImport), prints the counts on
// standard output and each rejected row (FILE:LINE:COLUMN: reason) and each cell left empty
// (FILE:LINE:COLUMN: warning: reason) on standard error.
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
    QStringList repeatableOptions() const override;
    QStringList switches() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

private:
    void readDelimiter(OptionReader &reader);
    void readEncoding(OptionReader &reader);
    void readMaps(OptionReader &reader);
    bool applyMaps(HeaderMapping *mapping, QString *message) const;
    void printLine(Console &console, const ImportRejection &entry, bool warning) const;
    bool prepareWorkbook(WorkbookSource &source, Console &console) const;
    static QString workbookUsage();

    QString m_path;
    QString m_sheet;
    ImportSettings m_settings;
    QList<std::pair<QString, ImportField>> m_maps; // --map COLUMN=FIELD, in order
    bool m_dryRun = false;
};

} // namespace planner
