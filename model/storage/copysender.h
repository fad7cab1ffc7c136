#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

struct pg_conn;

namespace planner {

// Sends batches of COPY text on a libpq connection from a thread of its own, so that the
// import reads, checks and writes the next batch while the server stores this one (the
// second core; issue 15). One batch at a time: send() waits while the one before it is still
// on its way, so at most two batches are held. Nothing else may use the connection between
// send() and the wait() that follows it. The first failure sticks: every later send() and
// wait() says false, and error() says why.
class CopySender
{
public:
    struct Table
    {
        const char *sql = nullptr; // COPY ... FROM STDIN
        QByteArray rows;           // its rows in COPY text; nothing sent when empty
    };

    explicit CopySender(pg_conn *connection);
    ~CopySender(); // waits for the batch on its way

    bool send(QList<Table> batch);
    // Waits until every batch handed over went; false if one failed.
    bool wait();
    QString error() const;

    // PLANNER_COPY_TIMING: seconds and bytes per table, in the order of the first batch.
    struct Spent
    {
        QByteArray sql;
        qint64 nanos = 0;
        qint64 bytes = 0;
    };
    QList<Spent> spent() const;

private:
    void run();
    bool copy(const Table &table);

    pg_conn *m_conn;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QList<Table> m_batch; // handed over, not yet taken
    bool m_busy = false;  // a batch is handed over or on its way
    bool m_stopping = false;
    QString m_error;
    QList<Spent> m_spent;
    std::thread m_thread; // last: started when the rest is ready
};

} // namespace planner
