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
    // Why it failed (SQLite's message, or the Qt driver's); empty when it did not.
    QString errorText() const;
    // The SQLite handle the statement was prepared on; null on another engine.
    sqlite3 *handle() const { return m_handle; }
    // A statement of SQLite's is open (it keeps sqlite3_close from closing the handle).
    bool hasStatement() const { return m_statement != nullptr; }
    bool isNull(int column) const;
    // Whether the value is stored as an integer (not NULL, text or real).
    bool isInteger(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // UTF-8; from SQLite it points into the row and is valid until next().
    QByteArray text(int column) const;

private:
    void noteSqliteError();

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    std::optional<QSqlQuery> m_query;
    bool m_failed = false;
};

} // namespace planner
