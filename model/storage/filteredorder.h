#pragma once

#include "storage/candidateorder.h"

#include <functional>
#include <optional>

namespace planner {

struct PreparedFilter;

// The channels of a large file's order that a filter's search and ranges let through, found
// on the filter's worker (FilterPreparer) so that the window's thread reads only the rows of
// the page it shows (issue 19: a range few channels pass walked all 1.33 M channels of the
// order on the window's thread, 115-130 ms of CPU per keystroke).
class FilteredOrder
{
public:
    // The places of order, in the direction descending, whose candidate the prepared search
    // found and whose channel passes the prepared ranges (RangeMatcher), as an order to walk
    // ascending (CandidateOrder::subset). None when neither the search nor the ranges can be
    // tested in memory, or when cancelled() says so (asked every 65,536 places: a newer
    // filter came).
    static std::optional<CandidateOrder> walk(const CandidateOrder &order, bool descending,
                                              const PreparedFilter &prepared,
                                              const std::function<bool()> &cancelled = {});
};

} // namespace planner
