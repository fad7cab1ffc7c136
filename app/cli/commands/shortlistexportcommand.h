#pragma once

#include "command.h"
#include "csv/csvpreset.h"

namespace planner {

class OptionReader;

// "shortlist export CAMPAIGN FILE [--preset excel|plain|xlsx] [--headers keys|titles]": a campaign's shortlist with every
// projected figure written to a CSV file, which is replaced only once it is written whole.
class ShortlistExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShortlistExportCommand)

public:
    QStringList words() const override;
    QStringList arguments() const override;
    QString summary() const override;
    QString usage() const override;
    QStringList options() const override;
    bool readOptions(const CommandLine &line, QString *message) override;
    ExitCode run(Workspace &workspace, Console &console) override;

    // The preset option's value for both export commands; the default is "excel", laid out
    // for the language of the system's locale.
    static CsvPreset readPreset(OptionReader &reader);
    // The values of --preset: the CSV presets and "xlsx".
    static QStringList presetKeys();
    // Whether --preset asks for an .xlsx workbook.
    static bool readWorkbook(OptionReader &reader);
    // Whether --headers asks for the column names people read instead of the keys.
    static bool readTitleHeaders(OptionReader &reader);
    // The lines of the usage texts that explain the presets (and --headers).
    static QString presetUsage();
    static QString headersUsage();

private:
    QString m_campaign;
    QString m_path;
    CsvPreset m_preset;
    bool m_workbook = false;
};

} // namespace planner
