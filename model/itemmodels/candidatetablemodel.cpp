#include "itemmodels/candidatetablemodel.h"

#include "itemmodels/candidateorderbuilder.h"
#include "itemmodels/rowlookup.h"

#include "storage/candidatecounter.h"
#include "storage/candidateorder.h"
#include "storage/candidatestore.h"
#include "storage/filterpreparer.h"
#include "text/displaynames.h"
#include "planning/goalranking.h"
#include "text/localformat.h"
#include "storage/searchterms.h"

#include <QDebug>
#include <algorithm>
#include <utility>

namespace planner {

namespace {

CandidateSortKey sortKeyForColumn(int column)
{
    switch (column) {
    case CandidateTableModel::KindColumn: return CandidateSortKey::Kind;
    case CandidateTableModel::TierColumn: return CandidateSortKey::Tier;
    case CandidateTableModel::PlatformColumn: return CandidateSortKey::Platform;
    case CandidateTableModel::HandleColumn: return CandidateSortKey::Handle;
    case CandidateTableModel::FollowersColumn: return CandidateSortKey::Followers;
    case CandidateTableModel::EngagementColumn: return CandidateSortKey::EngagementRate;
    case CandidateTableModel::AvgViewsColumn: return CandidateSortKey::AvgViews;
    case CandidateTableModel::FeeColumn: return CandidateSortKey::Fee;
    case CandidateTableModel::AuthenticityColumn: return CandidateSortKey::Authenticity;
    case CandidateTableModel::NichesColumn: return CandidateSortKey::Niches;
    case CandidateTableModel::RegionsColumn: return CandidateSortKey::Regions;
    case CandidateTableModel::GoalFitColumn: return CandidateSortKey::GoalFit;
    default: return CandidateSortKey::Name;
    }
}

// Tier sorts by followers: one order serves both.
CandidateSortKey orderKey(CandidateSortKey key)
{
    return key == CandidateSortKey::Tier ? CandidateSortKey::Followers : key;
}

bool isNumberColumn(int column)
{
    return column == CandidateTableModel::FollowersColumn
        || column == CandidateTableModel::EngagementColumn
        || column == CandidateTableModel::AvgViewsColumn || column == CandidateTableModel::FeeColumn
        || column == CandidateTableModel::AuthenticityColumn
        || column == CandidateTableModel::GoalFitColumn;
}

QString nicheNames(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys)
        names << DisplayNames::niche(key);
    return QLocale().createSeparatedList(names);
}

} // namespace

CandidateTableModel::CandidateTableModel(CandidateStore *store, QObject *parent, CandidateCounter *counter)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (counter)
        useCounter(counter);
    connect(m_store, &CandidateStore::aboutToChange, this, &CandidateTableModel::releaseCursor);
    // After an edit keep as many rows loaded as before, so the view stays where it was.
    connect(m_store, &CandidateStore::changed, this, [this] {
        // The file changed: every order is made again. A large file keeps showing the
        // current one (a changed channel comes last) until the worker has the new one.
        const auto shown = isLarge() ? orderOf(m_querySort.key) : nullptr;
        m_orders.clear();
        m_orderUse.clear();
        if (shown) {
            m_orders[orderKey(m_querySort.key)] = shown;
            useOrder(orderKey(m_querySort.key));
        }
        else
            m_rankedBy.reset();
        // The matches and figures read are of the file before the change.
        m_prepared.reset();
        if (m_preparer)
            m_preparer->forgetFigures();
        if (m_counter)
            m_counter->forgetFigures();
        m_candidatesStale = true;
        ensureOrder(true);
        reload(std::max<int>(batchSize, int(m_rows.size())));
    });
    reload(batchSize);
    ensureOrder(); // a large file's name order, on the worker
}

CandidateTableModel::~CandidateTableModel() = default;

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CandidateRow *CandidateTableModel::rowAt(int row) const
{
    return itemAtRow(m_rows, row);
}

int CandidateTableModel::rowOfCandidate(qint64 candidateId) const
{
    return rowOfCandidateIn(m_rows, candidateId);
}

QVariant CandidateTableModel::displayText(const CandidateRow &row, int column) const
{
    const Channel &channel = row.channel;
    switch (column) {
    case NameColumn: return LocalFormat::isolated(row.name);
    case KindColumn: return DisplayNames::kind(row.kind);
    case TierColumn: return DisplayNames::tier(m_store->tierThresholds().tierFor(channel.followers));
    case PlatformColumn: return DisplayNames::platform(channel.platform);
    case HandleColumn: return LocalFormat::isolated(channel.handle);
    // An unknown count is a dash (the tooltip says why), never 0.
    case FollowersColumn: return channel.followers ? LocalFormat::count(*channel.followers) : QStringLiteral("—");
    case EngagementColumn:
        return channel.engagementRatePct ? LocalFormat::percent(*channel.engagementRatePct) : QString();
    case AvgViewsColumn: return channel.avgViews ? LocalFormat::count(*channel.avgViews) : QString();
    case FeeColumn: return channel.fee ? LocalFormat::money(*channel.fee) : QString();
    case AuthenticityColumn:
        return channel.authenticityPct ? LocalFormat::percent(*channel.authenticityPct) : QString();
    case NichesColumn: return nicheNames(row.niches);
    case RegionsColumn: return LocalFormat::isolated(row.regions.join(QLatin1String(", ")));
    }
    return {};
}

QVariant CandidateTableModel::sortValue(const CandidateRow &row, int column) const
{
    const Channel &channel = row.channel;
    switch (column) {
    case NameColumn: return row.name;
    case HandleColumn: return channel.handle;
    case RegionsColumn: return row.regions.join(QLatin1String(", "));
    case FollowersColumn:
    case TierColumn: return channel.followers ? QVariant(*channel.followers) : QVariant();
    case EngagementColumn: return channel.engagementRatePct ? QVariant(*channel.engagementRatePct) : QVariant();
    case AvgViewsColumn: return channel.avgViews ? QVariant(*channel.avgViews) : QVariant();
    case FeeColumn: return channel.fee ? QVariant(channel.fee->minorUnits()) : QVariant();
    case AuthenticityColumn: return channel.authenticityPct ? QVariant(*channel.authenticityPct) : QVariant();
    default: return displayText(row, column);
    }
}

QString CandidateTableModel::tooltip(const CandidateRow &row) const
{
    const QString niches = nicheNames(row.niches);
    const QString name = LocalFormat::isolated(row.name);
    const QString platform = DisplayNames::platform(row.channel.platform);
    //: Tooltip of a candidate row whose follower count is unknown: %1 name, %2 kind, %3 platform
    const QString head = !row.channel.followers
        ? tr("%1 — %2\n%3: follower count unknown (no tier)").arg(name, DisplayNames::kind(row.kind), platform)
        //: Tooltip of a candidate row: %1 name, %2 kind, %3 platform, %4 followers, %5 tier
        : tr("%1 — %2\n%3: %4 followers (%5)")
              .arg(name, DisplayNames::kind(row.kind), platform, LocalFormat::count(*row.channel.followers),
                   DisplayNames::tier(m_store->tierThresholds().tierFor(*row.channel.followers)));
    return head + (niches.isEmpty() ? QString() : QLatin1Char('\n') + niches);
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    const CandidateRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (index.column() == GoalFitColumn && role != CandidateIdRole)
        return goalData(index.row(), role);
    switch (role) {
    case Qt::DisplayRole: return displayText(*row, index.column());
    case Qt::ToolTipRole: return tooltip(*row);
    case Qt::TextAlignmentRole:
        return isNumberColumn(index.column()) ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter))
                                              : QVariant(int(Qt::AlignLeading | Qt::AlignVCenter));
    case CandidateIdRole: return row->candidateId;
    case SortValueRole: return sortValue(*row, index.column());
    default: return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return LocalFormat::count(section + 1);
        return {};
    }
    if (role == Qt::ToolTipRole && section == TierColumn)
        return tr("Tier by followers on this channel; the thresholds are kept in the database.");
    if (role == Qt::ToolTipRole && section == AuthenticityColumn)
        return tr("Share of real followers");
    if (role == Qt::ToolTipRole && section == GoalFitColumn && m_ranking) {
        const Campaign &campaign = m_ranking->campaign();
        //: %1 currency code. Header tooltip of the goal-fit column for an awareness campaign
        return campaign.goal == Goal::Awareness
            ? tr("Real people reached in the campaign's regions per million %1 spent, for one piece "
                 "of content in the channel's usual format")
                  .arg(campaign.currency())
            //: %1 currency code. Header tooltip of the goal-fit column for a niche-trust campaign
            : tr("Engagements from real followers in the campaign's niches per million %1 spent, for "
                 "one piece of content in the channel's usual format")
                  .arg(campaign.currency());
    }
    if (role != Qt::DisplayRole)
        return {};
    if (m_building && section != NameColumn && orderKey(sortKeyForColumn(section)) == *m_building)
        //: Column header while the list is being sorted by it: %1 the column's title
        return tr("%1 (sorting…)").arg(columnTitle(section));
    return columnTitle(section);
}

QString CandidateTableModel::columnTitle(int section)
{
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case TierColumn: return tr("Tier");
    case PlatformColumn: return tr("Platform");
    case HandleColumn: return tr("Handle");
    case FollowersColumn: return tr("Followers");
    case EngagementColumn: return tr("Engagement rate");
    case AvgViewsColumn: return tr("Avg. views");
    case FeeColumn: return tr("Fee per post");
    case AuthenticityColumn: return tr("Authenticity");
    case NichesColumn: return tr("Niches");
    case RegionsColumn: return tr("Regions");
    //: Column: what a channel brings to the campaign's goal per money spent
    case GoalFitColumn: return tr("Goal fit");
    }
    return {};
}

bool CandidateTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CandidateTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    if (!m_cursor) {
        // The cursor was let go for a write; open it again where it was.
        m_cursor = openCursor();
        m_cursor->fetch(int(m_rows.size()));
    }
    const QList<CandidateRow> batch = m_cursor->fetch(batchSize);
    reportCursorFailure();
    m_exhausted = m_cursor->atEnd();
    if (m_exhausted)
        m_cursor.reset();
    if (batch.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + batch.size() - 1));
    m_rows.append(batch);
    scoreRows(m_rows.size() - batch.size());
    endInsertRows();
}

void CandidateTableModel::sort(int column, Qt::SortOrder order)
{
    CandidateSort sort{sortKeyForColumn(column), order == Qt::DescendingOrder};
    if (sort.key == m_sort.key && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    if (!ensureOrder())
        return; // the rows stay until the worker has the order (orderBuilt)
    if (m_building && *m_building != orderKey(m_sort.key)) {
        m_building.reset(); // an order no longer wanted: its answer is dropped
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
    if (!prepareFilter()) // a filter on a large file: walked in the new order on the worker
        reload(batchSize);
}

void CandidateTableModel::setFilter(const CandidateFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (prepareFilter())
        return; // the rows stay until the worker has read the filter (filterPrepared)
    reload(batchSize);
}

bool CandidateTableModel::filterOnWorker() const
{
    return isLarge()
        && (!SearchTerms::queryWords(m_filter.search).isEmpty() || !m_filter.ranges.isEmpty());
}

bool CandidateTableModel::prepareFilter()
{
    const bool large = isLarge();
    const bool needed = !SearchTerms::queryWords(m_filter.search).isEmpty() || !m_filter.ranges.isEmpty();
    const CandidateSort sort = querySort();
    auto order = orderOf(sort.key);
    if (!needed)
        m_prepared.reset(); // its walk is of a filter no longer on (the figures stay on the worker)
    if (!large || !needed || !order || (m_prepared && m_prepared->isFor(m_filter, order.get(), sort.descending))) {
        m_preparing = false;
        return false;
    }
    if (!m_preparer) {
        m_preparer = std::make_unique<FilterPreparer>(m_store->databasePath());
        connect(m_preparer.get(), &FilterPreparer::prepared, this, &CandidateTableModel::filterPrepared);
    }
    m_preparing = true;
    m_preparer->request(m_filter, std::move(order), sort.descending, ++m_prepareSerial);
    m_matching = -1;
    emit countsChanged();
    return true;
}

void CandidateTableModel::filterPrepared(int serial, const std::shared_ptr<const PreparedFilter> &prepared)
{
    if (serial != m_prepareSerial || !m_preparing)
        return; // the marketer has typed on since
    m_preparing = false;
    // Unreadable: the rows are read the way a small file's are (the cursor reports why).
    m_prepared = prepared;
    reload(batchSize);
    if (std::exchange(m_sortAwaitsFilter, false))
        emit sorted();
}

void CandidateTableModel::releaseCursor()
{
    m_cursor.reset();
}

void CandidateTableModel::reportCursorFailure()
{
    if (m_cursor && m_cursor->failed())
        emit readFailed(m_cursor->error().text());
}

void CandidateTableModel::reload(int keep)
{
    beginResetModel();
    m_cursor.reset(); // goal_fit cannot be filled again while a query reads it
    m_querySort = querySort();
    m_cursor = openCursor();
    m_rows = m_cursor->fetch(keep);
    reportCursorFailure();
    scoreRows(0);
    m_exhausted = m_cursor->atEnd();
    if (m_exhausted)
        m_cursor.reset();
    endResetModel();
    // Counted once per change of the file, not per keystroke (tens of ms on a million).
    if (std::exchange(m_candidatesStale, false))
        countCandidates();
    if (m_counter) {
        m_matching = -1;
        // The channels the worker's walk found passing are counted, not tested again, and the
        // search's matches it read are not read again.
        const bool prepared = m_prepared && m_prepared->filter == m_filter;
        const bool walked = prepared && m_prepared->walked;
        m_counter->request(m_filter, m_store->tierThresholds(), walked ? m_prepared->walked->passing() : nullptr,
                           prepared ? m_prepared->matches : nullptr);
    } else {
        m_matching = m_store->rowCount(m_filter);
    }
    emit countsChanged();
}

void CandidateTableModel::countCandidates()
{
    // With a background counter a large file's candidates are counted on its worker: the
    // scan of the whole name index held the window's thread as the file opened.
    if (!m_counter) {
        m_candidates = m_store->candidateCount();
        return;
    }
    if (const std::optional<qint64> few = m_store->candidateCountBelow(m_backgroundFrom)) {
        m_candidates = *few;
        return;
    }
    m_counter->requestCandidates();
}

void CandidateTableModel::useCounter(CandidateCounter *counter)
{
    m_counter = counter;
    connect(counter, &CandidateCounter::candidatesCounted, this, [this](qint64 candidates) {
        m_candidates = candidates;
        emit countsChanged();
    });
    connect(counter, &CandidateCounter::counted, this,
            [this](const CandidateFilter &filter, qint64 rows) {
                if (filter != m_filter)
                    return; // the marketer has typed on since
                m_matching = rows;
                emit countsChanged();
            });
}

void CandidateTableModel::setBackgroundCounter(CandidateCounter *counter)
{
    useCounter(counter);
    m_matching = -1;
    m_counter->request(m_filter, m_store->tierThresholds());
}

void CandidateTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

CandidateSort CandidateTableModel::querySort() const
{
    // Without a campaign (or when ranking fails) the list still needs an order: by name.
    const CandidateSort byName{CandidateSortKey::Name, m_sort.descending};
    // With a search or ranges on, the name index would filter on this thread (issue 14: 669 ms
    // on a million): the rows stay as they are until the worker has the name order too.
    const bool nameAwaited = m_building == CandidateSortKey::Name && filterOnWorker();
    if ((m_sort.key == CandidateSortKey::Name && !nameAwaited) || orderOf(m_sort.key))
        return m_sort;
    // While the worker sorts, the rows stay in the order they had.
    if (m_building && (m_querySort.key == CandidateSortKey::Name || orderOf(m_querySort.key)))
        return m_querySort;
    return m_sort.key == CandidateSortKey::GoalFit || m_building ? byName : m_sort;
}

std::shared_ptr<const CandidateOrder> CandidateTableModel::orderOf(CandidateSortKey key) const
{
    const auto found = m_orders.find(orderKey(key));
    if (found == m_orders.end())
        return nullptr;
    if (key == CandidateSortKey::GoalFit && !(m_ranking && m_rankedBy && m_rankedBy->hasSameInputs(*m_ranking)))
        return nullptr;
    return found->second;
}

bool CandidateTableModel::ensureOrder(bool again)
{
    const CandidateSortKey key = orderKey(m_sort.key);
    // Names have their index: a small file needs no other order for them; a large one gets
    // one in memory too (a search is then checked in memory), the index serving meanwhile.
    const bool byName = key == CandidateSortKey::Name;
    const bool large = isLarge();
    if ((byName && !large) || (key == CandidateSortKey::GoalFit && !m_ranking))
        return true;
    if (!again && orderOf(key)) {
        useOrder(key); // the one shown now: the last to go
        return true;
    }
    // The name index serves meanwhile, unless the filter is the worker's (filterOnWorker).
    const bool indexServes = byName && !filterOnWorker();
    if (!again && m_building == key)
        return indexServes; // already on its way (the other direction of the same column)
    if (!large) {
        keepOrder(key, CandidateOrderBuilder::buildNow(m_store->db(), key, m_ranking.get()));
        return true;
    }
    if (!m_builder) {
        m_builder = std::make_unique<CandidateOrderBuilder>(m_store->databasePath());
        connect(m_builder.get(), &CandidateOrderBuilder::built, this, &CandidateTableModel::orderBuilt);
    }
    m_building = key;
    m_builder->request(key, m_ranking.get(), ++m_buildSerial);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    return indexServes;
}

void CandidateTableModel::keepOrder(CandidateSortKey key, std::shared_ptr<const CandidateOrder> order)
{
    if (!order) {
        qWarning().noquote() << tr("The candidates could not be sorted.");
        return;
    }
    // At most keptOrders: the least recently used other goes (a cursor or a walk still
    // reading it keeps it until done).
    m_orders[key] = std::move(order);
    useOrder(key);
    while (m_orders.size() > keptOrders) {
        m_orders.erase(m_orderUse.front());
        m_orderUse.erase(m_orderUse.begin());
    }
    if (key == CandidateSortKey::GoalFit && m_ranking)
        m_rankedBy = std::make_unique<GoalRanking>(*m_ranking);
}

void CandidateTableModel::useOrder(CandidateSortKey key)
{
    m_orderUse.erase(std::remove(m_orderUse.begin(), m_orderUse.end(), key), m_orderUse.end());
    m_orderUse.push_back(key);
}

void CandidateTableModel::orderBuilt(int serial, std::shared_ptr<const CandidateOrder> order,
                                     const QString &message)
{
    if (serial != m_buildSerial || !m_building)
        return; // asked for another order since
    const CandidateSortKey key = *m_building;
    m_building.reset();
    if (!order)
        emit readFailed(message);
    keepOrder(key, std::move(order));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // A filter is walked in the new order on the worker first: sorted() once it is shown.
    m_sortAwaitsFilter = prepareFilter();
    if (m_sortAwaitsFilter)
        return;
    reload(batchSize);
    emit sorted();
}

std::unique_ptr<CandidateRowCursor> CandidateTableModel::openCursor() const
{
    if (auto order = orderOf(m_querySort.key)) {
        if (m_prepared && m_prepared->filter == m_filter)
            return m_store->rows(m_querySort.descending, std::move(order), *m_prepared);
        return m_store->rows(m_filter, m_querySort.descending, std::move(order));
    }
    return m_store->rows(m_filter, m_querySort);
}

} // namespace planner
