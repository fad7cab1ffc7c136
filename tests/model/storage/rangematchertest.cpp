// The range filters judged in memory a block of channels at a time (issue 19, point 5):
// RangeMatcher::judge, one bound at a time down its column, gives every channel the verdict
// passes() and leftOutAsUnknown() give it one by one, and the rows it lets through and the
// rows it leaves out for an unknown figure are SQL's, for every bound, on a real file of
// synthetic candidates with unknowns in every figure; MemoryCount's one pass for both counts
// gives SQL's counts and follows the file when another connection adds a channel.
#include "rangetestsupport.h"

#include "itemmodels/candidatetablemodeltestsupport.h"
#include "planning/campaigncostinputs.h"
#include "storage/assumptionstore.h"
#include "storage/exchangeratestore.h"
#include "storage/passingchannels.h"
#include "storage/tierthresholdstore.h"

#include <QSqlQuery>
#include <algorithm>

namespace planner::test {
namespace {

class RangeMatcherTestFixture : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        addSynthetic(*m_store, 1500);
        // Unknowns in every bounded figure, a fee in a currency the file has no rate for,
        // languages unknown (empty).
        QSqlQuery update(connection());
        for (const char *statement :
             {"UPDATE channels SET followers = NULL WHERE id % 7 = 0",
              "UPDATE channels SET engagement_rate_pct = NULL WHERE id % 5 = 1",
              "UPDATE channels SET avg_views = NULL WHERE id % 6 = 2",
              "UPDATE channels SET authenticity_pct = NULL WHERE id % 9 = 3",
              "UPDATE channels SET fee_minor = NULL WHERE id % 11 = 4",
              "UPDATE channels SET currency = 'EUR' WHERE id % 13 = 5",
              "UPDATE channels SET languages = '' WHERE id % 8 = 7"}) {
            ASSERT_TRUE(update.exec(QString::fromLatin1(statement))) << statement;
        }
        m_campaign.name = QStringLiteral("Tết");
        m_campaign.budget = Money(100000000, QStringLiteral("VND"));
    }

    // A bound some channel meets: the value at a share (per mille) of the sorted known values.
    double valueAt(const QString &column, int perMille) const
    {
        const qint64 known = queryValue(connection(), QStringLiteral("SELECT count(%1) FROM channels").arg(column))
                                 .toLongLong();
        EXPECT_GT(known, 10) << column.toStdString();
        return queryValue(connection(), QStringLiteral("SELECT %1 FROM channels WHERE %1 IS NOT NULL ORDER BY %1 "
                                                       "LIMIT 1 OFFSET %2").arg(column).arg(known * perMille / 1000))
            .toDouble();
    }

    RangeFilter vndFee(std::optional<qint64> min, std::optional<qint64> max, bool withRates = true) const
    {
        RangeFilter ranges;
        if (withRates)
            ranges.rates = ExchangeRateStore::load(connection());
        ranges.setFee(min ? std::optional(Money(*min, QStringLiteral("VND"))) : std::nullopt,
                      max ? std::optional(Money(*max, QStringLiteral("VND"))) : std::nullopt);
        return ranges;
    }

    std::optional<CostFilterInputs> costInputs() const { return costInputsOf(m_campaign); }
    std::optional<CostFilterInputs> costInputsOf(const Campaign &campaign) const
    {
        const Projection projection(AssumptionStore::load(connection()), TierThresholdStore::load(connection()),
                                    ExchangeRateStore::load(connection()));
        return CampaignCostInputs::of(campaign, projection);
    }

    // The channels a filter's ranges pass, tested in memory on figures, in id order.
    static QList<qint64> passingIds(const ChannelFigures &figures, const RangeFilter &ranges,
                                    std::shared_ptr<const ChannelFigures> shared)
    {
        const RangeMatcher matcher(ranges, std::move(shared));
        QList<qint64> ids;
        for (qint64 channel = 0; channel <= figures.largestChannel(); ++channel) {
            if (figures.candidateOf(channel) >= 0 && matcher.passes(channel))
                ids << channel;
        }
        return ids;
    }

    QList<qint64> sqlIds(const RangeFilter &ranges) const
    {
        CandidateFilter filter;
        filter.ranges = ranges;
        QList<qint64> ids = channelIds(*m_store->rows(filter, CandidateSort{CandidateSortKey::Followers, false}));
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // Every kind of bound, alone (min and max), and all together.
    std::vector<RangeFilter> everyBound() const
    {
        std::vector<RangeFilter> result;
        const auto add = [&result](const auto &edit) {
            RangeFilter ranges;
            edit(ranges);
            result.push_back(ranges);
        };
        const qint64 followers = qint64(valueAt(QStringLiteral("followers"), 500));
        const double engagement = valueAt(QStringLiteral("engagement_rate_pct"), 400);
        const qint64 views = qint64(valueAt(QStringLiteral("avg_views"), 600));
        const double authenticity = valueAt(QStringLiteral("authenticity_pct"), 300);
        add([&](RangeFilter &r) { r.followers.min = followers; });
        add([&](RangeFilter &r) { r.followers.max = followers; });
        add([&](RangeFilter &r) { r.engagementPct.min = engagement; });
        add([&](RangeFilter &r) { r.engagementPct.max = engagement; });
        add([&](RangeFilter &r) { r.avgViews = {views, views * 4}; });
        add([&](RangeFilter &r) { r.authenticityPct.min = authenticity; });
        add([&](RangeFilter &r) { r.languages = {QStringLiteral("vi")}; });
        add([&](RangeFilter &r) { r.languages = {QStringLiteral("en"), QStringLiteral("id")}; });
        result.push_back(vndFee(2000000, std::nullopt));
        result.push_back(vndFee(std::nullopt, 5000000));
        result.push_back(vndFee(0, std::nullopt, false)); // no rate at all: no fee is known
        const std::optional<CostFilterInputs> inputs = costInputs();
        add([&](RangeFilter &r) { r.cpm.max = 100000.0; r.costInputs = inputs; });
        add([&](RangeFilter &r) { r.cpm.min = 50000.0; r.costInputs = inputs; });
        add([&](RangeFilter &r) { r.cpe = {500.0, 20000.0}; r.costInputs = inputs; });
        add([&](RangeFilter &r) { r.cpm.max = 100000.0; }); // no campaign: nothing passes
        RangeFilter all = vndFee(std::nullopt, 20000000);
        all.followers.min = qint64(valueAt(QStringLiteral("followers"), 100));
        all.engagementPct.max = valueAt(QStringLiteral("engagement_rate_pct"), 900);
        all.authenticityPct.min = valueAt(QStringLiteral("authenticity_pct"), 50);
        all.languages = {QStringLiteral("vi"), QStringLiteral("en")};
        all.cpm.max = 1000000.0;
        all.costInputs = inputs;
        result.push_back(all);
        return result;
    }

    Campaign m_campaign;
};

using RangeMatcherTest = OnBothBackends<RangeMatcherTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(RangeMatcherTest);

TEST_P(RangeMatcherTest, BlockVerdictsAreEachChannelsAndGiveSqlsRowsAndUnknownCounts)
{
    int withUnknowns = 0;
    int withFailures = 0;
    for (const RangeFilter &ranges : everyBound()) {
        CandidateFilter filter;
        filter.ranges = ranges;
        SCOPED_TRACE(testing::Message() << "filter " << ranges.activeCount() << " bounds, languages "
                                        << ranges.languages.join(QLatin1Char(',')).toStdString());
        const auto prepared = FilterPreparer::prepare(connection(), filter, nullptr);
        ASSERT_TRUE(prepared && prepared->figures);
        const ChannelFigures &figures = *prepared->figures;
        ASSERT_TRUE(RangeMatcher::covers(figures, ranges));
        const RangeMatcher matcher(ranges, prepared->figures);
        const qint64 channelSlots = figures.largestChannel() + 1;
        std::vector<quint8> verdicts(size_t(channelSlots), 0xff);
        matcher.judge(0, channelSlots, verdicts.data());
        // Judged in odd blocks from odd places: the same verdicts.
        std::vector<quint8> inBlocks(size_t(channelSlots), 0xff);
        for (qint64 first = 0; first < channelSlots; first += 37)
            matcher.judge(first, std::min<qint64>(37, channelSlots - first), inBlocks.data() + first);
        EXPECT_EQ(inBlocks, verdicts);
        QList<qint64> passing;
        qint64 unknown = 0;
        for (qint64 channel = 0; channel < channelSlots; ++channel) {
            const quint8 verdict = verdicts[size_t(channel)];
            ASSERT_LE(verdict, RangeMatcher::Fails | RangeMatcher::Unknown) << channel;
            EXPECT_EQ(matcher.passes(channel), verdict == 0) << channel;
            EXPECT_EQ(matcher.leftOutAsUnknown(channel), verdict == RangeMatcher::Unknown) << channel;
            if (figures.candidateOf(channel) < 0)
                continue;
            withFailures += (verdict & RangeMatcher::Fails) != 0;
            if (verdict == 0)
                passing << channel;
            unknown += verdict == RangeMatcher::Unknown;
        }
        EXPECT_FALSE(matcher.passes(-1));
        EXPECT_FALSE(matcher.passes(channelSlots));
        QList<qint64> bySql = channelIds(*m_store->rows(filter, CandidateSort{CandidateSortKey::Followers, false}));
        std::sort(bySql.begin(), bySql.end());
        EXPECT_EQ(passing, bySql);
        EXPECT_EQ(unknown, m_store->countUnknownLeftOut(filter));
        withUnknowns += unknown > 0;
        // The bits and the counts in memory (one pass for both, the second count kept from it).
        const auto bits = PassingChannels::test(figures, matcher, nullptr);
        ASSERT_TRUE(bits);
        EXPECT_EQ(bits->count(), bySql.size());
        MemoryCount count;
        EXPECT_EQ(count.rows(connection(), filter).value_or(-1), bySql.size());
        EXPECT_EQ(count.unknownLeftOut(connection(), filter).value_or(-1), unknown);
        MemoryCount otherWay;
        EXPECT_EQ(otherWay.unknownLeftOut(connection(), filter).value_or(-1), unknown);
        EXPECT_EQ(otherWay.rows(connection(), filter).value_or(-1), bySql.size());
    }
    // Every filter but the campaign-less cost range leaves known figures out; most leave
    // unknown ones out too.
    EXPECT_GT(withFailures, 0);
    EXPECT_GE(withUnknowns, 12);
}

TEST_P(RangeMatcherTest, TheCountsKeptForAFilterFollowAChannelAnotherConnectionAdds)
{
    Error error;
    const auto counterSide = Database::open(m_path, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(counterSide) << error.text().toStdString();
    CandidateFilter filter;
    filter.ranges.followers.min = 1;
    MemoryCount count;
    const qint64 rows = count.rows(counterSide->connection(), filter).value_or(-1);
    const qint64 unknown = count.unknownLeftOut(counterSide->connection(), filter).value_or(-1);
    EXPECT_EQ(rows, m_store->rowCount(filter));
    EXPECT_EQ(unknown, m_store->countUnknownLeftOut(filter));
    ASSERT_GT(unknown, 0);
    // Added on the window's connection: one channel that passes, one whose followers are unknown.
    Channel known = makeChannel(Platform::Instagram, QStringLiteral("@known"), 5000);
    Channel blank = makeChannel(Platform::Instagram, QStringLiteral("@blank"), 0);
    blank.followers.reset();
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("known"), CandidateKind::Influencer, {known}), &error));
    ASSERT_TRUE(m_store->add(makeCandidate(QStringLiteral("blank"), CandidateKind::Influencer, {blank}), &error));
    EXPECT_EQ(count.unknownLeftOut(counterSide->connection(), filter).value_or(-1), unknown + 1);
    EXPECT_EQ(count.rows(counterSide->connection(), filter).value_or(-1), rows + 1);
}

// Issue 19, point 5: a CPM bound cleared and typed again read the projected CPM of every
// channel again (a filter without the bound has no cost inputs, and the columns kept were
// dropped for it): the columns stay through a filter without costs, a cost bound without a
// campaign still passes nothing, and other inputs (another campaign) read their own columns.
TEST_P(RangeMatcherTest, TheCostColumnsOutliveAFilterWithoutCostsAndGiveWayToOtherInputs)
{
    const std::optional<CostFilterInputs> inVnd = costInputs();
    ASSERT_TRUE(inVnd);
    RangeFilter cpm;
    cpm.cpm.max = 100000.0;
    cpm.costInputs = inVnd;
    const auto first = ChannelFigures::load(connection(), cpm, nullptr);
    ASSERT_TRUE(first && first->has(ChannelFigures::Cpm) && first->costsFor(inVnd));
    const double *column = first->values(ChannelFigures::Cpm);
    const QList<qint64> passing = sqlIds(cpm);
    ASSERT_FALSE(passing.isEmpty());
    ASSERT_LT(passing.size(), qsizetype(m_store->rowCount(CandidateFilter())));
    EXPECT_EQ(passingIds(*first, cpm, first), passing);

    // The bound cleared (no cost inputs), then a followers bound: the CPM column is kept.
    const auto cleared = ChannelFigures::load(connection(), RangeFilter(), first.get());
    ASSERT_TRUE(cleared && cleared->has(ChannelFigures::Cpm));
    EXPECT_TRUE(cleared->costsFor(inVnd));
    EXPECT_EQ(cleared->values(ChannelFigures::Cpm), column);
    RangeFilter followers;
    followers.followers.min = qint64(valueAt(QStringLiteral("followers"), 500));
    const auto other = ChannelFigures::load(connection(), followers, cleared.get());
    ASSERT_TRUE(other && other->has(ChannelFigures::Cpm) && RangeMatcher::covers(*other, followers));
    EXPECT_EQ(other->values(ChannelFigures::Cpm), column);
    EXPECT_EQ(passingIds(*other, followers, other), sqlIds(followers));

    // Typed again: the same column, not read again, and the same channels pass.
    const auto again = ChannelFigures::load(connection(), cpm, other.get());
    ASSERT_TRUE(again && RangeMatcher::covers(*again, cpm));
    EXPECT_EQ(again->values(ChannelFigures::Cpm), column);
    EXPECT_EQ(passingIds(*again, cpm, again), passing);

    // A CPM bound without a campaign on figures holding a campaign's costs: nothing passes,
    // every channel left out as unknown, as in SQL.
    RangeFilter noCampaign;
    noCampaign.cpm.max = 100000.0;
    const auto without = ChannelFigures::load(connection(), noCampaign, again.get());
    ASSERT_TRUE(without && RangeMatcher::covers(*without, noCampaign));
    EXPECT_TRUE(passingIds(*without, noCampaign, without).isEmpty());
    EXPECT_TRUE(sqlIds(noCampaign).isEmpty());
    CandidateFilter noCampaignFilter;
    noCampaignFilter.ranges = noCampaign;
    MemoryCount count;
    EXPECT_EQ(count.rows(connection(), noCampaignFilter).value_or(-1), 0);
    EXPECT_EQ(count.unknownLeftOut(connection(), noCampaignFilter).value_or(-1),
              m_store->countUnknownLeftOut(noCampaignFilter));

    // Another campaign (in dollars): its own column, read for its inputs, SQL's channels.
    Campaign inDollars = m_campaign;
    inDollars.budget = Money(500000, QStringLiteral("USD"));
    RangeFilter cpmUsd;
    cpmUsd.cpm.max = 5.0;
    cpmUsd.costInputs = costInputsOf(inDollars);
    ASSERT_TRUE(cpmUsd.costInputs && !(*cpmUsd.costInputs == *inVnd));
    const auto dollars = ChannelFigures::load(connection(), cpmUsd, without.get());
    ASSERT_TRUE(dollars && RangeMatcher::covers(*dollars, cpmUsd));
    EXPECT_TRUE(dollars->costsFor(cpmUsd.costInputs));
    EXPECT_FALSE(dollars->costsFor(inVnd));
    EXPECT_NE(dollars->values(ChannelFigures::Cpm), column);
    EXPECT_EQ(passingIds(*dollars, cpmUsd, dollars), sqlIds(cpmUsd));
    EXPECT_FALSE(RangeMatcher::covers(*dollars, cpm)); // the đồng bound needs its own again

    // The counter's round: counted, cleared, counted again, each SQL's count.
    CandidateFilter cpmFilter;
    cpmFilter.ranges = cpm;
    MemoryCount rounds;
    EXPECT_EQ(rounds.rows(connection(), cpmFilter).value_or(-1), passing.size());
    EXPECT_EQ(rounds.rows(connection(), CandidateFilter()).value_or(-1), m_store->rowCount(CandidateFilter()));
    EXPECT_EQ(rounds.unknownLeftOut(connection(), cpmFilter).value_or(-1), m_store->countUnknownLeftOut(cpmFilter));
    EXPECT_EQ(rounds.rows(connection(), cpmFilter).value_or(-1), passing.size());
}

} // namespace
} // namespace planner::test
