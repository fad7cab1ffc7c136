#pragma once

#include <functional>

namespace planner {

// Called now and then by the optimizer with the share of work done (0 to 1); returning
// false cancels the run.
using OptimizerProgress = std::function<bool(double fraction)>;

} // namespace planner
