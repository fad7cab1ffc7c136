#include "storage/rangematcher.h"

#include "domain/languagematch.h"
#include "storage/rangefiltersql.h"

#include <algorithm>
#include <limits>

namespace planner {

namespace {

constexpr double lowest = -std::numeric_limits<double>::infinity();
constexpr double highest = std::numeric_limits<double>::infinity();

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

// A figure's verdict: Fails outside the bounds, Unknown for NaN (which fails both
// comparisons, so is never Fails).
inline quint8 numberVerdict(double value, double min, double max)
{
    return quint8(quint8(value < min) | quint8(value > max)) | quint8(quint8(value != value) << 1);
}

} // namespace

RangeMatcher::RangeMatcher(const RangeFilter &ranges, std::shared_ptr<const ChannelFigures> figures)
    : m_figures(std::move(figures))
{
    const auto addTest = [this](const auto &bounds, ChannelFigures::Column column) {
        if (!bounds.isSet())
            return;
        m_numbers.push_back(NumberTest{m_figures->values(column), bounds.min ? double(*bounds.min) : lowest,
                                       bounds.max ? double(*bounds.max) : highest});
    };
    addTest(ranges.followers, ChannelFigures::Followers);
    addTest(ranges.engagementPct, ChannelFigures::Engagement);
    addTest(ranges.avgViews, ChannelFigures::Views);
    addTest(ranges.authenticityPct, ChannelFigures::Authenticity);
    if ((ranges.cpm.isSet() || ranges.cpe.isSet()) && !ranges.costInputs)
        m_always = Unknown; // every cost unknown
    if (ranges.costInputs) {
        addTest(ranges.cpm, ChannelFigures::Cpm);
        addTest(ranges.cpe, ChannelFigures::Cpe);
    }
    if (ranges.feeMinor.isSet() && m_figures->has(ChannelFigures::Fee)) {
        m_currencies = m_figures->currencyIndexes();
        m_fees = m_figures->feeMinors();
        const QStringList &names = m_figures->currencies();
        const QList<RangeFilterSql::CurrencyRange> feeRanges = RangeFilterSql::feeRanges(ranges);
        // A currency without a rate: unknown, unless no currency has one (SQL's NOT IN (NULL)).
        const quint8 noRate = feeRanges.isEmpty() ? quint8(Fails) : quint8(Unknown);
        m_feeRules.assign(size_t(names.size()) + 1, FeeRule{0, -1, noRate, noRate});
        m_feeRules[0] = FeeRule{0, -1, Unknown, Unknown}; // no fee
        for (const RangeFilterSql::CurrencyRange &fee : feeRanges) {
            const qsizetype index = names.indexOf(fee.currency);
            if (index < 0)
                continue;
            m_feeRules[size_t(index) + 1] = fee.range ? FeeRule{fee.range->min, fee.range->max, 0, Fails}
                                                      : FeeRule{0, -1, Fails, Fails};
        }
    }
    const QStringList codes = LanguageMatch::normalized(ranges.languages);
    if (!codes.isEmpty() && m_figures->has(ChannelFigures::Languages)) {
        m_languages = m_figures->languagesIndexes();
        m_languageVerdicts.push_back(Fails); // NULL: neither known nor empty
        for (const QString &stored : m_figures->languageLists()) {
            m_languageVerdicts.push_back(stored.isEmpty() ? quint8(Unknown)
                                         : namesAny(stored, codes) ? quint8(0) : quint8(Fails));
        }
    }
}

bool RangeMatcher::covers(const ChannelFigures &figures, const RangeFilter &ranges)
{
    // Without cost inputs a CPM or CPE bound needs no column (every cost unknown).
    if ((ranges.cpm.isSet() || ranges.cpe.isSet()) && ranges.costInputs && !figures.costsFor(ranges.costInputs))
        return false;
    for (const ChannelFigures::Column column : ChannelFigures::columnsOf(ranges)) {
        if (!figures.has(column))
            return false;
    }
    return true;
}

quint8 RangeMatcher::verdict(qint64 channelId) const
{
    const size_t id = size_t(channelId);
    quint8 result = m_always;
    for (const NumberTest &test : m_numbers)
        result |= numberVerdict(test.values[id], test.min, test.max);
    if (m_currencies) {
        const FeeRule &rule = m_feeRules[size_t(m_currencies[id] + 1)];
        const qint64 fee = m_fees[id];
        result |= fee >= rule.min && fee <= rule.max ? rule.inside : rule.outside;
    }
    if (m_languages)
        result |= m_languageVerdicts[size_t(m_languages[id] + 1)];
    return result;
}

void RangeMatcher::judge(qint64 first, qint64 count, quint8 *verdicts) const
{
    std::fill(verdicts, verdicts + count, m_always);
    for (const NumberTest &test : m_numbers) {
        const double *values = test.values + first;
        const double min = test.min;
        const double max = test.max;
        for (qint64 i = 0; i < count; ++i)
            verdicts[i] |= numberVerdict(values[i], min, max);
    }
    if (m_currencies) {
        const qint32 *currencies = m_currencies + first;
        const qint64 *fees = m_fees + first;
        const FeeRule *rules = m_feeRules.data() + 1;
        for (qint64 i = 0; i < count; ++i) {
            const FeeRule &rule = rules[currencies[i]];
            verdicts[i] |= fees[i] >= rule.min && fees[i] <= rule.max ? rule.inside : rule.outside;
        }
    }
    if (m_languages) {
        const qint32 *languages = m_languages + first;
        const quint8 *byIndex = m_languageVerdicts.data() + 1;
        for (qint64 i = 0; i < count; ++i)
            verdicts[i] |= byIndex[languages[i]];
    }
}

} // namespace planner
