// Numbers, percentages and money as each language writes them, and typed numbers read back.
//
// The expected texts are what Qt 6.4 (CLDR data) produces; each was checked to be how the
// language writes it: Vietnamese and Indonesian group with '.' and use ',' as decimal
// point; Persian uses its own digits, U+066C to group, U+066B as decimal point and U+066A
// as percent sign, and starts a currency amount with a left-to-right mark.
#include "modeltestsupport.h"

#include "text/localformat.h"

namespace planner::test {
namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
const QLocale persian(QLocale::Persian, QLocale::Iran);

TEST(LocalFormatTest, CountsUseTheLanguagesDigitsAndGrouping)
{
    EXPECT_EQ(LocalFormat::count(12345, english), QStringLiteral("12,345"));
    EXPECT_EQ(LocalFormat::count(12345, vietnamese), QStringLiteral("12.345"));
    EXPECT_EQ(LocalFormat::count(12345, indonesian), QStringLiteral("12.345"));
    EXPECT_EQ(LocalFormat::count(12345, persian), QStringLiteral("۱۲٬۳۴۵"));
    EXPECT_EQ(LocalFormat::count(1000000, persian), QStringLiteral("۱٬۰۰۰٬۰۰۰"));
    EXPECT_EQ(LocalFormat::count(999, english), QStringLiteral("999"));
}

TEST(LocalFormatTest, PercentagesKeepOneDecimal)
{
    EXPECT_EQ(LocalFormat::percent(12.5, english), QStringLiteral("12.5%"));
    EXPECT_EQ(LocalFormat::percent(12.5, vietnamese), QStringLiteral("12,5%"));
    EXPECT_EQ(LocalFormat::percent(12.5, indonesian), QStringLiteral("12,5%"));
    EXPECT_EQ(LocalFormat::percent(12.5, persian), QStringLiteral("۱۲٫۵٪"));
    EXPECT_EQ(LocalFormat::percent(4.26, english), QStringLiteral("4.3%"));
    EXPECT_EQ(LocalFormat::percent(100, english), QStringLiteral("100.0%"));
}

TEST(LocalFormatTest, MoneyShowsTheCurrencysDigitsAndSymbol)
{
    const Money dollars(25050, QStringLiteral("USD"));
    EXPECT_EQ(LocalFormat::money(dollars, english), QStringLiteral("$250.50"));
    EXPECT_EQ(LocalFormat::money(dollars, vietnamese), QStringLiteral("250,50\u00a0$"));
    EXPECT_EQ(LocalFormat::money(dollars, indonesian), QStringLiteral("$250,50"));
    EXPECT_EQ(LocalFormat::money(dollars, persian), QStringLiteral("\u200e$\u00a0۲۵۰٫۵۰"));

    const Money dong(1500000, QStringLiteral("VND"));
    EXPECT_EQ(LocalFormat::money(dong, english), QStringLiteral("₫1,500,000"));
    EXPECT_EQ(LocalFormat::money(dong, vietnamese), QStringLiteral("1.500.000\u00a0₫"));
    EXPECT_EQ(LocalFormat::money(dong, persian), QStringLiteral("\u200e₫\u00a0۱٬۵۰۰٬۰۰۰"));

    EXPECT_EQ(LocalFormat::money(Money(750000, QStringLiteral("IDR")), indonesian),
              QStringLiteral("Rp750.000"));
}

TEST(LocalFormatTest, CurrencySymbols)
{
    EXPECT_EQ(LocalFormat::currencySymbol(QStringLiteral("VND")), QStringLiteral("₫"));
    EXPECT_EQ(LocalFormat::currencySymbol(QStringLiteral("IDR")), QStringLiteral("Rp"));
    EXPECT_EQ(LocalFormat::currencySymbol(QStringLiteral("USD")), QStringLiteral("$"));
    EXPECT_EQ(LocalFormat::currencySymbol(QStringLiteral("EUR")), QStringLiteral("EUR"));
}

TEST(LocalFormatTest, LatinDigitsReplacesPersianAndArabicIndicDigits)
{
    EXPECT_EQ(LocalFormat::latinDigits(QStringLiteral("۰۱۲۳۴۵۶۷۸۹")), QStringLiteral("0123456789"));
    EXPECT_EQ(LocalFormat::latinDigits(QStringLiteral("٠١٢٣٤٥٦٧٨٩")), QStringLiteral("0123456789"));
    EXPECT_EQ(LocalFormat::latinDigits(QStringLiteral("fee ۱۲")), QStringLiteral("fee 12"));
}

struct Typed
{
    const QLocale *locale;
    const char *text;
    double value;
};

TEST(LocalFormatTest, ParseNumberReadsLatinDigitsInTheLocalesSense)
{
    const Typed cases[] = {
        {&english, "12345", 12345},    {&english, "12,345", 12345},  {&english, "1234.5", 1234.5},
        {&english, " 42 ", 42},        {&vietnamese, "12.345", 12345}, {&vietnamese, "1234,5", 1234.5},
        {&vietnamese, "12.345,5", 12345.5}, {&indonesian, "12.345", 12345},
        {&indonesian, "1.500.000", 1500000}, {&persian, "1234.5", 1234.5},
    };
    for (const Typed &typed : cases) {
        const auto value = LocalFormat::parseNumber(QString::fromUtf8(typed.text), *typed.locale);
        ASSERT_TRUE(value) << typed.text << " in " << typed.locale->name().toStdString();
        EXPECT_DOUBLE_EQ(*value, typed.value) << typed.text << " in " << typed.locale->name().toStdString();
    }
}

TEST(LocalFormatTest, ParseNumberReadsPersianAndArabicIndicDigits)
{
    const Typed cases[] = {
        {&persian, "۱۲۳۴٫۵", 1234.5},  {&persian, "۱۲٬۳۴۵", 12345},  {&persian, "١٢٣", 123},
        {&persian, "١٢٣٤٫٥", 1234.5},  {&english, "١٢٣", 123},       {&english, "۱۲۳۴٫۵", 1234.5},
        {&english, "۱۲٬۳۴۵", 12345},
        // The Arabic separators say which they are, whatever the locale uses '.' and ',' for.
        {&vietnamese, "۱۲۳۴٫۵", 1234.5}, {&vietnamese, "۱۲٬۳۴۵", 12345},
        {&indonesian, "۱۲٬۳۴۵", 12345},  {&indonesian, "١٬٥٠٠٫٢٥", 1500.25},
    };
    for (const Typed &typed : cases) {
        const auto value = LocalFormat::parseNumber(QString::fromUtf8(typed.text), *typed.locale);
        ASSERT_TRUE(value) << typed.text << " in " << typed.locale->name().toStdString();
        EXPECT_DOUBLE_EQ(*value, typed.value) << typed.text << " in " << typed.locale->name().toStdString();
    }
}

TEST(LocalFormatTest, ParseNumberRefusesText)
{
    for (const QLocale *locale : {&english, &vietnamese, &persian}) {
        for (const char *text : {"", "   ", "abc", "12abc", "1-2", "۱۲x"})
            EXPECT_FALSE(LocalFormat::parseNumber(QString::fromUtf8(text), *locale))
                << text << " in " << locale->name().toStdString();
    }
}

TEST(LocalFormatTest, FormattedCountsParseBack)
{
    for (const QLocale *locale : {&english, &vietnamese, &indonesian, &persian}) {
        const auto value = LocalFormat::parseNumber(LocalFormat::count(1234567, *locale), *locale);
        ASSERT_TRUE(value) << locale->name().toStdString();
        EXPECT_EQ(*value, 1234567) << locale->name().toStdString();
    }
}

TEST(LocalFormatTest, DatesInTheLanguagesCalendarWithMonthNames)
{
    const QDate nowruz(2026, 3, 21); // 1 Farvardin 1405, the Persian new year
    EXPECT_EQ(LocalFormat::date(nowruz, english), QStringLiteral("March 21, 2026"));
    EXPECT_EQ(LocalFormat::date(nowruz, vietnamese), QStringLiteral("21 tháng 3, 2026"));
    EXPECT_EQ(LocalFormat::date(nowruz, indonesian), QStringLiteral("21 Maret 2026"));
    EXPECT_EQ(LocalFormat::date(nowruz, persian), QStringLiteral("۱ فروردین ۱۴۰۵"));
    // Yalda night and the last day of the Persian year (a leap year: 30 Esfand).
    EXPECT_EQ(LocalFormat::date(QDate(2025, 12, 21), persian), QStringLiteral("۳۰ آذر ۱۴۰۴"));
    EXPECT_EQ(LocalFormat::date(QDate(2025, 3, 20), persian), QStringLiteral("۳۰ اسفند ۱۴۰۳"));
    EXPECT_EQ(LocalFormat::date(QDate(2026, 9, 1), persian), QStringLiteral("۱۰ شهریور ۱۴۰۵"));
    EXPECT_TRUE(LocalFormat::date(QDate(), persian).isEmpty());
    EXPECT_EQ(LocalFormat::calendar(persian).name(), QStringLiteral("Jalali"));
    EXPECT_EQ(LocalFormat::calendar(vietnamese).name(), QStringLiteral("Gregorian"));
}

// Restores rial after a test that shows toman, so no other test sees the choice.
struct TomanShown
{
    TomanShown() { LocalFormat::setTomanShown(true); }
    ~TomanShown() { LocalFormat::setTomanShown(false); }
};

TEST(LocalFormatTest, RialAmountsReadInTomanWhenChosen)
{
    const Money fee(25000000, QStringLiteral("IRR"));
    EXPECT_EQ(LocalFormat::money(fee, persian), QStringLiteral("۲۵٬۰۰۰٬۰۰۰\u00a0rial"));
    {
        TomanShown toman;
        EXPECT_EQ(LocalFormat::money(fee, english), QStringLiteral("2,500,000\u00a0toman"));
        EXPECT_EQ(LocalFormat::money(fee, persian), QStringLiteral("۲٬۵۰۰٬۰۰۰\u00a0toman"));
        // On screen whole toman; an edit field keeps a rial amount's last digit.
        EXPECT_EQ(LocalFormat::money(Money(27, QStringLiteral("IRR")), english), QStringLiteral("3\u00a0toman"));
        EXPECT_EQ(LocalFormat::editableAmount(Money(25, QStringLiteral("IRR")), english), QStringLiteral("2.5"));
        EXPECT_EQ(LocalFormat::compactMoney(25000000, QStringLiteral("IRR"), english),
                  QStringLiteral("2.5M\u00a0toman"));
        EXPECT_DOUBLE_EQ(LocalFormat::displayAmount(fee), 2500000.0);
        // Typed toman are stored as rial; other currencies are untouched.
        EXPECT_EQ(LocalFormat::fromDisplayAmount(2500000, QStringLiteral("IRR")), fee);
        EXPECT_EQ(LocalFormat::fromDisplayAmount(12.5, QStringLiteral("USD")), Money(1250, QStringLiteral("USD")));
        EXPECT_EQ(LocalFormat::editableAmount(fee, persian), QStringLiteral("۲٬۵۰۰٬۰۰۰"));
        EXPECT_EQ(LocalFormat::money(Money(1500000, QStringLiteral("VND")), vietnamese),
                  QStringLiteral("1.500.000\u00a0₫"));
    }
    EXPECT_FALSE(LocalFormat::tomanShown());
    EXPECT_EQ(LocalFormat::money(fee, english), QStringLiteral("25,000,000\u00a0rial"));
    EXPECT_EQ(LocalFormat::editableAmount(fee, english), QStringLiteral("25,000,000"));
    EXPECT_EQ(LocalFormat::fromDisplayAmount(25000000, QStringLiteral("IRR")), fee);
}

TEST(LocalFormatTest, CompactCountsInEachLanguagesDigits)
{
    // Without a translator the unit letters are the English ones; the i18n tests check the
    // translated words. The number itself follows the locale.
    EXPECT_EQ(LocalFormat::compact(1234567, english), QStringLiteral("1.2M"));
    EXPECT_EQ(LocalFormat::compact(1234567, vietnamese), QStringLiteral("1,2M"));
    EXPECT_EQ(LocalFormat::compact(1234567, indonesian), QStringLiteral("1,2M"));
    EXPECT_EQ(LocalFormat::compact(1234567, persian), QStringLiteral("۱٫۲M"));
    EXPECT_EQ(LocalFormat::compact(15000, english), QStringLiteral("15K"));
    EXPECT_EQ(LocalFormat::compact(950, persian), QStringLiteral("۹۵۰"));
}

} // namespace
} // namespace planner::test
