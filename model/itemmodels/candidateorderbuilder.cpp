#include "itemmodels/candidateorderbuilder.h"

#include "planning/goalranking.h"

#include <QAtomicInt>
#include <QSqlDatabase>

namespace planner {

CandidateOrderBuilder::CandidateOrderBuilder(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    static QAtomicInt serial;
    m_connectionName = QStringLiteral("planner-order-%1").arg(serial.fetchAndAddRelaxed(1));
    qRegisterMetaType<std::shared_ptr<const planner::CandidateOrder>>();
    m_worker.moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

CandidateOrderBuilder::~CandidateOrderBuilder()
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.reset();
    }
    // The connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(&m_worker, [this] {
        QSqlDatabase::database(m_connectionName, false).close();
    }, Qt::BlockingQueuedConnection);
    QSqlDatabase::removeDatabase(m_connectionName);
    m_thread.quit();
    m_thread.wait();
}

void CandidateOrderBuilder::request(CandidateSortKey key, const GoalRanking *ranking, int serial)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = Request{key, ranking ? std::make_shared<const GoalRanking>(*ranking) : nullptr, serial};
    }
    QMetaObject::invokeMethod(&m_worker, [this] { work(); }, Qt::QueuedConnection);
}

std::shared_ptr<const CandidateOrder> CandidateOrderBuilder::buildNow(const QSqlDatabase &db, CandidateSortKey key,
                                                                      const GoalRanking *ranking)
{
    if (key != CandidateSortKey::GoalFit) {
        auto order = CandidateOrder::build(db, key);
        return order ? std::make_shared<const CandidateOrder>(std::move(*order)) : nullptr;
    }
    if (!ranking)
        return nullptr;
    auto ranked = ranking->rank(db);
    if (!ranked)
        return nullptr;
    std::vector<qint64> ids;
    ids.reserve(ranked->size());
    for (const RankedChannel &channel : *ranked)
        ids.push_back(channel.channelId);
    ranked.reset(); // before the order's own memory: the peak stays one array lower
    return std::make_shared<const CandidateOrder>(CandidateOrder::fromBestFirst(std::move(ids)));
}

void CandidateOrderBuilder::work()
{
    std::optional<Request> next;
    {
        QMutexLocker lock(&m_mutex);
        next.swap(m_pending);
    }
    if (!next)
        return; // a later call already took it
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto order = buildNow(db, next->key, next->ranking.get());
    //: %1 the database file
    const QString message = order ? QString() : tr("The candidates in “%1” could not be sorted.").arg(m_path);
    emit built(next->serial, std::move(order), message);
}

} // namespace planner
