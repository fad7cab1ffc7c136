#include "storage/storewrite.h"

#include "storage/sqldialect.h"

#include <QSqlError>
#include <QVariant>

namespace planner {

StoreWrite::StoreWrite(const Database &database, const QString &what, Error *error)
    : m_database(database)
    , m_what(what)
    , m_error(error)
    , m_transaction(database.connection())
    , m_last(database.connection())
    , m_ok(m_transaction.isActive())
{
    if (!m_ok)
        fail(m_transaction.errorText());
}

bool StoreWrite::accepted(const std::optional<Error> &fault, Error *error)
{
    if (fault && error)
        *error = *fault;
    return !fault;
}

bool StoreWrite::read(const Database &database, QSqlQuery &query, const QString &sql,
                      const QVariantList &values, const QString &what, Error *error)
{
    bool ok = query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (ok)
        return true;
    if (error && error->isEmpty())
        *error = database.fault(what, query.lastError());
    return false;
}

bool StoreWrite::readRows(const Database &database, const QString &sql, const QVariantList &values,
                          const QString &what, Error *error,
                          const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(database.connection());
    if (!read(database, query, sql, values, what, error))
        return false;
    while (query.next())
        row(query);
    return true;
}

bool StoreWrite::eachRow(const QSqlDatabase &db, const QString &sql,
                         const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return false;
    while (query.next())
        row(query);
    return true;
}

void StoreWrite::fail(const QString &detail)
{
    stop(m_database.fault(m_what, detail));
}

void StoreWrite::fail(const QSqlError &detail)
{
    stop(m_database.fault(m_what, detail));
}

void StoreWrite::stop(const Error &fault)
{
    m_ok = false;
    m_transaction.rollback();
    if (m_error && m_error->isEmpty())
        *m_error = fault;
}

QSqlQuery StoreWrite::prepare(const QString &sql) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    return query;
}

bool StoreWrite::exec(const QString &sql, const QVariantList &values, Rows rows)
{
    if (!m_ok)
        return false;
    m_last = QSqlQuery(m_database.connection());
    if (!m_last.prepare(sql)) {
        fail(m_last.lastError());
        return false;
    }
    for (const QVariant &value : values)
        m_last.addBindValue(value);
    return exec(m_last, rows);
}

bool StoreWrite::exec(QSqlQuery &query, Rows rows)
{
    if (!m_ok)
        return false;
    if (!query.exec())
        fail(query.lastError());
    else if (rows == Rows::One && query.numRowsAffected() != 1)
        fail(QString());
    return m_ok;
}

bool StoreWrite::step(bool done)
{
    if (m_ok && !done)
        fail(QString());
    return m_ok;
}

bool StoreWrite::refuse(const Error &fault)
{
    m_ok = false;
    if (m_error)
        *m_error = fault;
    return false;
}

qint64 StoreWrite::lastInsertId() const
{
    return SqlDialect::of(m_database.connection()).insertedId(m_database.connection(), m_last);
}

int StoreWrite::rowsChanged() const
{
    return m_last.numRowsAffected();
}

bool StoreWrite::commit()
{
    if (!m_ok)
        return false;
    if (!m_transaction.commit())
        fail(m_transaction.errorText());
    return m_ok;
}

} // namespace planner
