#pragma once

#include "domain/decimalnumber.h"
#include "import/importvocabulary.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringView>
#include <optional>

namespace planner {

// Reads the values of an imported file as people type them: digits in any script (Latin,
// Persian, Arabic-Indic), grouping and decimal marks of the file's language, number words
// (1.2M, 15K, 15 rb, 1,2 jt, 15 nghìn, 1,2 triệu, ۱٫۲ میلیون), percentages and money with
// currency symbols, codes and names (Rp 1.500.000, 1.500.000 ₫, $250, 250 USD,
// ۲۵۰٬۰۰۰ تومان). Every read gives the value or, in *reason, why not (translated).
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(ValueParser)

public:
    // Whether a percentage column's bare numbers may be shares ("0.034" for 3.4%). A column
    // whose header says percent ("engagement_rate_pct", "ER (%)") never holds shares.
    enum class PercentUnit { Auto, Percent };

    explicit ValueParser(DecimalMark mark = DecimalMark::Point);
    // ',' for Vietnamese and Indonesian; '.' otherwise, Persian included: typed with Latin
    // digits, Persian numbers use '.' (the Arabic decimal separator is never ambiguous).
    static DecimalMark markFor(const QLocale &locale);
    DecimalMark decimalMark() const { return m_mark; }

    // A whole count that is not negative: followers, views. "1.2M" and "15 rb" are
    // rounded to a whole number (they are rounded figures already); "12.5" is refused.
    std::optional<qint64> count(QStringView text, QString *reason) const;
    // A percentage in percent: "3.4%", "3,4 %", "٪۳٫۴", "3.4" all give 3.4. With
    // PercentUnit::Auto a bare number of at most 1 is read as a share of one ("0.034" gives
    // 3.4, "1" gives 100): exports write shares, and an engagement rate or authenticity
    // of 1% or less is rarer than a share written without its percent sign.
    std::optional<double> percent(QStringView text, PercentUnit unit, QString *reason) const;
    // Money, exact: the currency from the text, else fallback (a currency column or the
    // file's language). Tomans become rials (× 10). More decimals than the currency keeps
    // ("$2.505") are refused rather than rounded.
    std::optional<Money> money(QStringView text, const std::optional<CurrencyUnit> &fallback,
                               QString *reason) const;
    // A currency cell: "VND", "₫", "rupiah", "تومان".
    static std::optional<CurrencyUnit> currency(QStringView text, QString *reason);
    // Whether a cell says "no value": blank, NULL, N/A, NA, nan, none, -, —, #N/A, #NAME?...
    static bool isMissing(QStringView text);

private:
    // A number with its words: the digits part, the number word's power, the currency and
    // percent sign found around it.
    struct Pieces
    {
        QString digits;
        int power = 0;
        std::optional<CurrencyUnit> currency;
        bool percentSign = false;
        bool unknownWord = false;
    };
    static Pieces split(QStringView text);
    static bool readWord(QStringView word, Pieces *pieces);
    std::optional<DecimalNumber> number(const Pieces &pieces, bool wholeExpected) const;

    DecimalMark m_mark;
};

} // namespace planner
