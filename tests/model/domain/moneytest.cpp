// Exact money: parsing and writing plain decimal strings in a currency's minor units.
#include "modeltestsupport.h"

#include "domain/money.h"

namespace planner::test {
namespace {

std::optional<qint64> minorUnits(const char *text, const char *currency)
{
    const auto money = Money::fromDecimalString(QString::fromUtf8(text), QString::fromLatin1(currency));
    return money ? std::optional<qint64>(money->minorUnits()) : std::nullopt;
}

TEST(MoneyTest, DongHasNoMinorUnits)
{
    EXPECT_EQ(Money::minorDigits(QStringLiteral("VND")), 0);
    EXPECT_EQ(Money::minorDigits(QStringLiteral("IDR")), 0);
    EXPECT_EQ(Money::minorDigits(QStringLiteral("IRR")), 0);
    EXPECT_EQ(Money::minorDigits(QStringLiteral("USD")), 2);
    EXPECT_EQ(minorUnits("1500000", "VND"), 1500000);
    // Zeros after the point say nothing new; any other digit is a fraction đồng cannot hold.
    EXPECT_EQ(minorUnits("1500000.00", "VND"), 1500000);
    EXPECT_FALSE(minorUnits("1500000.5", "VND"));
}

TEST(MoneyTest, DollarsKeepCents)
{
    EXPECT_EQ(minorUnits("250.5", "USD"), 25050);
    EXPECT_EQ(minorUnits("250.50", "USD"), 25050);
    EXPECT_EQ(minorUnits("250", "USD"), 25000);
    EXPECT_EQ(minorUnits("0.07", "USD"), 7);
    EXPECT_EQ(minorUnits("1.230", "USD"), 123);
    EXPECT_FALSE(minorUnits("1.234", "USD"));
}

TEST(MoneyTest, CurrencyCodeIsNormalisedAndChecked)
{
    const auto money = Money::fromDecimalString(QStringLiteral(" 12 "), QStringLiteral("usd"));
    ASSERT_TRUE(money);
    EXPECT_EQ(money->currency(), QStringLiteral("USD"));
    EXPECT_EQ(money->minorUnits(), 1200);
    EXPECT_FALSE(minorUnits("12", "US"));
    EXPECT_FALSE(minorUnits("12", ""));
}

TEST(MoneyTest, RejectsTextThatIsNotAPlainAmount)
{
    for (const char *text : {"abc", "", "-5", "+5", "1,5", "1.", ".5", "1e3", "12 345", "1.2.3",
                             "۱۲۳", "1234567890123456"})
        EXPECT_FALSE(minorUnits(text, "USD")) << text;
}

TEST(MoneyTest, LargestAcceptedAmountIsExact)
{
    EXPECT_EQ(minorUnits("999999999999999.99", "USD"), 99999999999999999);
    EXPECT_EQ(minorUnits("999999999999999", "VND"), 999999999999999);
}

TEST(MoneyTest, DecimalStringShowsTheCurrencysDigits)
{
    EXPECT_EQ(Money(25050, QStringLiteral("USD")).toDecimalString(), QStringLiteral("250.50"));
    EXPECT_EQ(Money(7, QStringLiteral("USD")).toDecimalString(), QStringLiteral("0.07"));
    EXPECT_EQ(Money(-5, QStringLiteral("USD")).toDecimalString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money(1500000, QStringLiteral("VND")).toDecimalString(), QStringLiteral("1500000"));
    EXPECT_EQ(Money(0, QStringLiteral("IDR")).toDecimalString(), QStringLiteral("0"));
}

TEST(MoneyTest, DecimalStringRoundTrips)
{
    for (const Money &money : {Money(25050, QStringLiteral("USD")), Money(1, QStringLiteral("EUR")),
                               Money(1500000, QStringLiteral("VND")),
                               Money(99999999999999999, QStringLiteral("USD"))}) {
        EXPECT_EQ(Money::fromDecimalString(money.toDecimalString(), money.currency()), money)
            << money.toDecimalString().toStdString();
    }
}

TEST(MoneyTest, EqualityNeedsAmountAndCurrency)
{
    EXPECT_EQ(Money(100, QStringLiteral("usd")), Money(100, QStringLiteral("USD")));
    EXPECT_NE(Money(100, QStringLiteral("USD")), Money(100, QStringLiteral("VND")));
    EXPECT_NE(Money(100, QStringLiteral("USD")), Money(101, QStringLiteral("USD")));
    EXPECT_FALSE(Money().isValid());
    EXPECT_DOUBLE_EQ(Money(25050, QStringLiteral("USD")).toDouble(), 250.5);
}

} // namespace
} // namespace planner::test
