#pragma once

#include <QStringView>
#include <optional>

namespace planner {

// Which mark a file writes before decimals when a number alone cannot tell ("1.234"):
// '.' in English and in Persian typed with Latin digits, ',' in Vietnamese and Indonesian.
enum class DecimalMark { Point, Comma };

// An exact decimal read from text as people type it: mantissa / 10^scale, so that money
// read from "1.500.000,50" never passes through a double.
struct DecimalNumber
{
    qint64 mantissa = 0;
    int scale = 0;

    // Reads digits with grouping and a decimal mark: ASCII digits, '.', ',', ' ' and the
    // Arabic separators U+066B (decimal) and U+066C (grouping); call after the digits are
    // made Latin. A leading '-' or '+' is allowed. Which of '.' and ',' is the decimal mark:
    //  1. the Arabic decimal separator, when present, is the mark, and every other one groups;
    //  2. when '.' and ',' both occur, the last one is the mark (1,234.5 and 1.234,5);
    //  3. one of them occurring more than once groups (1.500.000);
    //  4. one occurring once, not followed by exactly three digits, or after a lone 0, or
    //     after space grouping, is the mark (12,5; 1.25; 0.034; 1 234,567);
    //  5. one occurring once before exactly three digits (1.234; 12,345) groups when the
    //     value must be whole (wholeExpected: counts, amounts in đồng, rupiah and rial),
    //     else the file's decimal mark decides.
    // Grouping must come in threes (1,234,567): anything else is not a number.
    static std::optional<DecimalNumber> parse(QStringView text, DecimalMark mark, bool wholeExpected);

    double toDouble() const;
    // value × 10^power exactly, or nullopt when it does not fit.
    std::optional<DecimalNumber> timesPowerOfTen(int power) const;
    // The value in units of 10^-digits (minor units for digits = 2), when exact.
    std::optional<qint64> scaledTo(int digits) const;
    // The value rounded to a whole number (halves away from zero).
    qint64 rounded() const;
    bool isNegative() const { return mantissa < 0; }
};

} // namespace planner
