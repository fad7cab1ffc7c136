#include "storage/searchmatches.h"

#include "storage/rowreader.h"
#include "storage/searchterms.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace planner {

namespace {

// The aggregate the index's rowids are handed to inside one statement (issue 14: "1" finds
// 408,000 of a million candidates; stepping each id out through sqlite3_step took 31 ms of
// CPU, handing them to this aggregate 18 ms). Its user data is the SearchMatches being filled.
constexpr char collectFunction[] = "planner_search_matches"; // named in find()'s statement

} // namespace

void SearchMatches::add(qint64 id)
{
    if (id < 0)
        return;
    const size_t word = size_t(id >> 6);
    if (word >= m_found.size())
        m_found.resize(std::max(word + 1, m_found.size() * 2));
    const quint64 bit = quint64(1) << (quint64(id) & 63);
    m_count += (m_found[word] & bit) == 0;
    m_found[word] |= bit;
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
    // Phrases side by side are all required (FTS5's implicit AND). The rowids go to the
    // aggregate inside the statement, registered for this query only (its user data is the
    // local matches) and removed after it.
    const QString query = SearchTerms::matchQuery(SearchTerms::fewestWords(words));
    SearchMatches matches;
    const auto step = [](sqlite3_context *context, int, sqlite3_value **values) {
        static_cast<SearchMatches *>(sqlite3_user_data(context))->add(sqlite3_value_int64(values[0]));
    };
    const auto finish = [](sqlite3_context *context) { sqlite3_result_null(context); };
    if (sqlite3_create_function_v2(handle, collectFunction, 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, &matches, nullptr,
                                   step, finish, nullptr) != SQLITE_OK)
        return std::nullopt;
    sqlite3_stmt *statement = nullptr;
    int result = sqlite3_prepare_v2(handle,
                                    "SELECT planner_search_matches(rowid) FROM candidate_search"
                                    " WHERE candidate_search MATCH ?1",
                                    -1, &statement, nullptr);
    if (result == SQLITE_OK) {
        sqlite3_bind_text16(statement, 1, query.utf16(), int(query.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        result = sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    sqlite3_create_function_v2(handle, collectFunction, 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, nullptr, nullptr,
                               nullptr, nullptr);
    if (result != SQLITE_ROW)
        return std::nullopt;
    return matches;
}

} // namespace planner
