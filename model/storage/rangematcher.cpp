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
        m_feeKnown.assign(size_t(names.size()), false);
        const QList<RangeFilterSql::CurrencyRange> feeRanges = RangeFilterSql::feeRanges(ranges);
        m_anyFeeKnown = !feeRanges.isEmpty();
        for (const RangeFilterSql::CurrencyRange &fee : feeRanges) {
            const qsizetype index = names.indexOf(fee.currency);
            if (index < 0)
                continue;
            m_feeKnown[size_t(index)] = true;
            if (fee.range)
                m_feeByCurrency[size_t(index)] = std::make_pair(fee.range->min, fee.range->max);
        }
    }
    const QStringList codes = LanguageMatch::normalized(ranges.languages);
    if (!codes.isEmpty() && m_figures->has(ChannelFigures::Languages)) {
        m_languages = true;
        for (const QString &stored : m_figures->languageLists()) {
            m_languageVerdicts.push_back(stored.isEmpty() ? Unknown
                                         : namesAny(stored, codes) ? Passes : Fails);
        }
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

RangeMatcher::Verdict RangeMatcher::feeVerdict(qint64 channelId) const
{
    const int currency = m_figures->currencyIndex(channelId);
    if (currency < 0)
        return Unknown; // no fee
    if (!m_feeKnown[size_t(currency)])
        return m_anyFeeKnown ? Unknown : Fails; // a currency without a rate
    const auto &range = m_feeByCurrency[size_t(currency)];
    const qint64 minor = m_figures->feeMinor(channelId);
    return range && minor >= range->first && minor <= range->second ? Passes : Fails;
}

RangeMatcher::Verdict RangeMatcher::languageVerdict(qint64 channelId) const
{
    const int index = m_figures->languagesIndex(channelId);
    return index < 0 ? Fails : m_languageVerdicts[size_t(index)]; // NULL: neither known nor empty
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
    return (!m_fee || feeVerdict(channelId) == Passes) && (!m_languages || languageVerdict(channelId) == Passes);
}

bool RangeMatcher::leftOutAsUnknown(qint64 channelId) const
{
    if (channelId < 0 || channelId > m_figures->largestChannel())
        return false;
    bool unknown = m_none; // a CPM or CPE range without a campaign: every cost unknown
    for (const NumberTest &test : m_numbers) {
        const double value = m_figures->value(test.column, channelId);
        if (std::isnan(value))
            unknown = true;
        else if (!(value >= test.min && value <= test.max))
            return false;
    }
    for (const Verdict verdict : {m_fee ? feeVerdict(channelId) : Passes,
                                  m_languages ? languageVerdict(channelId) : Passes}) {
        if (verdict == Fails)
            return false;
        unknown = unknown || verdict == Unknown;
    }
    return unknown;
}

} // namespace planner
