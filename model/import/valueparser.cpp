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

// "E+11", "e6", "E-2" right after the digits: the length of the exponent, 0 when none.
qsizetype exponentLength(QStringView text, int *exponent)
{
    if (text.size() < 2 || (text.at(0) != QLatin1Char('e') && text.at(0) != QLatin1Char('E')))
        return 0;
    qsizetype i = 1;
    const bool negative = text.at(i) == QLatin1Char('-');
    if (negative || text.at(i) == QLatin1Char('+'))
        ++i;
    const qsizetype digitsStart = i;
    while (i < text.size() && isDigit(text.at(i)) && i - digitsStart < 3)
        ++i;
    // Spreadsheets write figures up to E+18 or so; "1E-300" is no figure of a candidate.
    const int value = text.mid(digitsStart, i - digitsStart).toInt();
    if (value > 18)
        return 0;
    // "1e5x" or "2E" is no exponent; "250EUR" is a currency.
    if (i == digitsStart || (i < text.size() && text.at(i).isLetterOrNumber()))
        return 0;
    *exponent = negative ? -value : value;
    return i;
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
    const QString plain = normalised(text.contains(QLatin1Char('<')) ? QStringView(withoutTags(text))
                                                                     : text.trimmed());
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
    if (end > start)
        end += exponentLength(whole.mid(end), &pieces.exponent);
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
    const bool scaled = pieces.power != 0 || pieces.exponent != 0;
    const auto number = DecimalNumber::parse(pieces.digits, m_mark, wholeExpected && !scaled);
    return number ? number->timesPowerOfTen(pieces.power + pieces.exponent) : std::nullopt;
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

bool ValueParser::isMissing(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    if (trimmed.startsWith(QLatin1Char('<')) && trimmed.endsWith(QLatin1Char('>'))) {
        const QString text = withoutTags(trimmed);
        if (text.size() < trimmed.size())
            return isMissing(text);
    }
    if (trimmed.size() > 14)
        return false;
    // Every token starts with one of these: most cells leave here (this runs for every short
    // cell of an import).
    const char16_t first = trimmed.at(0).toLower().unicode();
    if (first != u'n' && first != u'#' && first != u'-' && first != u'?' && first != u'u' && first != u'\\'
        && first != 0x2014 && first != 0x2013)
        return false;
    static const QList<QString> words{
        QStringLiteral("null"),  QStringLiteral("n/a"),    QStringLiteral("na"),      QStringLiteral("n.a."),
        QStringLiteral("nan"),   QStringLiteral("none"),   QStringLiteral("nil"),     QStringLiteral("undefined"),
        QStringLiteral("-"),     QStringLiteral("--"),     QStringLiteral("---"),     QStringLiteral("?"),
        QStringLiteral("\u2014"), QStringLiteral("\u2013"), QStringLiteral("#n/a"),   QStringLiteral("#name?"),
        QStringLiteral("#value!"), QStringLiteral("#ref!"), QStringLiteral("#div/0!"), QStringLiteral("#num!"),
        QStringLiteral("#null!"), QStringLiteral("#error!"), QStringLiteral("#n/a!"),  QStringLiteral("#spill!"),
        QStringLiteral("#calc!"), QStringLiteral("#getting_data"),
        QStringLiteral("\\N")}; // MySQL's NULL in its dumps (SELECT ... INTO OUTFILE)
    return std::any_of(words.cbegin(), words.cend(), [trimmed](const QString &word) {
        return trimmed.compare(word, Qt::CaseInsensitive) == 0;
    });
}

QString ValueParser::withoutTags(QStringView text)
{
    // Only what looks like a tag goes: "<span ...>", "</b>", "<br/>"; "< 5" and "a<b" stay.
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('<') && i + 1 < text.size()
            && (text.at(i + 1).isLetter() || text.at(i + 1) == QLatin1Char('/'))) {
            const qsizetype close = text.indexOf(QLatin1Char('>'), i + 1);
            if (close > 0) {
                i = close;
                continue;
            }
        }
        result += c;
    }
    result.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    result.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return result.trimmed();
}

std::optional<CurrencyUnit> ValueParser::currency(QStringView text, QString *reason)
{
    const QString plain = text.contains(QLatin1Char('<')) ? withoutTags(text) : text.trimmed().toString();
    if (const auto unit = ImportVocabulary::currency(plain))
        return unit;
    *reason = tr("%1 is not a known currency").arg(quoted(text));
    return std::nullopt;
}


} // namespace planner
