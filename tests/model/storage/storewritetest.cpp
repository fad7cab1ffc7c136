// StoreWrite's silent reads: each row in turn, or nothing and false when the query fails.
#include "modeltestsupport.h"

#include "storage/storewrite.h"

namespace planner::test {
namespace {

using StoreWriteTest = StoreTest;

TEST_F(StoreWriteTest, EachRowHandsEveryRowInTheQuerysOrder)
{
    QStringList tiers;
    QList<qint64> bounds;
    EXPECT_TRUE(StoreWrite::eachRow(connection(),
                                    QStringLiteral("SELECT tier, min_followers FROM tier_thresholds"
                                                   " ORDER BY min_followers"),
                                    [&](const QSqlQuery &query) {
                                        tiers << query.value(0).toString();
                                        bounds << query.value(1).toLongLong();
                                    }));
    EXPECT_EQ(tiers, (QStringList{QStringLiteral("nano"), QStringLiteral("micro"),
                                  QStringLiteral("macro"), QStringLiteral("mega")}));
    EXPECT_EQ(bounds, (QList<qint64>{0, 10000, 100000, 1000000}));
}

TEST_F(StoreWriteTest, EachRowOfAQueryThatCannotRunAnswersFalseAndHandsNothing)
{
    int rows = 0;
    EXPECT_FALSE(StoreWrite::eachRow(connection(), QStringLiteral("SELECT tier FROM no_such_table"),
                                     [&rows](const QSqlQuery &) { ++rows; }));
    EXPECT_EQ(rows, 0);
}

TEST_F(StoreWriteTest, EachRowOfAnEmptyResultAnswersTrueAndHandsNothing)
{
    int rows = 0;
    EXPECT_TRUE(StoreWrite::eachRow(connection(),
                                    QStringLiteral("SELECT tier FROM tier_thresholds WHERE min_followers < 0"),
                                    [&rows](const QSqlQuery &) { ++rows; }));
    EXPECT_EQ(rows, 0);
}

} // namespace
} // namespace planner::test
