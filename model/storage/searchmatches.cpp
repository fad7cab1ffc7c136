#include "storage/searchmatches.h"

#include "storage/rowreader.h"
#include "storage/searchterms.h"

#include <sqlite3.h>

namespace planner {

std::optional<SearchMatches> SearchMatches::find(const QSqlDatabase &db, const QStringList &words)
{
    sqlite3 *handle = RowReader::sqliteHandle(db);
    if (!handle)
        return std::nullopt;
    // Phrases side by side are all required (FTS5's implicit AND); rowids come in order.
    const QString query = SearchTerms::matchQuery(SearchTerms::fewestWords(words));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT rowid FROM candidate_search WHERE candidate_search MATCH ?1", -1,
                           &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    sqlite3_bind_text16(statement, 1, query.utf16(), int(query.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    SearchMatches matches;
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(statement, 0);
        if (id < 0)
            continue;
        if (size_t(id) >= matches.m_found.size())
            matches.m_found.resize(std::max(size_t(id) + 1, matches.m_found.size() * 2));
        matches.m_found[size_t(id)] = true;
        ++matches.m_count;
    }
    sqlite3_finalize(statement);
    if (result != SQLITE_DONE)
        return std::nullopt;
    return matches;
}

} // namespace planner
