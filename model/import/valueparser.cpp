#include "import/valueparser.h"

#include <QStringList>
#include <algorithm>

namespace planner {

namespace {

constexpr char16_t arabicDecimal = 0x066B;
constexpr char16_t arabicGroup = 0x066C;

// Latin digits for Persian and Arabic-Indic ones, '-' for the minus sign, ' ' for the
// spaces that group digits; the Arabic separators stay, as they are never ambiguous.
QString normalised(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x06F0 && u <= 0x06F9)
            result += QChar(u - 0x06F0 + u'0');
        else if (u >= 0x0660 && u <= 0x0669)
            result += QChar(u - 0x0660 + u'0');
        else if (u == 0x2212)
            result += QLatin1Char('-');
        else if (u == 0x00A0 || u == 0x202F || u == 0x2009 || u == u'\t')
            result += QLatin1Char(' ');
        else
            result += c;
    }
    return result;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'.' || u == u',' || u == u' ' || u == arabicDecimal || u == arabicGroup;
}

QString quoted(QStringView text)
{
    //: A value quoted in a message, e.g. “12abc”
    return ValueParser::tr("“%1”").arg(text.trimmed());
}

} // namespace

ValueParser::ValueParser(DecimalMark mark)
    : m_mark(mark)
{
}

DecimalMark ValueParser::markFor(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? DecimalMark::Comma : DecimalMark::Point;
}

ValueParser::Pieces ValueParser::split(QStringView text)
{
    Pieces pieces;
    const QString plain = normalised(text.trimmed());
    qsizetype start = 0;
    while (start < plain.size() && !isDigit(plain.at(start)))
        ++start;
    // A sign right before the digits belongs to the number.
    qsizetype begin = start;
    if (begin > 0 && (plain.at(begin - 1) == QLatin1Char('-') || plain.at(begin - 1) == QLatin1Char('+')))
        --begin;
    qsizetype end = start;
    // Marks belong to the number only between digits: "1.500.000,-" ends before ",-",
    // "15 rb" before the space.
    while (end < plain.size()
           && (isDigit(plain.at(end))
               || (isMark(plain.at(end)) && end + 1 < plain.size() && isDigit(plain.at(end + 1)))))
        ++end;
    pieces.digits = plain.mid(begin, end - begin);
    const QStringView whole(plain);
    for (const QStringView part : {whole.left(begin), whole.mid(end)}) {
        for (QStringView word : part.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            // A percent sign, alone or on either side of a word: "3.4%", "٪۳٫۴", "3,4 %".
            while (word.startsWith(u'%') || word.startsWith(QChar(0x066A))) {
                pieces.percentSign = true;
                word = word.mid(1);
            }
            while (word.endsWith(u'%') || word.endsWith(QChar(0x066A))) {
                pieces.percentSign = true;
                word.chop(1);
            }
            if (!word.isEmpty() && !readWord(word, &pieces))
                pieces.unknownWord = true;
        }
    }
    return pieces;
}

bool ValueParser::readWord(QStringView word, Pieces *pieces)
{
    // Indonesian and others write ",-" after whole amounts: "Rp 150.000,-".
    if (word == QLatin1String(",-") || word == QLatin1String(".-") || word == QLatin1String("-"))
        return true;
    if (const auto power = ImportVocabulary::numberWordPower(word)) {
        if (pieces->power != 0)
            return false;
        pieces->power = *power;
        return true;
    }
    if (const auto currency = ImportVocabulary::currency(word)) {
        if (pieces->currency)
            return false;
        pieces->currency = currency;
        return true;
    }
    // A number word glued to a currency: "150kđ", "1,2trđ".
    for (qsizetype i = 1; i < word.size(); ++i) {
        const auto power = ImportVocabulary::numberWordPower(word.left(i));
        const auto currency = power ? ImportVocabulary::currency(word.mid(i)) : std::nullopt;
        if (currency && pieces->power == 0 && !pieces->currency) {
            pieces->power = *power;
            pieces->currency = currency;
            return true;
        }
    }
    return false;
}

std::optional<DecimalNumber> ValueParser::number(const Pieces &pieces, bool wholeExpected) const
{
    // With a number word the digits are a rounded figure with decimals ("1.234K"), so only
    // the file's mark can tell.
    const auto number = DecimalNumber::parse(pieces.digits, m_mark, wholeExpected && pieces.power == 0);
    return number ? number->timesPowerOfTen(pieces.power) : std::nullopt;
}

std::optional<qint64> ValueParser::count(QStringView text, QString *reason) const
{
    // Plain digits, the way most exports write counts, need none of the work below.
    if (!text.isEmpty() && text.size() <= 18
        && std::all_of(text.begin(), text.end(), [](QChar c) { return isDigit(c); }))
        return text.toLongLong();
    const Pieces pieces = split(text);
    const auto value = pieces.unknownWord || pieces.currency || pieces.percentSign
        ? std::nullopt
        : number(pieces, true);
    if (!value) {
        *reason = tr("%1 is not a number").arg(quoted(text));
        return std::nullopt;
    }
    if (pieces.power > 0)
        return value->rounded();
    if (const auto whole = value->scaledTo(0))
        return whole;
    *reason = tr("%1 is not a whole number").arg(quoted(text));
    return std::nullopt;
}

std::optional<double> ValueParser::percent(QStringView text, PercentUnit unit, QString *reason) const
{
    const Pieces pieces = split(text);
    auto value = pieces.unknownWord || pieces.currency || pieces.power != 0 ? std::nullopt
                                                                            : number(pieces, false);
    if (!value) {
        *reason = tr("%1 is not a percentage").arg(quoted(text));
        return std::nullopt;
    }
    if (!pieces.percentSign && unit == PercentUnit::Auto && !value->isNegative()
        && value->toDouble() <= 1.0)
        value = value->timesPowerOfTen(2);
    return value->toDouble();
}

std::optional<Money> ValueParser::money(QStringView text, const std::optional<CurrencyUnit> &fallback,
                                        QString *reason) const
{
    const Pieces pieces = split(text);
    if (pieces.unknownWord || pieces.percentSign || pieces.digits.isEmpty()) {
        *reason = tr("%1 is not an amount of money").arg(quoted(text));
        return std::nullopt;
    }
    const std::optional<CurrencyUnit> unit = pieces.currency ? pieces.currency : fallback;
    if (!unit) {
        *reason = tr("%1 has no currency: write it with the amount (250 USD, Rp 1.500.000) or add "
                     "a currency column")
                      .arg(quoted(text));
        return std::nullopt;
    }
    const int digits = Money::minorDigits(unit->code);
    auto value = number(pieces, digits == 0);
    for (int factor = unit->factor; value && factor > 1; factor /= 10)
        value = value->timesPowerOfTen(1);
    if (!value) {
        *reason = tr("%1 is not an amount of money").arg(quoted(text));
        return std::nullopt;
    }
    const std::optional<qint64> minor = value->scaledTo(digits);
    if (!minor) {
        //: %1 the amount, %2 a currency code such as VND
        *reason = tr("%1 has more decimals than %2 has").arg(quoted(text), unit->code);
        return std::nullopt;
    }
    return Money(*minor, unit->code);
}

std::optional<CurrencyUnit> ValueParser::currency(QStringView text, QString *reason)
{
    if (const auto unit = ImportVocabulary::currency(text.trimmed()))
        return unit;
    *reason = tr("%1 is not a known currency").arg(quoted(text));
    return std::nullopt;
}

// Minimal version for the rows branch; the values branch delivers the full one.
bool ValueParser::isMissing(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    if (trimmed.size() > 8)
        return false;
    // Every token starts with one of these: most cells leave at once (this runs per cell).
    const char16_t first = trimmed.at(0).toLower().unicode();
    if (first != u'n' && first != u'#' && first != u'-' && first != u'?' && first != 0x2014 && first != 0x2013)
        return false;
    static const QStringList tokens{QStringLiteral("null"), QStringLiteral("n/a"), QStringLiteral("na"),
                                    QStringLiteral("nan"), QStringLiteral("none"), QStringLiteral("-"),
                                    QStringLiteral("--"), QStringLiteral("\u2014"), QStringLiteral("\u2013"),
                                    QStringLiteral("#n/a"), QStringLiteral("#name?"), QStringLiteral("#value!"),
                                    QStringLiteral("#ref!"), QStringLiteral("#div/0!"), QStringLiteral("#num!"),
                                    QStringLiteral("#null!"), QStringLiteral("nil"), QStringLiteral("?")};
    for (const QString &token : tokens) {
        if (trimmed.compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace planner
