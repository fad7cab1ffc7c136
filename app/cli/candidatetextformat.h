#pragma once

#include "domain/candidaterow.h"
#include "domain/tier.h"

#include <QCoreApplication>
#include <QLocale>

namespace planner {

// The candidate list for people reading a terminal: name, kind, tier, platform, handle and
// followers in columns, in the user's language and number format. The columns have fixed
// widths so that a list of any length can be written as it is read.
class CandidateTextFormat
{
    Q_DECLARE_TR_FUNCTIONS(CandidateTextFormat)

public:
    explicit CandidateTextFormat(const TierThresholds &thresholds,
                                 const QLocale &locale = QLocale());

    QString header() const;
    QString line(const CandidateRow &row) const;

private:
    QString columns(const QStringList &cells) const;

    TierThresholds m_thresholds;
    QLocale m_locale;
    QList<int> m_widths;
};

} // namespace planner
