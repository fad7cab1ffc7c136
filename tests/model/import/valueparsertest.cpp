#include "modeltestsupport.h"

#include "import/valueparser.h"

namespace planner::test {

namespace {

constexpr DecimalMark point = DecimalMark::Point;
constexpr DecimalMark comma = DecimalMark::Comma;

struct CountCase
{
    const char *text;
    DecimalMark mark;
    std::optional<qint64> expected;
};

std::ostream &operator<<(std::ostream &out, const CountCase &c)
{
    return out << c.text << (c.mark == comma ? " (decimal comma)" : " (decimal point)");
}

struct PercentCase
{
    const char *text;
    DecimalMark mark;
    ValueParser::PercentUnit unit;
    std::optional<double> expected;
};

std::ostream &operator<<(std::ostream &out, const PercentCase &c)
{
    return out << c.text << (c.mark == comma ? " (decimal comma)" : " (decimal point)");
}

struct MoneyCase
{
    const char *text;
    DecimalMark mark;
    const char *fallback; // currency of the column or file, "" for none
    qint64 minor;         // -1: refused
    const char *currency;
};

std::ostream &operator<<(std::ostream &out, const MoneyCase &c)
{
    return out << c.text << (c.mark == comma ? " (decimal comma)" : " (decimal point)");
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class CountValues : public ::testing::TestWithParam<CountCase>
{
};

TEST_P(CountValues, ReadAsTyped)
{
    const CountCase &c = GetParam();
    QString reason;
    const std::optional<qint64> value = ValueParser(c.mark).count(text(c.text), &reason);
    EXPECT_EQ(value, c.expected) << reason.toStdString();
    EXPECT_EQ(reason.isEmpty(), value.has_value());
}

INSTANTIATE_TEST_SUITE_P(
    Counts, CountValues,
    ::testing::Values(
        CountCase{"12345", point, 12345},
        CountCase{"12,345", point, 12345},
        CountCase{"12.345", point, 12345}, // a count is whole: one mark before three digits groups
        CountCase{"12.345", comma, 12345},
        CountCase{"12,345", comma, 12345},
        CountCase{"1,234,567", point, 1234567},
        CountCase{"1.234.567", point, 1234567},
        CountCase{"1 234 567", point, 1234567},
        CountCase{"1\u00a0234\u00a0567", comma, 1234567},
        CountCase{"1.2M", point, 1200000},
        CountCase{"1,2M", comma, 1200000},
        CountCase{"1.5m", point, 1500000},
        CountCase{"15K", point, 15000},
        CountCase{"15k", comma, 15000},
        CountCase{"2.5 k", point, 2500},
        CountCase{"1.234K", point, 1234}, // with a number word the file's mark decides
        CountCase{"1.234K", comma, 1234000},
        CountCase{"15 rb", comma, 15000},
        CountCase{"15 ribu", comma, 15000},
        CountCase{"1,2 jt", comma, 1200000},
        CountCase{"1,2jt", comma, 1200000},
        CountCase{"3 juta", comma, 3000000},
        CountCase{"15 nghìn", comma, 15000},
        CountCase{"15 ngàn", comma, 15000},
        CountCase{"1,2 triệu", comma, 1200000},
        CountCase{"1,2 tr", comma, 1200000},
        CountCase{"1.2 tr", point, 1200000},
        CountCase{"2 tỷ", comma, 2000000000},
        CountCase{"1.5B", point, 1500000000},
        CountCase{"۱۲٬۵۰۰", point, 12500},
        CountCase{"۱۲۵۰۰", point, 12500},
        CountCase{"١٢٬٥٠٠", point, 12500}, // Arabic-Indic digits
        CountCase{"۱۲,۵۰۰", point, 12500},
        CountCase{"۱۵ هزار", point, 15000},
        CountCase{"۱٫۲ میلیون", point, 1200000},
        CountCase{"1.2 میلیون", point, 1200000},
        CountCase{"1.23456K", point, 1235}, // rounded: a number word is a rounded figure
        CountCase{"  42  ", point, 42},
        CountCase{"-5", point, -5}, // negative: the validator refuses it with its own reason
        CountCase{"12.5", point, std::nullopt},
        CountCase{"12,5", comma, std::nullopt},
        CountCase{"abc", point, std::nullopt},
        CountCase{"12abc", point, std::nullopt},
        CountCase{"12 apples", point, std::nullopt},
        CountCase{"1.2.3", point, std::nullopt},
        CountCase{"12,34,567", point, std::nullopt}, // grouping comes in threes
        CountCase{"5%", point, std::nullopt},
        CountCase{"$5", point, std::nullopt},
        CountCase{"1K M", point, std::nullopt},
        CountCase{"99999999999999999999", point, std::nullopt}));

class PercentValues : public ::testing::TestWithParam<PercentCase>
{
};

TEST_P(PercentValues, ReadAsTyped)
{
    const PercentCase &c = GetParam();
    QString reason;
    const std::optional<double> value = ValueParser(c.mark).percent(text(c.text), c.unit, &reason);
    ASSERT_EQ(value.has_value(), c.expected.has_value()) << reason.toStdString();
    if (value)
        EXPECT_DOUBLE_EQ(*value, *c.expected);
}

constexpr auto autoUnit = ValueParser::PercentUnit::Auto;
constexpr auto percentUnit = ValueParser::PercentUnit::Percent;

INSTANTIATE_TEST_SUITE_P(
    Percentages, PercentValues,
    ::testing::Values(
        PercentCase{"3.4%", point, autoUnit, 3.4},
        PercentCase{"3,4%", comma, autoUnit, 3.4},
        PercentCase{"3,4 %", comma, autoUnit, 3.4},
        PercentCase{"3.4", point, autoUnit, 3.4},
        PercentCase{"0.034", point, autoUnit, 3.4}, // a share
        PercentCase{"0,034", comma, autoUnit, 3.4},
        PercentCase{"1", point, autoUnit, 100.0}, // at most 1: a share
        PercentCase{"0.5%", point, autoUnit, 0.5}, // the sign says percent
        PercentCase{"0.9", point, percentUnit, 0.9}, // the header says percent
        PercentCase{"۳٫۴٪", point, autoUnit, 3.4},
        PercentCase{"٪۳٫۴", point, autoUnit, 3.4},
        PercentCase{"12.5", comma, autoUnit, 12.5},
        PercentCase{"1,234", point, autoUnit, 1234.0}, // the validator refuses it as over 100%
        PercentCase{"1,234", comma, autoUnit, 1.234},
        PercentCase{"1.234", comma, autoUnit, 1234.0},
        PercentCase{"high", point, autoUnit, std::nullopt},
        PercentCase{"3K", point, autoUnit, std::nullopt},
        PercentCase{"3 USD", point, autoUnit, std::nullopt}));

class MoneyValues : public ::testing::TestWithParam<MoneyCase>
{
};

TEST_P(MoneyValues, ReadExactly)
{
    const MoneyCase &c = GetParam();
    QString reason;
    std::optional<CurrencyUnit> fallback;
    if (*c.fallback)
        fallback = ImportVocabulary::currency(text(c.fallback));
    const std::optional<Money> value = ValueParser(c.mark).money(text(c.text), fallback, &reason);
    if (c.minor < 0) {
        EXPECT_FALSE(value) << value->toDecimalString().toStdString();
        EXPECT_FALSE(reason.isEmpty());
        return;
    }
    ASSERT_TRUE(value) << reason.toStdString();
    EXPECT_EQ(*value, Money(c.minor, text(c.currency)));
}

INSTANTIATE_TEST_SUITE_P(
    Amounts, MoneyValues,
    ::testing::Values(
        MoneyCase{"Rp 1.500.000", comma, "", 1500000, "IDR"},
        MoneyCase{"Rp1.500.000", point, "", 1500000, "IDR"},
        MoneyCase{"Rp. 1.500.000,-", comma, "", 1500000, "IDR"},
        MoneyCase{"IDR 1,500,000", point, "", 1500000, "IDR"},
        MoneyCase{"1,2 jt", comma, "IDR", 1200000, "IDR"},
        MoneyCase{"Rp 15 rb", comma, "", 15000, "IDR"},
        MoneyCase{"1.500.000 ₫", comma, "", 1500000, "VND"},
        MoneyCase{"1.500.000đ", comma, "", 1500000, "VND"},
        MoneyCase{"1.500 VNĐ", point, "", 1500, "VND"}, // đồng are whole: the '.' groups
        MoneyCase{"150kđ", comma, "", 150000, "VND"},
        MoneyCase{"1,2 triệu đồng", comma, "", 1200000, "VND"},
        MoneyCase{"2 tr", comma, "VND", 2000000, "VND"},
        MoneyCase{"$250", point, "", 25000, "USD"},
        MoneyCase{"$250.50", point, "", 25050, "USD"},
        MoneyCase{"US$ 1,250.5", point, "", 125050, "USD"},
        MoneyCase{"250 USD", point, "", 25000, "USD"},
        MoneyCase{"250,50 EUR", comma, "", 25050, "EUR"},
        MoneyCase{"$1.2K", point, "", 120000, "USD"},
        MoneyCase{"1.250", point, "USD", 125, "USD"},  // cents exist: the file's mark decides
        MoneyCase{"1.250", comma, "USD", 125000, "USD"},
        MoneyCase{"250 AUD", point, "", 25000, "AUD"},
        MoneyCase{"۲۵۰٬۰۰۰ تومان", point, "", 2500000, "IRR"}, // a toman is ten rials
        MoneyCase{"١٦,٠٠٠ تومان", point, "", 160000, "IRR"},
        MoneyCase{"۲۵۰ هزار تومان", point, "", 2500000, "IRR"},
        MoneyCase{"۳ میلیون ریال", point, "", 3000000, "IRR"},
        MoneyCase{"5,000,000 IRR", point, "", 5000000, "IRR"},
        MoneyCase{"250000", point, "toman", 2500000, "IRR"},
        MoneyCase{"500000", point, "VND", 500000, "VND"},
        MoneyCase{"$250.555", point, "", -1, ""}, // no fraction of a cent
        MoneyCase{"1.500,5 ₫", comma, "", -1, ""},  // no fraction of a đồng
        MoneyCase{"250", point, "", -1, ""},        // no currency anywhere
        MoneyCase{"250 usd", point, "", 25000, "USD"},
        MoneyCase{"250 apples", point, "", -1, ""},
        MoneyCase{"250 abc", point, "", -1, ""},
        MoneyCase{"free", point, "USD", -1, ""},
        MoneyCase{"$ 5 €", point, "", -1, ""},
        MoneyCase{"3%", point, "USD", -1, ""}));

TEST(ValueParser, CurrencyCellsByCodeSymbolAndName)
{
    QString reason;
    const std::pair<const char *, CurrencyUnit> cases[] = {
        {"VND", {QStringLiteral("VND"), 1}},   {"vnđ", {QStringLiteral("VND"), 1}},
        {"₫", {QStringLiteral("VND"), 1}},     {"đồng", {QStringLiteral("VND"), 1}},
        {"Rp", {QStringLiteral("IDR"), 1}},    {"Rupiah", {QStringLiteral("IDR"), 1}},
        {"$", {QStringLiteral("USD"), 1}},     {"ریال", {QStringLiteral("IRR"), 1}},
        {"﷼", {QStringLiteral("IRR"), 1}},     {"تومان", {QStringLiteral("IRR"), 10}},
        {"Toman", {QStringLiteral("IRR"), 10}}, {"IRT", {QStringLiteral("IRR"), 10}},
        {"GBP", {QStringLiteral("GBP"), 1}},
    };
    for (const auto &[cell, unit] : cases)
        EXPECT_EQ(ValueParser::currency(text(cell), &reason), std::optional<CurrencyUnit>(unit)) << cell;
    EXPECT_FALSE(ValueParser::currency(QStringLiteral("dollars please"), &reason));
    EXPECT_FALSE(reason.isEmpty());
}

TEST(ValueParser, DecimalMarkOfTheLanguage)
{
    EXPECT_EQ(ValueParser::markFor(QLocale(QLocale::Vietnamese)), DecimalMark::Comma);
    EXPECT_EQ(ValueParser::markFor(QLocale(QLocale::Indonesian)), DecimalMark::Comma);
    EXPECT_EQ(ValueParser::markFor(QLocale(QLocale::Persian)), DecimalMark::Point);
    EXPECT_EQ(ValueParser::markFor(QLocale(QLocale::English)), DecimalMark::Point);
}

TEST(ValueParser, ReasonsQuoteTheValue)
{
    QString reason;
    EXPECT_FALSE(ValueParser().count(QStringLiteral("12abc"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("12abc"))) << reason.toStdString();
}

// Found by tests/fuzz/valueparserfuzzer: a fraction of more than 18 digits made the
// scaling compute 10^19 and beyond (signed overflow, undefined behaviour).
TEST(ValueParser, FractionsOfMoreThanEighteenDigitsAreReadWithoutOverflow)
{
    const ValueParser parser;
    QString reason;
    EXPECT_EQ(parser.count(QStringLiteral("0.00000000000000000001"), &reason), std::nullopt);
    EXPECT_TRUE(reason.contains(QStringLiteral("whole"))) << reason.toStdString();
    EXPECT_EQ(parser.count(QStringLiteral("0.000000000000000000000"), &reason), 0);
    // With a number word the figure is rounded: 0.5 and 0.09 of a million-th.
    EXPECT_EQ(parser.count(QStringLiteral("0.0000005000000000000000000M"), &reason), 1);
    EXPECT_EQ(parser.count(QStringLiteral("-0.0000005000000000000000000M"), &reason), -1);
    EXPECT_EQ(parser.count(QStringLiteral("0.0000000900000000000000000M"), &reason), 0);
    reason.clear();
    EXPECT_EQ(parser.money(QStringLiteral("0.000000000000000000001 USD"), std::nullopt, &reason), std::nullopt);
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_EQ(parser.money(QStringLiteral("0.000000000000000000000 USD"), std::nullopt, &reason),
              Money(0, QStringLiteral("USD")));
    EXPECT_DOUBLE_EQ(*parser.percent(QStringLiteral("0.00000000000000000001%"), ValueParser::PercentUnit::Percent,
                                     &reason),
                     1e-20);
}

// Found by tests/fuzz/valueparserfuzzer: 344444444444444455 tomans are 3444444444444444550
// rials, which the parser gave but could not read back (it stopped at 18 digits).
TEST(ValueParser, EveryAmountItGivesReadsBack)
{
    const ValueParser parser;
    QString reason;
    const auto rials = parser.money(QStringLiteral("344444444444444455 تومان"), std::nullopt, &reason);
    ASSERT_EQ(rials, Money(3444444444444444550, QStringLiteral("IRR"))) << reason.toStdString();
    EXPECT_EQ(parser.money(QString(rials->toDecimalString() + QStringLiteral(" IRR")), std::nullopt, &reason), rials);
    EXPECT_EQ(parser.count(QStringLiteral("9223372036854775807"), &reason), 9223372036854775807);
    EXPECT_EQ(parser.count(QStringLiteral("9,223,372,036,854,775,807"), &reason), 9223372036854775807);
    EXPECT_EQ(parser.count(QStringLiteral("9223372036854775808"), &reason), std::nullopt);
    EXPECT_EQ(parser.count(QStringLiteral("10000000000000000000"), &reason), std::nullopt);
    EXPECT_EQ(parser.money(QStringLiteral("922337203685477580.8 tomans"), std::nullopt, &reason), std::nullopt);
}

TEST(ImportVocabulary, WordsOfEveryLanguage)
{
    EXPECT_EQ(ImportVocabulary::platform(QStringLiteral("Tik Tok")), Platform::TikTok);
    EXPECT_EQ(ImportVocabulary::platform(QStringLiteral("تیک‌تاک")), Platform::TikTok);
    EXPECT_EQ(ImportVocabulary::platform(QStringLiteral("IG")), Platform::Instagram);
    EXPECT_EQ(ImportVocabulary::platform(QStringLiteral("Twitter")), Platform::X);
    EXPECT_EQ(ImportVocabulary::platform(QStringLiteral("Truyền hình")), Platform::Tv);
    EXPECT_EQ(ImportVocabulary::platform(QStringLiteral("youtube")), Platform::YouTube);
    EXPECT_FALSE(ImportVocabulary::platform(QStringLiteral("Aparat")));
    EXPECT_EQ(ImportVocabulary::kind(QStringLiteral("Konten Kreator")), CandidateKind::Creator);
    EXPECT_EQ(ImportVocabulary::kind(QStringLiteral("người sáng tạo nội dung")), CandidateKind::Creator);
    EXPECT_EQ(ImportVocabulary::kind(QStringLiteral("رهبر افکار")), CandidateKind::Kol);
    EXPECT_EQ(ImportVocabulary::kind(QStringLiteral("KOC")), CandidateKind::Koc);
    EXPECT_EQ(ImportVocabulary::nicheKey(QStringLiteral("Làm đẹp")), QStringLiteral("beauty"));
    EXPECT_EQ(ImportVocabulary::nicheKey(QStringLiteral("Kuliner")), QStringLiteral("food"));
    EXPECT_EQ(ImportVocabulary::nicheKey(QStringLiteral("سفر")), QStringLiteral("travel"));
    EXPECT_EQ(ImportVocabulary::nicheKey(QStringLiteral("Pets")), QStringLiteral("pets"));
    EXPECT_EQ(ImportVocabulary::regionCode(QStringLiteral("Việt Nam")), QStringLiteral("VN"));
    EXPECT_EQ(ImportVocabulary::regionCode(QStringLiteral("TP.HCM")), QStringLiteral("VN-SG"));
    EXPECT_EQ(ImportVocabulary::regionCode(QStringLiteral("ایران")), QStringLiteral("IR"));
    EXPECT_EQ(ImportVocabulary::regionCode(QStringLiteral("id-jk")), QStringLiteral("ID-JK"));
    EXPECT_EQ(ImportVocabulary::regionCode(QStringLiteral("Bandung")), QStringLiteral("Bandung"));
}

} // namespace planner::test
