#include "storage/candidatebulkwriter.h"

#include "domain/languagematch.h"
#include "storage/candidatesql.h"
#include "storage/rowversion.h"
#include "storage/searchterms.h"

#include <QDateTime>
#include <QDir>
#include <QStringEncoder>
#include <algorithm>
#include <array>
#include <sqlite3.h>
#include <utility>
#include <vector>

namespace planner {

namespace {

// The text in UTF-8, the file's own encoding, so that SQLite neither copies nor translates
// it (they were a tenth of the writing thread's time, with a lock on SQLite's allocator per
// value). Each parameter number has a buffer of its own per thread, which holds the text until
// the number is bound again: every statement here is stepped before that (SQLITE_STATIC), and
// callers may pass temporaries.
void bindText(sqlite3_stmt *statement, int index, QStringView text)
{
    thread_local std::array<QByteArray, 16> buffers;
    thread_local QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    QByteArray &buffer = buffers.at(std::size_t(index));
    buffer.resize(encoder.requiredSpace(text.size()) + 1);
    const char *const begin = buffer.constData();
    const char *const end = encoder.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(statement, index, begin, int(end - begin), SQLITE_STATIC);
}

template<typename T>
void bindOptional(sqlite3_stmt *statement, int index, const std::optional<T> &value)
{
    if (!value)
        sqlite3_bind_null(statement, index);
    else if constexpr (std::is_floating_point_v<T>)
        sqlite3_bind_double(statement, index, *value);
    else
        sqlite3_bind_int64(statement, index, *value);
}

void bindFee(sqlite3_stmt *statement, int amountIndex, const std::optional<Money> &fee)
{
    if (fee) {
        sqlite3_bind_int64(statement, amountIndex, fee->minorUnits());
        bindText(statement, amountIndex + 1, fee->currency());
    } else {
        sqlite3_bind_null(statement, amountIndex);
        sqlite3_bind_null(statement, amountIndex + 1);
    }
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(statement, column));
    const int bytes = sqlite3_column_bytes16(statement, column);
    return text ? QString::fromUtf16(text, bytes / int(sizeof(char16_t))) : QString();
}

} // namespace

CandidateBulkWriter::CandidateBulkWriter(const QString &databasePath)
    : m_path(databasePath)
{
}

CandidateBulkWriter::~CandidateBulkWriter()
{
    rollback();
    for (sqlite3_stmt *statement : {m_insertCandidate, m_insertChannel, m_insertTerm, m_findChannel, m_findUnhandled,
                                    m_updateCandidate, m_updateChannel, m_candidateText, m_deleteTerms})
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

bool CandidateBulkWriter::fail(Error *error)
{
    if (error) {
        error->message = tr("The candidates could not be saved in “%1”: %2")
                             .arg(QDir::toNativeSeparators(m_path),
                                  m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString());
    }
    return false;
}

bool CandidateBulkWriter::prepare(sqlite3_stmt **statement, const char *sql, Error *error)
{
    return sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr) == SQLITE_OK
        || fail(error);
}

bool CandidateBulkWriter::step(sqlite3_stmt *statement, Error *error)
{
    const int result = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return result == SQLITE_DONE || result == SQLITE_ROW || fail(error);
}

bool CandidateBulkWriter::open(Error *error)
{
    // The file exists and has its schema: Database::open made sure of both.
    // No lock of SQLite's per call (NOMUTEX): one thread at a time uses the connection.
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return fail(error);
    sqlite3_busy_timeout(m_db, 5000);
    // As Database::open sets them for the program's own connection.
    sqlite3_exec(m_db, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    // Stamped with who and when, as RowVersion::stampedInsert stamps the store's own inserts.
    return prepare(&m_insertCandidate, "INSERT INTO candidates (id, name, kind, niches, regions, notes,"
                                       " changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error)
        && prepare(&m_insertChannel, "INSERT INTO channels (candidate_id, platform, handle, followers,"
                                     " engagement_rate_pct, avg_views, fee_minor, currency, authenticity_pct, languages)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error)
        && prepare(&m_insertTerm, "INSERT INTO candidate_search (rowid, terms) VALUES (?1, ?2)", error)
        // "+platform": without it SQLite walks channels_by_platform, every channel of the
        // platform per lookup, which made a 20,000-row import take 12 s instead of 0.1 s.
        && prepare(&m_findChannel, "SELECT candidate_id, min(id) FROM channels WHERE handle IN (?1, ?2)"
                                   " AND +platform = ?3", error)
        && prepare(&m_findUnhandled, "SELECT ch.candidate_id, ch.id FROM channels ch JOIN candidates c"
                                     " ON c.id = ch.candidate_id WHERE ch.followers IS ?1 AND +ch.platform = ?2"
                                     " AND ch.handle = '' AND c.name = ?3 AND ch.avg_views IS ?4"
                                     " AND ch.engagement_rate_pct IS ?5 LIMIT 1", error)
        && prepare(&m_updateCandidate, "UPDATE candidates SET name = coalesce(?1, name),"
                                       " kind = coalesce(?2, kind), niches = coalesce(?3, niches),"
                                       " regions = coalesce(?4, regions), notes = coalesce(?5, notes),"
                                       " row_version = row_version + 1, changed_by = ?7,"
                                       " changed_at = ?8 WHERE id = ?6", error)
        && prepare(&m_updateChannel, "UPDATE channels SET followers = coalesce(?1, followers),"
                                     " engagement_rate_pct = coalesce(?2, engagement_rate_pct),"
                                     " avg_views = coalesce(?3, avg_views), fee_minor = coalesce(?4, fee_minor),"
                                     " currency = coalesce(?5, currency),"
                                     " authenticity_pct = coalesce(?6, authenticity_pct),"
                                     " languages = coalesce(?8, languages) WHERE id = ?7", error)
        && prepare(&m_candidateText, "SELECT c.name, ch.handle FROM candidates c LEFT JOIN channels ch"
                                     " ON ch.candidate_id = c.id WHERE c.id = ?1", error)
        && prepare(&m_deleteTerms, "DELETE FROM candidate_search WHERE rowid = ?1", error);
}

bool CandidateBulkWriter::begin(Error *error)
{
    if (!m_db && !open(error))
        return false;
    if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(error);
    m_inTransaction = true;
    // One stamp for every row the import writes or merges, as the COPY writer gives them.
    m_user = RowVersion::localUser();
    m_stampTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return loadFingerprints(error) && deferIndexes(error);
}

bool CandidateBulkWriter::deferIndexes(Error *error)
{
    m_deferredIndexes.clear();
    sqlite3_stmt *query = nullptr;
    if (!prepare(&query, "SELECT EXISTS (SELECT 1 FROM candidates) OR EXISTS (SELECT 1 FROM channels)", error))
        return false;
    const bool stored = sqlite3_step(query) != SQLITE_ROW || sqlite3_column_int(query, 0) != 0;
    sqlite3_finalize(query);
    if (stored)
        return true;
    // Indexes SQLite makes for a constraint have no statement (sql IS NULL) and stay.
    if (!prepare(&query, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                         " AND tbl_name IN ('candidates', 'channels') AND sql IS NOT NULL ORDER BY name", error))
        return false;
    QList<QByteArray> names;
    int result;
    while ((result = sqlite3_step(query)) == SQLITE_ROW) {
        names << reinterpret_cast<const char *>(sqlite3_column_text(query, 0));
        m_deferredIndexes << reinterpret_cast<const char *>(sqlite3_column_text(query, 1));
    }
    sqlite3_finalize(query);
    if (result != SQLITE_DONE)
        return fail(error);
    for (const QByteArray &name : std::as_const(names)) {
        const QByteArray drop = "DROP INDEX \"" + QByteArray(name).replace('"', "\"\"") + '"';
        if (sqlite3_exec(m_db, drop.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(error);
    }
    return true;
}

bool CandidateBulkWriter::restoreIndexes(Error *error)
{
    if (m_deferredIndexes.isEmpty())
        return true;
    if (!writeBatch(error))
        return false;
    for (const QByteArray &create : std::as_const(m_deferredIndexes)) {
        if (sqlite3_exec(m_db, create.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(error);
    }
    m_deferredIndexes.clear();
    return true;
}

bool CandidateBulkWriter::commit(Error *error)
{
    if (!m_inTransaction || !writeBatch(error) || !restoreIndexes(error)
        || sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(error);
    m_inTransaction = false;
    return true;
}

void CandidateBulkWriter::rollback()
{
    waitForWorker(nullptr);
    if (m_inTransaction)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_inTransaction = false;
    m_batch.clear();
    m_documents.clear();
    m_deferredIndexes.clear(); // the rollback made them again
}

bool CandidateBulkWriter::loadFingerprints(Error *error)
{
    m_fingerprints.clear();
    m_batch.clear();
    m_documents.clear();
    sqlite3_stmt *channels = nullptr;
    if (!prepare(&channels, "SELECT platform, handle FROM channels", error))
        return false;
    int result;
    while ((result = sqlite3_step(channels)) == SQLITE_ROW) {
        const auto *key = reinterpret_cast<const char *>(sqlite3_column_text(channels, 0));
        const auto platform = platformFromKey(QString::fromUtf8(key ? key : ""));
        const auto *handle = static_cast<const QChar *>(sqlite3_column_text16(channels, 1));
        const qsizetype length = sqlite3_column_bytes16(channels, 1) / qsizetype(sizeof(char16_t));
        if (platform && handle)
            m_fingerprints.insert(fingerprint(*platform, QStringView(handle, length)));
    }
    sqlite3_finalize(channels);
    sqlite3_stmt *largest = nullptr;
    if (result != SQLITE_DONE || !prepare(&largest, "SELECT ifnull(max(id), 0) FROM candidates", error))
        return fail(error);
    m_lastId = sqlite3_step(largest) == SQLITE_ROW ? sqlite3_column_int64(largest, 0) : 0;
    sqlite3_finalize(largest);
    return true;
}

std::optional<CandidateBulkWriter::Match> CandidateBulkWriter::findChannel(Platform platform,
                                                                           const QString &handle,
                                                                           Error *error)
{
    // Almost every new row stops here: its fingerprint was never seen.
    if (!m_fingerprints.contains(fingerprint(platform, handle)) || !restoreIndexes(error) || !writeBatch(error))
        return std::nullopt;
    const QString bare = handle.startsWith(QLatin1Char('@')) ? handle.mid(1) : handle;
    bindText(m_findChannel, 1, bare);
    bindText(m_findChannel, 2, QString(QLatin1Char('@') + bare));
    bindText(m_findChannel, 3, platformKey(platform));
    std::optional<Match> match;
    const int result = sqlite3_step(m_findChannel);
    if (result == SQLITE_ROW && sqlite3_column_type(m_findChannel, 1) != SQLITE_NULL)
        match = Match{sqlite3_column_int64(m_findChannel, 0), sqlite3_column_int64(m_findChannel, 1)};
    else if (result != SQLITE_ROW && result != SQLITE_DONE)
        fail(error);
    sqlite3_reset(m_findChannel);
    return match;
}

qint64 CandidateBulkWriter::insert(const Candidate &candidate, Error *error)
{
    Candidate stored = candidate;
    stored.id = ++m_lastId;
    for (const Channel &channel : std::as_const(stored.channels))
        m_fingerprints.insert(fingerprint(channel.platform, channel.handle.trimmed()));
    m_documents.append(SearchTerms::document(stored));
    m_batch.append(std::move(stored));
    if (m_batch.size() < batchSize)
        return m_lastId;
    if (!waitForWorker(error))
        return 0;
    m_worker = std::async(std::launch::async,
                          [this, batch = std::exchange(m_batch, {}), documents = std::exchange(m_documents, {})] {
                              return writeRows(batch, documents, &m_workerError);
                          });
    return m_lastId;
}

std::optional<CandidateBulkWriter::Match> CandidateBulkWriter::findSameWithoutHandle(const QString &name,
                                                                                     const Channel &channel,
                                                                                     Error *error)
{
    if (!restoreIndexes(error) || !writeBatch(error))
        return std::nullopt;
    bindOptional(m_findUnhandled, 1, channel.followers);
    bindText(m_findUnhandled, 2, platformKey(channel.platform));
    bindText(m_findUnhandled, 3, name.trimmed());
    bindOptional(m_findUnhandled, 4, channel.avgViews);
    bindOptional(m_findUnhandled, 5, channel.engagementRatePct);
    std::optional<Match> match;
    const int result = sqlite3_step(m_findUnhandled);
    if (result == SQLITE_ROW)
        match = Match{sqlite3_column_int64(m_findUnhandled, 0), sqlite3_column_int64(m_findUnhandled, 1)};
    else if (result != SQLITE_DONE)
        fail(error);
    sqlite3_reset(m_findUnhandled);
    return match;
}

bool CandidateBulkWriter::waitForWorker(Error *error)
{
    if (!m_worker.valid())
        return true;
    if (m_worker.get())
        return true;
    if (error)
        *error = m_workerError;
    return false;
}

bool CandidateBulkWriter::writeBatch(Error *error)
{
    if (!waitForWorker(error) || !writeRows(m_batch, m_documents, error))
        return false;
    m_batch.clear();
    m_documents.clear();
    return true;
}

bool CandidateBulkWriter::writeRows(const QList<Candidate> &batch, const QStringList &documents, Error *error)
{
    for (const Candidate &candidate : batch) {
        sqlite3_bind_int64(m_insertCandidate, 1, candidate.id);
        bindText(m_insertCandidate, 2, candidate.name.trimmed());
        bindText(m_insertCandidate, 3, kindKey(candidate.kind));
        bindText(m_insertCandidate, 4, CandidateSql::joinList(candidate.niches));
        bindText(m_insertCandidate, 5, CandidateSql::joinList(candidate.regions));
        bindText(m_insertCandidate, 6, candidate.notes);
        bindText(m_insertCandidate, 7, m_user);
        bindText(m_insertCandidate, 8, m_stampTime);
        if (!step(m_insertCandidate, error))
            return false;
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        for (const Channel &channel : batch.at(i).channels) {
            if (!insertChannel(batch.at(i).id, channel, error))
                return false;
        }
        if (!insertTerms(batch.at(i).id, documents.at(i), error))
            return false;
    }
    return true;
}

bool CandidateBulkWriter::insertChannel(qint64 candidateId, const Channel &channel, Error *error)
{
    sqlite3_bind_int64(m_insertChannel, 1, candidateId);
    bindText(m_insertChannel, 2, platformKey(channel.platform));
    bindText(m_insertChannel, 3, channel.handle.trimmed());
    bindOptional(m_insertChannel, 4, channel.followers);
    bindOptional(m_insertChannel, 5, channel.engagementRatePct);
    bindOptional(m_insertChannel, 6, channel.avgViews);
    bindFee(m_insertChannel, 7, channel.fee);
    bindOptional(m_insertChannel, 9, channel.authenticityPct);
    bindText(m_insertChannel, 10, LanguageMatch::joined(channel.languages));
    return step(m_insertChannel, error);
}

bool CandidateBulkWriter::insertTerms(qint64 candidateId, const QString &document, Error *error)
{
    // One row of the full-text index per candidate, its id as the rowid.
    sqlite3_bind_int64(m_insertTerm, 1, candidateId);
    bindText(m_insertTerm, 2, document);
    return step(m_insertTerm, error);
}

bool CandidateBulkWriter::updateCandidate(qint64 candidateId, const CandidateChanges &changes, Error *error)
{
    if (!writeBatch(error))
        return false;
    const auto bindChange = [this](int index, const std::optional<QString> &text) {
        if (text)
            bindText(m_updateCandidate, index, *text);
        else
            sqlite3_bind_null(m_updateCandidate, index);
    };
    bindChange(1, changes.name ? std::optional<QString>(changes.name->trimmed()) : std::nullopt);
    bindChange(2, changes.kind ? std::optional<QString>(kindKey(*changes.kind)) : std::nullopt);
    bindChange(3, changes.niches ? std::optional<QString>(CandidateSql::joinList(*changes.niches)) : std::nullopt);
    bindChange(4, changes.regions ? std::optional<QString>(CandidateSql::joinList(*changes.regions)) : std::nullopt);
    bindChange(5, changes.notes);
    sqlite3_bind_int64(m_updateCandidate, 6, candidateId);
    bindText(m_updateCandidate, 7, m_user); // a merge moves the row on (RowVersion)
    bindText(m_updateCandidate, 8, m_stampTime);
    return step(m_updateCandidate, error);
}

bool CandidateBulkWriter::updateChannel(qint64 channelId, const Channel &channel, bool followersGiven,
                                        Error *error)
{
    if (!writeBatch(error))
        return false;
    bindOptional(m_updateChannel, 1, followersGiven ? channel.followers : std::nullopt);
    bindOptional(m_updateChannel, 2, channel.engagementRatePct);
    bindOptional(m_updateChannel, 3, channel.avgViews);
    bindFee(m_updateChannel, 4, channel.fee);
    bindOptional(m_updateChannel, 6, channel.authenticityPct);
    // Languages the file gives replace the stored ones; none given keeps them.
    if (channel.languages.isEmpty())
        sqlite3_bind_null(m_updateChannel, 8);
    else
        bindText(m_updateChannel, 8, LanguageMatch::joined(channel.languages));
    sqlite3_bind_int64(m_updateChannel, 7, channelId);
    return step(m_updateChannel, error);
}

bool CandidateBulkWriter::addChannel(qint64 candidateId, const Channel &channel, Error *error)
{
    m_fingerprints.insert(fingerprint(channel.platform, channel.handle.trimmed()));
    return writeBatch(error) && insertChannel(candidateId, channel, error);
}

bool CandidateBulkWriter::refreshSearchTerms(qint64 candidateId, Error *error)
{
    if (!restoreIndexes(error) || !writeBatch(error))
        return false;
    Candidate candidate;
    sqlite3_bind_int64(m_candidateText, 1, candidateId);
    int result;
    while ((result = sqlite3_step(m_candidateText)) == SQLITE_ROW) {
        candidate.name = columnText(m_candidateText, 0);
        if (sqlite3_column_type(m_candidateText, 1) != SQLITE_NULL) {
            Channel channel;
            channel.handle = columnText(m_candidateText, 1);
            candidate.channels.append(channel);
        }
    }
    sqlite3_reset(m_candidateText);
    if (result != SQLITE_DONE)
        return fail(error);
    sqlite3_bind_int64(m_deleteTerms, 1, candidateId);
    return step(m_deleteTerms, error)
        && insertTerms(candidateId, SearchTerms::document(candidate), error);
}

} // namespace planner
