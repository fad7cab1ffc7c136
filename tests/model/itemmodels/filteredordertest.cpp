// A large file's filter walked on the worker (issue 19, point 5): the places of the table's
// order that the search, the ranges and the languages pass are found off the window's
// thread (FilteredOrder), and the rows read from them are the very rows, in the very order,
// that SQL's WHERE and ORDER BY give; a newer filter stops the walk of an older one.
#include "candidatetablemodeltestsupport.h"

#include "storage/candidateorder.h"
#include "storage/filteredorder.h"
#include "storage/filterpreparer.h"
#include "storage/memorycount.h"
#include "storage/passingchannels.h"
#include "storage/rangematcher.h"

#include <QSignalSpy>
#include <QSqlQuery>

namespace planner::test {
namespace {

class FilteredOrderTestFixture : public CandidateTableModelFixture
{
protected:
    // 3,000 synthetic candidates; languages by channel id: "vi|en", "fa", "en", unknown.
    void SetUp() override
    {
        CandidateTableModelFixture::SetUp();
        addSynthetic(*m_store, 3000);
        QSqlQuery update(connection());
        ASSERT_TRUE(update.exec(QStringLiteral(
            "UPDATE channels SET languages = CASE id % 4 WHEN 0 THEN 'vi|en' WHEN 1 THEN 'fa' "
            "WHEN 2 THEN 'en' ELSE '' END")));
    }

    // A search word, a follower range and a language together.
    static CandidateFilter combined()
    {
        CandidateFilter filter;
        filter.search = QStringLiteral("c1");
        filter.ranges.followers.min = 5000;
        filter.ranges.engagementPct.max = 6.0;
        filter.ranges.languages = {QStringLiteral("vi"), QStringLiteral("fa")};
        return filter;
    }

    QList<qint64> shownIds(CandidateTableModel &model)
    {
        fetchAll(model);
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.rowAt(row)->channel.id;
        return ids;
    }
};

using FilteredOrderTest = OnBothBackends<FilteredOrderTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(FilteredOrderTest);

// SQLite only: the walk's search matches are read from SQLite's FTS5 index (SearchMatches);
// on a server the search stays in SQL.
TEST_F(FilteredOrderTestFixture, TheWalkListsWhatSqlListsForRangesLanguagesAndSearch)
{
    const CandidateFilter filter = combined();
    const auto prepared = FilterPreparer::prepare(connection(), filter, nullptr);
    ASSERT_TRUE(prepared && prepared->matches && prepared->figures);
    for (CandidateSortKey key : {CandidateSortKey::Name, CandidateSortKey::Followers, CandidateSortKey::Fee}) {
        const auto order = std::make_shared<const CandidateOrder>(*CandidateOrder::build(connection(), key));
        for (bool descending : {false, true}) {
            const QList<qint64> bySql = channelIds(*m_store->rows(filter, CandidateSort{key, descending}));
            ASSERT_GT(bySql.size(), 20);
            ASSERT_LT(bySql.size(), order->size() / 4); // the filter leaves most channels out
            // Walked to the end, and stopped after 7 places (the cursor walks on from there).
            for (const qsizetype keep : {FilteredOrder::enough, qsizetype(7)}) {
                const auto walked = FilteredOrder::walk(*order, descending, *prepared, {}, keep);
                ASSERT_TRUE(walked);
                // The worker keeps exactly the rows SQL lists: nothing is left for SQL to drop.
                EXPECT_EQ(qsizetype(walked->places().size()), std::min<qsizetype>(keep, bySql.size()));
                EXPECT_EQ(walked->walkedTo() == order->size(), keep == FilteredOrder::enough);
                PreparedFilter withWalk = *prepared;
                withWalk.order = order;
                withWalk.descending = descending;
                withWalk.walked = std::make_shared<const FilteredOrder>(*walked);
                EXPECT_EQ(channelIds(*m_store->rows(descending, order, withWalk)), bySql)
                    << "key " << int(key) << ", descending " << descending << ", keep " << keep;
            }
        }
    }
}

// SQLite only (the matches come from FTS5): the count takes the search's matches the
// worker read (issue 14: "1" read hundreds of thousands of ids twice per keystroke) and
// counts what SQL counts; the matches handed over are the ones counted, not read again.
TEST_F(FilteredOrderTestFixture, TheCountTakesTheWorkersSearchMatchesAndCountsWhatSqlCounts)
{
    QHash<QString, std::shared_ptr<const SearchMatches>> read;
    for (const QString &typed : {QStringLiteral("1"), QStringLiteral("c1"), QStringLiteral("c2")}) {
        CandidateFilter filter;
        filter.search = typed;
        const auto prepared = FilterPreparer::prepare(connection(), filter, nullptr);
        ASSERT_TRUE(prepared && prepared->matches);
        read.insert(typed, prepared->matches);
        const qint64 bySql = m_store->rowCount(filter);
        ASSERT_GT(bySql, 0) << typed.toStdString();
        MemoryCount memory;
        EXPECT_EQ(memory.rows(connection(), filter, nullptr, prepared->matches), bySql) << typed.toStdString();
        MemoryCount reading;
        EXPECT_EQ(reading.rows(connection(), filter), bySql) << typed.toStdString();
    }
    CandidateFilter c1;
    c1.search = QStringLiteral("c1");
    CandidateFilter c2;
    c2.search = QStringLiteral("c2");
    ASSERT_NE(m_store->rowCount(c1), m_store->rowCount(c2));
    MemoryCount memory;
    EXPECT_EQ(memory.rows(connection(), c1, nullptr, read.value(QStringLiteral("c2"))), m_store->rowCount(c2));
}

TEST_P(FilteredOrderTest, ACancelledWalkGivesNothing)
{
    const auto prepared = FilterPreparer::prepare(connection(), combined(), nullptr);
    ASSERT_TRUE(prepared);
    const auto order = CandidateOrder::build(connection(), CandidateSortKey::Followers);
    ASSERT_TRUE(order);
    int asked = 0;
    EXPECT_FALSE(FilteredOrder::walk(*order, false, *prepared, [&] { return ++asked > 0; }));
    EXPECT_EQ(asked, 1);
    // Nothing to test in memory (no search, no ranges): no walk either.
    const auto plain = FilterPreparer::prepare(connection(), CandidateFilter(), nullptr);
    ASSERT_TRUE(plain);
    EXPECT_FALSE(FilteredOrder::walk(*order, false, *plain));
}

TEST_P(FilteredOrderTest, TheTableShowsTheWorkersWalkAndOnlyTheNewestFilter)
{
    CandidateTableModel model(m_store.get());
    model.setBackgroundSortFrom(1); // this file counts as large
    QSignalSpy sorted(&model, &CandidateTableModel::sorted);
    model.sort(CandidateTableModel::FollowersColumn, Qt::DescendingOrder);
    ASSERT_TRUE(sorted.wait(20000));
    const QList<qint64> before = shownIds(model);

    CandidateFilter older = combined();
    older.ranges.languages = {QStringLiteral("en")};
    const CandidateFilter newer = combined();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter(older);
    model.setFilter(newer); // typed on before the worker answered: the older walk is dropped
    ASSERT_TRUE(model.isFiltering());
    EXPECT_EQ(model.rowCount(), before.size()); // the rows stay meanwhile
    ASSERT_TRUE(reset.wait(20000));
    EXPECT_FALSE(model.isFiltering());
    EXPECT_EQ(reset.count(), 1); // one new page: the newest filter's, never the older one's
    const QList<qint64> bySql = channelIds(*m_store->rows(newer, CandidateSort{CandidateSortKey::Followers, true}));
    ASSERT_FALSE(bySql.isEmpty());
    EXPECT_EQ(shownIds(model), bySql);

    // Sorted the other way with the filter on: walked again in that direction.
    model.sort(CandidateTableModel::FollowersColumn, Qt::AscendingOrder);
    ASSERT_TRUE(model.isFiltering());
    ASSERT_TRUE(reset.wait(20000));
    EXPECT_EQ(shownIds(model), channelIds(*m_store->rows(newer, CandidateSort{CandidateSortKey::Followers, false})));
}

// SQLite only, as the walk above: the worker's name order and walk read SQLite's own indexes.
TEST_F(FilteredOrderTestFixture, SortingByNameWithASearchOnWaitsForTheWorkersNameOrder)
{
    CandidateTableModel model(m_store.get());
    model.setBackgroundSortFrom(1); // this file counts as large; no name order made yet
    QSignalSpy sorted(&model, &CandidateTableModel::sorted);
    model.sort(CandidateTableModel::FollowersColumn, Qt::DescendingOrder);
    ASSERT_TRUE(sorted.wait(20000));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter(combined());
    ASSERT_TRUE(reset.wait(20000));
    const QList<qint64> before = shownIds(model);
    ASSERT_FALSE(before.isEmpty());
    reset.clear();
    // Issue 14: the name index filtered the search on the window's thread. Now the rows stay
    // (in followers order) while the worker makes the name order, and the walk follows.
    model.sort(CandidateTableModel::NameColumn, Qt::AscendingOrder);
    EXPECT_TRUE(model.isSorting());
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(shownIds(model), before);
    ASSERT_TRUE(sorted.wait(20000));
    EXPECT_FALSE(model.isSorting());
    EXPECT_EQ(shownIds(model), channelIds(*m_store->rows(combined(), CandidateSort{CandidateSortKey::Name, false})));
}

// The bounds of each figure put on a value some channel has (inclusive: that channel
// passes), alone and with a search; every 7th channel's followers and engagement unknown.
// SQLite only: the bits fold in the search's FTS5 matches; on a server the filter stays in SQL.
class PassingChannelsTest : public FilteredOrderTestFixture
{
protected:
    void SetUp() override
    {
        FilteredOrderTestFixture::SetUp();
        QSqlQuery update(connection());
        ASSERT_TRUE(update.exec(QStringLiteral(
            "UPDATE channels SET followers = NULL, engagement_rate_pct = NULL WHERE id % 7 = 0")));
    }

    // The value of a figure at a place of the sorted known values: a bound some channel meets.
    double valueAt(const QString &column, int place)
    {
        return queryValue(connection(), QStringLiteral("SELECT %1 FROM channels WHERE %1 IS NOT NULL ORDER BY %1 "
                                                       "LIMIT 1 OFFSET %2").arg(column).arg(place)).toDouble();
    }

    std::vector<CandidateFilter> filters()
    {
        std::vector<CandidateFilter> result(6);
        result[0].ranges.followers.min = qint64(valueAt(QStringLiteral("followers"), 1500));
        result[1].ranges.followers.max = qint64(valueAt(QStringLiteral("followers"), 200));
        result[2].ranges.engagementPct.min = valueAt(QStringLiteral("engagement_rate_pct"), 2000);
        result[3].ranges.avgViews.max = qint64(valueAt(QStringLiteral("avg_views"), 300));
        result[4].ranges.authenticityPct.min = valueAt(QStringLiteral("authenticity_pct"), 2500);
        result[5] = combined();
        result[5].ranges.followers.min = qint64(valueAt(QStringLiteral("followers"), 1000));
        return result;
    }

    // The channels whose bit is set.
    static QList<qint64> passingIds(const PassingChannels &passing)
    {
        QList<qint64> ids;
        for (qint64 channel = -1; channel <= passing.largestChannel() + 1; ++channel) {
            if (passing.passes(channel))
                ids << channel;
        }
        return ids;
    }
};

TEST_F(PassingChannelsTest, TheBitsHoldExactlySqlsRowsForEveryInclusiveBound)
{
    const auto order = std::make_shared<const CandidateOrder>(*CandidateOrder::build(connection(), CandidateSortKey::Fee));
    int throughBits = 0;
    for (const CandidateFilter &filter : filters()) {
        const auto prepared = FilterPreparer::prepare(connection(), filter, nullptr);
        ASSERT_TRUE(prepared && prepared->figures);
        const auto passing = PassingChannels::test(*prepared->figures, RangeMatcher(filter.ranges, prepared->figures),
                                                   prepared->matches.get());
        ASSERT_TRUE(passing);
        const QList<qint64> bySql = channelIds(*m_store->rows(filter, CandidateSort{CandidateSortKey::Fee, false}));
        QList<qint64> sortedBySql = bySql;
        std::sort(sortedBySql.begin(), sortedBySql.end());
        ASSERT_GT(bySql.size(), 10);
        EXPECT_EQ(passingIds(*passing), sortedBySql);
        EXPECT_EQ(passing->count(), bySql.size());
        // An unknown figure never passes: the bounded ones of every 7th channel are unknown.
        if (filter.ranges.followers.isSet() || filter.ranges.engagementPct.isSet())
            EXPECT_FALSE(passing->passes(7)) << "followers or engagement unknown";
        // The walk lists SQL's rows in SQL's order. Stopped after 7 kept places: the first 28
        // places tested directly; a filter that leaves 7 of them short goes on through the bits.
        const auto walked = FilteredOrder::walk(*order, false, *prepared, {}, 7);
        ASSERT_TRUE(walked);
        EXPECT_EQ(walked->passing() != nullptr, walked->walkedTo() > 28);
        if (walked->passing()) {
            ++throughBits;
            EXPECT_EQ(walked->passing()->count(), bySql.size());
        }
        PreparedFilter withWalk = *prepared;
        withWalk.order = order;
        withWalk.walked = std::make_shared<const FilteredOrder>(*walked);
        EXPECT_EQ(channelIds(*m_store->rows(false, order, withWalk)), bySql);
        // The count shares the walk's bits; the channels left out as unknown are counted too.
        MemoryCount count;
        EXPECT_EQ(count.rows(connection(), filter, walked->passing().get()).value_or(-1), bySql.size());
        EXPECT_EQ(count.rows(connection(), filter).value_or(-1), bySql.size());
        EXPECT_EQ(count.unknownLeftOut(connection(), filter).value_or(-1), m_store->countUnknownLeftOut(filter));
    }
    EXPECT_GT(throughBits, 0); // the selective filters (the combined one at least)
}

TEST_F(PassingChannelsTest, UnknownFiguresAreLeftOutAndCounted)
{
    CandidateFilter filter;
    filter.ranges.followers.min = 0; // every known follower count passes
    const auto prepared = FilterPreparer::prepare(connection(), filter, nullptr);
    ASSERT_TRUE(prepared && prepared->figures);
    const auto passing = PassingChannels::test(*prepared->figures, RangeMatcher(filter.ranges, prepared->figures), nullptr);
    ASSERT_TRUE(passing);
    const qint64 channels = count(QStringLiteral("channels"));
    const qint64 unknown = queryValue(connection(), QStringLiteral("SELECT count(*) FROM channels WHERE followers IS NULL")).toLongLong();
    ASSERT_GT(unknown, 0);
    EXPECT_EQ(passing->count(), channels - unknown);
    EXPECT_EQ(m_store->countUnknownLeftOut(filter), unknown);
    EXPECT_EQ(MemoryCount().unknownLeftOut(connection(), filter).value_or(-1), unknown);
}

TEST_F(PassingChannelsTest, ACancelledTestGivesNoBits)
{
    const CandidateFilter filter = filters().front();
    const auto prepared = FilterPreparer::prepare(connection(), filter, nullptr);
    ASSERT_TRUE(prepared && prepared->figures);
    int asked = 0;
    EXPECT_FALSE(PassingChannels::test(*prepared->figures, RangeMatcher(filter.ranges, prepared->figures), nullptr,
                                       [&] { return ++asked > 0; }));
    EXPECT_EQ(asked, 1);
    // Not cancelled: the same test gives the bits.
    EXPECT_TRUE(PassingChannels::test(*prepared->figures, RangeMatcher(filter.ranges, prepared->figures), nullptr,
                                      [] { return false; }));
}

} // namespace
} // namespace planner::test
