#include "storage/candidatecopywriter.h"

#include "domain/languagematch.h"
#include "storage/candidatesql.h"
#include "storage/copytext.h"
#include "storage/database.h"
#include "storage/searchterms.h"
#include "storage/serveraddress.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>

namespace planner {

namespace {

std::optional<QByteArray> text(const std::optional<QString> &value)
{
    return value ? std::optional<QByteArray>(value->toUtf8()) : std::nullopt;
}

std::optional<QByteArray> number(const std::optional<qint64> &value)
{
    return value ? std::optional<QByteArray>(QByteArray::number(*value)) : std::nullopt;
}

std::optional<QByteArray> number(const std::optional<double> &value)
{
    return value ? std::optional<QByteArray>(QByteArray::number(*value, 'g', 17)) : std::nullopt;
}

QString resultText(const PGresult *result, int row, int column)
{
    return QString::fromUtf8(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

} // namespace

// A libpq result, cleared when it goes.
struct CandidateCopyWriter::Result
{
    PGresult *result = nullptr;
    bool ok = false;
    Result() = default;
    Result(PGresult *r, bool success) : result(r), ok(success) {}
    Result(Result &&other) noexcept : result(std::exchange(other.result, nullptr)), ok(other.ok) {}
    Result &operator=(Result &&) = delete;
    ~Result() { PQclear(result); }
    int rows() const { return ok ? PQntuples(result) : 0; }
};

CandidateCopyWriter::CandidateCopyWriter(const QString &uri)
    : m_uri(uri)
{
}

CandidateCopyWriter::~CandidateCopyWriter()
{
    rollback();
}

bool CandidateCopyWriter::fail(Error *error, const QString &reason)
{
    if (error && error->isEmpty()) {
        const QString why = !reason.isEmpty() ? reason
            : m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QString();
        //: %1 the team database (user@host/database), %2 the server's reason
        error->message = tr("The candidates could not be saved in the team database “%1”: %2")
                             .arg(ServerAddress::shownName(m_uri), why);
    }
    return false;
}

CandidateCopyWriter::Result CandidateCopyWriter::exec(const char *sql, const Params &params, int expected,
                                                      Error *error)
{
    QList<const char *> values;
    for (const std::optional<QByteArray> &param : params)
        values << (param ? param->constData() : nullptr);
    PGresult *result = PQexecParams(m_conn, sql, int(values.size()), nullptr, values.constData(), nullptr,
                                    nullptr, 0);
    const bool ok = PQresultStatus(result) == expected;
    if (!ok) {
        const char *message = PQresultErrorMessage(result);
        fail(error, QString::fromUtf8(message && *message ? message : PQerrorMessage(m_conn)).trimmed());
    }
    return Result(result, ok);
}

bool CandidateCopyWriter::command(const char *sql, const Params &params, Error *error)
{
    return exec(sql, params, PGRES_COMMAND_OK, error).ok;
}

bool CandidateCopyWriter::begin(Error *error)
{
    if (!m_database) {
        m_database = Database::open(m_uri, Database::OpenMode::ExistingOnly, error);
        if (!m_database)
            return false;
        const QVariant handle = m_database->connection().driver()->handle();
        // Qt 6 names the type as the compiler spells it (pg_conn*), Qt 5 as declared (PGconn*).
        if (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)
            m_conn = *static_cast<PGconn *const *>(handle.constData());
        if (!m_conn)
            return fail(error, QStringLiteral("no libpq connection (%1)").arg(QString::fromLatin1(handle.typeName())));
    }
    if (!command("BEGIN", {}, error))
        return false;
    m_inTransaction = true;
    // Every id this writer sends comes from a sequence (reserveIds, the channels' default):
    // the row-id trigger may let the rows pass untouched (SqlDialect's planner_row_id).
    if (!command("SET LOCAL planner.bulk_load = 'on'", {}, error))
        return fail(error);
    const Result user = exec("SELECT current_user", {}, PGRES_TUPLES_OK, error);
    if (user.rows() != 1)
        return fail(error);
    m_user.clear();
    CopyText::appendEscaped(m_user, resultText(user.result, 0, 0));
    m_stampTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    return loadFingerprints(error);
}

bool CandidateCopyWriter::commit(Error *error)
{
    if (!m_inTransaction || !flush(error) || !command("COMMIT", {}, error))
        return fail(error);
    m_inTransaction = false;
    return true;
}

void CandidateCopyWriter::rollback()
{
    if (m_inTransaction && m_conn && PQstatus(m_conn) == CONNECTION_OK)
        PQclear(PQexec(m_conn, "ROLLBACK"));
    m_inTransaction = false;
    m_candidates.clear();
    m_channels.clear();
    m_terms.clear();
    m_pending = 0;
    m_freeIds.clear();
}

bool CandidateCopyWriter::loadFingerprints(Error *error)
{
    m_fingerprints.clear();
    const Result channels = exec("SELECT platform, handle FROM channels", {}, PGRES_TUPLES_OK, error);
    if (!channels.ok)
        return false;
    for (int row = 0; row < channels.rows(); ++row) {
        if (const auto platform = platformFromKey(resultText(channels.result, row, 0)))
            m_fingerprints.insert(fingerprint(*platform, resultText(channels.result, row, 1)));
    }
    return true;
}

bool CandidateCopyWriter::reserveIds(Error *error)
{
    const Result ids = exec("SELECT nextval(pg_get_serial_sequence('candidates', 'id'))"
                            " FROM generate_series(1, $1::integer)",
                            {QByteArray::number(batchSize)}, PGRES_TUPLES_OK, error);
    for (int row = 0; row < ids.rows(); ++row)
        m_freeIds << QByteArray(PQgetvalue(ids.result, row, 0)).toLongLong();
    return !m_freeIds.isEmpty() || fail(error);
}

qint64 CandidateCopyWriter::insert(const Candidate &candidate, Error *error)
{
    if (m_freeIds.isEmpty() && (!flush(error) || !reserveIds(error)))
        return 0;
    const qint64 id = m_freeIds.takeFirst();
    m_candidates.append(QByteArray::number(id));
    CopyText::appendField(m_candidates, candidate.name.trimmed());
    CopyText::appendField(m_candidates, kindKey(candidate.kind));
    CopyText::appendField(m_candidates, CandidateSql::joinList(candidate.niches));
    CopyText::appendField(m_candidates, CandidateSql::joinList(candidate.regions));
    CopyText::appendField(m_candidates, candidate.notes);
    m_candidates.append('\t').append(m_user).append('\t').append(m_stampTime);
    CopyText::endRow(m_candidates);
    for (const Channel &channel : candidate.channels) {
        m_fingerprints.insert(fingerprint(channel.platform, channel.handle.trimmed()));
        appendChannel(id, channel);
    }
    Candidate stored = candidate;
    stored.id = id;
    appendTerms(id, SearchTerms::document(stored));
    if (++m_pending >= batchSize && !flush(error))
        return 0;
    return id;
}

void CandidateCopyWriter::appendChannel(qint64 candidateId, const Channel &channel)
{
    m_channels.append(QByteArray::number(candidateId));
    CopyText::appendField(m_channels, platformKey(channel.platform));
    CopyText::appendField(m_channels, channel.handle.trimmed());
    CopyText::appendOptional(m_channels, channel.followers);
    CopyText::appendOptional(m_channels, channel.engagementRatePct);
    CopyText::appendOptional(m_channels, channel.avgViews);
    if (channel.fee) {
        CopyText::appendNumber(m_channels, channel.fee->minorUnits());
        CopyText::appendField(m_channels, channel.fee->currency());
    } else {
        CopyText::appendNull(m_channels);
        CopyText::appendNull(m_channels);
    }
    CopyText::appendOptional(m_channels, channel.authenticityPct);
    CopyText::appendField(m_channels, LanguageMatch::joined(channel.languages));
    CopyText::endRow(m_channels);
}

void CandidateCopyWriter::appendTerms(qint64 candidateId, const QString &document)
{
    m_terms.append(QByteArray::number(candidateId));
    CopyText::appendField(m_terms, document);
    CopyText::endRow(m_terms);
}

bool CandidateCopyWriter::flush(Error *error)
{
    const bool ok = copy("COPY candidates (id, name, kind, niches, regions, notes, changed_by, changed_at)"
                         " FROM STDIN", m_candidates, error)
        && copy("COPY channels (candidate_id, platform, handle, followers, engagement_rate_pct, avg_views,"
                " fee_minor, currency, authenticity_pct, languages) FROM STDIN", m_channels, error)
        && copy("COPY candidate_search (rowid, terms) FROM STDIN", m_terms, error);
    m_pending = 0;
    return ok;
}

bool CandidateCopyWriter::copy(const char *sql, QByteArray &rows, Error *error)
{
    if (rows.isEmpty())
        return true;
    if (!m_inTransaction)
        return fail(error);
    const Result started(PQexec(m_conn, sql), true);
    if (PQresultStatus(started.result) != PGRES_COPY_IN)
        return fail(error, QString::fromUtf8(PQresultErrorMessage(started.result)).trimmed());
    // PQputCopyData takes an int length: a batch is sent in pieces well below it.
    constexpr qsizetype piece = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; sent && at < rows.size(); at += piece)
        sent = PQputCopyData(m_conn, rows.constData() + at, int(std::min(piece, rows.size() - at))) == 1;
    rows.clear();
    if (PQputCopyEnd(m_conn, sent ? nullptr : "the import stopped") != 1)
        return fail(error);
    bool ok = sent;
    while (PGresult *result = PQgetResult(m_conn)) {
        if (ok && PQresultStatus(result) != PGRES_COMMAND_OK)
            ok = fail(error, QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
        PQclear(result);
    }
    return ok || fail(error);
}

std::optional<CandidateWriter::Match> CandidateCopyWriter::firstMatch(const Result &result) const
{
    if (result.rows() < 1)
        return std::nullopt;
    return Match{QByteArray(PQgetvalue(result.result, 0, 0)).toLongLong(),
                 QByteArray(PQgetvalue(result.result, 0, 1)).toLongLong()};
}

std::optional<CandidateWriter::Match> CandidateCopyWriter::findChannel(Platform platform, const QString &handle,
                                                                       Error *error)
{
    // Almost every new row stops here: its fingerprint was never seen.
    if (!m_fingerprints.contains(fingerprint(platform, handle)) || !flush(error))
        return std::nullopt;
    const QString bare = handle.startsWith(QLatin1Char('@')) ? handle.mid(1) : handle;
    return firstMatch(exec("SELECT candidate_id, id FROM channels WHERE handle IN ($1, $2) AND platform = $3"
                           " ORDER BY id LIMIT 1",
                           {bare.toUtf8(), (QLatin1Char('@') + bare).toUtf8(), platformKey(platform).toUtf8()},
                           PGRES_TUPLES_OK, error));
}

std::optional<CandidateWriter::Match> CandidateCopyWriter::findSameWithoutHandle(const QString &name,
                                                                                 const Channel &channel,
                                                                                 Error *error)
{
    if (!flush(error))
        return std::nullopt;
    return firstMatch(exec("SELECT ch.candidate_id, ch.id FROM channels ch JOIN candidates c ON c.id = ch.candidate_id"
                           " WHERE ch.followers IS NOT DISTINCT FROM $1::bigint AND ch.platform = $2"
                           " AND ch.handle = '' AND c.name = $3"
                           " AND ch.avg_views IS NOT DISTINCT FROM $4::bigint"
                           " AND ch.engagement_rate_pct IS NOT DISTINCT FROM $5::double precision"
                           " ORDER BY ch.id LIMIT 1",
                           {number(channel.followers), platformKey(channel.platform).toUtf8(),
                            name.trimmed().toUtf8(), number(channel.avgViews), number(channel.engagementRatePct)},
                           PGRES_TUPLES_OK, error));
}

bool CandidateCopyWriter::updateCandidate(qint64 candidateId, const CandidateChanges &changes, Error *error)
{
    const auto joined = [](const std::optional<QStringList> &list) {
        return list ? std::optional<QString>(CandidateSql::joinList(*list)) : std::nullopt;
    };
    return flush(error)
        && command("UPDATE candidates SET name = coalesce($1, name), kind = coalesce($2, kind),"
                   " niches = coalesce($3, niches), regions = coalesce($4, regions), notes = coalesce($5, notes),"
                   " row_version = row_version + 1, changed_by = current_user, changed_at = $7 WHERE id = $6::bigint",
                   {text(changes.name ? std::optional<QString>(changes.name->trimmed()) : std::nullopt),
                    text(changes.kind ? std::optional<QString>(kindKey(*changes.kind)) : std::nullopt),
                    text(joined(changes.niches)), text(joined(changes.regions)), text(changes.notes),
                    QByteArray::number(candidateId), m_stampTime},
                   error);
}

bool CandidateCopyWriter::updateChannel(qint64 channelId, const Channel &channel, bool followersGiven,
                                        Error *error)
{
    // Languages the file gives replace the stored ones; none given keeps them.
    const std::optional<QString> languages = channel.languages.isEmpty()
        ? std::nullopt
        : std::optional<QString>(LanguageMatch::joined(channel.languages));
    return flush(error)
        && command("UPDATE channels SET followers = coalesce($1::bigint, followers),"
                   " engagement_rate_pct = coalesce($2::double precision, engagement_rate_pct),"
                   " avg_views = coalesce($3::bigint, avg_views), fee_minor = coalesce($4::bigint, fee_minor),"
                   " currency = coalesce($5, currency),"
                   " authenticity_pct = coalesce($6::double precision, authenticity_pct),"
                   " languages = coalesce($8, languages) WHERE id = $7::bigint",
                   {number(followersGiven ? channel.followers : std::nullopt), number(channel.engagementRatePct),
                    number(channel.avgViews),
                    number(channel.fee ? std::optional<qint64>(channel.fee->minorUnits()) : std::nullopt),
                    text(channel.fee ? std::optional<QString>(channel.fee->currency()) : std::nullopt),
                    number(channel.authenticityPct), QByteArray::number(channelId), text(languages)},
                   error);
}

bool CandidateCopyWriter::addChannel(qint64 candidateId, const Channel &channel, Error *error)
{
    m_fingerprints.insert(fingerprint(channel.platform, channel.handle.trimmed()));
    appendChannel(candidateId, channel);
    return flush(error);
}

bool CandidateCopyWriter::refreshSearchTerms(qint64 candidateId, Error *error)
{
    if (!flush(error))
        return false;
    const QByteArray id = QByteArray::number(candidateId);
    const Result rows = exec("SELECT c.name, ch.handle FROM candidates c LEFT JOIN channels ch"
                             " ON ch.candidate_id = c.id WHERE c.id = $1::bigint ORDER BY ch.id",
                             {id}, PGRES_TUPLES_OK, error);
    if (!rows.ok)
        return false;
    Candidate candidate;
    for (int row = 0; row < rows.rows(); ++row) {
        candidate.name = resultText(rows.result, row, 0);
        if (!PQgetisnull(rows.result, row, 1)) {
            Channel channel;
            channel.handle = resultText(rows.result, row, 1);
            candidate.channels.append(channel);
        }
    }
    candidate.id = candidateId;
    appendTerms(candidateId, SearchTerms::document(candidate));
    return command("DELETE FROM candidate_search WHERE rowid = $1::bigint", {id}, error) && flush(error);
}

} // namespace planner
