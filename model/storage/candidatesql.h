#pragma once

#include "domain/candidatefilter.h"
#include "domain/tier.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace planner {

class SqlDialect;

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
    // Each search word's candidates are read from the full-text index once per statement
    // (never a full-text query per row: issue 14), as dialect's engine reads its index.
    static Where where(const CandidateFilter &filter, const TierThresholds &thresholds, const SqlDialect &dialect);
    // One term of a sort's ORDER BY, in order of precedence.
    struct OrderKey
    {
        QString column;
        bool descending = false;
        bool nullable = false;   // NULLS FIRST/LAST said outright
        bool nullsFirst = false; // where an unknown value goes (when nullable)
    };
    static QList<OrderKey> orderKeys(const CandidateSort &sort);
    static QString orderBy(const CandidateSort &sort);
    static QString orderBy(const QList<OrderKey> &keys);
    // The condition that a row comes after the row whose keys hold last (one value per key,
    // possibly NULL) in the order of keys: the next page of a keyset walk.
    static Where after(const QList<OrderKey> &keys, const QVariantList &last);
    // Whether the sort walks candidates first (their own columns) rather than channels.
    static bool sortsByCandidate(const CandidateSort &sort);
    static QString joinList(const QStringList &items);
    // A null QString binds as SQL NULL, which the NOT NULL text columns refuse: empty
    // text is bound as ''.
    static QVariant textValue(const QString &text);
};

} // namespace planner
