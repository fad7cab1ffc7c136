#pragma once

#include "candidaterow.h"
#include "tier.h"

#include <QString>

namespace planner {

// The candidate list as CSV for other programs: one row per channel, RFC 4180 quoting, keys
// rather than translated words and plain numbers ('.' decimal point) whatever the locale
// (see CsvFields).
class CandidateCsvFormat
{
public:
    explicit CandidateCsvFormat(const TierThresholds &thresholds);

    // The header line, '\n' included.
    static QString header();
    // One row, '\n' included.
    QString line(const CandidateRow &row) const;

private:
    TierThresholds m_thresholds;
};

} // namespace planner
