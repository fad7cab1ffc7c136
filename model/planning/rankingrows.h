#pragma once

#include "domain/candidate.h"
#include "domain/candidaterow.h"
#include "domain/error.h"
#include "planning/rankingrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace planner {

class RowReader;

// Candidate channels as goal ranking reads them: compact numeric rows plus the few distinct
// texts they point to (currencies, niche lists, region lists), each stored once. Matching a
// campaign's niches and regions then costs one check per distinct list, not one per row.
class RankingRows
{
    Q_DECLARE_TR_FUNCTIONS(RankingRows)

public:
    RankingRows();

    void reserve(qsizetype rows) { m_rows.reserve(size_t(rows)); }
    void append(const CandidateRow &row);
    void append(const Candidate &candidate); // one row per channel
    // Drops the rows but keeps the texts, so a file can be read a chunk at a time.
    void clearRows() { m_rows.clear(); }

    const std::vector<RankingRow> &rows() const { return m_rows; }
    qsizetype size() const { return qsizetype(m_rows.size()); }
    const QStringList &currencies() const { return m_currencies; } // as stored, "" for none
    const QList<QStringList> &nicheLists() const { return m_niches.lists; }
    const QList<QStringList> &regionLists() const { return m_regions.lists; }
    const QList<QStringList> &languageLists() const { return m_languages.lists; }

    // Reads every channel of a campaign database with one forward-only query, in channel id
    // order. Every chunkRows rows, and once at the end, onChunk gets them; they are dropped
    // afterwards, so memory stays at one chunk. False (with error) when the query fails.
    static bool read(const QSqlDatabase &db, int chunkRows,
                     const std::function<void(const RankingRows &)> &onChunk, Error *error = nullptr);
    // Every channel at once.
    static std::optional<RankingRows> readAll(const QSqlDatabase &db, Error *error = nullptr);
    // The columns read, in the order read() expects them (for measuring the bare query).
    static QString selectSql();
    // read() and readAll() take SQLite's rows through RowReader (raw values, texts interned
    // from their bytes): the candidates' texts first, then the channels, in one read
    // transaction; these read every engine through QSqlQuery and the join, the way read()
    // did before issue 14, so tests can prove both give the same rows.
    static std::optional<RankingRows> readAllThroughQSqlQuery(const QSqlDatabase &db, Error *error = nullptr);

private:
    // Ids by the UTF-8 bytes read from SQLite, in a table of open addressing hashed by FNV-1a:
    // QHash's hash of a QByteArray took a fifth of the ranking of a million channels, and
    // its buckets another seventh of the read (issue 14).
    class ByteIds
    {
    public:
        std::optional<quint32> find(const QByteArray &bytes, quint64 hash) const;
        void insert(const QByteArray &bytes, quint64 hash, quint32 id);
        static quint64 hashOf(const QByteArray &bytes);

    private:
        struct Slot
        {
            quint64 hash = 0;
            QByteArray key;
            quint32 id = 0;
            bool used = false;
        };
        std::vector<Slot> m_slots; // a power of two of them, at most half used
        size_t m_used = 0;
    };
    struct TextIds
    {
        QHash<QString, quint32> ids;
        QList<QStringList> lists;
        ByteIds byBytes; // the same lists by their UTF-8 bytes as read
    };
    enum class ListKind { Plain, Languages };
    // The texts of every candidate by its id, read apart from the channels (issue 14: the
    // join looked each channel's candidate up in the file); a list gets its id in this
    // RankingRows only when a channel uses it, so the lists are those the join reads.
    struct CandidateTexts
    {
        struct Lists
        {
            std::vector<quint32> ofCandidate; // by candidate id: index into bytes; none: no such candidate
            std::vector<QByteArray> bytes;     // each distinct list once
            std::vector<quint32> ids;          // by index into bytes: the id here, none until used
            ByteIds indexes;
            quint32 indexOf(const QByteArray &text);
        };
        Lists niches;
        Lists regions;
        std::vector<quint8> kinds; // by candidate id
    };
    enum class CandidatesRead { Read, Sparse, Failed };
    static CandidatesRead readCandidates(const QSqlDatabase &db, CandidateTexts &texts, QString *reason);
    // Appends the channel at the reader (RankingRows::channelSql's columns); false for a
    // channel whose candidate the file lacks (the join leaves it out).
    bool appendChannel(const RowReader &reader, CandidateTexts &candidates);
    quint32 listId(TextIds &texts, CandidateTexts::Lists &lists, quint32 index);
    static QString kindCase(const QString &column);
    static QString channelSql();
    static quint32 internBytes(TextIds &texts, const QByteArray &bytes, ListKind kind);
    static quint32 internList(TextIds &texts, const QString &joined, const QStringList &items);
    quint32 currencyId(const QString &currency);
    quint32 currencyIdOfBytes(const QByteArray &bytes);
    Platform platformOfBytes(const QByteArray &bytes);
    void appendRecord(const QSqlQuery &query);
    void appendRecord(const RowReader &reader);
    // A channel's own figures (ids, platform, followers to authenticity) from either read.
    RankingRow channelRow(const RowReader &reader);
    bool readInto(const QSqlDatabase &db, int chunkRows,
                  const std::function<void(const RankingRows &)> &onChunk, Error *error);
    // The channels joined with their candidates in one statement (before issue 14's split
    // read; still for a file whose candidate ids are too sparse for a table by id).
    bool readJoined(const QSqlDatabase &db, int chunkRows,
                    const std::function<void(const RankingRows &)> &onChunk, Error *error);
    bool readThroughQSqlQuery(const QSqlDatabase &db, int chunkRows,
                              const std::function<void(const RankingRows &)> &onChunk, Error *error);
    using Reading = bool (RankingRows::*)(const QSqlDatabase &, int,
                                          const std::function<void(const RankingRows &)> &, Error *);
    static std::optional<RankingRows> readAllBy(Reading reading, const QSqlDatabase &db, Error *error);
    // After a row: a chunk of chunkRows goes to onChunk and the rows start again.
    void handOnFullChunk(int chunkRows, const std::function<void(const RankingRows &)> &onChunk);
    // The read's error, with the engine's reason; false.
    static bool failed(Error *error, const QString &reason);
    Platform platformOf(const QString &key) const;

    std::vector<RankingRow> m_rows;
    QStringList m_currencies;
    QHash<QString, quint32> m_currencyIds;
    TextIds m_niches;
    TextIds m_regions;
    TextIds m_languages;
    QHash<QString, Platform> m_platforms;
    ByteIds m_currencyBytes;
    ByteIds m_platformBytes; // ids are Platform values
};

} // namespace planner
