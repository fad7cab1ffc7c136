#pragma once

#include "candidaterow.h"
#include "tier.h"

#include <QString>

namespace planner {

// The candidate list as CSV for other programs: one row per channel, RFC 4180 quoting, keys
// rather than translated words and plain numbers ('.' decimal point) whatever the locale.
class CandidateCsvFormat
{
public:
    explicit CandidateCsvFormat(const TierThresholds &thresholds);

    // The header line, '\n' included.
    static QString header();
    // One row, '\n' included.
    QString line(const CandidateRow &row) const;

    // A field quoted when it holds a comma, a quote, CR or LF; quotes inside doubled.
    static QString field(const QString &text);
    // A plain decimal of at most 15 significant digits: "3.5", "0.00001", never "1e-05".
    static QString number(double value);

private:
    TierThresholds m_thresholds;
};

} // namespace planner
