// The "More filters" ranges of the candidate list, in SQL: every bound inclusive, the fee
// compared in the filter's currency, unknown figures left out and counted.
#include "rangetestsupport.h"

#include "storage/exchangeratestore.h"
#include "storage/rangefiltersql.h"

namespace planner::test {
namespace {

class RangeFilterTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        // The file's own rates: the seeded 26000 VND per USD.
        m_rates = ExchangeRateStore(*m_database).load();
        ASSERT_EQ(m_rates.perUsd(QStringLiteral("VND")).value_or(0), 26000.0);
        add(QStringLiteral("@exact"), 10000, 3.5, 5000, Money(5000000, QStringLiteral("VND")), 80.0);
        add(QStringLiteral("@below"), 9999, 3.49, 4999, Money(4999999, QStringLiteral("VND")), 79.9);
        add(QStringLiteral("@above"), 10001, 3.51, 5001, Money(5000001, QStringLiteral("VND")), 80.1);
        add(QStringLiteral("@usd100"), 50000, 2.0, 20000, Money(10000, QStringLiteral("USD")), 90.0);
        add(QStringLiteral("@usd9999"), 50000, 2.0, 20000, Money(9999, QStringLiteral("USD")), 90.0);
        add(QStringLiteral("@eur"), 50000, 2.0, 20000, Money(10000, QStringLiteral("EUR")), 90.0);
        Channel unknown = makeChannel(Platform::Instagram, QStringLiteral("@unknown"), 10000);
        m_unknownRow = unknown.handle;
        addChannel(unknown);
    }

    void add(const QString &handle, qint64 followers, double engagement, qint64 views,
             const Money &fee, double authenticity)
    {
        Channel channel = makeChannel(Platform::Instagram, handle, followers);
        channel.engagementRatePct = engagement;
        channel.avgViews = views;
        channel.fee = fee;
        channel.authenticityPct = authenticity;
        addChannel(channel);
    }

    void addChannel(const Channel &channel)
    {
        Error error;
        ASSERT_TRUE(m_store->add(makeCandidate(channel.handle.mid(1), CandidateKind::Influencer, {channel}), &error))
            << error.text().toStdString();
    }

    QStringList handles(const RangeFilter &ranges) { return rangeHandles(*m_store, ranges); }

    qint64 unknownLeftOut(const RangeFilter &ranges) { return rangeUnknownLeftOut(*m_store, ranges); }

    RangeFilter vndFee(std::optional<qint64> min, std::optional<qint64> max)
    {
        RangeFilter ranges;
        ranges.rates = m_rates;
        ranges.setFee(min ? std::optional(Money(*min, QStringLiteral("VND"))) : std::nullopt,
                      max ? std::optional(Money(*max, QStringLiteral("VND"))) : std::nullopt);
        return ranges;
    }

    ExchangeRates m_rates;
    QString m_unknownRow;
};

const QStringList fullFigures = texts({"@eur", "@usd100", "@usd9999"});

TEST_F(RangeFilterTest, FollowerBoundsAreInclusive)
{
    RangeFilter ranges;
    ranges.followers.min = 10000;
    ranges.followers.max = 10001;
    EXPECT_EQ(handles(ranges), texts({"@above", "@exact", "@unknown"}));
    ranges.followers.max = 10000;
    EXPECT_EQ(handles(ranges), texts({"@exact", "@unknown"}));
    ranges.followers.min.reset();
    ranges.followers.max = 9999;
    EXPECT_EQ(handles(ranges), texts({"@below"}));
    EXPECT_EQ(ranges.activeCount(), 1);
}

TEST_F(RangeFilterTest, EngagementBoundsAreInclusiveAndUnknownIsLeftOutAndCounted)
{
    RangeFilter ranges;
    ranges.engagementPct.min = 3.5;
    EXPECT_EQ(handles(ranges), texts({"@above", "@exact"}));
    EXPECT_EQ(unknownLeftOut(ranges), 1);
    ranges.engagementPct.min.reset();
    ranges.engagementPct.max = 3.5;
    EXPECT_EQ(handles(ranges), texts({"@below", "@eur", "@exact", "@usd100", "@usd9999"}));
    EXPECT_EQ(unknownLeftOut(ranges), 1);
}

TEST_F(RangeFilterTest, ViewBoundsAreInclusive)
{
    RangeFilter ranges;
    ranges.avgViews.min = 4999;
    ranges.avgViews.max = 5000;
    EXPECT_EQ(handles(ranges), texts({"@below", "@exact"}));
    EXPECT_EQ(unknownLeftOut(ranges), 1);
}

TEST_F(RangeFilterTest, AuthenticityBoundsAreInclusive)
{
    RangeFilter ranges;
    ranges.authenticityPct.min = 80.0;
    ranges.authenticityPct.max = 80.1;
    EXPECT_EQ(handles(ranges), texts({"@above", "@exact"}));
    ranges.authenticityPct.min = 90.0;
    ranges.authenticityPct.max = 90.0;
    EXPECT_EQ(handles(ranges), fullFigures);
}

TEST_F(RangeFilterTest, FeeInTheSameCurrencyIsInclusive)
{
    EXPECT_EQ(handles(vndFee(5000000, 5000000)), texts({"@exact"}));
    // 100.00 USD is 2,600,000 VND: under the bound too.
    EXPECT_EQ(handles(vndFee(std::nullopt, 4999999)), texts({"@below", "@usd100", "@usd9999"}));
}

TEST_F(RangeFilterTest, FeeInAnotherCurrencyIsConvertedWithTheFilesRates)
{
    // 100.00 USD is 2,600,000 VND at 26,000; 99.99 USD is 2,599,740 VND.
    EXPECT_EQ(handles(vndFee(2600000, 2600000)), texts({"@usd100"}));
    EXPECT_EQ(handles(vndFee(2599740, 2599740)), texts({"@usd9999"}));
    EXPECT_EQ(handles(vndFee(2599741, 2599999)), QStringList());
    // A fee in EUR, which the file has no rate for, is unknown: left out and counted, with
    // the channel that has no fee.
    EXPECT_EQ(unknownLeftOut(vndFee(0, std::nullopt)), 2);
    EXPECT_FALSE(handles(vndFee(0, std::nullopt)).contains(QStringLiteral("@eur")));
    // After a rate for EUR is added, the EUR fee counts: 100 EUR at 0.9 per USD.
    RangeFilter withEuro = vndFee(2888888, 2888889);
    withEuro.rates.setRate(QStringLiteral("EUR"), 0.9);
    EXPECT_EQ(handles(withEuro), texts({"@eur"}));
}

TEST_F(RangeFilterTest, FeeEdgesMatchTheConversionTheTableShows)
{
    RangeFilter ranges = vndFee(2599500, 2600400);
    for (const QString &currency : {QStringLiteral("USD"), QStringLiteral("IRR"), QStringLiteral("IDR")}) {
        const auto range = RangeFilterSql::feeRangeIn(ranges, currency);
        ASSERT_TRUE(range) << currency.toStdString();
        const auto inside = [&](qint64 minor) {
            const qint64 vnd = m_rates.convert(Money(minor, currency), QStringLiteral("VND"))->minorUnits();
            return vnd >= 2599500 && vnd <= 2600400;
        };
        EXPECT_TRUE(inside(range->min)) << currency.toStdString();
        EXPECT_FALSE(inside(range->min - 1)) << currency.toStdString();
        EXPECT_TRUE(inside(range->max)) << currency.toStdString();
        EXPECT_FALSE(inside(range->max + 1)) << currency.toStdString();
    }
}

TEST_F(RangeFilterTest, RangesCombineWithEachOtherAndCountOnlyRowsLeftOutForUnknowns)
{
    RangeFilter ranges = vndFee(std::nullopt, 5000000);
    ranges.followers.min = 10000;
    ranges.authenticityPct.min = 80.0;
    EXPECT_EQ(ranges.activeCount(), 3);
    EXPECT_EQ(handles(ranges), texts({"@exact", "@usd100", "@usd9999"}));
    // @unknown passes the follower bound and knows nothing else; @eur's fee is unknown.
    EXPECT_EQ(unknownLeftOut(ranges), 2);
    ranges.followers.min = 10001; // @unknown now fails a known figure: not counted
    EXPECT_EQ(unknownLeftOut(ranges), 1);
    EXPECT_EQ(unknownLeftOut(RangeFilter()), 0);
}

} // namespace
} // namespace planner::test
