#pragma once

#include "domain/candidatefilter.h"
#include "storage/channelfigures.h"
#include "storage/passingchannels.h"

#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace planner {

// The counts of the candidate list (rows a filter matches, rows its ranges leave out for an
// unknown figure) taken in memory from ChannelFigures and the search's matches, for a filter
// of search words and ranges only: on a large file a CPM bound counted by SQL was seconds of
// arithmetic per keystroke. The figures read are kept for the next count. Lives on the
// counter's worker (CandidateCounter); one per connection.
class MemoryCount
{
public:
    // Whether the filter is one this can count (no kind, tier, platform, niche or region).
    static bool handles(const CandidateFilter &filter);

    // The count, or empty when the filter is not handled or the file could not be read
    // (the caller counts in SQL then). tested: the channels the filter's walk found passing
    // (FilteredOrder::passing) of the same file, counted instead of testing again; or null.
    std::optional<qint64> rows(const QSqlDatabase &db, const CandidateFilter &filter,
                               const PassingChannels *tested = nullptr);
    std::optional<qint64> unknownLeftOut(const QSqlDatabase &db, const CandidateFilter &filter);
    // The file changed: read the figures again.
    void forget() { m_figures.reset(); }

private:
    std::optional<qint64> count(const QSqlDatabase &db, const CandidateFilter &filter, bool unknownLeftOut);

    std::shared_ptr<const ChannelFigures> m_figures;
};

} // namespace planner
