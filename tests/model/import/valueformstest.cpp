// The value forms of real influencer lists (issue 13): missing-value tokens, cells copied from
// web pages, scientific notation, space grouping, lower-case number words, every ISO 4217
// currency by code and the symbols that name one currency.
#include "modeltestsupport.h"

#include "domain/currencytable.h"
#include "domain/money.h"
#include "import/valueparser.h"

namespace planner::test {

namespace {

std::optional<qint64> count(const QString &text)
{
    QString reason;
    return ValueParser().count(text, &reason);
}

std::optional<Money> money(const QString &text, const std::optional<CurrencyUnit> &fallback = std::nullopt)
{
    QString reason;
    return ValueParser().money(text, fallback, &reason);
}

} // namespace

TEST(ValueForms, MissingValueTokensOfDatabasesAndSpreadsheetsAreMissing)
{
    for (const char *text : {"", "   ", "NULL", "null", "N/A", "n/a", "NA", "nan", "NaN", "none", "None", "-",
                             "—", "–", "#N/A", "#NAME?", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", " #n/a ",
                             "<span>N/A</span>", "\\N"})
        EXPECT_TRUE(ValueParser::isMissing(QString::fromUtf8(text))) << text;
    for (const char *text : {"0", "Nam", "Nancy", "Anna", "N/A Beauty", "-5", "none of them", "#1", "na na", "<>", "\\Nguyen"})
        EXPECT_FALSE(ValueParser::isMissing(QString::fromUtf8(text))) << text;
}

TEST(ValueForms, CellsWrappedInHtmlTagsReadAsTheirText)
{
    QString reason;
    EXPECT_EQ(ValueParser().percent(QStringLiteral("<span>29%</span>"), ValueParser::PercentUnit::Auto, &reason),
              29.0);
    EXPECT_EQ(count(QStringLiteral("<b>1,200</b>")), 1200);
    EXPECT_EQ(ValueParser::withoutTags(QStringLiteral("<td class=\"x\">Ba&amp;Be</td>")), QStringLiteral("Ba&Be"));
    // What is not a tag stays: a "<" before a space or a digit.
    EXPECT_EQ(ValueParser::withoutTags(QStringLiteral("< 5 and a<3")), QStringLiteral("< 5 and a<3"));
}

TEST(ValueForms, ScientificNotationIsReadExactly)
{
    EXPECT_EQ(count(QStringLiteral("2.28E+11")), 228000000000);
    EXPECT_EQ(count(QStringLiteral("1.5e6")), 1500000);
    EXPECT_EQ(count(QStringLiteral("3E5")), 300000);
    // Not whole, so not a count; a letter after the exponent is no exponent.
    EXPECT_FALSE(count(QStringLiteral("1.5e-3")));
    EXPECT_FALSE(count(QStringLiteral("1e5x")));
    QString reason;
    EXPECT_EQ(ValueParser().percent(QStringLiteral("3.4E-2"), ValueParser::PercentUnit::Auto, &reason), 3.4);
    EXPECT_EQ(money(QStringLiteral("1.5E3 USD")), Money(150000, QStringLiteral("USD")));
    // "250EUR": the E begins a currency code, not an exponent.
    EXPECT_EQ(money(QStringLiteral("250EUR")), Money(25000, QStringLiteral("EUR")));
}

TEST(ValueForms, SpacesOfEveryKindGroupDigits)
{
    EXPECT_EQ(count(QStringLiteral("7 768")), 7768);
    EXPECT_EQ(count(QStringLiteral("7\u00A0768\u00A0000")), 7768000);
    EXPECT_EQ(count(QStringLiteral("7\u202F768")), 7768);
    EXPECT_EQ(money(QStringLiteral("7 768 ₽")), Money(776800, QStringLiteral("RUB")));
    EXPECT_EQ(money(QStringLiteral("7\u202F768\u00A0₽")), Money(776800, QStringLiteral("RUB")));
}

TEST(ValueForms, NumberWordsInSmallLettersAndBillions)
{
    EXPECT_EQ(count(QStringLiteral("383.1K")), 383100);
    EXPECT_EQ(count(QStringLiteral("383.1k")), 383100);
    EXPECT_EQ(count(QStringLiteral("1.2m")), 1200000);
    EXPECT_EQ(count(QStringLiteral("2b")), 2000000000);
    EXPECT_EQ(count(QStringLiteral("1.5bn")), 1500000000);
    EXPECT_EQ(count(QStringLiteral("1,2 triệu")), 1200000);
    EXPECT_EQ(count(QStringLiteral("15 rb")), 15000);
}

TEST(ValueForms, EverySymbolNamesItsCurrency)
{
    const QList<std::pair<const char *, const char *>> symbols{
        {"₽", "RUB"}, {"€", "EUR"}, {"£", "GBP"}, {"₹", "INR"}, {"₩", "KRW"}, {"฿", "THB"}, {"RM", "MYR"},
        {"S$", "SGD"}, {"$", "USD"}, {"₫", "VND"}, {"Rp", "IDR"}, {"﷼", "IRR"}, {"ریال", "IRR"},
        {"R$", "BRL"}, {"¥", "JPY"}, {"₺", "TRY"}, {"₱", "PHP"}};
    for (const auto &[symbol, code] : symbols) {
        QString reason;
        const auto unit = ValueParser::currency(QString::fromUtf8(symbol), &reason);
        ASSERT_TRUE(unit) << symbol << ": " << reason.toStdString();
        EXPECT_EQ(unit->code, QString::fromLatin1(code)) << symbol;
    }
    QString reason;
    EXPECT_EQ(ValueParser::currency(QStringLiteral("تومان"), &reason), (CurrencyUnit{QStringLiteral("IRR"), 10}));
}

TEST(ValueForms, EveryIsoCodeIsACurrencyWithItsOwnDecimals)
{
    EXPECT_EQ(money(QStringLiteral("1.234 KWD")), Money(1234, QStringLiteral("KWD")));
    EXPECT_EQ(Money::minorDigits(QStringLiteral("KWD")), 3);
    EXPECT_EQ(Money::minorDigits(QStringLiteral("BHD")), 3);
    EXPECT_EQ(Money::minorDigits(QStringLiteral("CLP")), 0);
    EXPECT_EQ(money(QStringLiteral("15000 CLP")), Money(15000, QStringLiteral("CLP")));
    EXPECT_EQ(Money::fromDecimalString(QStringLiteral("2.500"), QStringLiteral("JOD")), Money(2500, QStringLiteral("JOD")));
    // The program's whole-unit currencies stay whole: stored fees depend on it.
    for (const char *code : {"VND", "IDR", "IRR", "JPY", "KRW"})
        EXPECT_EQ(Money::minorDigits(QString::fromLatin1(code)), 0) << code;
    EXPECT_EQ(Money::minorDigits(QStringLiteral("USD")), 2);
    for (const char *code : {"AUD", "NZD", "ZAR", "NGN", "KES", "EGP", "PKR", "BDT", "UAH", "KZT", "MXN"})
        EXPECT_TRUE(CurrencyTable::isCode(QString::fromLatin1(code))) << code;
}

TEST(ValueForms, AnUnknownCodeIsNoCurrency)
{
    QString reason;
    EXPECT_FALSE(ValueParser::currency(QStringLiteral("FOO"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("FOO")));
    EXPECT_FALSE(CurrencyTable::isCode(QStringLiteral("XYZ")));
    // Codes in small letters are words ("all", "top"), except the ones the vocabulary lists.
    EXPECT_FALSE(CurrencyTable::isCode(QStringLiteral("all")));
    EXPECT_TRUE(ValueParser::currency(QStringLiteral("usd"), &reason));
    EXPECT_FALSE(money(QStringLiteral("250 FOO")));
    // A symbol several currencies share names none of them.
    EXPECT_FALSE(CurrencyTable::codeForSymbol(QStringLiteral("kr")));
}

} // namespace planner::test
