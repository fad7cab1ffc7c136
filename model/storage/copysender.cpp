#include "storage/copysender.h"

#include <QElapsedTimer>
#include <libpq-fe.h>

namespace planner {

CopySender::CopySender(pg_conn *connection)
    : m_conn(connection)
    , m_thread([this] { run(); })
{
}

CopySender::~CopySender()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool CopySender::send(QList<Table> batch)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
        if (!m_error.isEmpty())
            return false;
        m_batch = std::move(batch);
        m_busy = true;
    }
    m_changed.notify_all();
    return true;
}

bool CopySender::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_busy; });
    return m_error.isEmpty();
}

QString CopySender::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

QList<CopySender::Spent> CopySender::spent() const
{
    std::lock_guard lock(m_mutex);
    return m_spent;
}

void CopySender::run()
{
    for (;;) {
        QList<Table> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || m_busy; });
            if (m_stopping)
                return;
            batch = std::move(m_batch);
            m_batch.clear();
        }
        // The connection is this thread's until the batch is done.
        bool ok = true;
        for (const Table &table : std::as_const(batch))
            ok = ok && copy(table);
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
        }
        m_changed.notify_all();
    }
}

bool CopySender::copy(const Table &table)
{
    if (table.rows.isEmpty())
        return true;
    QElapsedTimer clock;
    clock.start();
    QString why;
    PGresult *started = PQexec(m_conn, table.sql);
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        why = QString::fromUtf8(PQresultErrorMessage(started));
        PQclear(started);
        if (why.trimmed().isEmpty())
            why = QString::fromUtf8(PQerrorMessage(m_conn));
        // A failed COPY may still leave results behind.
        while (PGresult *result = PQgetResult(m_conn))
            PQclear(result);
    } else {
        PQclear(started);
        // PQputCopyData takes an int length: a batch is sent in pieces well below it.
        constexpr qsizetype piece = 1 << 20;
        bool sent = true;
        for (qsizetype at = 0; sent && at < table.rows.size(); at += piece)
            sent = PQputCopyData(m_conn, table.rows.constData() + at,
                                 int(std::min(piece, table.rows.size() - at))) == 1;
        if (PQputCopyEnd(m_conn, sent ? nullptr : "the import stopped") != 1 || !sent)
            why = QString::fromUtf8(PQerrorMessage(m_conn));
        while (PGresult *result = PQgetResult(m_conn)) {
            if (why.isEmpty() && PQresultStatus(result) != PGRES_COMMAND_OK)
                why = QString::fromUtf8(PQresultErrorMessage(result));
            PQclear(result);
        }
    }
    why = why.trimmed();
    if (why.isEmpty() && PQstatus(m_conn) != CONNECTION_OK)
        why = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    std::lock_guard lock(m_mutex);
    qsizetype at = 0;
    while (at < m_spent.size() && m_spent.at(at).sql != table.sql)
        ++at;
    if (at == m_spent.size())
        m_spent.append(Spent{table.sql, 0, 0});
    m_spent[at].nanos += clock.nsecsElapsed();
    m_spent[at].bytes += table.rows.size();
    if (!why.isEmpty() && m_error.isEmpty())
        m_error = why;
    return why.isEmpty();
}

} // namespace planner
