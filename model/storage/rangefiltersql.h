#pragma once

#include "domain/rangefilter.h"
#include "storage/candidatesql.h"

#include <QStringList>
#include <QVariantList>

namespace planner {

// The SQL of the range filters ("More filters") on the channels ch of the candidate list:
// one term per bounded figure, which a NULL (unknown) figure never passes.
class RangeFilterSql
{
public:
    // Appends one condition per bounded figure, with its values in the same order.
    static void addConditions(const RangeFilter &ranges, QStringList *conditions,
                              QVariantList *values);
    // " AND ..." matching the rows that every known bounded figure lets through but that
    // an unknown bounded figure leaves out: what the list tells the marketer it hides.
    // Empty when no figure is bounded.
    static CandidateSql::Where unknownLeftOut(const RangeFilter &ranges);

    // The smallest and largest fee in minor units of currency whose conversion to the
    // filter's currency (ExchangeRates::convert) falls within the fee bounds; empty when
    // currency has no rate or no fee of it can fall within them.
    struct MinorRange
    {
        qint64 min = 0;
        qint64 max = 0;
    };
    static std::optional<MinorRange> feeRangeIn(const RangeFilter &ranges, const QString &currency);
    // The currencies whose fees the fee bounds can judge (those with a rate, and the
    // filter's own), each with feeRangeIn (empty: no fee of it passes). A fee in any other
    // currency is unknown. The SQL and the in-memory test (RangeMatcher) both follow it.
    struct CurrencyRange
    {
        QString currency;
        std::optional<MinorRange> range;
    };
    static QList<CurrencyRange> feeRanges(const RangeFilter &ranges);
};

} // namespace planner
