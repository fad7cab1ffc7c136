#pragma once

#include "storage/candidateorder.h"
#include "storage/passingchannels.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace planner {

struct PreparedFilter;

// The first places of a large file's order that a filter's search and ranges let through,
// found on the filter's worker (FilterPreparer) so that the window's thread reads only the
// rows of the page it shows (issue 19: a range few channels pass walked all 1.33 M channels
// of the order on the window's thread, 115-130 ms of CPU per keystroke). The worker walks
// until it has enough places for the first pages or the order ends; a cursor hands out the
// kept places, then walks on from where the worker stopped (OrderedRowCursor::startWith).
// The ranges are tested once per channel in id order (PassingChannels), and the walk checks
// one bit per place.
class FilteredOrder
{
public:
    // Places kept before the worker stops walking: 16 pages of the table.
    static constexpr qsizetype enough = 4096;

    // The places of order, in the direction descending, whose candidate the prepared search
    // found and whose channel passes the prepared ranges (RangeMatcher), up to keep of
    // them. None when neither the search nor the ranges can be tested in memory, or when
    // cancelled() says so (asked every 65,536 places: a newer filter came).
    static std::optional<FilteredOrder> walk(const CandidateOrder &order, bool descending,
                                             const PreparedFilter &prepared,
                                             const std::function<bool()> &cancelled = {},
                                             qsizetype keep = enough);

    // The kept places, in the order's sequence.
    const std::vector<qsizetype> &places() const { return m_places; }
    // The first place not walked (the order's size when it was walked to its end).
    qsizetype walkedTo() const { return m_walkedTo; }
    // The channels the search and ranges pass, tested for the walk; null without ranges
    // tested in memory. The cursor walking on checks them too.
    const std::shared_ptr<const PassingChannels> &passing() const { return m_passing; }

private:
    std::vector<qsizetype> m_places;
    qsizetype m_walkedTo = 0;
    std::shared_ptr<const PassingChannels> m_passing;
};

} // namespace planner
