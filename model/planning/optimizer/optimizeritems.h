#pragma once

// Internals of BudgetOptimizer shared by its files: the candidates reduced to the plans worth
// considering, the LP relaxation's steps, and the exact search over a few of them. Not a
// public interface: only budgetoptimizer.cpp and its helpers include it.
#include "planning/optimizer/optimizerproblem.h"
#include "planning/optimizer/optimizerprogress.h"

#include <QtGlobal>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace planner::optimizer {

constexpr int kKindCount = 4;
// Beyond the exact limit, this many candidates around the LP break point stay free: the
// others are settled by the relaxation, whose integer gap is at most one candidate's value.
constexpr int kCoreSize = 40;
constexpr qint64 kCoreNodeLimit = 200'000;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

using Counts = std::array<int, kKindCount>;

inline int kindSlot(CandidateKind kind) { return static_cast<int>(kind); }

// Rounding noise in sums of doubles must not make an optimal branch look worse than the best.
inline double tolerance(double value) { return 1e-12 * std::max(1.0, std::abs(value)); }

// A free candidate reduced to the plans worth considering.
struct Item
{
    int option = 0;
    int kind = 0;
    std::vector<int> plans; // original indices; cost ascending, value strictly ascending
    std::vector<qint64> costs;
    std::vector<double> values;
    std::vector<int> hull;  // positions in plans on the LP upper hull seen from "not chosen"
};

// Moving an item one hull point up, the unit the LP relaxation buys.
struct Step
{
    int item = 0;
    int hullPos = 0; // the item sits at hull[hullPos] after the step
    qint64 dc = 0;
    double dv = 0.0;
    double slope = 0.0;
};

// What a solver found for a set of free items.
struct Solution
{
    std::vector<int> pick; // per item index: position in Item::plans, -1 when not chosen
    bool found = false;
    bool complete = false; // the search covered every shortlist, so nothing better exists
    bool cancelled = false;
};

struct Relaxation
{
    double value = 0.0;
    std::vector<int> reached; // per item index: hull position fully bought, -1 none
    int breakStep = 0;
};

// Keeps an option's plans worth considering (cheaper and better than the ones before) and
// their LP hull; false when no plan fits maxCost.
bool buildItem(const OptimizerOption &option, int index, qint64 maxCost, Item *item);
// The hull steps of a set of items, steepest first: what the LP relaxation buys in order.
std::vector<Step> makeSteps(const std::vector<Item> &items, const std::vector<int> &subset);
Relaxation relax(const std::vector<Item> &items, const std::vector<Step> &steps, qint64 budget);
double bestRatio(const Item &item);

} // namespace planner::optimizer
