#include "candidatestore.h"

#include "candidatesql.h"
#include "candidatevalidator.h"
#include "database.h"
#include "tierthresholdstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace planner {

namespace {

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

CandidateStore::CandidateStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    reloadTierThresholds();
}

QSqlDatabase CandidateStore::db() const
{
    return m_database.connection();
}

void CandidateStore::reloadTierThresholds()
{
    m_thresholds = TierThresholdStore::load(db());
}

Error CandidateStore::sqlError(const QString &what, const QString &detail) const
{
    Error error;
    error.message = what + QLatin1String(" (") + detail + QLatin1Char(')');
    return error;
}

bool CandidateStore::insertCandidate(const Candidate &candidate, qint64 *newId, Error *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO candidates (id, name, kind, niches, regions, notes)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(candidate.id > 0 ? QVariant(candidate.id)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(candidate.name.trimmed());
    query.addBindValue(kindKey(candidate.kind));
    query.addBindValue(CandidateSql::joinList(candidate.niches));
    query.addBindValue(CandidateSql::joinList(candidate.regions));
    query.addBindValue(candidate.notes);
    if (!query.exec()) {
        if (error)
            *error = sqlError(tr("The candidate could not be saved."), query.lastError().text());
        return false;
    }
    *newId = query.lastInsertId().toLongLong();
    return insertChannels(*newId, candidate.channels, error);
}

bool CandidateStore::insertChannels(qint64 candidateId, const QList<Channel> &channels,
                                    Error *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO channels (id, candidate_id, platform, handle, followers, engagement_rate_pct,"
        " avg_views, fee_minor, currency, authenticity_pct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Channel &channel : channels) {
        query.addBindValue(channel.id > 0 ? QVariant(channel.id)
                                          : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(candidateId);
        query.addBindValue(platformKey(channel.platform));
        query.addBindValue(channel.handle.trimmed());
        query.addBindValue(channel.followers);
        query.addBindValue(nullable(channel.engagementRatePct));
        query.addBindValue(nullable(channel.avgViews));
        query.addBindValue(channel.fee ? QVariant(channel.fee->minorUnits())
                                       : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(channel.fee ? QVariant(channel.fee->currency())
                                       : QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(nullable(channel.authenticityPct));
        if (!query.exec()) {
            if (error)
                *error = sqlError(tr("A channel could not be saved."), query.lastError().text());
            return false;
        }
    }
    return true;
}

std::optional<qint64> CandidateStore::add(const Candidate &candidate, Error *error)
{
    if (auto fault = CandidateValidator::validate(candidate)) {
        if (error)
            *error = *fault;
        return std::nullopt;
    }
    emit aboutToChange();
    Transaction transaction(db());
    qint64 id = 0;
    bool ok = transaction.isActive() && insertCandidate(candidate, &id, error);
    ok = ok && transaction.commit();
    if (!ok && error && error->isEmpty())
        *error = sqlError(tr("The candidate could not be saved."), db().lastError().text());
    emit changed();
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> CandidateStore::addMany(const std::function<bool(Candidate &)> &next,
                                              Error *error)
{
    emit aboutToChange();
    Transaction transaction(db());
    qint64 count = 0;
    bool ok = transaction.isActive();
    Candidate candidate;
    while (ok && next(candidate)) {
        if (auto fault = CandidateValidator::validate(candidate)) {
            if (error)
                *error = *fault;
            ok = false;
            break;
        }
        qint64 id = 0;
        ok = insertCandidate(candidate, &id, error);
        ++count;
        candidate = Candidate();
    }
    ok = ok && transaction.commit();
    emit changed();
    return ok ? std::optional<qint64>(count) : std::nullopt;
}

bool CandidateStore::update(const Candidate &candidate, Error *error)
{
    if (auto fault = CandidateValidator::validate(candidate)) {
        if (error)
            *error = *fault;
        return false;
    }
    emit aboutToChange();
    Transaction transaction(db());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE candidates SET name = ?, kind = ?, niches = ?, regions = ?,"
                                 " notes = ? WHERE id = ?"));
    query.addBindValue(candidate.name.trimmed());
    query.addBindValue(kindKey(candidate.kind));
    query.addBindValue(CandidateSql::joinList(candidate.niches));
    query.addBindValue(CandidateSql::joinList(candidate.regions));
    query.addBindValue(candidate.notes);
    query.addBindValue(candidate.id);
    bool ok = transaction.isActive() && query.exec() && query.numRowsAffected() == 1;
    if (ok) {
        QSqlQuery drop(db());
        drop.prepare(QStringLiteral("DELETE FROM channels WHERE candidate_id = ?"));
        drop.addBindValue(candidate.id);
        ok = drop.exec() && insertChannels(candidate.id, candidate.channels, error);
    }
    ok = ok && transaction.commit();
    if (!ok && error && error->isEmpty())
        *error = sqlError(tr("The candidate could not be saved."), query.lastError().text());
    emit changed();
    return ok;
}

bool CandidateStore::remove(qint64 candidateId, Error *error)
{
    emit aboutToChange();
    Transaction transaction(db());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM candidates WHERE id = ?"));
    query.addBindValue(candidateId);
    const bool ok = transaction.isActive() && query.exec() && query.numRowsAffected() == 1
        && transaction.commit();
    if (!ok && error)
        *error = sqlError(tr("The candidate could not be deleted."), query.lastError().text());
    emit changed();
    return ok;
}

std::optional<Candidate> CandidateStore::find(qint64 candidateId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT ") + CandidateSql::rowColumns() + CandidateSql::fromJoin()
                  + QStringLiteral(" WHERE c.id = ? ORDER BY ch.id"));
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
        notes.prepare(QStringLiteral("SELECT notes FROM candidates WHERE id = ?"));
        notes.addBindValue(candidateId);
        if (notes.exec() && notes.next())
            candidate->notes = notes.value(0).toString();
    }
    return candidate;
}

qint64 CandidateStore::candidateCount() const
{
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("SELECT count(*) FROM candidates")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 CandidateStore::rowCount(const CandidateFilter &filter) const
{
    const CandidateSql::Where where = CandidateSql::where(filter, m_thresholds);
    QSqlQuery query(db());
    // Without a filter on candidates, the join adds nothing to the count.
    const bool channelsOnly = filter.search.trimmed().isEmpty() && !filter.kind
        && filter.niche.trimmed().isEmpty() && filter.region.trimmed().isEmpty();
    const QString from = channelsOnly ? QStringLiteral(" FROM channels ch") : CandidateSql::fromJoin();
    query.prepare(QStringLiteral("SELECT count(*)") + from + where.clause);
    bindAll(query, where.values);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::unique_ptr<CandidateRowCursor> CandidateStore::rows(const CandidateFilter &filter,
                                                         const CandidateSort &sort) const
{
    const CandidateSql::Where where = CandidateSql::where(filter, m_thresholds);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + CandidateSql::rowColumns() + CandidateSql::fromJoin()
                  + where.clause + CandidateSql::orderBy(sort));
    bindAll(query, where.values);
    query.exec();
    return std::make_unique<CandidateRowCursor>(std::move(query));
}

QStringList CandidateStore::listValuesInUse(const QString &column) const
{
    QStringList values;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    // column is one of two fixed names, never user input.
    if (query.exec(QStringLiteral("SELECT DISTINCT ") + column + QStringLiteral(" FROM candidates"))) {
        while (query.next()) {
            const QStringList items = query.value(0).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (const QString &item : items) {
                if (!values.contains(item))
                    values << item;
            }
        }
    }
    values.sort();
    return values;
}

QStringList CandidateStore::nichesInUse() const
{
    return listValuesInUse(QStringLiteral("niches"));
}

QStringList CandidateStore::regionsInUse() const
{
    return listValuesInUse(QStringLiteral("regions"));
}

} // namespace planner
