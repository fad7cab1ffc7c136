#include "itemmodels/candidateorderbuilder.h"

#include "planning/goalranking.h"
#include "storage/supersededread.h"

#include <limits>

namespace planner {

CandidateOrderBuilder::CandidateOrderBuilder(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_background(databasePath, QStringLiteral("order"))
{
    qRegisterMetaType<std::shared_ptr<const planner::CandidateOrder>>();
}

CandidateOrderBuilder::~CandidateOrderBuilder()
{
    // A read under way stops: the worker thread is then joined without waiting for it.
    m_latest = std::numeric_limits<int>::min();
    QMutexLocker lock(&m_mutex);
    m_pending.reset();
}

void CandidateOrderBuilder::request(CandidateSortKey key, const GoalRanking *ranking, int serial)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = Request{key, ranking ? std::make_shared<const GoalRanking>(*ranking) : nullptr, serial};
        m_latest = serial;
    }
    m_background.post([this] { work(); });
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
    std::vector<qint64> candidates;
    ids.reserve(ranked->size());
    candidates.reserve(ranked->size());
    for (const RankedChannel &channel : *ranked) {
        ids.push_back(channel.channelId);
        candidates.push_back(channel.candidateId);
    }
    ranked.reset(); // before the order's own memory: the peak stays one array lower
    return std::make_shared<const CandidateOrder>(CandidateOrder::fromBestFirst(std::move(ids), std::move(candidates)));
}

void CandidateOrderBuilder::work()
{
    const std::optional<Request> next = BackgroundConnection::takeLatest(m_mutex, m_pending);
    if (!next)
        return; // a later call already took it
    const QSqlDatabase db = m_background.connection();
    const SupersededRead read(db, m_latest, next->serial, &m_background.stopper());
    auto order = buildNow(db, next->key, next->ranking.get());
    if (!order && read.superseded())
        return; // stopped for a newer request: nothing went wrong, and no one waits for it
    //: %1 the database file
    const QString message = order ? QString() : tr("The candidates in “%1” could not be sorted.").arg(m_path);
    emit built(next->serial, std::move(order), message);
}

} // namespace planner
