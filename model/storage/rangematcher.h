#pragma once

#include "domain/rangefilter.h"
#include "storage/channelfigures.h"

#include <memory>
#include <vector>

namespace planner {

// The range filters ("More filters") tested in memory on the columns of ChannelFigures, by
// the rule RangeFilterSql writes in SQL: every bound inclusive, an unknown figure never
// passes, the fee compared per currency through RangeFilterSql::feeRanges, a language list
// passing when it names any of the filter's languages, the CPM and CPE those of
// CostFilterSql. A test per channel costs a few array reads instead of a SQL expression.
class RangeMatcher
{
public:
    // figures must cover the filter (covers()).
    RangeMatcher(const RangeFilter &ranges, std::shared_ptr<const ChannelFigures> figures);

    // Whether figures hold every column ranges bounds (CPM and CPE for its cost inputs).
    static bool covers(const ChannelFigures &figures, const RangeFilter &ranges);

    // Whether the channel's figures pass every bound; channelId at most
    // figures->largestChannel().
    bool passes(qint64 channelId) const;
    qint64 largestChannel() const { return m_figures->largestChannel(); }
    // Whether the channel is left out only because a bounded figure is unknown: every known
    // bounded figure passes and at least one is unknown (RangeFilterSql::unknownLeftOut).
    bool leftOutAsUnknown(qint64 channelId) const;

private:
    struct NumberTest
    {
        ChannelFigures::Column column;
        double min;
        double max;
    };
    enum Verdict { Fails, Passes, Unknown };
    Verdict feeVerdict(qint64 channelId) const;
    Verdict languageVerdict(qint64 channelId) const;

    std::shared_ptr<const ChannelFigures> m_figures;
    std::vector<NumberTest> m_numbers;
    bool m_none = false; // a CPM or CPE range without a campaign: nothing passes
    bool m_fee = false;
    // By currency index: whether the fee bounds judge it, and the range of its fees they pass.
    std::vector<bool> m_feeKnown;
    bool m_anyFeeKnown = false; // none: a listed fee is neither known nor unknown (SQL's NOT IN (NULL))
    std::vector<std::optional<std::pair<qint64, qint64>>> m_feeByCurrency;
    std::vector<Verdict> m_languageVerdicts; // by languages index
    bool m_languages = false;
};

} // namespace planner
