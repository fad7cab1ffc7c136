#pragma once

#include "domain/candidatefilter.h"

#include <QStringList>

namespace planner {

class OptionReader;
class Workspace;

// The range options "candidates list" and "candidates export" share: --min-followers,
// --max-followers, --min-engagement, --max-engagement, --min-views, --max-views, --min-fee,
// --max-fee (with --fee-currency), --min-authenticity, --max-authenticity. Every bound is
// inclusive; a channel whose figure is unknown is left out by a range on it.
namespace RangeOptions {

QStringList names();
// Reads the bounds into filter->ranges; the fee's rates come from the file (useRates).
void read(OptionReader &reader, CandidateFilter *filter);
// The file's exchange rates, which convert each channel's fee to --fee-currency.
void useRates(Workspace &workspace, CandidateFilter *filter);
QString usage();

} // namespace RangeOptions

} // namespace planner
