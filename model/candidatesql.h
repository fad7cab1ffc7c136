#pragma once

#include "candidatefilter.h"
#include "tier.h"

#include <QString>
#include <QVariantList>

namespace planner {

// Builds the portable SQL behind the candidate list: the WHERE clause of a filter with its
// bound values, and the ORDER BY of a sort.
class CandidateSql
{
public:
    struct Where
    {
        QString clause; // empty, or " WHERE ..."
        QVariantList values;
    };

    static QString rowColumns();
    static QString fromJoin();
    static Where where(const CandidateFilter &filter, const TierThresholds &thresholds);
    static QString orderBy(const CandidateSort &sort);
    static QString joinList(const QStringList &items);
};

} // namespace planner
