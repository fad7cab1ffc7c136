#pragma once

#include "csv/csvpreset.h"

#include <QStringList>

namespace planner {

class OptionReader;

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

extern const QString presetOption;
extern const QString headersOption;

} // namespace ExportOptions

} // namespace planner
