#pragma once

#include "domain/error.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QVariantList>
#include <functional>
#include <optional>

namespace planner {

// One write to a campaign file, the ritual every store follows, written once: the refusal
// check, one transaction, statements prepared, bound and run inside it, the commit. The
// first failure is reported in *error as "what (file: SQLite's reason)", unless *error
// already holds one; without commit() the transaction rolls back when the write goes.
// Reads report their failures the same way (read()).
class StoreWrite
{
public:
    // Whether each statement must change exactly one row (an update of a missing row fails).
    enum class Rows { Any, One };

    StoreWrite(const Database &database, const QString &what, Error *error);
    StoreWrite(const StoreWrite &) = delete;
    StoreWrite &operator=(const StoreWrite &) = delete;

    // The check before a write: copies a refusal (a validator's fault) into *error and says
    // whether there was none.
    static bool accepted(const std::optional<Error> &fault, Error *error);
    // Prepares sql on query (made on database's connection), binds values and runs it; on
    // failure fills *error with what and SQLite's reason, as a write does.
    static bool read(const Database &database, QSqlQuery &query, const QString &sql,
                     const QVariantList &values, const QString &what, Error *error);
    // read() of every row: hands each row of sql (bound to values) to row in turn; false,
    // with *error filled as read() fills it, when the query could not run.
    static bool readRows(const Database &database, const QString &sql, const QVariantList &values,
                         const QString &what, Error *error,
                         const std::function<void(const QSqlQuery &)> &row);
    // A read whose failure leaves the caller's defaults in place (the static loads of
    // assumptions, tiers and rates): runs sql on db and hands each row to row in turn;
    // false when the query could not run.
    static bool eachRow(const QSqlDatabase &db, const QString &sql,
                        const std::function<void(const QSqlQuery &)> &row);

    bool isOk() const { return m_ok; }
    const Database &database() const { return m_database; }
    // Prepares sql, binds values in order and runs it inside the transaction.
    bool exec(const QString &sql, const QVariantList &values, Rows rows = Rows::One);
    // Runs a statement prepared with prepare() and bound by the caller (reused in a loop).
    bool exec(QSqlQuery &query, Rows rows = Rows::One);
    QSqlQuery prepare(const QString &sql) const;
    // A step another writer did on this connection (it reports its own failure): false
    // stops the write, with what alone when *error is still empty.
    bool step(bool done);
    // Stops the write with a refusal found inside it; the transaction rolls back.
    bool refuse(const Error &fault);
    // Of the last statement run by exec(sql, values).
    qint64 lastInsertId() const;
    int rowsChanged() const;
    // Commits; false (reported) when anything before failed or the commit fails.
    bool commit();

private:
    void fail(const QString &detail);
    void fail(const QSqlError &detail);
    // Ends the write undone, keeping the first fault.
    void stop(const Error &fault);

    const Database &m_database;
    QString m_what;
    Error *m_error;
    Transaction m_transaction;
    QSqlQuery m_last;
    bool m_ok;
};

} // namespace planner
