#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace planner {

// The rows of one SELECT read through SQLite's own API on the handle of a Qt connection
// (issue 19: reading a million channels' figures through QSqlQuery took 9-20 s on the loaded
// machine, a QVariant per value), or through QSqlQuery on another engine (PostgreSQL).
// Columns are taken by their index in the statement.
class RowReader
{
public:
    RowReader(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // The connection's own SQLite handle (Qt's driver links the same library); null for
    // another engine.
    static sqlite3 *sqliteHandle(const QSqlDatabase &db);

    // The next row; false at the end or on a failure (failed()).
    bool next();
    bool failed() const { return m_failed; }
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // UTF-8; from SQLite it points into the row and is valid until next().
    QByteArray text(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    bool m_failed = false;
};

} // namespace planner
