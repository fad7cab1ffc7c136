#pragma once

#include "domain/candidatefilter.h"
#include "storage/channelfigures.h"
#include "storage/passingchannels.h"

#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace planner {

class SearchMatches;

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
    // found: the filter's search matches read from the same file (PreparedFilter::matches),
    // used instead of reading the index again (issue 14: "1" read 408,000 ids twice); or null.
    std::optional<qint64> rows(const QSqlDatabase &db, const CandidateFilter &filter,
                               const PassingChannels *tested = nullptr,
                               const std::shared_ptr<const SearchMatches> &found = {});
    std::optional<qint64> unknownLeftOut(const QSqlDatabase &db, const CandidateFilter &filter);
    // The file changed: read the figures again.
    void forget()
    {
        m_figures.reset();
        m_counted.reset();
    }

private:
    struct Counts
    {
        qint64 rows = 0;
        qint64 unknownLeftOut = 0;
    };
    // Both counts of a filter in one pass over the channels (issue 19: the rows and the rows
    // left out as unknown were a pass each per keystroke); the last filter's are kept while
    // the file is unchanged (ChannelFigures::sameFileAs), for the other count of it.
    std::optional<Counts> count(const QSqlDatabase &db, const CandidateFilter &filter,
                                const std::shared_ptr<const SearchMatches> &found = {});

    struct Counted
    {
        CandidateFilter filter;
        std::shared_ptr<const ChannelFigures> figures;
        Counts counts;
    };

    std::shared_ptr<const ChannelFigures> m_figures;
    std::optional<Counted> m_counted;
};

} // namespace planner
