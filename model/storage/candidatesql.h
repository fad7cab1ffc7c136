#pragma once

#include "domain/candidatefilter.h"
#include "domain/tier.h"

#include <QString>
#include <QVariant>
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
    // Candidates first when sorting by a candidate's own column, channels first otherwise,
    // so that SQLite walks the sort column's index and stops after the rows it needs.
    // The join condition is the first WHERE term.
    static QString fromJoin(const CandidateSort &sort);
    static QString fromJoin();
    // commonWords: search words that match so many candidates that checking each row as it
    // comes (in sort order) is cheaper than collecting all matches first.
    static Where where(const CandidateFilter &filter, const TierThresholds &thresholds,
                       const QStringList &commonWords = {});
    static QString orderBy(const CandidateSort &sort);
    // Whether the sort walks candidates first (their own columns) rather than channels.
    static bool sortsByCandidate(const CandidateSort &sort);
    // The ORDER BY of a candidate-first sort on the candidates table alone.
    static QString candidateOrderBy(const CandidateSort &sort);
    // "SELECT ... AS id" of the candidate id of every row in the sort's order, without
    // filters (to probe how early search matches come).
    static QString candidateIdsInOrder(const CandidateSort &sort);
    // "EXISTS (...) AND ..." checking each search word against c.id, with its values.
    static Where searchExists(const QStringList &words);
    static QString joinList(const QStringList &items);
    // A null QString binds as SQL NULL, which the NOT NULL text columns refuse: empty
    // text is bound as ''.
    static QVariant textValue(const QString &text);
};

} // namespace planner
