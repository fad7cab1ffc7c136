#include "storage/rangefiltersql.h"

#include "domain/languagematch.h"
#include "storage/costfiltersql.h"

#include <cmath>
#include <limits>
#include <vector>

namespace planner {

namespace {

// One bounded figure: the test that lets its range through, the test that finds it unknown.
struct Term
{
    QString range;
    QString unknown;
    QVariantList values;        // of range
    QVariantList unknownValues; // of unknown
};

template <typename T>
void addBounds(const QString &column, const Bounds<T> &bounds, std::vector<Term> *terms)
{
    if (!bounds.isSet())
        return;
    Term term;
    QStringList parts{column + QStringLiteral(" IS NOT NULL")};
    if (bounds.min) {
        parts << column + QStringLiteral(" >= ?");
        term.values << QVariant::fromValue(*bounds.min);
    }
    if (bounds.max) {
        parts << column + QStringLiteral(" <= ?");
        term.values << QVariant::fromValue(*bounds.max);
    }
    term.range = QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    term.unknown = column + QStringLiteral(" IS NULL");
    terms->push_back(term);
}

QStringList feeCurrencies(const RangeFilter &ranges)
{
    QStringList codes = ranges.rates.currencies();
    const QString target = ranges.feeCurrency.trimmed().toUpper();
    if (!target.isEmpty() && !codes.contains(target))
        codes << target;
    return codes;
}

void addFee(const RangeFilter &ranges, std::vector<Term> *terms)
{
    if (!ranges.feeMinor.isSet())
        return;
    Term term;
    QStringList perCurrency;
    QStringList known;
    QVariantList perCurrencyValues;
    for (const RangeFilterSql::CurrencyRange &fee : RangeFilterSql::feeRanges(ranges)) {
        known << QStringLiteral("?");
        term.unknownValues << fee.currency;
        if (const auto range = fee.range) {
            perCurrency << QStringLiteral("(ch.currency = ? AND ch.fee_minor BETWEEN ? AND ?)");
            perCurrencyValues << fee.currency << range->min << range->max;
        }
    }
    const QString knownList = known.isEmpty() ? QStringLiteral("NULL") : known.join(QLatin1Char(','));
    perCurrency << QStringLiteral("0 = 1"); // when no currency can match
    term.range = QStringLiteral("(ch.fee_minor IS NOT NULL AND (%1))").arg(perCurrency.join(QStringLiteral(" OR ")));
    term.values = perCurrencyValues;
    term.unknown = QStringLiteral("(ch.fee_minor IS NULL OR ch.currency IS NULL OR ch.currency NOT IN (%1))")
                       .arg(knownList);
    terms->push_back(term);
}

// Any of the languages; '' (unknown) never passes.
void addLanguages(const RangeFilter &ranges, std::vector<Term> *terms)
{
    const QStringList codes = LanguageMatch::normalized(ranges.languages);
    if (codes.isEmpty())
        return;
    Term term;
    QStringList any;
    for (const QString &code : codes) {
        any << QStringLiteral("instr('|' || ch.languages || '|', ?) > 0");
        term.values << QString(QLatin1Char('|') + code + QLatin1Char('|'));
    }
    term.range = QStringLiteral("(ch.languages <> '' AND (") + any.join(QStringLiteral(" OR ")) + QStringLiteral("))");
    term.unknown = QStringLiteral("ch.languages = ''");
    terms->push_back(term);
}

// A projected cost (CPM or CPE) within bounds: the expression, evaluated once per test.
void addProjected(const RangeFilter &ranges, const Bounds<double> &bounds,
                  CostFilterSql::Expression (*expression)(const CostFilterInputs &),
                  std::vector<Term> *terms)
{
    if (!bounds.isSet())
        return;
    Term term;
    if (!ranges.costInputs) {
        term.range = QStringLiteral("0 = 1");
        term.unknown = QStringLiteral("1 = 1");
        terms->push_back(term);
        return;
    }
    const CostFilterSql::Expression projected = expression(*ranges.costInputs);
    term.values = projected.values;
    if (bounds.min && bounds.max) {
        term.range = QStringLiteral("(%1 BETWEEN ? AND ?)").arg(projected.sql);
        term.values << *bounds.min << *bounds.max;
    } else {
        term.range = QStringLiteral("(%1 %2 ?)").arg(projected.sql, bounds.min ? QStringLiteral(">=") : QStringLiteral("<="));
        term.values << (bounds.min ? *bounds.min : *bounds.max);
    }
    term.unknown = QStringLiteral("(%1 IS NULL)").arg(projected.sql);
    term.unknownValues = projected.values;
    terms->push_back(term);
}

std::vector<Term> terms(const RangeFilter &ranges)
{
    std::vector<Term> result;
    addBounds(QStringLiteral("ch.followers"), ranges.followers, &result);
    addBounds(QStringLiteral("ch.engagement_rate_pct"), ranges.engagementPct, &result);
    addBounds(QStringLiteral("ch.avg_views"), ranges.avgViews, &result);
    addBounds(QStringLiteral("ch.authenticity_pct"), ranges.authenticityPct, &result);
    addFee(ranges, &result);
    addLanguages(ranges, &result);
    addProjected(ranges, ranges.cpm, &CostFilterSql::cpm, &result);
    addProjected(ranges, ranges.cpe, &CostFilterSql::cpe, &result);
    return result;
}

} // namespace

void RangeFilterSql::addConditions(const RangeFilter &ranges, QStringList *conditions,
                                   QVariantList *values)
{
    for (const Term &term : terms(ranges)) {
        *conditions << term.range;
        *values += term.values;
    }
}

QList<RangeFilterSql::CurrencyRange> RangeFilterSql::feeRanges(const RangeFilter &ranges)
{
    QList<CurrencyRange> result;
    for (const QString &code : feeCurrencies(ranges)) {
        if (ranges.rates.perUsd(code) || code == ranges.feeCurrency.trimmed().toUpper())
            result.append(CurrencyRange{code, feeRangeIn(ranges, code)});
    }
    return result;
}

CandidateSql::Where RangeFilterSql::unknownLeftOut(const RangeFilter &ranges)
{
    CandidateSql::Where result;
    const std::vector<Term> all = terms(ranges);
    if (all.empty())
        return result;
    QStringList anyUnknown;
    QVariantList anyValues;
    for (const Term &term : all) {
        result.clause += QStringLiteral(" AND (") + term.unknown + QStringLiteral(" OR ") + term.range
            + QLatin1Char(')');
        result.values += term.unknownValues;
        result.values += term.values;
        anyUnknown << term.unknown;
        anyValues += term.unknownValues;
    }
    result.clause += QStringLiteral(" AND (") + anyUnknown.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    result.values += anyValues;
    return result;
}

namespace {

// The fee in the filter's currency, as ExchangeRates::convert rounds it.
qint64 converted(const RangeFilter &ranges, qint64 minor, const QString &currency)
{
    const std::optional<Money> money = ranges.rates.convert(Money(minor, currency), ranges.feeCurrency);
    return money ? money->minorUnits() : 0;
}

const qint64 largestFee = std::numeric_limits<qint64>::max() / 4;

qint64 clamped(long double value)
{
    return value <= 0 ? 0 : value >= largestFee ? largestFee : static_cast<qint64>(value);
}

} // namespace

std::optional<RangeFilterSql::MinorRange> RangeFilterSql::feeRangeIn(const RangeFilter &ranges,
                                                                      const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    if (code == ranges.feeCurrency.trimmed().toUpper()) {
        MinorRange same{ranges.feeMinor.min.value_or(0), ranges.feeMinor.max.value_or(largestFee)};
        return same.min <= same.max ? std::optional(same) : std::nullopt;
    }
    const auto from = ranges.rates.perUsd(code);
    const auto to = ranges.rates.perUsd(ranges.feeCurrency);
    if (!from || !to)
        return std::nullopt;
    // Minor units of the filter's currency per minor unit of this one.
    const long double factor = static_cast<long double>(*to) / static_cast<long double>(*from)
        * std::pow(10.0L, Money::minorDigits(ranges.feeCurrency) - Money::minorDigits(code));
    MinorRange range{0, largestFee};
    if (const auto min = ranges.feeMinor.min) {
        // A first guess from the unrounded rate, then moved to the exact edge of the rounding.
        range.min = clamped(std::ceil((static_cast<long double>(*min) - 0.5L) / factor));
        while (range.min > 0 && converted(ranges, range.min - 1, code) >= *min)
            --range.min;
        while (range.min < largestFee && converted(ranges, range.min, code) < *min)
            ++range.min;
    }
    if (const auto max = ranges.feeMinor.max) {
        if (*max < 0)
            return std::nullopt;
        range.max = clamped(std::floor((static_cast<long double>(*max) + 0.5L) / factor));
        while (range.max < largestFee && converted(ranges, range.max + 1, code) <= *max)
            ++range.max;
        while (range.max >= 0 && converted(ranges, range.max, code) > *max)
            --range.max;
    }
    if (range.max < range.min)
        return std::nullopt;
    return range;
}

} // namespace planner
