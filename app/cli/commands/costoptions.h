#pragma once

#include "domain/candidatefilter.h"

#include <QStringList>

namespace planner {

class OptionReader;
class Workspace;

// The projected-cost options "candidates list" and "candidates export" share: --min-cpm,
// --max-cpm, --min-cpe, --max-cpe (amounts in the campaign's currency) and --campaign NAME,
// the campaign they are projected for (the CLI has no current campaign). Every bound is
// inclusive; a channel whose cost cannot be projected is left out.
namespace CostOptions {

QStringList names();
// Reads the bounds into filter->ranges; the campaign's projection comes at run time (use).
// Returns the campaign named by --campaign (empty without cost bounds).
QString read(OptionReader &reader, CandidateFilter *filter);
// Projects for the named campaign: false, with a message naming --campaign, when there is
// no such campaign. Does nothing when no cost is bounded.
bool use(Workspace &workspace, const QString &campaign, CandidateFilter *filter, QString *message);
QString usage();

} // namespace CostOptions

} // namespace planner
