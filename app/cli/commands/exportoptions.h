#pragma once

#include "csv/csvpreset.h"
#include "exitcode.h"

#include <QStringList>

namespace planner {

class Console;
class OptionReader;
struct Error;

// The --preset and --headers options both export commands share.
namespace ExportOptions {

// The preset option's value; the default is "excel", laid out for the language of the
// system's locale.
CsvPreset readPreset(OptionReader &reader);
// The values of --preset: the CSV presets and "xlsx".
QStringList presetKeys();
// Whether --preset asks for an .xlsx workbook.
bool readWorkbook(OptionReader &reader);
// Whether --headers asks for the column names people read instead of the keys.
bool readTitleHeaders(OptionReader &reader);
// The lines of the usage texts that explain the presets (and --headers).
QString presetUsage();
QString headersUsage();

// Where an export command writes and how: FILE, --preset (a CSV preset or "xlsx") and
// --headers (in the preset).
struct Target
{
    QString path;
    CsvPreset preset;
    bool workbook = false;
};
// Reads --preset and --headers for the file at path.
Target readTarget(OptionReader &reader, const QString &path);
// An empty FILE is a fault of the reader ("FILE: a file name is needed").
void requirePath(OptionReader &reader, const Target &target);

// How an export command ends: "Rows written: N" on standard output, or the error on
// standard error when the file was not written.
ExitCode finish(bool written, const Error &error, qint64 rows, Console &console);

extern const QString presetOption;
extern const QString headersOption;

} // namespace ExportOptions

} // namespace planner
