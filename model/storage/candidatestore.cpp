#include "storage/candidatestore.h"

#include "storage/candidateloader.h"

#include "storage/candidateinserter.h"
#include "storage/candidatesql.h"
#include "storage/keysetrowcursor.h"
#include "storage/rangefiltersql.h"
#include "storage/rowversion.h"
#include "storage/candidatevalidator.h"
#include "storage/database.h"
#include "storage/filterchoicesreader.h"
#include "storage/filterpreparer.h"
#include "storage/goalfittable.h"
#include "storage/orderedrowcursor.h"
#include "storage/searchmatches.h"
#include "storage/searchterms.h"
#include "storage/sqldialect.h"
#include "storage/storewrite.h"
#include "storage/tierthresholdstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace planner {

namespace {

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

CandidateStore::CandidateStore(Database &database, QObject *parent)
    : Store(database, parent)
{
    reloadTierThresholds();
}

void CandidateStore::announceOutsideWrite()
{
    emit aboutToChange();
    emit changed();
}

QString CandidateStore::databasePath() const
{
    return m_database.path();
}

QSqlDatabase CandidateStore::db() const
{
    return m_database.connection();
}

void CandidateStore::reloadTierThresholds()
{
    m_thresholds = TierThresholdStore::load(db());
}

std::optional<qint64> CandidateStore::add(const Candidate &candidate, Error *error)
{
    if (!StoreWrite::accepted(CandidateValidator::validate(candidate), error))
        return std::nullopt;
    emit aboutToChange();
    StoreWrite write(m_database, tr("The candidate could not be saved."), error);
    const qint64 id = write.isOk() ? CandidateInserter(db()).insert(candidate, error) : 0;
    const bool ok = write.step(id > 0) && write.commit();
    emit changed();
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> CandidateStore::addMany(const std::function<bool(Candidate &)> &next,
                                              Error *error)
{
    emit aboutToChange();
    StoreWrite write(m_database, tr("The candidates could not be saved."), error);
    CandidateInserter inserter(db());
    qint64 count = 0;
    Candidate candidate;
    while (write.isOk() && next(candidate)) {
        if (auto fault = CandidateValidator::validate(candidate))
            write.refuse(*fault);
        else
            write.step(inserter.insert(candidate, error) > 0);
        ++count;
        candidate = Candidate();
    }
    const bool ok = write.commit();
    emit changed();
    return ok ? std::optional<qint64>(count) : std::nullopt;
}

bool CandidateStore::update(const Candidate &candidate, Error *error)
{
    if (!StoreWrite::accepted(CandidateValidator::validate(candidate), error))
        return false;
    emit aboutToChange();
    StoreWrite write(m_database, tr("The candidate could not be saved."), error);
    RowVersion::update(write, db(), QStringLiteral("candidates"),
                       QStringLiteral("name = ?, kind = ?, niches = ?, regions = ?, notes = ?"),
                       {candidate.name.trimmed(), kindKey(candidate.kind),
                        CandidateSql::textValue(CandidateSql::joinList(candidate.niches)),
                        CandidateSql::textValue(CandidateSql::joinList(candidate.regions)),
                        CandidateSql::textValue(candidate.notes)},
                       candidate.id, candidate.version);
    const bool ok = write.isOk() && write.step(CandidateInserter(db()).replaceChannels(candidate, error))
        && write.commit();
    emit changed();
    return ok;
}

bool CandidateStore::remove(qint64 candidateId, Error *error)
{
    emit aboutToChange();
    StoreWrite write(m_database, tr("The candidate could not be deleted."), error);
    write.exec(QStringLiteral("DELETE FROM candidates WHERE id = ?"), {candidateId});
    const bool ok = write.commit();
    emit changed();
    return ok;
}

std::optional<Candidate> CandidateStore::find(qint64 candidateId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT ") + CandidateSql::rowColumns() + CandidateSql::fromJoin()
                  + QStringLiteral(" AND c.id = ? ORDER BY ch.id"));
    query.addBindValue(candidateId);
    if (!query.exec())
        return std::nullopt;
    std::optional<Candidate> candidate;
    while (query.next()) {
        const CandidateRow row = CandidateRowCursor::rowFromRecord(query);
        if (!candidate) {
            candidate = Candidate();
            candidate->id = row.candidateId;
            candidate->name = row.name;
            candidate->kind = row.kind;
            candidate->niches = row.niches;
            candidate->regions = row.regions;
        }
        candidate->channels.append(row.channel);
    }
    if (candidate) {
        QSqlQuery notes(db());
        notes.prepare(QStringLiteral("SELECT notes, row_version FROM candidates WHERE id = ?"));
        notes.addBindValue(candidateId);
        if (notes.exec() && notes.next()) {
            candidate->notes = notes.value(0).toString();
            candidate->version = notes.value(1).toLongLong();
        }
    }
    return candidate;
}

qint64 CandidateStore::candidateCount() const
{
    return countCandidates(db());
}

qint64 CandidateStore::countCandidates(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM candidates")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::optional<qint64> CandidateStore::candidateCountBelow(qint64 limit) const
{
    // Each a step down the primary key; as many candidates as the ids span at most.
    QSqlQuery span(db());
    if (!span.exec(QStringLiteral("SELECT (SELECT max(id) FROM candidates) - (SELECT min(id) FROM candidates)"))
        || !span.next())
        return candidateCount();
    if (span.value(0).isNull())
        return 0; // none
    if (span.value(0).toLongLong() >= limit - 1)
        return std::nullopt;
    return candidateCount();
}

bool CandidateStore::hasChannel(Platform platform, const QString &handle) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT 1 FROM channels WHERE platform = ? AND handle = ? LIMIT 1"));
    query.addBindValue(platformKey(platform));
    query.addBindValue(handle);
    return query.exec() && query.next();
}

qint64 CandidateStore::rowCount(const CandidateFilter &filter) const
{
    return countRows(db(), filter, m_thresholds);
}

qint64 CandidateStore::countRows(const QSqlDatabase &db, const CandidateFilter &filter,
                                 const TierThresholds &thresholds)
{
    const CandidateSql::Where where = CandidateSql::where(filter, thresholds, SqlDialect::of(db));
    QSqlQuery query(db);
    // Without a filter on candidates, the join adds nothing to the count.
    const bool channelsOnly = SearchTerms::queryWords(filter.search).isEmpty() && !filter.kind
        && filter.niche.trimmed().isEmpty() && filter.region.trimmed().isEmpty();
    const QString from = channelsOnly ? QStringLiteral(" FROM channels ch WHERE 1 = 1")
                                      : CandidateSql::fromJoin();
    query.prepare(QStringLiteral("SELECT count(*)") + from + where.clause);
    bindAll(query, where.values);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 CandidateStore::countUnknownLeftOut(const CandidateFilter &filter) const
{
    return countUnknownLeftOut(db(), filter, m_thresholds);
}

qint64 CandidateStore::countUnknownLeftOut(const QSqlDatabase &db, const CandidateFilter &filter,
                                           const TierThresholds &thresholds)
{
    const CandidateSql::Where unknown = RangeFilterSql::unknownLeftOut(filter.ranges);
    if (unknown.clause.isEmpty())
        return 0;
    CandidateFilter others = filter;
    others.ranges = RangeFilter();
    const CandidateSql::Where where = CandidateSql::where(others, thresholds, SqlDialect::of(db));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*)") + CandidateSql::fromJoin() + where.clause + unknown.clause);
    bindAll(query, where.values + unknown.values);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool CandidateStore::rankByGoal(const std::vector<RankedChannel> &channels, Error *error)
{
    return GoalFitTable::fill(db(), channels, error);
}

std::unique_ptr<CandidateRowCursor> CandidateStore::rows(const CandidateFilter &filter,
                                                         const CandidateSort &sort) const
{
    const CandidateSql::Where where = CandidateSql::where(filter, m_thresholds, SqlDialect::of(db()));
    // On a server a page at a time, each after the last row's sort keys (KeysetRowCursor).
    if (SqlDialect::of(db()).engine() == SqlDialect::Engine::PostgreSQL) {
        QList<CandidateSql::OrderKey> keys = CandidateSql::orderKeys(sort);
        const QString head = KeysetRowCursor::selectFor(keys) + CandidateSql::fromJoin(sort) + where.clause;
        return std::make_unique<KeysetRowCursor>(db(), head, where.values, std::move(keys));
    }
    return std::make_unique<CandidateRowCursor>(
        db(), QStringLiteral("SELECT ") + CandidateSql::rowColumns() + CandidateSql::fromJoin(sort)
                  + where.clause + CandidateSql::orderBy(sort),
        where.values);
}

std::unique_ptr<CandidateRowCursor> CandidateStore::rows(const CandidateFilter &filter, bool descending,
                                                         std::shared_ptr<const CandidateOrder> order) const
{
    if (!order)
        return rows(filter, CandidateSort{CandidateSortKey::Name, descending});
    // The search from the full-text index once, checked in memory as the order is walked;
    // the rest of the filter in SQL on the few rows looked up.
    PreparedFilter prepared{filter, nullptr, nullptr};
    const QStringList words = SearchTerms::queryWords(filter.search);
    if (!words.isEmpty()) {
        if (auto found = SearchMatches::find(db(), words))
            prepared.matches = std::make_shared<const SearchMatches>(std::move(*found));
    }
    return rows(descending, std::move(order), prepared);
}

std::unique_ptr<CandidateRowCursor> CandidateStore::rows(bool descending, std::shared_ptr<const CandidateOrder> order,
                                                         const PreparedFilter &prepared) const
{
    if (!order)
        return rows(prepared.filter, CandidateSort{CandidateSortKey::Name, descending});
    CandidateFilter rest = prepared.filter;
    if (prepared.matches)
        rest.search.clear();
    // The ranges in memory when the figures cover them and every channel of the order.
    std::shared_ptr<const RangeMatcher> ranges;
    CandidateFilter walked = rest;
    if (prepared.figures && !rest.ranges.isEmpty() && RangeMatcher::covers(*prepared.figures, rest.ranges)
        && prepared.figures->largestChannel() >= order->largestChannel()) {
        ranges = std::make_shared<const RangeMatcher>(rest.ranges, prepared.figures);
        walked.ranges = RangeFilter();
    }
    const bool walkedHere = prepared.walkedFor(order.get(), descending);
    auto cursor = std::make_unique<OrderedRowCursor>(db(), std::move(order), descending,
                                                     CandidateSql::where(walked, m_thresholds, SqlDialect::of(db())), prepared.matches);
    if (ranges)
        cursor->testRangesInMemory(std::move(ranges), CandidateSql::where(rest, m_thresholds, SqlDialect::of(db())));
    if (walkedHere) // the worker found the first places: walk on from where it stopped
        cursor->startWith(prepared.walked);
    return cursor;
}

QStringList CandidateStore::listValuesInUse(const QString &column) const
{
    return FilterChoicesReader::valuesInUse(db(), column);
}

QStringList CandidateStore::nichesInUse() const
{
    return listValuesInUse(QStringLiteral("niches"));
}

QStringList CandidateStore::regionsInUse() const
{
    return listValuesInUse(QStringLiteral("regions"));
}

QList<Candidate> CandidateStore::allCandidates(Error *error) const
{
    return CandidateLoader::all(db(), error);
}

} // namespace planner
