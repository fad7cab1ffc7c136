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
// Each bound is a verdict per channel (bits: Fails, Unknown), the fee's per currency and the
// languages' per distinct stored list worked out once when the matcher is made; a channel's
// verdict is the bits of its bounds together.
class RangeMatcher
{
public:
    // A channel's verdict: no bit when every bound passes; Fails when a known figure fails
    // one; Unknown when a bounded figure is unknown.
    enum VerdictBit : quint8 { Fails = 1, Unknown = 2 };

    // figures must cover the filter (covers()).
    RangeMatcher(const RangeFilter &ranges, std::shared_ptr<const ChannelFigures> figures);

    // Whether figures hold every column ranges bounds (CPM and CPE for its cost inputs).
    static bool covers(const ChannelFigures &figures, const RangeFilter &ranges);

    // Whether the channel's figures pass every bound; channelId at most
    // figures->largestChannel().
    bool passes(qint64 channelId) const { return inRange(channelId) && verdict(channelId) == 0; }
    qint64 largestChannel() const { return m_figures->largestChannel(); }
    // Whether the channel is left out only because a bounded figure is unknown: every known
    // bounded figure passes and at least one is unknown (RangeFilterSql::unknownLeftOut).
    bool leftOutAsUnknown(qint64 channelId) const { return inRange(channelId) && verdict(channelId) == Unknown; }

    // The verdicts of the channels first .. first + count - 1 (0 <= first, first + count - 1
    // at most largestChannel()) into verdicts[0 .. count), one bound at a time down its
    // column (issue 19: a test per channel read every bounded column at another place; a
    // column streamed is a few instructions per channel). A verdict 0 is passes(), Unknown
    // is leftOutAsUnknown().
    void judge(qint64 first, qint64 count, quint8 *verdicts) const;

private:
    struct NumberTest
    {
        const double *values; // the column, by channel id
        double min;
        double max;
    };
    // The fee's verdict for a currency: inside when min <= fee <= max, else outside.
    struct FeeRule
    {
        qint64 min;
        qint64 max;
        quint8 inside;
        quint8 outside;
    };

    bool inRange(qint64 channelId) const { return channelId >= 0 && channelId <= m_figures->largestChannel(); }
    quint8 verdict(qint64 channelId) const;

    std::shared_ptr<const ChannelFigures> m_figures;
    std::vector<NumberTest> m_numbers;
    quint8 m_always = 0; // Unknown for a CPM or CPE range without a campaign: nothing passes
    const qint32 *m_currencies = nullptr; // null: no fee bounds
    const qint64 *m_fees = nullptr;
    std::vector<FeeRule> m_feeRules; // by currency index + 1 (0: no fee)
    const qint32 *m_languages = nullptr; // null: no languages
    std::vector<quint8> m_languageVerdicts; // by languages index + 1 (0: NULL)
};

} // namespace planner
