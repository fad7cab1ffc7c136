// Projections computed by hand for fixture candidates, from the seeded assumptions.
#include "modeltestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/exchangeratestore.h"
#include "planning/goalscore.h"
#include "planning/projection.h"

#include <cmath>

namespace planner::test {
namespace {

class ProjectionTestFixture : public StoreTest
{
protected:
    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), m_store->tierThresholds(),
                          ExchangeRateStore::load(connection()));
    }

    // Micro Instagram (50,000 followers) with its own engagement, authenticity and fee.
    static Channel instagram()
    {
        Channel channel = makeChannel(Platform::Instagram, QStringLiteral("@mai"), 50000);
        channel.engagementRatePct = 3.0;
        channel.authenticityPct = 80.0;
        channel.fee = Money(2000000, QStringLiteral("VND"));
        return channel;
    }

    // Macro TikTok (200,000 followers) with known views but no engagement rate or fee.
    static Channel tiktok()
    {
        Channel channel = makeChannel(Platform::TikTok, QStringLiteral("@mai.tt"), 200000);
        channel.avgViews = 30000;
        channel.authenticityPct = 90.0;
        return channel;
    }

    static Campaign campaign()
    {
        Campaign campaign;
        campaign.name = QStringLiteral("Tết skincare");
        campaign.budget = Money(100000000, QStringLiteral("VND"));
        return campaign;
    }
};

using ProjectionTest = OnBothBackends<ProjectionTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ProjectionTest);

TEST_P(ProjectionTest, OneInstagramPostWithoutViewsUsesTheTierReachRate)
{
    const ProjectedFigures f = projection().project(instagram(), DeliverableFormat::Post, 1,
                                                    std::nullopt, QStringLiteral("VND"));
    EXPECT_EQ(f.tier, Tier::Micro);
    EXPECT_DOUBLE_EQ(f.reachRate, 0.229);
    EXPECT_NEAR(f.uniqueReach, 40000 * 0.229, 1e-6);
    EXPECT_NEAR(f.impressions, 9160.0, 1e-6);
    EXPECT_NEAR(f.engagements, 1500.0, 1e-6);
    ASSERT_TRUE(f.cost);
    EXPECT_EQ(*f.cost, Money(2000000, QStringLiteral("VND")));
    ASSERT_TRUE(f.cpm && f.cpe && f.emv);
    EXPECT_NEAR(*f.cpm, 2000000.0 / 9160.0 * 1000.0, 1e-6);
    EXPECT_NEAR(*f.cpe, 2000000.0 / 1500.0, 1e-6);
    EXPECT_NEAR(*f.emv, 9.160 * 6.5 * 26000.0, 1e-6);
    EXPECT_EQ(f.defaults, ProjectedFigures::Defaults(ProjectedFigures::ReachRate));
}

TEST_P(ProjectionTest, SeveralPostsReachFewerNewPeopleEachTime)
{
    const ProjectedFigures f = projection().project(instagram(), DeliverableFormat::Post, 3,
                                                    std::nullopt, QStringLiteral("VND"));
    EXPECT_NEAR(f.uniqueReach, 40000.0 * (1.0 - std::pow(0.771, 3)), 1e-6);
    EXPECT_NEAR(f.uniqueReach, 21667.44, 0.01);
    EXPECT_NEAR(f.impressions, 3 * 9160.0, 1e-6);
    EXPECT_NEAR(f.engagements, 4500.0, 1e-6);
    EXPECT_EQ(*f.cost, Money(6000000, QStringLiteral("VND")));
}

TEST_P(ProjectionTest, StoriesUseTheStoryReachRate)
{
    const ProjectedFigures f = projection().project(instagram(), DeliverableFormat::Story, 1,
                                                    std::nullopt, QStringLiteral("VND"));
    EXPECT_DOUBLE_EQ(f.reachRate, 0.043);
}

TEST_P(ProjectionTest, AverageViewsSetTheReachRateAndDefaultsAreFlagged)
{
    const ProjectedFigures f = projection().project(tiktok(), DeliverableFormat::Video, 2,
                                                    std::nullopt, QStringLiteral("VND"));
    EXPECT_EQ(f.tier, Tier::Macro);
    EXPECT_NEAR(f.reachRate, 30000.0 / 180000.0, 1e-12);
    EXPECT_NEAR(f.uniqueReach, 55000.0, 1e-6); // 180,000 * (1 - (5/6)^2)
    EXPECT_NEAR(f.impressions, 60000.0, 1e-6); // n * V
    EXPECT_NEAR(f.engagements, 7000.0, 1e-6);  // 2 * 200,000 * 1.75% (macro default)
    // fee.tiktok.macro 687.50 USD, twice, at 26,000 VND per USD.
    EXPECT_EQ(*f.cost, Money(35750000, QStringLiteral("VND")));
    EXPECT_TRUE(f.restsOn(ProjectedFigures::Fee));
    EXPECT_TRUE(f.restsOn(ProjectedFigures::EngagementRate));
    EXPECT_FALSE(f.restsOn(ProjectedFigures::ReachRate));
    EXPECT_FALSE(f.restsOn(ProjectedFigures::Authenticity));
}

TEST_P(ProjectionTest, ViewsAboveTheRealAudienceReachEveryoneOnce)
{
    Channel channel = tiktok();
    channel.avgViews = 500000;
    const ProjectedFigures f = projection().project(channel, DeliverableFormat::Video, 1,
                                                    std::nullopt, QStringLiteral("VND"));
    EXPECT_DOUBLE_EQ(f.reachRate, 1.0);
    EXPECT_NEAR(f.uniqueReach, 180000.0, 1e-6);
    EXPECT_NEAR(f.impressions, 500000.0, 1e-6);
}

TEST_P(ProjectionTest, MissingAuthenticityFallsBackToTheTierDefault)
{
    Channel channel = instagram();
    channel.authenticityPct.reset();
    const ProjectedFigures f = projection().project(channel, DeliverableFormat::Post, 1,
                                                    std::nullopt, QStringLiteral("VND"));
    EXPECT_TRUE(f.restsOn(ProjectedFigures::Authenticity));
    EXPECT_NEAR(f.uniqueReach, 50000 * 0.82 * 0.229, 1e-6);
}

TEST_P(ProjectionTest, AgreedFeeInAnotherCurrencyOverridesAndConverts)
{
    const ProjectedFigures f = projection().project(instagram(), DeliverableFormat::Post, 2,
                                                    Money(1234, QStringLiteral("USD")),
                                                    QStringLiteral("VND"));
    // 2 * 12.34 USD * 26,000
    EXPECT_EQ(*f.cost, Money(641680, QStringLiteral("VND")));
    EXPECT_FALSE(f.restsOn(ProjectedFigures::Fee));
}

TEST_P(ProjectionTest, UnknownCurrencyLeavesTheCostUnknownAndSaysSo)
{
    const ProjectedFigures f = projection().project(instagram(), DeliverableFormat::Post, 1,
                                                    Money(500, QStringLiteral("XYZ")),
                                                    QStringLiteral("VND"));
    EXPECT_FALSE(f.cost);
    EXPECT_FALSE(f.cpm);
    EXPECT_TRUE(f.restsOn(ProjectedFigures::NoExchangeRate));
}

TEST_P(ProjectionTest, AnEditedAssumptionChangesTheProjection)
{
    AssumptionStore assumptions(*m_database);
    Error error;
    ASSERT_TRUE(assumptions.set(QStringLiteral("reach_rate.instagram.micro.post"), 0.5, &error))
        << error.text().toStdString();
    ProjectedFigures f = projection().project(instagram(), DeliverableFormat::Post, 1,
                                              std::nullopt, QStringLiteral("VND"));
    EXPECT_NEAR(f.uniqueReach, 20000.0, 1e-6);

    ASSERT_TRUE(assumptions.set(QStringLiteral("benchmark_cpm"), 10.0, &error));
    f = projection().project(instagram(), DeliverableFormat::Post, 1, std::nullopt,
                             QStringLiteral("USD"));
    EXPECT_NEAR(*f.emv, 20.0 * 10.0, 1e-6);
}

TEST_P(ProjectionTest, TotalsLeaveDeclinedEntriesOut)
{
    Candidate mai = makeCandidate(QStringLiteral("Mai"), CandidateKind::Influencer,
                                  {instagram(), tiktok()});
    mai.id = 7;
    ShortlistEntry post;
    post.candidateId = 7;
    post.deliverables = 3;
    ShortlistEntry video = post;
    video.platform = Platform::TikTok;
    video.format = DeliverableFormat::Video;
    video.deliverables = 2;
    ShortlistEntry declined = post;
    declined.format = DeliverableFormat::Story;
    declined.status = EntryStatus::Declined;
    const QList<ShortlistEntry> entries{post, video, declined};

    const Projection p = projection();
    const QList<ProjectedFigures> figures = p.projectEntries(campaign(), entries, {{7, mai}});
    ASSERT_EQ(figures.size(), 3);
    EXPECT_GT(figures.at(2).impressions, 0.0); // still projected, so it stays visible
    const CampaignTotals totals = Projection::totals(entries, figures, QStringLiteral("VND"));
    EXPECT_EQ(totals.entries, 2);
    EXPECT_NEAR(totals.impressions, 27480.0 + 60000.0, 1e-6);
    EXPECT_NEAR(totals.engagements, 4500.0 + 7000.0, 1e-6);
    EXPECT_EQ(totals.cost, Money(6000000 + 35750000, QStringLiteral("VND")));
    ASSERT_TRUE(totals.cpm);
    EXPECT_NEAR(*totals.cpm, 41750000.0 / 87480.0 * 1000.0, 1e-6);
    EXPECT_TRUE(totals.defaults.testFlag(ProjectedFigures::Fee));
}

TEST_P(ProjectionTest, AFreeChannelHasNoCpmOrCpeAndAFreeShortlistNoTotals)
{
    // Issue 21: a zero fee makes CPM and CPE undefined, not zero.
    Channel free = instagram();
    free.fee = Money(0, QStringLiteral("VND"));
    const ProjectedFigures f = projection().project(free, DeliverableFormat::Post, 2, std::nullopt,
                                                    QStringLiteral("VND"));
    ASSERT_TRUE(f.cost);
    EXPECT_EQ(f.cost->minorUnits(), 0);
    EXPECT_GT(f.impressions, 0.0);
    EXPECT_FALSE(f.cpm);
    EXPECT_FALSE(f.cpe);
    EXPECT_TRUE(f.emv); // what the reach is worth does not depend on the fee

    Candidate mai = makeCandidate(QStringLiteral("Mai"), CandidateKind::Koc, {free});
    mai.id = 3;
    ShortlistEntry entry;
    entry.candidateId = 3;
    const QList<ProjectedFigures> figures = projection().projectEntries(campaign(), {entry}, {{3, mai}});
    const CampaignTotals totals = Projection::totals({entry}, figures, QStringLiteral("VND"));
    EXPECT_EQ(totals.entries, 1);
    EXPECT_FALSE(totals.cpm);
    EXPECT_FALSE(totals.cpe);
}

TEST_P(ProjectionTest, AnEntryWhoseChannelIsGoneProjectsNothing)
{
    Candidate mai = makeCandidate(QStringLiteral("Mai"), CandidateKind::Influencer, {instagram()});
    ShortlistEntry entry;
    entry.platform = Platform::YouTube;
    const ProjectedFigures f = projection().project(mai, entry, QStringLiteral("VND"));
    EXPECT_TRUE(f.restsOn(ProjectedFigures::NoChannel));
    EXPECT_EQ(f.uniqueReach, 0.0);
}

TEST_P(ProjectionTest, GoalScoresCountOnlyMatchingCandidates)
{
    Candidate mai = makeCandidate(QStringLiteral("Mai"), CandidateKind::Influencer, {instagram()},
                                  {QStringLiteral("beauty")}, {QStringLiteral("VN-SG")});
    Campaign target = campaign();
    target.regions = {QStringLiteral("VN")};
    target.niches = {QStringLiteral("food")};
    const ProjectedFigures f = projection().project(instagram(), DeliverableFormat::Post, 1,
                                                    std::nullopt, QStringLiteral("VND"));

    const GoalScore awareness = GoalScore::of(Goal::Awareness, target, mai, f);
    EXPECT_TRUE(awareness.matches());
    EXPECT_NEAR(awareness.objective(), 9160.0, 1e-6);
    EXPECT_NEAR(*awareness.fit(), 9160.0 / 2000000.0, 1e-12);

    const GoalScore trust = GoalScore::of(Goal::NicheTrust, target, mai, f);
    EXPECT_FALSE(trust.matches());
    EXPECT_EQ(trust.objective(), 0.0);
    target.niches << QStringLiteral("Beauty");
    EXPECT_NEAR(GoalScore::of(Goal::NicheTrust, target, mai, f).objective(), 1500.0 * 0.8, 1e-6);

    target.regions = {QStringLiteral("ID")};
    EXPECT_EQ(GoalScore::of(Goal::Awareness, target, mai, f).objective(), 0.0);
    // Niche trust respects the regions too (issue 21): in the niche, outside the region.
    const GoalScore away = GoalScore::of(Goal::NicheTrust, target, mai, f);
    EXPECT_TRUE(away.nicheMatches());
    EXPECT_FALSE(away.regionMatches());
    EXPECT_FALSE(away.matches());
    EXPECT_EQ(away.objective(), 0.0);
    // The kind weight multiplies the goal's figure.
    target.regions = {QStringLiteral("VN")};
    const GoalScore weighted = GoalScore::of(Goal::NicheTrust, target, mai, f, 2.5);
    EXPECT_NEAR(weighted.goalFigure(), 1500.0 * 0.8, 1e-6);
    EXPECT_NEAR(weighted.objective(), 1500.0 * 0.8 * 2.5, 1e-6);
}

TEST(RegionMatch, ACountryMatchesItsSubdivisions)
{
    EXPECT_TRUE(GoalScore::regionsMatch({QStringLiteral("VN")}, {QStringLiteral("vn-sg")}));
    EXPECT_TRUE(GoalScore::regionsMatch({QStringLiteral("VN-SG")}, {QStringLiteral("VN")}));
    EXPECT_FALSE(GoalScore::regionsMatch({QStringLiteral("VN-HN")}, {QStringLiteral("VN-SG")}));
    EXPECT_FALSE(GoalScore::regionsMatch({QStringLiteral("VN")}, {QStringLiteral("VNX")}));
    EXPECT_FALSE(GoalScore::regionsMatch({QStringLiteral("VN")}, {}));
    EXPECT_TRUE(GoalScore::regionsMatch({}, {}));
}

TEST(ExchangeRatesTest, ConvertsRoundingToTheTargetMinorUnit)
{
    ExchangeRates rates;
    rates.setRate(QStringLiteral("USD"), 1.0);
    rates.setRate(QStringLiteral("VND"), 26000.0);
    rates.setRate(QStringLiteral("IDR"), 16300.0);
    EXPECT_EQ(rates.convert(Money(15000000, QStringLiteral("VND")), QStringLiteral("USD")),
              Money(57692, QStringLiteral("USD"))); // 576.923... USD
    EXPECT_EQ(rates.convert(Money(1630000, QStringLiteral("IDR")), QStringLiteral("VND")),
              Money(2600000, QStringLiteral("VND")));
    EXPECT_EQ(rates.convert(Money(1234, QStringLiteral("USD")), QStringLiteral("VND")),
              Money(320840, QStringLiteral("VND")));
    EXPECT_EQ(rates.convert(Money(13000, QStringLiteral("VND")), QStringLiteral("USD")),
              Money(50, QStringLiteral("USD"))); // exactly half a dollar
    EXPECT_EQ(rates.convert(Money(5, QStringLiteral("EUR")), QStringLiteral("EUR")),
              Money(5, QStringLiteral("EUR")));
    EXPECT_FALSE(rates.convert(Money(5, QStringLiteral("EUR")), QStringLiteral("USD")));
}

// The rates are looked up as the marketer's table stores them (trimmed, in capitals) however
// the code is written, a rate set again replaces the old one, a rate of zero is none, and a
// code longer than three letters is found too (issue 14 looks short codes up without a hash).
TEST(ExchangeRatesTest, CodesAreFoundHoweverTheyAreWrittenAndTheLatestRateCounts)
{
    ExchangeRates rates;
    rates.setRate(QStringLiteral(" vnd "), 25000.0);
    rates.setRate(QStringLiteral("VND"), 26000.0);
    rates.setRate(QStringLiteral("usd"), 1.0);
    rates.setRate(QStringLiteral("XBTC"), 0.00001);
    rates.setRate(QStringLiteral("ZZZ"), 0.0);
    for (const QString &code : {QStringLiteral("VND"), QStringLiteral("vnd"), QStringLiteral(" Vnd\t")})
        EXPECT_EQ(rates.perUsd(code), 26000.0) << code.toStdString();
    EXPECT_EQ(rates.perUsd(QStringLiteral("USD")), 1.0);
    EXPECT_EQ(rates.perUsd(QStringLiteral("xbtc")), 0.00001);
    EXPECT_FALSE(rates.perUsd(QStringLiteral("ZZZ")));
    EXPECT_FALSE(rates.perUsd(QStringLiteral("VN")));
    EXPECT_FALSE(rates.perUsd(QString()));
    EXPECT_EQ(rates.currencies(), (QStringList{QStringLiteral("USD"), QStringLiteral("VND"), QStringLiteral("XBTC"),
                                               QStringLiteral("ZZZ")}));
    EXPECT_EQ(rates.convert(Money(100, QStringLiteral("USD")), QStringLiteral(" vnd")),
              Money(26000, QStringLiteral("VND")));
    EXPECT_EQ(rates.convertValue(2.0, QStringLiteral("usd"), QStringLiteral("USD ")), 2.0);
    EXPECT_EQ(rates.convertValue(2.0, QStringLiteral("USD"), QStringLiteral("vnd")), 52000.0);
    ExchangeRates same;
    same.setRate(QStringLiteral("VND"), 26000.0);
    same.setRate(QStringLiteral("USD"), 1.0);
    same.setRate(QStringLiteral("XBTC"), 0.00001);
    same.setRate(QStringLiteral("ZZZ"), 0.0);
    EXPECT_EQ(rates, same);
}

} // namespace

// An unknown follower count: no tier and no tier default; reach from the average views when
// known (n·V impressions, V people at least once, the own rate over the views), nothing when
// not, and the totals say how many entries were left out.
TEST_P(ProjectionTest, UnknownFollowersProjectFromViewsOrNothingAndTheTotalsSaySo)
{
    Channel viewed = makeChannel(Platform::TikTok, QStringLiteral("@lan.tt"), 0);
    viewed.followers.reset();
    viewed.avgViews = 40000;
    viewed.engagementRatePct = 5.0;
    viewed.fee = Money(3000000, QStringLiteral("VND"));
    Channel blank = makeChannel(Platform::Instagram, QStringLiteral("@lan"), 0);
    blank.followers.reset();
    Candidate lan = makeCandidate(QStringLiteral("Lan"), CandidateKind::Koc, {viewed, blank});
    lan.id = 9;
    ShortlistEntry video;
    video.candidateId = 9;
    video.platform = Platform::TikTok;
    video.format = DeliverableFormat::Video;
    video.deliverables = 3;
    ShortlistEntry post = video;
    post.platform = Platform::Instagram;
    post.format = DeliverableFormat::Post;
    post.deliverables = 2;
    const Projection p = projection();
    const QList<ProjectedFigures> figures = p.projectEntries(campaign(), {video, post}, {{9, lan}});
    ASSERT_EQ(figures.size(), 2);
    const ProjectedFigures &v = figures.at(0);
    EXPECT_TRUE(v.restsOn(ProjectedFigures::NoFollowers));
    EXPECT_FALSE(v.restsOn(ProjectedFigures::NotProjected));
    EXPECT_FALSE(v.restsOn(ProjectedFigures::Fee)); // no tier default anywhere
    EXPECT_FALSE(v.restsOn(ProjectedFigures::ReachRate));
    EXPECT_DOUBLE_EQ(v.impressions, 120000.0);
    EXPECT_DOUBLE_EQ(v.uniqueReach, 40000.0);
    EXPECT_DOUBLE_EQ(v.engagements, 6000.0);
    EXPECT_EQ(v.cost, Money(9000000, QStringLiteral("VND")));
    ASSERT_TRUE(v.cpm);
    EXPECT_NEAR(*v.cpm, 9000000.0 / 120000.0 * 1000.0, 1e-9);
    // Nothing known: nothing projected, not even a default fee; never 0 followers' worth.
    const ProjectedFigures &b = figures.at(1);
    EXPECT_TRUE(b.restsOn(ProjectedFigures::NotProjected));
    EXPECT_EQ(b.impressions, 0.0);
    EXPECT_FALSE(b.cost);
    EXPECT_FALSE(GoalScore::of(campaign(), lan, b, 1.0).fit());
    const CampaignTotals totals = Projection::totals({video, post}, figures, QStringLiteral("VND"));
    EXPECT_EQ(totals.entries, 2);
    EXPECT_EQ(totals.notProjected, 1);
    EXPECT_DOUBLE_EQ(totals.impressions, 120000.0);
    EXPECT_EQ(totals.cost, Money(9000000, QStringLiteral("VND")));
}

} // namespace planner::test
