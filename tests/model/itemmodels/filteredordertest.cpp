// A large file's filter walked on the worker (issue 19, point 5): the places of the table's
// order that the search, the ranges and the languages pass are found off the window's
// thread (FilteredOrder), and the rows read from them are the very rows, in the very order,
// that SQL's WHERE and ORDER BY give; a newer filter stops the walk of an older one.
#include "candidatetablemodeltestsupport.h"

#include "storage/candidateorder.h"
#include "storage/filteredorder.h"
#include "storage/filterpreparer.h"

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

} // namespace
} // namespace planner::test
