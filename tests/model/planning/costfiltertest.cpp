// The CPM and CPE ranges of "More filters", projected for a campaign in SQL: the value the
// filter compares is the one the goal-fit projection shows (to the last bit: at the bound is
// in, the next double past it is out), unknown costs are left out and counted, and the count
// runs on a connection of its own in the background counter.
#include "rangetestsupport.h"

#include "planning/campaigncostinputs.h"
#include "planning/goalranking.h"
#include "storage/assumptionstore.h"
#include "storage/candidatecounter.h"
#include "storage/exchangeratestore.h"
#include "storage/tierthresholdstore.h"

#include <QSignalSpy>
#include <cmath>
#include <functional>
#include <limits>

namespace planner::test {
namespace {

class CostFilterTestFixture : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        m_campaign.name = QStringLiteral("Tết");
        m_campaign.budget = Money(100000000, QStringLiteral("VND"));
        // Own figures, views known: CPM 2,000,000 / 20,000 × 1000 = 100,000; CPE 2,000,000 / 1,000 = 2,000.
        add(Platform::Instagram, QStringLiteral("@own"), 50000, 20000, 2.0, 90.0, Money(2000000, QStringLiteral("VND")));
        // 100 USD at the file's 26,000 VND: 2,600,000 over 10,000 views: CPM 260,000.
        add(Platform::Instagram, QStringLiteral("@usd"), 50000, 10000, 2.0, 90.0, Money(10000, QStringLiteral("USD")));
        // Every figure from the tier's defaults (reach rate, engagement, authenticity, fee).
        add(Platform::Instagram, QStringLiteral("@micro"), 20000, {}, {}, {}, {});
        add(Platform::TikTok, QStringLiteral("@macro"), 200000, {}, {}, {}, {});
        add(Platform::YouTube, QStringLiteral("@mega"), 2000000, {}, 1.5, 70.0, Money(5000000, QStringLiteral("VND")));
        // Followers unknown, views known: 400,000 / 8,000 views: CPM 50,000; CPE 400,000 / 400 = 1,000.
        add(Platform::TikTok, QStringLiteral("@views"), {}, 8000, 5.0, {}, Money(400000, QStringLiteral("VND")));
        // Undefined: a free post, a fee without a rate, nothing to project.
        add(Platform::Instagram, QStringLiteral("@free"), 30000, 3000, 3.0, 80.0, Money(0, QStringLiteral("VND")));
        add(Platform::Instagram, QStringLiteral("@norate"), 30000, 3000, 3.0, 80.0, Money(500, QStringLiteral("EUR")));
        add(Platform::Facebook, QStringLiteral("@blank"), {}, {}, {}, {}, Money(100000, QStringLiteral("VND")));
    }

    void add(Platform platform, const QString &handle, std::optional<qint64> followers,
             std::optional<qint64> views, std::optional<double> engagement,
             std::optional<double> authenticity, std::optional<Money> fee)
    {
        Error error;
        Channel channel = makeChannel(platform, handle, 0);
        channel.followers = followers;
        channel.avgViews = views;
        channel.engagementRatePct = engagement;
        channel.authenticityPct = authenticity;
        channel.fee = fee;
        ASSERT_TRUE(m_store->add(makeCandidate(handle.mid(1), CandidateKind::Influencer, {channel}), &error))
            << error.text().toStdString();
    }

    Projection projection() const
    {
        return Projection(AssumptionStore::load(connection()), TierThresholdStore::load(connection()),
                          ExchangeRateStore::load(connection()));
    }

    RangeFilter ranges(Bounds<double> cpm, Bounds<double> cpe = {}) const
    {
        RangeFilter result;
        result.cpm = cpm;
        result.cpe = cpe;
        result.costInputs = CampaignCostInputs::of(m_campaign, projection());
        return result;
    }

    QStringList handles(const RangeFilter &ranges) const { return rangeHandles(*m_store, ranges); }

    qint64 unknownLeftOut(const RangeFilter &ranges) const { return rangeUnknownLeftOut(*m_store, ranges); }

    // The figures the goal-fit column projects for each channel, by handle.
    QHash<QString, ProjectedFigures> shown() const
    {
        const GoalRanking ranking(m_campaign, projection());
        QHash<QString, ProjectedFigures> result;
        for (const CandidateRow &row : allRows(*m_store, CandidateFilter()))
            result.insert(row.channel.handle, ranking.score(row).figures());
        return result;
    }

    // The channel is in with the value as either bound or both, out one double past it.
    void expectInAtTheBoundOnly(const QString &handle, double value,
                                const std::function<RangeFilter(Bounds<double>)> &bounded) const
    {
        SCOPED_TRACE(handle.toStdString());
        const double below = -std::numeric_limits<double>::infinity();
        const double above = std::numeric_limits<double>::infinity();
        EXPECT_TRUE(handles(bounded({value, value})).contains(handle));
        EXPECT_TRUE(handles(bounded({std::nullopt, value})).contains(handle));
        EXPECT_TRUE(handles(bounded({value, std::nullopt})).contains(handle));
        EXPECT_FALSE(handles(bounded({std::nullopt, std::nextafter(value, below)})).contains(handle));
        EXPECT_FALSE(handles(bounded({std::nextafter(value, above), std::nullopt})).contains(handle));
    }

    Campaign m_campaign;
};

using CostFilterTest = OnBothBackends<CostFilterTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CostFilterTest);

TEST_P(CostFilterTest, EveryChannelAtItsProjectedCpmIsInAndOneStepPastIsOut)
{
    const QHash<QString, ProjectedFigures> figures = shown();
    ASSERT_EQ(figures.size(), 9);
    int projected = 0;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (!it->cpm)
            continue;
        ++projected;
        expectInAtTheBoundOnly(it.key(), *it->cpm, [this](Bounds<double> b) { return ranges(b); });
    }
    // @own, @usd, @micro, @macro, @mega and @views have a CPM; @free, @norate and @blank none.
    EXPECT_EQ(projected, 6);
}

TEST_P(CostFilterTest, EveryChannelAtItsProjectedCpeIsInAndOneStepPastIsOut)
{
    const QHash<QString, ProjectedFigures> figures = shown();
    int projected = 0;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (!it->cpe)
            continue;
        ++projected;
        expectInAtTheBoundOnly(it.key(), *it->cpe, [this](Bounds<double> b) { return ranges({}, b); });
    }
    EXPECT_EQ(projected, 6);
}

TEST_P(CostFilterTest, BoundsInTheCampaignsCurrencyAreInclusive)
{
    // Worked by hand from the figures above (see SetUp).
    EXPECT_EQ(handles(ranges({100000.0, 100000.0})), texts({"@own"}));
    EXPECT_EQ(handles(ranges({std::nullopt, 99999.99})).contains(QStringLiteral("@own")), false);
    EXPECT_EQ(handles(ranges({260000.0, 260000.0})), texts({"@usd"}));
    EXPECT_EQ(handles(ranges({50000.0, 50000.0})), texts({"@views"}));
    EXPECT_EQ(handles(ranges({}, {2000.0, 2000.0})), texts({"@own"}));
    EXPECT_EQ(handles(ranges({}, {1000.0, 1000.0})), texts({"@views"}));
}

TEST_P(CostFilterTest, UndefinedCostsAreLeftOutAndCounted)
{
    // Every CPM lets through those with one; @free, @norate and @blank are counted as unknown.
    const RangeFilter all = ranges({0.0, std::nullopt});
    EXPECT_EQ(handles(all).size(), 6);
    EXPECT_FALSE(handles(all).contains(QStringLiteral("@free")));
    EXPECT_EQ(unknownLeftOut(all), 3);
    // A row left out by the known bound is not counted as unknown.
    EXPECT_EQ(unknownLeftOut(ranges({std::nullopt, 1.0})), 3);
    // Together with a follower range: @views and @blank (followers unknown) count once each.
    RangeFilter both = ranges({0.0, std::nullopt});
    both.followers.min = 1;
    EXPECT_EQ(unknownLeftOut(both), 4);
    EXPECT_EQ(both.activeCount(), 2);
}

TEST_P(CostFilterTest, WithoutACampaignACostRangeLetsNothingThroughAndCountsEveryRow)
{
    RangeFilter none;
    none.cpm.max = 1e12;
    EXPECT_TRUE(handles(none).isEmpty());
    EXPECT_EQ(unknownLeftOut(none), 9);
}

TEST_P(CostFilterTest, TheBackgroundCounterCountsTheUnknownLeftOutOnItsOwnConnection)
{
    CandidateFilter filter;
    filter.ranges = ranges({0.0, std::nullopt});
    CandidateCounter counter(m_path);
    QSignalSpy counted(&counter, &CandidateCounter::unknownLeftOutCounted);
    counter.requestUnknownLeftOut(filter, m_store->tierThresholds());
    ASSERT_TRUE(counted.wait(30000));
    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).value<CandidateFilter>(), filter);
    EXPECT_EQ(counted.at(0).at(1).toLongLong(), 3);
}

} // namespace
} // namespace planner::test
