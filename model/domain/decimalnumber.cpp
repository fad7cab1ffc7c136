#include "domain/decimalnumber.h"

#include <QString>
#include <cmath>
#include <limits>

namespace planner {

namespace {

constexpr char16_t arabicDecimal = 0x066B;
constexpr char16_t arabicGroup = 0x066C;
constexpr int maxDigits = 18; // every 18-digit number fits in qint64, and 10^18 too
constexpr int maxMantissaDigits = 19; // some 19-digit numbers fit, up to 9223372036854775807

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

qint64 powerOfTen(int power)
{
    qint64 value = 1;
    for (int i = 0; i < power; ++i)
        value *= 10;
    return value;
}

// Which character is the decimal mark of body (digits and marks), or 0 for none.
char16_t decimalMarkOf(QStringView body, DecimalMark mark, bool wholeExpected)
{
    if (body.contains(QChar(arabicDecimal)))
        return arabicDecimal;
    const qsizetype dot = body.lastIndexOf(QLatin1Char('.'));
    const qsizetype comma = body.lastIndexOf(QLatin1Char(','));
    if (dot >= 0 && comma >= 0)
        return dot > comma ? u'.' : u',';
    if (dot < 0 && comma < 0)
        return 0;
    const char16_t candidate = dot >= 0 ? u'.' : u',';
    const qsizetype at = std::max(dot, comma);
    if (body.count(QChar(candidate)) > 1)
        return 0;
    const QStringView before = body.left(at);
    const qsizetype digitsAfter = body.size() - at - 1;
    const bool otherGrouping = before.contains(QLatin1Char(' ')) || before.contains(QChar(arabicGroup));
    if (digitsAfter != 3 || before == QLatin1String("0") || before.isEmpty() || otherGrouping)
        return candidate;
    if (wholeExpected)
        return 0;
    return candidate == (mark == DecimalMark::Comma ? u',' : u'.') ? candidate : 0;
}

// Appends the digits of an integer part written with grouping (in threes) or without.
bool appendIntegerDigits(QStringView part, QString *digits)
{
    qsizetype groupSize = -1; // digits since the last grouping mark; -1 before the first
    qsizetype run = 0;
    for (const QChar ch : part) {
        const char16_t c = ch.unicode();
        if (isDigit(c)) {
            digits->append(ch);
            ++run;
            continue;
        }
        // A grouping mark: the first group has one to three digits, every later one three.
        if (run == 0 || run > 3 || (groupSize >= 0 && run != 3))
            return false;
        groupSize = run;
        run = 0;
    }
    return run > 0 && (groupSize < 0 || run == 3);
}

} // namespace

std::optional<DecimalNumber> DecimalNumber::parse(QStringView text, DecimalMark mark, bool wholeExpected)
{
    QStringView body = text.trimmed();
    bool negative = false;
    if (body.startsWith(QLatin1Char('-')) || body.startsWith(QLatin1Char('+'))) {
        negative = body.startsWith(QLatin1Char('-'));
        body = body.mid(1).trimmed();
    }
    if (body.isEmpty())
        return std::nullopt;
    for (const QChar c : body) {
        const char16_t u = c.unicode();
        if (!isDigit(u) && u != u'.' && u != u',' && u != u' ' && u != arabicDecimal && u != arabicGroup)
            return std::nullopt;
    }
    const char16_t decimal = decimalMarkOf(body, mark, wholeExpected);
    const qsizetype at = decimal ? body.lastIndexOf(QChar(decimal)) : body.size();
    QString digits;
    digits.reserve(body.size());
    // ".5" has no integer digits; "5." none after the mark: both are fine.
    const QStringView integer = body.left(at);
    if (!integer.isEmpty() && !appendIntegerDigits(integer, &digits))
        return std::nullopt;
    const QStringView fraction = decimal ? body.mid(at + 1) : QStringView();
    for (const QChar c : fraction) {
        if (!isDigit(c.unicode()))
            return std::nullopt;
        digits.append(c);
    }
    if (digits.isEmpty())
        return std::nullopt;
    // Leading zeros carry nothing; a long fraction may still fit once they are gone.
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == QLatin1Char('0'))
        ++first;
    // Whatever qint64 holds: an amount the program wrote (19 digits of rials) reads back.
    if (digits.size() - first > maxMantissaDigits)
        return std::nullopt;
    DecimalNumber number;
    bool fits = false;
    number.mantissa = QStringView(digits).mid(first).toLongLong(&fits);
    if (!fits)
        return std::nullopt;
    number.scale = int(fraction.size());
    if (negative)
        number.mantissa = -number.mantissa;
    return number;
}

double DecimalNumber::toDouble() const
{
    // Divide by an exact power of ten (every one up to 10^22 is a double), not multiply by
    // an inexact 10^-scale.
    if (scale >= 0 && scale <= maxDigits)
        return double(mantissa) / double(powerOfTen(scale));
    return scale >= 0 ? double(mantissa) / std::pow(10.0, scale) : double(mantissa) * std::pow(10.0, -scale);
}

std::optional<DecimalNumber> DecimalNumber::timesPowerOfTen(int power) const
{
    DecimalNumber result = *this;
    result.scale -= power;
    // Keep the scale at zero or above: "1.2M" becomes 1200000, not 12 × 10^5.
    while (result.scale < 0) {
        if (std::llabs(result.mantissa) > std::numeric_limits<qint64>::max() / 10)
            return std::nullopt;
        result.mantissa *= 10;
        ++result.scale;
    }
    return result;
}

std::optional<qint64> DecimalNumber::scaledTo(int digits) const
{
    if (scale > digits) {
        // 10^19 and more divide no mantissa but zero (and do not fit in qint64 themselves).
        if (scale - digits > maxDigits)
            return mantissa == 0 ? std::optional<qint64>(0) : std::nullopt;
        const qint64 divisor = powerOfTen(scale - digits);
        if (mantissa % divisor != 0)
            return std::nullopt;
        return mantissa / divisor;
    }
    const qint64 factor = powerOfTen(digits - scale);
    if (std::llabs(mantissa) > std::numeric_limits<qint64>::max() / factor)
        return std::nullopt;
    return mantissa * factor;
}

qint64 DecimalNumber::rounded() const
{
    if (scale <= 0)
        return *scaledTo(0);
    if (scale > maxDigits) {
        // |mantissa| < 10^19, so the value is below 1: only a scale of 19 can leave a half.
        const bool half = scale == maxDigits + 1 && std::llabs(mantissa) >= 5 * powerOfTen(maxDigits);
        return half ? (mantissa < 0 ? -1 : 1) : 0;
    }
    const qint64 divisor = powerOfTen(scale);
    const qint64 whole = mantissa / divisor;
    const qint64 rest = mantissa % divisor;
    if (2 * std::llabs(rest) >= divisor)
        return whole + (mantissa < 0 ? -1 : 1);
    return whole;
}

} // namespace planner
