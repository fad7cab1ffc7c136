#include "storage/channelfigures.h"

#include "storage/costfiltersql.h"
#include "storage/rowreader.h"

#include <QHash>
#include <QVariant>
#include <algorithm>
#include <limits>

namespace planner {

namespace {

constexpr double unknown = std::numeric_limits<double>::quiet_NaN();

// The stored column of a plain figure.
QString columnName(ChannelFigures::Column column)
{
    switch (column) {
    case ChannelFigures::Followers: return QStringLiteral("ch.followers");
    case ChannelFigures::Engagement: return QStringLiteral("ch.engagement_rate_pct");
    case ChannelFigures::Views: return QStringLiteral("ch.avg_views");
    case ChannelFigures::Authenticity: return QStringLiteral("ch.authenticity_pct");
    default: return {};
    }
}

} // namespace

std::vector<ChannelFigures::Column> ChannelFigures::columnsOf(const RangeFilter &ranges)
{
    std::vector<Column> columns;
    const std::pair<bool, Column> bounded[] = {
        {ranges.followers.isSet(), Followers},      {ranges.engagementPct.isSet(), Engagement},
        {ranges.avgViews.isSet(), Views},           {ranges.authenticityPct.isSet(), Authenticity},
        {ranges.feeMinor.isSet(), Fee},             {!ranges.languages.isEmpty(), Languages},
        {ranges.cpm.isSet() && ranges.costInputs.has_value(), Cpm},
        {ranges.cpe.isSet() && ranges.costInputs.has_value(), Cpe}};
    for (const auto &[set, column] : bounded) {
        if (set)
            columns.push_back(column);
    }
    return columns;
}

bool ChannelFigures::has(Column column) const
{
    if (column == Fee)
        return m_fees != nullptr;
    if (column == Languages)
        return m_languages != nullptr;
    return m_numbers[column] != nullptr;
}

bool ChannelFigures::readSize(const QSqlDatabase &db, const ChannelFigures *previous)
{
    // SQLite's count of commits by other connections: unchanged, so is the file since the
    // previous figures were read on this connection (no query: issue 19, a keystroke).
    if (RowReader::sqliteHandle(db)) {
        RowReader version(db, QStringLiteral("PRAGMA data_version"));
        if (version.next())
            m_dataVersion = version.integer(0);
    }
    if (previous && m_dataVersion >= 0 && previous->m_dataVersion == m_dataVersion) {
        m_largest = previous->m_largest;
        m_channels = previous->m_channels;
        return true;
    }
    // Apart: max(id) is one step down the table, count(*) a count of the smallest index;
    // together they scanned the whole table (250 ms on 1.33 M channels).
    RowReader largest(db, QStringLiteral("SELECT max(id) FROM channels"));
    if (!largest.next())
        return false;
    m_largest = largest.isNull(0) ? 0 : largest.integer(0);
    RowReader count(db, QStringLiteral("SELECT count(*) FROM channels"));
    if (!count.next())
        return false;
    m_channels = count.integer(0);
    return true;
}

std::shared_ptr<const ChannelFigures> ChannelFigures::load(const QSqlDatabase &db, const RangeFilter &ranges,
                                                           const ChannelFigures *previous)
{
    auto figures = std::make_shared<ChannelFigures>();
    if (!figures->readSize(db, previous))
        return nullptr;
    // Columns of the same file (no channel added or deleted since) are kept; the costs only
    // for the same campaign inputs. The owner forgets them on an edit (see forgetFigures).
    if (previous && previous->m_largest == figures->m_largest && previous->m_channels == figures->m_channels) {
        for (int column = 0; column < ColumnCount; ++column)
            figures->m_numbers[column] = previous->m_numbers[column];
        figures->m_candidates = previous->m_candidates;
        figures->m_listed = previous->m_listed;
        figures->m_fees = previous->m_fees;
        figures->m_languages = previous->m_languages;
        figures->m_costInputs = previous->m_costInputs;
    }
    // A filter without a campaign's cost inputs (no CPM or CPE bound) keeps the columns of
    // the last inputs: clearing a CPM bound and typing it again reads nothing (issue 19: the
    // counter read the projected CPM of every channel again per keystroke, 100 ms of SQL
    // beside the first page).
    if (ranges.costInputs && !figures->costsFor(ranges.costInputs)) {
        figures->m_numbers[Cpm].reset();
        figures->m_numbers[Cpe].reset();
        figures->m_costInputs = ranges.costInputs;
    }
    if (!figures->m_candidates && !figures->readCandidates(db))
        return nullptr;
    for (const Column column : columnsOf(ranges)) {
        if (!figures->has(column) && !figures->read(db, column, ranges))
            return nullptr;
    }
    return figures;
}

bool ChannelFigures::readCandidates(const QSqlDatabase &db)
{
    auto candidates = std::make_shared<std::vector<qint64>>(size_t(m_largest + 1), -1);
    RowReader rows(db, QStringLiteral("SELECT id, candidate_id FROM channels"));
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        if (id >= 0 && id <= m_largest)
            (*candidates)[size_t(id)] = rows.integer(1);
    }
    if (rows.failed())
        return false;
    m_listed = std::count_if(candidates->cbegin(), candidates->cend(), [](qint64 candidate) { return candidate >= 0; });
    m_candidates = std::move(candidates);
    return true;
}

bool ChannelFigures::read(const QSqlDatabase &db, Column column, const RangeFilter &ranges)
{
    if (column == Fee) {
        m_fees = readInterned(db, QStringLiteral("ch.fee_minor, ch.currency"));
        return m_fees != nullptr;
    }
    if (column == Languages) {
        m_languages = readInterned(db, QStringLiteral("NULL, ch.languages"));
        return m_languages != nullptr;
    }
    if (column == Cpm || column == Cpe) {
        const CostFilterSql::Expression cost = column == Cpm ? CostFilterSql::cpm(*ranges.costInputs)
                                                             : CostFilterSql::cpe(*ranges.costInputs);
        return readNumbers(db, column, cost.sql, cost.values);
    }
    return readNumbers(db, column, columnName(column), {});
}

bool ChannelFigures::readNumbers(const QSqlDatabase &db, Column column, const QString &expression,
                                 const QVariantList &values)
{
    auto numbers = std::make_shared<std::vector<double>>(size_t(m_largest + 1), unknown);
    RowReader rows(db, QStringLiteral("SELECT ch.id, ") + expression + QStringLiteral(" FROM channels ch"), values);
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        if (id >= 0 && id <= m_largest && !rows.isNull(1))
            (*numbers)[size_t(id)] = rows.real(1);
    }
    if (rows.failed())
        return false;
    m_numbers[column] = std::move(numbers);
    return true;
}

std::shared_ptr<const ChannelFigures::Interned> ChannelFigures::readInterned(const QSqlDatabase &db,
                                                                             const QString &columns) const
{
    auto interned = std::make_shared<Interned>();
    const bool isFee = columns.startsWith(QLatin1String("ch.fee_minor"));
    if (isFee)
        interned->minor.assign(size_t(m_largest + 1), 0);
    interned->index.assign(size_t(m_largest + 1), -1);
    QHash<QByteArray, qint32> indexOf;
    RowReader rows(db, QStringLiteral("SELECT ch.id, ") + columns + QStringLiteral(" FROM channels ch"));
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        if (id < 0 || id > m_largest || rows.isNull(2))
            continue;
        if (isFee && rows.isNull(1))
            continue; // no fee: unknown
        if (isFee)
            interned->minor[size_t(id)] = rows.integer(1);
        const QByteArray text = rows.text(2); // a view into the row: copied when new
        auto found = indexOf.constFind(text);
        if (found == indexOf.cend()) {
            found = indexOf.insert(QByteArray(text.constData(), text.size()), qint32(interned->names.size()));
            interned->names << QString::fromUtf8(text);
        }
        interned->index[size_t(id)] = *found;
    }
    if (rows.failed())
        return nullptr;
    return interned;
}

} // namespace planner
