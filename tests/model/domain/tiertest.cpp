// Follower tiers: boundaries, thresholds read from the database, and changes to them.
#include "modeltestsupport.h"

#include "storage/tierthresholdstore.h"

namespace planner::test {
namespace {

struct Boundary
{
    qint64 followers;
    Tier tier;
};

const Boundary defaultBoundaries[] = {
    {0, Tier::Nano},          {9999, Tier::Nano},     {10000, Tier::Micro},
    {99999, Tier::Micro},     {100000, Tier::Macro},  {999999, Tier::Macro},
    {1000000, Tier::Mega},    {2000000000, Tier::Mega},
};

TEST(TierThresholdsTest, DefaultsPlaceBoundaryCountsInTheRightTier)
{
    const TierThresholds thresholds;
    for (const Boundary &boundary : defaultBoundaries)
        EXPECT_EQ(thresholds.tierFor(boundary.followers), boundary.tier) << boundary.followers;
}

TEST(TierThresholdsTest, UpperBoundIsTheNextTiersLowerBound)
{
    const TierThresholds thresholds;
    EXPECT_EQ(thresholds.upperBound(Tier::Nano), 10000);
    EXPECT_EQ(thresholds.upperBound(Tier::Micro), 100000);
    EXPECT_EQ(thresholds.upperBound(Tier::Macro), 1000000);
    EXPECT_FALSE(thresholds.upperBound(Tier::Mega));
    EXPECT_EQ(thresholds.lowerBound(Tier::Mega), 1000000);
}

TEST(TierThresholdsTest, KeysRoundTrip)
{
    for (Tier tier : allTiers())
        EXPECT_EQ(tierFromKey(tierKey(tier)), tier);
    EXPECT_EQ(tierFromKey(QStringLiteral(" MACRO ")), Tier::Macro);
    EXPECT_FALSE(tierFromKey(QStringLiteral("giga")));
    EXPECT_EQ(allTierKeys(), (QStringList{QStringLiteral("nano"), QStringLiteral("micro"),
                                          QStringLiteral("macro"), QStringLiteral("mega")}));
}

using TierStoreTest = StoreTest;

TEST_F(TierStoreTest, ThresholdsLoadedFromNewDatabaseMatchTheBoundaries)
{
    const TierThresholds thresholds = TierThresholdStore::load(connection());
    for (const Boundary &boundary : defaultBoundaries)
        EXPECT_EQ(thresholds.tierFor(boundary.followers), boundary.tier) << boundary.followers;
    for (const Boundary &boundary : defaultBoundaries)
        EXPECT_EQ(m_store->tierThresholds().tierFor(boundary.followers), boundary.tier);
}

TEST_F(TierStoreTest, ThresholdsAreReadFromTheRowsNotFromCode)
{
    QSqlQuery edit(connection());
    ASSERT_TRUE(edit.exec(QStringLiteral("UPDATE tier_thresholds SET min_followers = 5000 WHERE tier = 'micro'")));
    ASSERT_TRUE(edit.exec(QStringLiteral("UPDATE tier_thresholds SET min_followers = 500000 WHERE tier = 'mega'")));
    const TierThresholds thresholds = TierThresholdStore::load(connection());
    EXPECT_EQ(thresholds.tierFor(4999), Tier::Nano);
    EXPECT_EQ(thresholds.tierFor(5000), Tier::Micro);
    EXPECT_EQ(thresholds.tierFor(99999), Tier::Micro);
    EXPECT_EQ(thresholds.tierFor(100000), Tier::Macro);
    EXPECT_EQ(thresholds.tierFor(499999), Tier::Macro);
    EXPECT_EQ(thresholds.tierFor(500000), Tier::Mega);
    EXPECT_EQ(thresholds.upperBound(Tier::Macro), 500000);
}

TEST_F(TierStoreTest, ReloadingThresholdsChangesTierAndTierFilter)
{
    for (qint64 followers : {9999, 10000, 99999, 100000, 999999, 1000000}) {
        ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("Followers %1").arg(followers),
                                               CandidateKind::Influencer,
                                               {makeChannel(Platform::Instagram, QString(), followers)})));
    }
    CandidateFilter micro;
    micro.tier = Tier::Micro;
    CandidateFilter nano;
    nano.tier = Tier::Nano;
    EXPECT_EQ(m_store->rowCount(micro), 2);
    EXPECT_EQ(m_store->rowCount(nano), 1);

    QSqlQuery edit(connection());
    ASSERT_TRUE(edit.exec(QStringLiteral("UPDATE tier_thresholds SET min_followers = 50000 WHERE tier = 'micro'")));
    // The store reads thresholds when asked to, not behind the user's back.
    EXPECT_EQ(m_store->tierThresholds().tierFor(10000), Tier::Micro);
    EXPECT_EQ(m_store->rowCount(micro), 2);

    m_store->reloadTierThresholds();
    EXPECT_EQ(m_store->tierThresholds().tierFor(10000), Tier::Nano);
    EXPECT_EQ(m_store->tierThresholds().tierFor(49999), Tier::Nano);
    EXPECT_EQ(m_store->tierThresholds().tierFor(50000), Tier::Micro);
    EXPECT_EQ(m_store->rowCount(micro), 1);
    EXPECT_EQ(m_store->rowCount(nano), 2);
    QList<qint64> nanoFollowers;
    for (const CandidateRow &row : allRows(*m_store, nano, {CandidateSortKey::Followers, false}))
        nanoFollowers << row.channel.followers.value_or(-1);
    EXPECT_EQ(nanoFollowers, (QList<qint64>{9999, 10000}));
}

} // namespace
} // namespace planner::test
