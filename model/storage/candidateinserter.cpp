#include "storage/candidateinserter.h"

#include "domain/languagematch.h"
#include "storage/candidatesql.h"
#include "storage/rowversion.h"
#include "storage/searchterms.h"
#include "storage/serverfault.h"
#include "storage/sqldialect.h"

#include <QDir>
#include <QSqlError>
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

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

CandidateInserter::CandidateInserter(const QSqlDatabase &db)
    : m_db(db)
    , m_candidate(db)
    , m_channel(db)
    , m_term(db)
{
    m_candidate.prepare(RowVersion::stampedInsert(
        db, QStringLiteral("INSERT INTO candidates (id, name, kind, niches, regions, notes) VALUES (?, ?, ?, ?, ?, ?)")));
    m_channel.prepare(QStringLiteral(
        "INSERT INTO channels (id, candidate_id, platform, handle, followers, engagement_rate_pct,"
        " avg_views, fee_minor, currency, authenticity_pct, languages)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_term.prepare(QStringLiteral("INSERT INTO candidate_search (rowid, terms) VALUES (?, ?)"));
}

void CandidateInserter::fail(Error *error, const QString &what, const QSqlQuery &query) const
{
    // The file and SQLite's reason ("database or disk is full"), after the translated what.
    if (error && ServerFault::isRefusal(query.lastError())) {
        *error = ServerFault::refused(m_db.userName(), m_db.databaseName(), what, query.lastError());
    } else if (error) {
        error->message = what + QLatin1String(" (") + QDir::toNativeSeparators(m_db.databaseName())
            + QLatin1String(": ") + query.lastError().text() + QLatin1Char(')');
    }
}

qint64 CandidateInserter::insert(const Candidate &candidate, Error *error)
{
    m_candidate.addBindValue(idOrNull(candidate.id));
    m_candidate.addBindValue(candidate.name.trimmed());
    m_candidate.addBindValue(kindKey(candidate.kind));
    m_candidate.addBindValue(CandidateSql::textValue(CandidateSql::joinList(candidate.niches)));
    m_candidate.addBindValue(CandidateSql::textValue(CandidateSql::joinList(candidate.regions)));
    m_candidate.addBindValue(CandidateSql::textValue(candidate.notes));
    for (const QVariant &value : RowVersion::stampValues(m_db))
        m_candidate.addBindValue(value);
    if (!m_candidate.exec()) {
        fail(error, tr("The candidate could not be saved."), m_candidate);
        return 0;
    }
    const qint64 id = SqlDialect::of(m_db).insertedId(m_db, m_candidate);
    if (!insertChannels(id, candidate.channels, error) || !insertSearchTerms(id, candidate, error))
        return 0;
    return id;
}

bool CandidateInserter::replaceChannels(const Candidate &candidate, Error *error)
{
    for (const QString &table : {QStringLiteral("channels WHERE candidate_id"), QStringLiteral("candidate_search WHERE rowid")}) {
        QSqlQuery drop(m_db);
        drop.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" = ?"));
        drop.addBindValue(candidate.id);
        if (!drop.exec()) {
            fail(error, tr("The candidate could not be saved."), drop);
            return false;
        }
    }
    return insertChannels(candidate.id, candidate.channels, error)
        && insertSearchTerms(candidate.id, candidate, error);
}

bool CandidateInserter::insertChannels(qint64 candidateId, const QList<Channel> &channels, Error *error)
{
    for (const Channel &channel : channels) {
        m_channel.addBindValue(idOrNull(channel.id));
        m_channel.addBindValue(candidateId);
        m_channel.addBindValue(platformKey(channel.platform));
        m_channel.addBindValue(CandidateSql::textValue(channel.handle.trimmed()));
        m_channel.addBindValue(nullable(channel.followers));
        m_channel.addBindValue(nullable(channel.engagementRatePct));
        m_channel.addBindValue(nullable(channel.avgViews));
        m_channel.addBindValue(channel.fee ? QVariant(channel.fee->minorUnits())
                                           : QVariant(QMetaType(QMetaType::LongLong)));
        m_channel.addBindValue(channel.fee ? QVariant(channel.fee->currency())
                                           : QVariant(QMetaType(QMetaType::QString)));
        m_channel.addBindValue(nullable(channel.authenticityPct));
        m_channel.addBindValue(CandidateSql::textValue(LanguageMatch::joined(channel.languages)));
        if (!m_channel.exec()) {
            fail(error, tr("A channel could not be saved."), m_channel);
            return false;
        }
    }
    return true;
}

bool CandidateInserter::insertSearchTerms(qint64 candidateId, const Candidate &candidate, Error *error)
{
    m_term.addBindValue(candidateId);
    m_term.addBindValue(SearchTerms::document(candidate));
    if (!m_term.exec()) {
        fail(error, tr("The candidate could not be saved."), m_term);
        return false;
    }
    return true;
}

} // namespace planner
