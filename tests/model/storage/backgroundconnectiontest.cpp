// Closing a worker's connection while it is in the middle of a long read (issue 15: the
// window's close waited for a worker's query, up to the 30 s tcp_user_timeout on a silent
// network). The read is stopped, on a file and on a server, and the close returns at once;
// work still queued behind it is not run.
#include "backendtestsupport.h"

#include "storage/backgroundconnection.h"
#include "storage/campaignfile.h"
#include "storage/supersededread.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <memory>

namespace planner::test {
namespace {

class WorkerClose : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_uri = m_place.create(m_backend, m_dir, QStringLiteral("close.sqlite"));
        ASSERT_FALSE(m_uri.isEmpty());
        Error error;
        ASSERT_TRUE(CampaignFile::open(m_uri, Database::OpenMode::CreateIfMissing, &error))
            << error.text().toStdString();
    }

    // A read that takes a minute or more unless stopped.
    QString slowRead() const
    {
        return m_backend == Backend::PostgreSQL
            ? QStringLiteral("SELECT pg_sleep(120)")
            : QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 4000000000)"
                             " SELECT count(*) FROM n");
    }

    Backend m_backend = Backend::SQLite;
    QTemporaryDir m_dir;
    TestDatabase m_place;
    QString m_uri;
};
using BackgroundConnectionCloseTest = OnBothBackends<WorkerClose>;

TEST_P(BackgroundConnectionCloseTest, ClosingStopsAReadInTheMiddleAndSkipsQueuedWork)
{
    auto worker = std::make_unique<BackgroundConnection>(m_uri, QStringLiteral("close-test"));
    QSemaphore started;
    std::atomic<int> finished{-1}; // 1 the read gave its answer, 0 it failed
    std::atomic<bool> queuedRan{false};
    QString failure;
    BackgroundConnection *const raw = worker.get();
    worker->post([&, raw] {
        QSqlQuery query(raw->connection());
        started.release();
        const bool answered = query.exec(slowRead()) && query.next();
        failure = query.lastError().text();
        finished = answered ? 1 : 0;
    });
    worker->post([&] { queuedRan = true; });
    ASSERT_TRUE(started.tryAcquire(1, 30000)) << "the worker never started its read";
    QThread::msleep(300); // well inside the read by now

    QElapsedTimer closing;
    closing.start();
    worker.reset();
    // The read alone takes a minute or more: a close within 10 s did not wait for it.
    EXPECT_LT(closing.elapsed(), 10000);
    EXPECT_EQ(finished.load(), 0) << "the read was not stopped";
    EXPECT_FALSE(failure.isEmpty());
    EXPECT_FALSE(queuedRan.load()) << "work queued behind the stopped read still ran";
}

// The order builder's reads set a progress handler of their own (SupersededRead): once one is
// over, the stopper's is back, so a later long read on the same worker is still stopped.
TEST_P(BackgroundConnectionCloseTest, AReadWithItsOwnHandlerLeavesTheCloseStillStoppingTheNext)
{
    auto worker = std::make_unique<BackgroundConnection>(m_uri, QStringLiteral("close-test"));
    BackgroundConnection *const raw = worker.get();
    const std::atomic<int> latest{7};
    std::atomic<int> shortRead{-1};
    worker->post([&, raw] {
        const SupersededRead read(raw->connection(), latest, 7, &raw->stopper());
        QSqlQuery query(raw->connection());
        shortRead = query.exec(QStringLiteral("SELECT count(*) FROM candidates")) && query.next() ? 1 : 0;
    });
    QSemaphore started;
    std::atomic<int> finished{-1};
    worker->post([&, raw] {
        QSqlQuery query(raw->connection());
        started.release();
        finished = query.exec(slowRead()) && query.next() ? 1 : 0;
    });
    ASSERT_TRUE(started.tryAcquire(1, 30000));
    QThread::msleep(300);
    QElapsedTimer closing;
    closing.start();
    worker.reset();
    EXPECT_EQ(shortRead.load(), 1);
    EXPECT_LT(closing.elapsed(), 10000);
    EXPECT_EQ(finished.load(), 0) << "the read after the one with its own handler was not stopped";
}

TEST_P(BackgroundConnectionCloseTest, ReadsBeforeTheCloseAreNotDisturbed)
{
    auto worker = std::make_unique<BackgroundConnection>(m_uri, QStringLiteral("close-test"));
    QSemaphore done;
    qint64 answer = -1;
    BackgroundConnection *const raw = worker.get();
    worker->post([&, raw] {
        QSqlQuery query(raw->connection());
        if (query.exec(QStringLiteral("SELECT count(*) + 41 FROM candidates")) && query.next())
            answer = query.value(0).toLongLong();
        done.release();
    });
    ASSERT_TRUE(done.tryAcquire(1, 30000));
    EXPECT_EQ(answer, 41);
    worker.reset();
}

INSTANTIATE_ON_BOTH_BACKENDS(BackgroundConnectionCloseTest);

} // namespace
} // namespace planner::test
