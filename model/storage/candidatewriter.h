#pragma once

#include "domain/candidate.h"
#include "domain/error.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace planner {

// What the candidate import asks of the database it writes to, whatever the engine: the
// lookups that find a row's candidate among the stored ones, and the writes, all inside one
// transaction from begin() to commit() (leaving without commit() rolls it back, so the
// database stays exactly as it was). A campaign file is written by CandidateBulkWriter
// (SQLite's own API), a team database by CandidateCopyWriter (PostgreSQL's COPY).
class CandidateWriter
{
public:
    // A stored channel found by platform and handle.
    struct Match
    {
        qint64 candidateId = 0;
        qint64 channelId = 0;
    };

    // What an update changes of a stored candidate: each value given replaces the stored one.
    struct CandidateChanges
    {
        std::optional<QString> name;
        std::optional<CandidateKind> kind;
        std::optional<QStringList> niches;
        std::optional<QStringList> regions;
        std::optional<QString> notes;
    };

    // The writer for the database at path: a file, or a postgresql:// address (ServerAddress).
    static std::unique_ptr<CandidateWriter> forDatabase(const QString &path);

    virtual ~CandidateWriter() = default;

    // Opens the connection and starts the transaction.
    virtual bool begin(Error *error) = 0;
    virtual bool commit(Error *error) = 0;
    virtual void rollback() = 0;

    // The stored channel on platform whose handle is handle, with or without a leading '@'.
    virtual std::optional<Match> findChannel(Platform platform, const QString &handle, Error *error) = 0;
    // A stored channel without a handle on the channel's platform, of a candidate named
    // name, with the channel's figures (followers, average views, engagement rate).
    virtual std::optional<Match> findSameWithoutHandle(const QString &name, const Channel &channel,
                                                       Error *error) = 0;
    // Inserts a valid candidate with its channels and search terms (possibly in a later
    // batch); returns its id, or 0 when it could not be written.
    virtual qint64 insert(const Candidate &candidate, Error *error) = 0;
    virtual bool updateCandidate(qint64 candidateId, const CandidateChanges &changes, Error *error) = 0;
    // Sets the figures the channel gives (a figure it leaves empty keeps the stored one;
    // followers always replace).
    virtual bool updateChannel(qint64 channelId, const Channel &channel, bool followersGiven, Error *error) = 0;
    virtual bool addChannel(qint64 candidateId, const Channel &channel, Error *error) = 0;
    // Rewrites the search terms of a stored candidate from its name and handles.
    virtual bool refreshSearchTerms(qint64 candidateId, Error *error) = 0;

protected:
    CandidateWriter() = default;
    // A channel's (platform, handle) folded to a number, the handle with or without its '@'.
    static quint64 fingerprint(Platform platform, QStringView handle);
    CandidateWriter(const CandidateWriter &) = delete;
    CandidateWriter &operator=(const CandidateWriter &) = delete;
};

} // namespace planner
