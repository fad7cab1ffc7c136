#pragma once

#include "storage/candidatewriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <memory>

struct pg_conn;
struct pg_result;

namespace planner {

class CopySender;
class Database;

// The candidate import's writer for a team database on a PostgreSQL server: new candidates,
// their channels and search terms go to the server with COPY ... FROM STDIN (PostgreSQL's
// bulk path, many times faster than one INSERT per row), a batch at a time, table after
// table. Qt's QPSQL driver has no COPY, so the writer reaches libpq through the driver's
// handle, on a connection of its own (Database::open), and runs everything there in ONE
// transaction: a failure anywhere, a lost connection included, leaves the server as it was.
// A batch goes from a thread of its own (CopySender) while the next one is read and checked;
// anything else on the connection (a lookup, an update, the commit) waits for it first.
//
// Ids are reserved from the candidates' sequence before the rows are sent (nextval over
// generate_series, on a second connection: the first is busy sending), so channels and search terms name their candidate without asking back;
// channels take theirs from the table's own default. New rows are stamped with the server's
// current_user and the time, as an update's stamp is (RowVersion). As CandidateBulkWriter
// does, a set of fingerprints of every stored and new (platform, handle) answers "not
// stored" without a query for almost every row; any lookup or update first sends the batch.
class CandidateCopyWriter final : public CandidateWriter
{
    Q_DECLARE_TR_FUNCTIONS(CandidateCopyWriter)

public:
    explicit CandidateCopyWriter(const QString &uri);
    ~CandidateCopyWriter() override;

    bool begin(Error *error) override;
    bool commit(Error *error) override;
    void rollback() override;
    std::optional<Match> findChannel(Platform platform, const QString &handle, Error *error) override;
    std::optional<Match> findSameWithoutHandle(const QString &name, const Channel &channel, Error *error) override;
    qint64 insert(const Candidate &candidate, Error *error) override;
    bool updateCandidate(qint64 candidateId, const CandidateChanges &changes, Error *error) override;
    bool updateChannel(qint64 channelId, const Channel &channel, bool followersGiven, Error *error) override;
    bool addChannel(qint64 candidateId, const Channel &channel, Error *error) override;
    bool refreshSearchTerms(qint64 candidateId, Error *error) override;

    // New candidates kept before they are sent together.
    static constexpr qsizetype batchSize = 8192;

private:
    using Params = QList<std::optional<QByteArray>>;
    struct Result;

    bool fail(Error *error, const QString &reason = {});
    // Runs sql with its text parameters (nullopt: NULL); expected: what a success returns.
    Result exec(const char *sql, const Params &params, int expected, Error *error);
    Result exec(pg_conn *conn, const char *sql, const Params &params, int expected, Error *error);
    bool command(const char *sql, const Params &params, Error *error);
    bool loadFingerprints(Error *error);
    bool reserveIds(Error *error);
    // Hands the rows kept to the sender, one COPY per table; returns while they are sent.
    bool flush(Error *error);
    // flush, then waits till the server has them: the connection is free for a query.
    bool settle(Error *error);
    void appendChannel(qint64 candidateId, const Channel &channel);
    void appendTerms(qint64 candidateId, const QString &document);
    std::optional<Match> firstMatch(const Result &result) const;

    QString m_uri;
    std::unique_ptr<Database> m_database;
    pg_conn *m_conn = nullptr;
    std::unique_ptr<CopySender> m_sender; // sends on m_conn
    std::unique_ptr<Database> m_idDatabase;
    pg_conn *m_idConn = nullptr;
    QByteArray m_sequence; // the candidates' id sequence, its name schema-qualified
    bool m_inTransaction = false;
    QByteArray m_user;       // the server's current_user, escaped for COPY
    QByteArray m_stampTime;  // the import's time, as RowVersion writes it
    QByteArray m_candidates; // rows of COPY text not yet sent
    QByteArray m_channels;
    QByteArray m_terms;
    qsizetype m_pending = 0;   // candidates in m_candidates
    QList<qint64> m_freeIds;   // reserved from the sequence, not yet given
    QSet<quint64> m_fingerprints;
    QElapsedTimer m_clock; // PLANNER_COPY_TIMING
    qint64 m_idNanos = 0;
};

} // namespace planner
