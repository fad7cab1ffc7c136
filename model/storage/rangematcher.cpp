#include "storage/rangematcher.h"

#include "domain/languagematch.h"
#include "storage/rangefiltersql.h"

#include <cmath>
#include <limits>

namespace planner {

namespace {

constexpr double lowest = -std::numeric_limits<double>::infinity();
constexpr double highest = std::numeric_limits<double>::infinity();

template <typename T>
void addTest(const Bounds<T> &bounds, ChannelFigures::Column column, std::vector<double> *mins,
             std::vector<double> *maxes, std::vector<ChannelFigures::Column> *columns)
{
    if (!bounds.isSet())
        return;
    columns->push_back(column);
    mins->push_back(bounds.min ? double(*bounds.min) : lowest);
    maxes->push_back(bounds.max ? double(*bounds.max) : highest);
}

// A stored language list ("vi|en") naming any of codes; an empty one is unknown.
bool namesAny(const QString &stored, const QStringList &codes)
{
    if (stored.isEmpty())
        return false;
    const QString padded = QLatin1Char('|') + stored + QLatin1Char('|');
    for (const QString &code : codes) {
        if (padded.contains(QLatin1Char('|') + code + QLatin1Char('|')))
            return true;
    }
    return false;
}

} // namespace

RangeMatcher::RangeMatcher(const RangeFilter &ranges, std::shared_ptr<const ChannelFigures> figures)
    : m_figures(std::move(figures))
{
    std::vector<double> mins;
    std::vector<double> maxes;
    std::vector<ChannelFigures::Column> columns;
    addTest(ranges.followers, ChannelFigures::Followers, &mins, &maxes, &columns);
    addTest(ranges.engagementPct, ChannelFigures::Engagement, &mins, &maxes, &columns);
    addTest(ranges.avgViews, ChannelFigures::Views, &mins, &maxes, &columns);
    addTest(ranges.authenticityPct, ChannelFigures::Authenticity, &mins, &maxes, &columns);
    m_none = (ranges.cpm.isSet() || ranges.cpe.isSet()) && !ranges.costInputs;
    if (ranges.costInputs) {
        addTest(ranges.cpm, ChannelFigures::Cpm, &mins, &maxes, &columns);
        addTest(ranges.cpe, ChannelFigures::Cpe, &mins, &maxes, &columns);
    }
    for (size_t i = 0; i < columns.size(); ++i)
        m_numbers.push_back(NumberTest{columns[i], mins[i], maxes[i]});
    if (ranges.feeMinor.isSet() && m_figures->has(ChannelFigures::Fee)) {
        m_fee = true;
        const QStringList &names = m_figures->currencies();
        m_feeByCurrency.assign(size_t(names.size()), std::nullopt);
        for (const RangeFilterSql::CurrencyRange &fee : RangeFilterSql::feeRanges(ranges)) {
            const qsizetype index = names.indexOf(fee.currency);
            if (index >= 0 && fee.range)
                m_feeByCurrency[size_t(index)] = std::make_pair(fee.range->min, fee.range->max);
        }
    }
    const QStringList codes = LanguageMatch::normalized(ranges.languages);
    if (!codes.isEmpty() && m_figures->has(ChannelFigures::Languages)) {
        m_languages = true;
        for (const QString &stored : m_figures->languageLists())
            m_languagePasses.push_back(namesAny(stored, codes) ? 1 : 0);
    }
}

bool RangeMatcher::covers(const ChannelFigures &figures, const RangeFilter &ranges)
{
    if ((ranges.cpm.isSet() || ranges.cpe.isSet()) && !figures.costsFor(ranges.costInputs))
        return false;
    for (const ChannelFigures::Column column : ChannelFigures::columnsOf(ranges)) {
        if (!figures.has(column))
            return false;
    }
    return true;
}

bool RangeMatcher::passesFee(qint64 channelId) const
{
    const int currency = m_figures->currencyIndex(channelId);
    if (currency < 0 || !m_feeByCurrency[size_t(currency)])
        return false;
    const qint64 minor = m_figures->feeMinor(channelId);
    return minor >= m_feeByCurrency[size_t(currency)]->first && minor <= m_feeByCurrency[size_t(currency)]->second;
}

bool RangeMatcher::passes(qint64 channelId) const
{
    if (m_none || channelId < 0 || channelId > m_figures->largestChannel())
        return false;
    for (const NumberTest &test : m_numbers) {
        const double value = m_figures->value(test.column, channelId);
        // NaN (unknown) fails both comparisons.
        if (!(value >= test.min && value <= test.max))
            return false;
    }
    if (m_fee && !passesFee(channelId))
        return false;
    if (m_languages) {
        const int index = m_figures->languagesIndex(channelId);
        if (index < 0 || !m_languagePasses[size_t(index)])
            return false;
    }
    return true;
}

} // namespace planner
