#pragma once

#include "storage/candidatewriter.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <future>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace planner {

// The one SQLite-specific fast path of the program (everything else goes through Qt SQL,
// so another backend could replace SQLite): writes imported
// candidates through the SQLite C API, on a connection of its own to the campaign file,
// with every statement prepared once. Binding Qt's UTF-16 text straight to SQLite saves the
// QVariant and conversion per value that QSqlQuery costs (3.4 s against 1.0 s for a
// million rows here). A portable backend would write through CandidateInserter instead.
//
// Everything between begin() and commit() is one transaction; leaving without commit()
// rolls it back, so the file stays exactly as it was. WAL lets the program's own
// connection keep reading meanwhile.
//
// New candidates are written a batch at a time, table after table (candidates, channels,
// then search terms in term order): a row's writes touch fifteen B-trees, and visiting them
// one by one keeps each one's pages at hand. Ids are given here, from the largest stored
// one, which is safe inside the write transaction. A set of fingerprints of every stored
// and new (platform, handle) answers "not stored" without a query for almost every row;
// only a fingerprint that is known sends the batch to the file and asks SQLite.
//
// Into a file without candidates or channels (a new file's first import) the rows go
// without the secondary indexes of both tables: begin() drops them and they are made again
// from their own statements, each in one sorted pass, before the first look-up that needs
// one or at commit(). Inside the transaction, so a failure brings them back with the rest;
// a made index has full pages where one grown in the handles' and names' random order is
// a third empty (the file is smaller as well as written sooner).
//
// A full batch is written on a worker thread while the caller reads and checks the next
// rows (the second core); its search document is folded by the caller before it is handed
// over. Every other call first waits for that batch, so the connection is only ever used
// by one thread at a time and the order of writes is the order of calls.
class CandidateBulkWriter final : public CandidateWriter
{
    Q_DECLARE_TR_FUNCTIONS(CandidateBulkWriter)

public:
    explicit CandidateBulkWriter(const QString &databasePath);
    ~CandidateBulkWriter() override;

    // Opens the connection and starts the transaction (BEGIN IMMEDIATE).
    bool begin(Error *error) override;
    bool commit(Error *error) override;
    void rollback() override;
    std::optional<Match> findChannel(Platform platform, const QString &handle, Error *error) override;
    std::optional<Match> findSameWithoutHandle(const QString &name, const Channel &channel, Error *error) override;
    // New candidates go in the next batch: 0 when the batch it completed could not be written.
    qint64 insert(const Candidate &candidate, Error *error) override;
    bool updateCandidate(qint64 candidateId, const CandidateChanges &changes, Error *error) override;
    bool updateChannel(qint64 channelId, const Channel &channel, bool followersGiven, Error *error) override;
    bool addChannel(qint64 candidateId, const Channel &channel, Error *error) override;
    bool refreshSearchTerms(qint64 candidateId, Error *error) override;

    // New candidates kept before they are written together.
    static constexpr qsizetype batchSize = 4096;

private:
    bool open(Error *error);
    bool loadFingerprints(Error *error);
    // Drops the secondary indexes of candidates and channels when both tables are empty.
    bool deferIndexes(Error *error);
    // Makes the dropped indexes again (after the batch on its way); true when none were.
    bool restoreIndexes(Error *error);
    // Waits for the batch on the worker, then writes the one being filled.
    bool writeBatch(Error *error);
    bool waitForWorker(Error *error);
    bool writeRows(const QList<Candidate> &batch, const QStringList &documents, Error *error);
    bool prepare(sqlite3_stmt **statement, const char *sql, Error *error);
    bool step(sqlite3_stmt *statement, Error *error);
    bool fail(Error *error);
    bool insertChannel(qint64 candidateId, const Channel &channel, Error *error);
    bool insertTerms(qint64 candidateId, const QString &document, Error *error);

    QString m_path;
    sqlite3 *m_db = nullptr;
    bool m_inTransaction = false;
    sqlite3_stmt *m_insertCandidate = nullptr;
    sqlite3_stmt *m_insertChannel = nullptr;
    sqlite3_stmt *m_insertTerm = nullptr;
    sqlite3_stmt *m_findChannel = nullptr;
    sqlite3_stmt *m_findUnhandled = nullptr;
    sqlite3_stmt *m_updateCandidate = nullptr;
    sqlite3_stmt *m_updateChannel = nullptr;
    sqlite3_stmt *m_candidateText = nullptr;
    sqlite3_stmt *m_deleteTerms = nullptr;
    QList<Candidate> m_batch; // with the ids they will be stored under
    QStringList m_documents;  // their search documents (SearchTerms::document)
    std::future<bool> m_worker; // the batch being written on the worker thread
    Error m_workerError;
    qint64 m_lastId = 0;
    QSet<quint64> m_fingerprints;
    QList<QByteArray> m_deferredIndexes; // CREATE INDEX statements of the indexes dropped
    QString m_user;      // who the rows are stamped as changed by (RowVersion::localUser)
    QString m_stampTime; // and when: the import's start, UTC, ISO 8601 with milliseconds
};

} // namespace planner
