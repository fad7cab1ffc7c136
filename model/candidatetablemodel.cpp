#include "candidatetablemodel.h"

#include "candidatecounter.h"
#include "candidatestore.h"
#include "displaynames.h"
#include "localformat.h"

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
    default: return CandidateSortKey::Name;
    }
}

bool isNumberColumn(int column)
{
    return column == CandidateTableModel::FollowersColumn
        || column == CandidateTableModel::EngagementColumn
        || column == CandidateTableModel::AvgViewsColumn || column == CandidateTableModel::FeeColumn
        || column == CandidateTableModel::AuthenticityColumn;
}

// Names and handles take their direction from their own first letter, so a Latin handle
// reads "@aisyah.glow" inside a right-to-left table and a Persian name reads right to left
// inside a left-to-right one (Unicode first-strong isolate).
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString nicheNames(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys)
        names << DisplayNames::niche(key);
    return QLocale().createSeparatedList(names);
}

} // namespace

CandidateTableModel::CandidateTableModel(CandidateStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &CandidateStore::aboutToChange, this, &CandidateTableModel::releaseCursor);
    // After an edit keep as many rows loaded as before, so the view stays where it was.
    connect(m_store, &CandidateStore::changed, this,
            [this] { reload(std::max<int>(batchSize, int(m_rows.size()))); });
    reload(batchSize);
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
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CandidateTableModel::rowOfCandidate(qint64 candidateId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).candidateId == candidateId)
            return i;
    }
    return -1;
}

QVariant CandidateTableModel::displayText(const CandidateRow &row, int column) const
{
    const Channel &channel = row.channel;
    switch (column) {
    case NameColumn: return isolated(row.name);
    case KindColumn: return DisplayNames::kind(row.kind);
    case TierColumn: return DisplayNames::tier(m_store->tierThresholds().tierFor(channel.followers));
    case PlatformColumn: return DisplayNames::platform(channel.platform);
    case HandleColumn: return isolated(channel.handle);
    case FollowersColumn: return LocalFormat::count(channel.followers);
    case EngagementColumn:
        return channel.engagementRatePct ? LocalFormat::percent(*channel.engagementRatePct) : QString();
    case AvgViewsColumn: return channel.avgViews ? LocalFormat::count(*channel.avgViews) : QString();
    case FeeColumn: return channel.fee ? LocalFormat::money(*channel.fee) : QString();
    case AuthenticityColumn:
        return channel.authenticityPct ? LocalFormat::percent(*channel.authenticityPct) : QString();
    case NichesColumn: return nicheNames(row.niches);
    case RegionsColumn: return isolated(row.regions.join(QLatin1String(", ")));
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
    case TierColumn: return channel.followers;
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
    //: Tooltip of a candidate row: %1 name, %2 kind, %3 platform, %4 followers, %5 tier
    return tr("%1 — %2\n%3: %4 followers (%5)")
        .arg(isolated(row.name), DisplayNames::kind(row.kind), DisplayNames::platform(row.channel.platform),
             LocalFormat::count(row.channel.followers),
             DisplayNames::tier(m_store->tierThresholds().tierFor(row.channel.followers)))
        + (niches.isEmpty() ? QString() : QLatin1Char('\n') + niches);
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    const CandidateRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
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
    if (role != Qt::DisplayRole)
        return {};
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
        m_cursor = m_store->rows(m_filter, m_sort);
        m_cursor->fetch(int(m_rows.size()));
    }
    const QList<CandidateRow> batch = m_cursor->fetch(batchSize);
    m_exhausted = m_cursor->atEnd();
    if (m_exhausted)
        m_cursor.reset();
    if (batch.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + batch.size() - 1));
    m_rows.append(batch);
    endInsertRows();
}

void CandidateTableModel::sort(int column, Qt::SortOrder order)
{
    CandidateSort sort{sortKeyForColumn(column), order == Qt::DescendingOrder};
    if (sort.key == m_sort.key && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    reload(batchSize);
}

void CandidateTableModel::setFilter(const CandidateFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload(batchSize);
}

void CandidateTableModel::releaseCursor()
{
    m_cursor.reset();
}

void CandidateTableModel::reload(int keep)
{
    beginResetModel();
    m_cursor = m_store->rows(m_filter, m_sort);
    m_rows = m_cursor->fetch(keep);
    m_exhausted = m_cursor->atEnd();
    if (m_exhausted)
        m_cursor.reset();
    endResetModel();
    m_candidates = m_store->candidateCount();
    if (m_counter) {
        m_matching = -1;
        m_counter->request(m_filter, m_store->tierThresholds());
    } else {
        m_matching = m_store->rowCount(m_filter);
    }
    emit countsChanged();
}

void CandidateTableModel::setBackgroundCounter(CandidateCounter *counter)
{
    m_counter = counter;
    connect(counter, &CandidateCounter::counted, this,
            [this](const CandidateFilter &filter, qint64 rows) {
                if (filter != m_filter)
                    return; // the marketer has typed on since
                m_matching = rows;
                emit countsChanged();
            });
    m_matching = -1;
    m_counter->request(m_filter, m_store->tierThresholds());
}

void CandidateTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace planner
