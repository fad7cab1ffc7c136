#pragma once

#include "domain/candidatefilter.h"

#include <QString>
#include <QStringList>

namespace planner {

class OptionReader;

// The language option "candidates list" and "candidates export" share: --languages vi,fa
// keeps the channels that post in any of them (ISO 639 codes or language names); a channel
// whose languages are unknown is left out.
namespace LanguageOptions {

QString name();
// The codes of --languages (empty when not given); a part naming no language fails the reader.
QStringList codes(OptionReader &reader);
// Reads the codes into filter->ranges.languages.
void read(OptionReader &reader, CandidateFilter *filter);
QString usage();

} // namespace LanguageOptions

} // namespace planner
