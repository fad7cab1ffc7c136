#include "storage/candidatesql.h"

#include "storage/rangefiltersql.h"
#include "storage/searchterms.h"
#include "storage/sqldialect.h"

namespace planner {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

bool CandidateSql::sortsByCandidate(const CandidateSort &sort)
{
    switch (sort.key) {
    case CandidateSortKey::Name:
    case CandidateSortKey::Kind:
    case CandidateSortKey::Niches:
    case CandidateSortKey::Regions: return true;
    default: return false;
    }
}

QString CandidateSql::rowColumns()
{
    return QStringLiteral("ch.id, c.id, c.name, c.kind, ch.platform, ch.handle, ch.followers,"
                          " ch.engagement_rate_pct, ch.avg_views, ch.fee_minor, ch.currency,"
                          " ch.authenticity_pct, c.niches, c.regions, ch.languages");
}

QString CandidateSql::fromJoin(const CandidateSort &sort)
{
    // Walks goal_fit by its key (the place in the ranking) and looks each channel and
    // candidate up by theirs, so a screenful costs a screenful of lookups whatever the size.
    if (sort.key == CandidateSortKey::GoalFit)
        return QStringLiteral(" FROM goal_fit g CROSS JOIN channels ch CROSS JOIN candidates c"
                              " WHERE ch.id = g.channel_id AND c.id = ch.candidate_id");
    // CROSS JOIN keeps the written order in SQLite; elsewhere it is a plain join.
    return sortsByCandidate(sort)
        ? QStringLiteral(" FROM candidates c CROSS JOIN channels ch WHERE ch.candidate_id = c.id")
        : QStringLiteral(" FROM channels ch CROSS JOIN candidates c WHERE c.id = ch.candidate_id");
}

QString CandidateSql::fromJoin()
{
    return fromJoin(CandidateSort{CandidateSortKey::Followers, false});
}

QVariant CandidateSql::textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QString CandidateSql::joinList(const QStringList &items)
{
    QStringList cleaned;
    for (const QString &item : items) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned << trimmed;
    }
    return cleaned.join(QLatin1Char('|'));
}

CandidateSql::Where CandidateSql::where(const CandidateFilter &filter,
                                        const TierThresholds &thresholds, const SqlDialect &dialect)
{
    QStringList conditions;
    Where result;
    // Every word in one condition (SqlDialect::searchCondition says why).
    if (const QStringList words = SearchTerms::fewestWords(SearchTerms::queryWords(filter.search));
        !words.isEmpty()) {
        conditions << QStringLiteral("c.id IN (SELECT rowid FROM candidate_search WHERE %1)")
                          .arg(dialect.searchCondition());
        result.values += dialect.searchValues(words);
    }
    if (filter.kind) {
        conditions << QStringLiteral("c.kind = ?");
        result.values << kindKey(*filter.kind);
    }
    if (filter.platform) {
        conditions << QStringLiteral("ch.platform = ?");
        result.values << platformKey(*filter.platform);
    }
    if (filter.tier) {
        conditions << QStringLiteral("ch.followers >= ?");
        result.values << thresholds.lowerBound(*filter.tier);
        if (const auto upper = thresholds.upperBound(*filter.tier)) {
            conditions << QStringLiteral("ch.followers < ?");
            result.values << *upper;
        }
    }
    if (!filter.niche.trimmed().isEmpty()) {
        conditions << QStringLiteral("('|' || c.niches || '|') LIKE ? ESCAPE '\\'");
        result.values << likePattern(QLatin1Char('|') + filter.niche.trimmed() + QLatin1Char('|'));
    }
    if (!filter.region.trimmed().isEmpty()) {
        const QString region = filter.region.trimmed().toUpper();
        conditions << QStringLiteral("(('|' || c.regions || '|') LIKE ? ESCAPE '\\'"
                                     " OR ('|' || c.regions || '|') LIKE ? ESCAPE '\\')");
        result.values << likePattern(QLatin1Char('|') + region + QLatin1Char('|'))
                      << likePattern(QLatin1Char('|') + region + QLatin1Char('-'));
    }
    RangeFilterSql::addConditions(filter.ranges, &conditions, &result.values);
    for (const QString &condition : std::as_const(conditions))
        result.clause += QStringLiteral(" AND ") + condition;
    return result;
}

QList<CandidateSql::OrderKey> CandidateSql::orderKeys(const CandidateSort &sort)
{
    // Best first is the ranking's own order (ties by channel id); ascending is its exact
    // reverse. Both walk goal_fit's key without a sort step.
    if (sort.key == CandidateSortKey::GoalFit)
        return {OrderKey{QStringLiteral("g.place"), !sort.descending, false, false}};
    QString column;
    switch (sort.key) {
    case CandidateSortKey::Name: column = QStringLiteral("c.name"); break;
    case CandidateSortKey::Kind: column = QStringLiteral("c.kind"); break;
    case CandidateSortKey::Tier:
    case CandidateSortKey::Followers: column = QStringLiteral("ch.followers"); break;
    case CandidateSortKey::Platform: column = QStringLiteral("ch.platform"); break;
    case CandidateSortKey::Handle: column = QStringLiteral("ch.handle"); break;
    case CandidateSortKey::EngagementRate: column = QStringLiteral("ch.engagement_rate_pct"); break;
    case CandidateSortKey::AvgViews: column = QStringLiteral("ch.avg_views"); break;
    case CandidateSortKey::Fee: column = QStringLiteral("ch.fee_minor"); break;
    case CandidateSortKey::Authenticity: column = QStringLiteral("ch.authenticity_pct"); break;
    case CandidateSortKey::Niches: column = QStringLiteral("c.niches"); break;
    case CandidateSortKey::Regions: column = QStringLiteral("c.regions"); break;
    case CandidateSortKey::GoalFit: break; // above
    }
    const bool descending = sort.descending;
    QList<OrderKey> keys;
    // An unknown follower count sorts last both ways (descending walks the index as before).
    // Any other unknown value sorts as SQLite sorts it, smallest; said outright for a server,
    // where it would be the largest.
    const bool followers = sort.key == CandidateSortKey::Followers || sort.key == CandidateSortKey::Tier;
    keys << OrderKey{column, descending, true, !followers && !descending};
    // Ties fall back to a stable order so rows never jump between fetches.
    if (sort.key == CandidateSortKey::Kind)
        keys << OrderKey{QStringLiteral("c.name"), descending, false, false};
    if (sortsByCandidate(sort))
        keys << OrderKey{QStringLiteral("c.id"), descending, false, false};
    keys << OrderKey{QStringLiteral("ch.id"), descending, false, false};
    return keys;
}

QString CandidateSql::orderBy(const CandidateSort &sort)
{
    return orderBy(orderKeys(sort));
}

QString CandidateSql::orderBy(const QList<OrderKey> &keys)
{
    QStringList terms;
    for (const OrderKey &key : keys) {
        QString term = key.column + (key.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        if (key.nullable)
            term += key.nullsFirst ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
        terms << term;
    }
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

CandidateSql::Where CandidateSql::after(const QList<OrderKey> &keys, const QVariantList &last)
{
    // (k1 after v1) OR (k1 same as v1 AND ((k2 after v2) OR ...)), built from the last key
    // outwards; a NULL value is placed as the key's NULLS FIRST/LAST says.
    Where result;
    for (qsizetype i = keys.size() - 1; i >= 0; --i) {
        const OrderKey &key = keys.at(i);
        const QVariant &value = last.at(i);
        const QString comparison = key.descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?");
        QString strictly;
        QVariantList strictlyValues;
        QString same;
        QVariantList sameValues;
        if (value.isNull()) {
            // Only known values follow a NULL placed first; nothing follows one placed last.
            strictly = key.nullsFirst ? key.column + QStringLiteral(" IS NOT NULL") : QStringLiteral("1 = 0");
            same = key.column + QStringLiteral(" IS NULL");
        } else {
            strictly = key.column + comparison;
            strictlyValues << value;
            if (key.nullable && !key.nullsFirst)
                strictly = QStringLiteral("(") + strictly + QStringLiteral(" OR ") + key.column
                    + QStringLiteral(" IS NULL)");
            same = key.column + QStringLiteral(" = ?");
            sameValues << value;
        }
        if (result.clause.isEmpty()) {
            result.clause = strictly;
            result.values = strictlyValues;
        } else {
            result.clause = QStringLiteral("(") + strictly + QStringLiteral(" OR (") + same + QStringLiteral(" AND ")
                + result.clause + QStringLiteral("))");
            result.values = strictlyValues + sameValues + result.values;
        }
    }
    return result;
}

} // namespace planner
