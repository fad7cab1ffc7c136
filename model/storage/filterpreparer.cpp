#include "storage/filterpreparer.h"

#include "storage/searchterms.h"

namespace planner {

FilterPreparer::FilterPreparer(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_background(databasePath, QStringLiteral("filter"))
{
    qRegisterMetaType<std::shared_ptr<const planner::PreparedFilter>>();
}

FilterPreparer::~FilterPreparer()
{
    QMutexLocker lock(&m_mutex);
    m_pending.reset();
}

void FilterPreparer::request(const CandidateFilter &filter, std::shared_ptr<const CandidateOrder> order,
                             bool descending, int serial)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = Request{filter, std::move(order), descending, serial};
        m_latest.storeRelease(serial);
    }
    m_background.post([this] { work(); });
}

void FilterPreparer::forgetFigures()
{
    QMutexLocker lock(&m_mutex);
    m_forget = true;
}

std::optional<PreparedFilter> FilterPreparer::prepare(const QSqlDatabase &db, const CandidateFilter &filter,
                                                      const ChannelFigures *previous,
                                                      std::shared_ptr<const SearchMatches> found)
{
    PreparedFilter prepared{filter, nullptr, nullptr};
    const QStringList words = SearchTerms::queryWords(filter.search);
    if (found && !words.isEmpty()) {
        prepared.matches = std::move(found);
    } else if (!words.isEmpty()) {
        // Without the index's matches (another engine) the search stays in SQL.
        if (auto found = SearchMatches::find(db, words))
            prepared.matches = std::make_shared<const SearchMatches>(std::move(*found));
    }
    if (!filter.ranges.isEmpty()) {
        prepared.figures = ChannelFigures::load(db, filter.ranges, previous);
        if (!prepared.figures)
            return std::nullopt;
    }
    return prepared;
}

void FilterPreparer::work()
{
    const std::optional<Request> next = BackgroundConnection::takeLatest(m_mutex, m_pending);
    if (!next)
        return; // a later call already took it
    if (BackgroundConnection::takeFlag(m_mutex, m_forget))
        m_figures.reset();
    auto prepared = prepare(m_background.connection(), next->filter, m_figures.get());
    if (prepared && prepared->figures)
        m_figures = prepared->figures;
    const int serial = next->serial;
    const auto cancelled = [this, serial] { return m_latest.loadAcquire() != serial; };
    if (prepared && next->order) {
        prepared->order = next->order;
        prepared->descending = next->descending;
        if (auto walked = FilteredOrder::walk(*next->order, next->descending, *prepared, cancelled))
            prepared->walked = std::make_shared<const FilteredOrder>(std::move(*walked));
    }
    if (cancelled())
        return; // a newer filter is on its way: its answer is the one wanted
    emit this->prepared(next->serial, prepared ? std::make_shared<const PreparedFilter>(std::move(*prepared))
                                               : nullptr);
}

} // namespace planner
