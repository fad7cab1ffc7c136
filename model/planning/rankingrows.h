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
#include <vector>

namespace planner {

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

private:
    struct TextIds
    {
        QHash<QString, quint32> ids;
        QList<QStringList> lists;
    };
    static quint32 internList(TextIds &texts, const QString &joined, const QStringList &items);
    quint32 currencyId(const QString &currency);
    void appendRecord(const QSqlQuery &query);
    bool readInto(const QSqlDatabase &db, int chunkRows,
                  const std::function<void(const RankingRows &)> &onChunk, Error *error);
    Platform platformOf(const QString &key) const;

    std::vector<RankingRow> m_rows;
    QStringList m_currencies;
    QHash<QString, quint32> m_currencyIds;
    TextIds m_niches;
    TextIds m_regions;
    TextIds m_languages;
    QHash<QString, Platform> m_platforms;
};

} // namespace planner
