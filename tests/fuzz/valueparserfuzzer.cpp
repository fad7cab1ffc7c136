// libFuzzer target for ValueParser and DecimalNumber: any text, read as a count, a
// percentage, an amount of money (with no fallback currency, đồng, dollars and tomans) and
// a currency, with '.' and with ',' as the file's decimal mark.
//
// Invariants besides "no crash, no sanitizer report":
// - a value read is written back the plain way (and, for counts, with grouping, and in
//   Persian digits) and read again: the same value comes back;
// - money keeps its currency's minor digits; a currency read names itself again;
// - every refusal gives a reason.
//
// The first character chooses the file's decimal mark when it is '.' or ',' (and is then
// not part of the value): seeds read "," + "1.234,5 jt".

#include "fuzzsupport.h"

#include "domain/decimalnumber.h"
#include "domain/money.h"
#include "import/valueparser.h"

#include <QLocale>
#include <cmath>

using namespace planner;
using planner::fuzz::shown;

namespace {

QChar decimalChar(DecimalMark mark)
{
    return mark == DecimalMark::Comma ? QLatin1Char(',') : QLatin1Char('.');
}

// "1234567" as "1,234,567" ('.' files) or "1.234.567" (',' files).
QString grouped(qint64 value, DecimalMark mark)
{
    const QString digits = QString::number(value < 0 ? -(value + 1) + 1ULL : quint64(value));
    const QChar group = mark == DecimalMark::Comma ? QLatin1Char('.') : QLatin1Char(',');
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += group;
        out += digits.at(i);
    }
    return value < 0 ? QLatin1Char('-') + out : out;
}

QString persianDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            c = QChar(c.unicode() - u'0' + 0x06F0);
    }
    return out;
}

// mantissa / 10^scale written plainly with the file's decimal mark: "-0,005".
QString plain(const DecimalNumber &number, DecimalMark mark)
{
    const bool negative = number.mantissa < 0;
    QString digits = QString::number(negative ? 0ULL - quint64(number.mantissa) : quint64(number.mantissa));
    if (number.scale > 0) {
        digits = digits.rightJustified(number.scale + 1, QLatin1Char('0'));
        digits.insert(digits.size() - number.scale, decimalChar(mark));
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

void checkDecimal(const QString &text, DecimalMark mark, bool wholeExpected)
{
    const auto number = DecimalNumber::parse(text, mark, wholeExpected);
    if (!number)
        return;
    FUZZ_CHECK(number->scale >= 0, shown(text) + QStringLiteral(": scale %1").arg(number->scale));
    FUZZ_CHECK(std::isfinite(number->toDouble()), shown(text));
    const QString back = plain(*number, mark);
    const auto again = DecimalNumber::parse(back, mark, false);
    FUZZ_CHECK(again && again->mantissa == number->mantissa && again->scale == number->scale,
               shown(text) + QStringLiteral(" read as %1, which reads back differently").arg(back));
    // Every use of the number must be safe, whatever its scale.
    (void)number->rounded();
    for (int digits : {0, 2})
        (void)number->scaledTo(digits);
    for (int power : {3, 6, 9})
        (void)number->timesPowerOfTen(power);
}

void checkCount(const ValueParser &parser, const QString &text)
{
    QString reason;
    const auto value = parser.count(text, &reason);
    if (!value) {
        FUZZ_CHECK(!reason.isEmpty(), shown(text) + QStringLiteral(": refused without a reason"));
        return;
    }
    const DecimalMark mark = parser.decimalMark();
    for (const QString &back : {QString::number(*value), grouped(*value, mark), persianDigits(grouped(*value, mark))}) {
        const auto again = parser.count(back, &reason);
        FUZZ_CHECK(again && *again == *value,
                   shown(text) + QStringLiteral(" counted %1, but %2 reads %3")
                                     .arg(*value).arg(shown(back), again ? QString::number(*again) : reason));
    }
}

void checkPercent(const ValueParser &parser, const QString &text)
{
    for (const auto unit : {ValueParser::PercentUnit::Auto, ValueParser::PercentUnit::Percent}) {
        QString reason;
        const auto value = parser.percent(text, unit, &reason);
        if (!value) {
            FUZZ_CHECK(!reason.isEmpty(), shown(text) + QStringLiteral(": refused without a reason"));
            continue;
        }
        FUZZ_CHECK(std::isfinite(*value), shown(text));
        if (std::abs(*value) >= 1e15)
            continue; // more digits than a plain number may have
        QString back = QLocale::c().toString(*value, 'f', QLocale::FloatingPointShortest);
        if (parser.decimalMark() == DecimalMark::Comma)
            back.replace(QLatin1Char('.'), QLatin1Char(','));
        back += QLatin1Char('%');
        const auto again = parser.percent(back, ValueParser::PercentUnit::Percent, &reason);
        FUZZ_CHECK(again && std::abs(*again - *value) <= 1e-12 * std::abs(*value),
                   shown(text) + QStringLiteral(" read as %1%, but %2 reads %3")
                                     .arg(*value).arg(shown(back), again ? QString::number(*again) : reason));
    }
}

void checkMoney(const ValueParser &parser, const QString &text, const std::optional<CurrencyUnit> &fallback)
{
    QString reason;
    const auto money = parser.money(text, fallback, &reason);
    if (!money) {
        FUZZ_CHECK(!reason.isEmpty(), shown(text) + QStringLiteral(": refused without a reason"));
        return;
    }
    FUZZ_CHECK(money->isValid() && money->currency().size() == 3,
               shown(text) + QStringLiteral(": currency %1").arg(shown(money->currency())));
    QString back = money->toDecimalString();
    if (parser.decimalMark() == DecimalMark::Comma)
        back.replace(QLatin1Char('.'), QLatin1Char(','));
    back += QLatin1Char(' ') + money->currency();
    const auto again = parser.money(back, std::nullopt, &reason);
    FUZZ_CHECK(again && *again == *money,
               shown(text) + QStringLiteral(" read as %1 %2, but %3 reads %4")
                                 .arg(money->toDecimalString(), money->currency(), shown(back),
                                      again ? again->toDecimalString() + QLatin1Char(' ') + again->currency() : reason));
}

void checkCurrency(const QString &text)
{
    QString reason;
    const auto unit = ValueParser::currency(text, &reason);
    if (!unit) {
        FUZZ_CHECK(!reason.isEmpty(), shown(text) + QStringLiteral(": refused without a reason"));
        return;
    }
    FUZZ_CHECK(unit->factor >= 1, shown(text));
    const auto again = ValueParser::currency(unit->code, &reason);
    FUZZ_CHECK(again && again->code == unit->code && again->factor == 1,
               shown(text) + QStringLiteral(" names %1, which reads differently").arg(unit->code));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    planner::fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<DecimalMark> marks{DecimalMark::Point, DecimalMark::Comma};
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char(','))) {
        marks = {text.startsWith(QLatin1Char(',')) ? DecimalMark::Comma : DecimalMark::Point};
        text.remove(0, 1);
    }
    for (const DecimalMark mark : std::as_const(marks)) {
        const ValueParser parser(mark);
        checkCount(parser, text);
        checkPercent(parser, text);
        for (const auto &fallback : {std::optional<CurrencyUnit>(), std::optional<CurrencyUnit>({QStringLiteral("VND"), 1}),
                                     std::optional<CurrencyUnit>({QStringLiteral("USD"), 1}),
                                     std::optional<CurrencyUnit>({QStringLiteral("IRR"), 10})})
            checkMoney(parser, text, fallback);
        checkDecimal(text, mark, false);
        checkDecimal(text, mark, true);
    }
    checkCurrency(text);
    return 0;
}
