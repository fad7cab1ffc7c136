#include "storage/searchmatches.h"

#include "storage/rowreader.h"
#include "storage/searchterms.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace planner {

void SearchMatches::add(qint64 id)
{
    if (id < 0)
        return;
    if (size_t(id) >= m_found.size())
        m_found.resize(std::max(size_t(id) + 1, m_found.size() * 2));
    if (!m_found[size_t(id)])
        ++m_count;
    m_found[size_t(id)] = true;
}

std::optional<SearchMatches> SearchMatches::findOnServer(const QSqlDatabase &db, const QStringList &words)
{
    // The ids as one text ("12,7,40"): a row per id cost more to read than the search.
    const SqlDialect &dialect = SqlDialect::of(db);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(dialect.searchIdsQuery()))
        return std::nullopt;
    for (const QVariant &value : dialect.searchValues(SearchTerms::fewestWords(words)))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QString ids = query.value(0).toString();
    SearchMatches matches;
    qint64 id = 0;
    bool inNumber = false;
    for (const QChar c : ids) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            id = id * 10 + (c.unicode() - '0');
            inNumber = true;
        } else {
            if (inNumber)
                matches.add(id);
            id = 0;
            inNumber = false;
        }
    }
    if (inNumber)
        matches.add(id);
    return matches;
}

std::optional<SearchMatches> SearchMatches::find(const QSqlDatabase &db, const QStringList &words)
{
    if (SqlDialect::of(db).engine() == SqlDialect::Engine::PostgreSQL)
        return findOnServer(db, words);
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
    while ((result = sqlite3_step(statement)) == SQLITE_ROW)
        matches.add(sqlite3_column_int64(statement, 0));
    sqlite3_finalize(statement);
    if (result != SQLITE_DONE)
        return std::nullopt;
    return matches;
}

} // namespace planner
