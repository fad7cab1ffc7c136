#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <optional>
#include <vector>

namespace planner {

// The candidates a search finds, taken from the full-text index (candidate_search) in one
// query and kept as a set in memory: an in-memory order is then filtered by a look-up per
// row instead of a full-text query per row (issue 14: a word of many candidates checked row
// by row through MATCH took 17 s on a million).
class SearchMatches
{
public:
    // Every candidate with a term beginning with each of words (folded, as
    // SearchTerms::queryWords gives them); none when the index could not be read.
    static std::optional<SearchMatches> find(const QSqlDatabase &db, const QStringList &words);

    bool contains(qint64 candidateId) const
    {
        return candidateId >= 0 && size_t(candidateId >> 6) < m_found.size()
            && (m_found[size_t(candidateId >> 6)] >> (quint64(candidateId) & 63)) & 1;
    }
    qint64 count() const { return m_count; }

private:
    static std::optional<SearchMatches> findOnServer(const QSqlDatabase &db, const QStringList &words);
    void add(qint64 id);

    std::vector<quint64> m_found; // a bit by candidate id
    qint64 m_count = 0;
};

} // namespace planner
