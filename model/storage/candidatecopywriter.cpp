#include "storage/candidatecopywriter.h"

#include "domain/languagematch.h"
#include "storage/candidatesql.h"
#include "storage/copysender.h"
#include "storage/copytext.h"
#include "storage/database.h"
#include "storage/searchterms.h"
#include "storage/serveraddress.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <cstdio>
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

const char *const copyCandidates =
    "COPY candidates (id, name, kind, niches, regions, notes, changed_by, changed_at) FROM STDIN";
const char *const copyChannels =
    "COPY channels (candidate_id, platform, handle, followers, engagement_rate_pct, avg_views,"
    " fee_minor, currency, authenticity_pct, languages) FROM STDIN";
const char *const copyTerms = "COPY candidate_search (rowid, terms) FROM STDIN";

// libpq's connection under a Qt connection to a server (Qt's QPSQL driver has no COPY).
PGconn *libpqConnection(Database &database)
{
    const QVariant handle = database.connection().driver()->handle();
    // Qt 6 names the type as the compiler spells it (pg_conn*), Qt 5 as declared (PGconn*).
    if (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

// PLANNER_COPY_TIMING set: where the import's time went, on stderr when it is committed
// (how scripts/bench-import-pg.sh's figures were taken apart; issue 15).
bool timingWanted()
{
    static const bool wanted = qEnvironmentVariableIsSet("PLANNER_COPY_TIMING");
    return wanted;
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
    m_sender.reset(); // before the connection it sends on
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
    return exec(m_conn, sql, params, expected, error);
}

CandidateCopyWriter::Result CandidateCopyWriter::exec(pg_conn *conn, const char *sql, const Params &params,
                                                      int expected, Error *error)
{
    QList<const char *> values;
    for (const std::optional<QByteArray> &param : params)
        values << (param ? param->constData() : nullptr);
    PGresult *result = PQexecParams(conn, sql, int(values.size()), nullptr, values.constData(), nullptr,
                                    nullptr, 0);
    const bool ok = PQresultStatus(result) == expected;
    if (!ok) {
        const char *message = PQresultErrorMessage(result);
        fail(error, QString::fromUtf8(message && *message ? message : PQerrorMessage(conn)).trimmed());
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
        m_conn = libpqConnection(*m_database);
        if (!m_conn) {
            return fail(error, QStringLiteral("no libpq connection (%1)")
                                   .arg(QString::fromLatin1(m_database->connection().driver()->handle().typeName())));
        }
    }
    m_sender = std::make_unique<CopySender>(m_conn); // a failure of an earlier run forgotten
    // Ids are taken from the sequence on a second connection, outside the transaction (a
    // sequence is never rolled back anyway): the import's own connection is busy sending.
    if (!m_idDatabase) {
        m_idDatabase = Database::open(m_uri, Database::OpenMode::ExistingOnly, error);
        if (!m_idDatabase)
            return false;
        m_idConn = libpqConnection(*m_idDatabase);
        if (!m_idConn)
            return fail(error, QStringLiteral("no libpq connection for the ids"));
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
    const Result sequence = exec("SELECT pg_get_serial_sequence('candidates', 'id')", {}, PGRES_TUPLES_OK, error);
    if (sequence.rows() != 1)
        return fail(error);
    m_sequence = QByteArray(PQgetvalue(sequence.result, 0, 0));
    m_idNanos = 0;
    m_clock.start();
    return loadFingerprints(error);
}

bool CandidateCopyWriter::commit(Error *error)
{
    if (!m_inTransaction || !settle(error) || !command("COMMIT", {}, error))
        return fail(error);
    m_inTransaction = false;
    if (timingWanted()) {
        std::fprintf(stderr, "copy timing: %.2f s from begin to commit; %.2f s taking ids\n",
                     m_clock.nsecsElapsed() / 1e9, m_idNanos / 1e9);
        for (const CopySender::Spent &spent : m_sender->spent())
            std::fprintf(stderr, "  %7.2f s sending %6.1f MB: %.30s\n", spent.nanos / 1e9, spent.bytes / 1e6,
                         spent.sql.constData());
    }
    return true;
}

void CandidateCopyWriter::rollback()
{
    // A batch on its way goes first (or fails): the connection is the sender's till then.
    if (m_sender)
        m_sender->wait();
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
    // The sequence named once (begin): pg_get_serial_sequence for each id took 4 µs of them.
    QElapsedTimer clock;
    clock.start();
    const Result ids = exec(m_idConn, "SELECT nextval($1::regclass) FROM generate_series(1, $2::integer)",
                            {m_sequence, QByteArray::number(batchSize)}, PGRES_TUPLES_OK, error);
    for (int row = 0; row < ids.rows(); ++row)
        m_freeIds << QByteArray(PQgetvalue(ids.result, row, 0)).toLongLong();
    m_idNanos += clock.nsecsElapsed();
    return !m_freeIds.isEmpty() || fail(error);
}

qint64 CandidateCopyWriter::insert(const Candidate &candidate, Error *error)
{
    if (m_freeIds.isEmpty() && !reserveIds(error))
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
    appendTerms(id, SearchTerms::document(candidate)); // names and handles: the id plays no part
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
    if (!m_inTransaction)
        return fail(error);
    m_pending = 0;
    if (m_candidates.isEmpty() && m_channels.isEmpty() && m_terms.isEmpty())
        return m_sender->error().isEmpty() || fail(error, m_sender->error());
    QList<CopySender::Table> batch{{copyCandidates, std::exchange(m_candidates, {})},
                                   {copyChannels, std::exchange(m_channels, {})},
                                   {copyTerms, std::exchange(m_terms, {})}};
    return m_sender->send(std::move(batch)) || fail(error, m_sender->error());
}

bool CandidateCopyWriter::settle(Error *error)
{
    return (flush(error) && m_sender->wait()) || fail(error, m_sender->error());
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
    if (!m_fingerprints.contains(fingerprint(platform, handle)) || !settle(error))
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
    if (!settle(error))
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
    return settle(error)
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
    return settle(error)
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
    if (!settle(error))
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
