#include "commands/rangeoptions.h"

#include "commandspec.h"
#include "optionreader.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "workspace.h"

namespace planner {

namespace {

const QString feeCurrencyOption = QStringLiteral("fee-currency");

QString minOf(const char *figure)
{
    return QStringLiteral("min-") + QLatin1String(figure);
}

QString maxOf(const char *figure)
{
    return QStringLiteral("max-") + QLatin1String(figure);
}

void readCount(OptionReader &reader, const char *figure, Bounds<qint64> *bounds)
{
    bounds->min = reader.integer(minOf(figure));
    bounds->max = reader.integer(maxOf(figure));
}

void readPercent(OptionReader &reader, const char *figure, Bounds<double> *bounds)
{
    bounds->min = reader.percent(minOf(figure));
    bounds->max = reader.percent(maxOf(figure));
}

void readFee(OptionReader &reader, RangeFilter *ranges)
{
    const bool bounded = reader.isSet(minOf("fee")) || reader.isSet(maxOf("fee"));
    const std::optional<QString> currency =
        reader.currencyFor(bounded, feeCurrencyOption, QStringLiteral("--min-fee or --max-fee"),
                           QStringLiteral("--min-fee and --max-fee"));
    if (!currency)
        return;
    ranges->feeCurrency = *currency;
    const std::optional<Money> min = reader.money(minOf("fee"), *currency);
    const std::optional<Money> max = reader.money(maxOf("fee"), *currency);
    ranges->setFee(min, max);
}

} // namespace

namespace RangeOptions {

QStringList names()
{
    QStringList result;
    for (const char *figure : {"followers", "engagement", "views", "fee", "authenticity"})
        result << minOf(figure) << maxOf(figure);
    return result << feeCurrencyOption;
}

void read(OptionReader &reader, CandidateFilter *filter)
{
    RangeFilter &ranges = filter->ranges;
    readCount(reader, "followers", &ranges.followers);
    readPercent(reader, "engagement", &ranges.engagementPct);
    readCount(reader, "views", &ranges.avgViews);
    readPercent(reader, "authenticity", &ranges.authenticityPct);
    readFee(reader, &ranges);
}

void useRates(Workspace &workspace, CandidateFilter *filter)
{
    if (filter->ranges.feeMinor.isSet())
        filter->ranges.rates = ExchangeRateStore::load(workspace.database().connection());
}

QString usage()
{
    return Text::tr("  --min-X, --max-X  inclusive bounds on X: followers, engagement (PCT),\n"
                    "            views (average views), authenticity (PCT), fee (AMOUNT in the\n"
                    "            --fee-currency CODE, each channel's fee converted with the\n"
                    "            file's exchange rates); an unknown figure is left out\n");
}

} // namespace RangeOptions

} // namespace planner
