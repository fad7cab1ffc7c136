#include "budgetoptimizer.h"

#include "displaynames.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace planner {
namespace {

constexpr int kKindCount = 4;
// Beyond the exact limit, this many candidates around the LP break point stay free: the
// others are settled by the relaxation, whose integer gap is at most one candidate's value.
constexpr int kCoreSize = 40;
constexpr qint64 kCoreNodeLimit = 200'000;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

using Counts = std::array<int, kKindCount>;

int kindSlot(CandidateKind kind) { return static_cast<int>(kind); }

// Rounding noise in sums of doubles must not make an optimal branch look worse than the best.
double tolerance(double value) { return 1e-12 * std::max(1.0, std::abs(value)); }

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

bool buildItem(const OptimizerOption &option, int index, qint64 maxCost, Item *item)
{
    std::vector<int> order;
    for (int p = 0; p < option.plans.size(); ++p) {
        if (option.plans.at(p).cost <= maxCost)
            order.push_back(p);
    }
    std::sort(order.begin(), order.end(), [&option](int a, int b) {
        const OptimizerPlan &pa = option.plans.at(a);
        const OptimizerPlan &pb = option.plans.at(b);
        if (pa.cost != pb.cost)
            return pa.cost < pb.cost;
        if (pa.value != pb.value)
            return pa.value > pb.value;
        return a < b;
    });
    item->option = index;
    item->kind = kindSlot(option.kind);
    double best = -kInfinity;
    for (int p : order) {
        // A dearer plan is worth keeping only if it brings more than every cheaper one.
        if (option.plans.at(p).value > best) {
            best = option.plans.at(p).value;
            item->plans.push_back(p);
            item->costs.push_back(option.plans.at(p).cost);
            item->values.push_back(best);
        }
    }
    if (item->plans.empty())
        return false;

    // Upper concave hull from the origin ("not chosen"): the plans an LP would ever use.
    auto x = [item](int h) { return h < 0 ? 0.0 : double(item->costs[h]); };
    auto y = [item](int h) { return h < 0 ? 0.0 : item->values[h]; };
    std::vector<int> points{-1};
    for (int p = 0; p < int(item->plans.size()); ++p) {
        if (item->values[p] <= 0.0)
            continue;
        while (points.size() >= 2) {
            const int a = points[points.size() - 2];
            const int b = points.back();
            if ((y(b) - y(a)) * (x(p) - x(b)) <= (y(p) - y(b)) * (x(b) - x(a)))
                points.pop_back();
            else
                break;
        }
        points.push_back(p);
    }
    item->hull.assign(points.begin() + 1, points.end());
    return true;
}

std::vector<Step> makeSteps(const std::vector<Item> &items, const std::vector<int> &subset)
{
    std::vector<Step> steps;
    for (int i : subset) {
        const Item &item = items[i];
        qint64 cost = 0;
        double value = 0.0;
        for (int h = 0; h < int(item.hull.size()); ++h) {
            const int p = item.hull[h];
            Step step{i, h, item.costs[p] - cost, item.values[p] - value, 0.0};
            step.slope = step.dc == 0 ? kInfinity : step.dv / double(step.dc);
            steps.push_back(step);
            cost = item.costs[p];
            value = item.values[p];
        }
    }
    // Within an item slopes fall strictly, so this order always buys its steps in turn.
    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) {
        if (a.slope != b.slope)
            return a.slope > b.slope;
        if (a.item != b.item)
            return a.item < b.item;
        return a.hullPos < b.hullPos;
    });
    return steps;
}

// The LP relaxation: whole steps by falling slope, then a fraction of the first that does not fit.
struct Relaxation
{
    double value = 0.0;
    std::vector<int> reached; // per item index: hull position fully bought, -1 none
    int breakStep = 0;
};

Relaxation relax(const std::vector<Item> &items, const std::vector<Step> &steps, qint64 budget)
{
    Relaxation lp;
    lp.reached.assign(items.size(), -1);
    lp.breakStep = int(steps.size());
    qint64 remaining = budget;
    for (int s = 0; s < int(steps.size()); ++s) {
        const Step &step = steps[s];
        if (step.dc <= remaining) {
            remaining -= step.dc;
            lp.value += step.dv;
            lp.reached[step.item] = step.hullPos;
        } else {
            lp.value += step.dv * double(remaining) / double(step.dc);
            lp.breakStep = s;
            break;
        }
    }
    return lp;
}

double bestRatio(const Item &item)
{
    if (item.hull.empty())
        return -kInfinity;
    const int p = item.hull.front();
    return item.costs[p] == 0 ? kInfinity : item.values[p] / double(item.costs[p]);
}

// Depth-first branch and bound over a few items, LP bound and kind minimums pruning.
class CoreSearch
{
public:
    CoreSearch(const std::vector<Item> &items, std::vector<int> subset, qint64 budget, Counts need,
               qint64 nodeLimit, const BudgetOptimizer::Progress &progress, double base, double span)
        : m_items(items), m_order(std::move(subset)), m_budget(budget), m_need(need),
          m_nodeLimit(nodeLimit), m_progress(progress), m_base(base), m_span(span)
    {
        // Best value per cost first: the first dives resemble the greedy shortlist.
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&items](int a, int b) { return bestRatio(items[a]) > bestRatio(items[b]); });
        const int n = int(m_order.size());
        std::vector<int> position(items.size(), -1);
        for (int d = 0; d < n; ++d)
            position[m_order[d]] = d;
        m_steps = makeSteps(items, m_order);
        for (Step &step : m_steps)
            step.item = position[step.item];
        m_pick.assign(n, -1);
        m_best.assign(n, -1);
        buildSuffixCosts();
    }

    void run()
    {
        m_count.fill(0);
        dfs(0, m_budget, 0.0, 1.0);
    }

    bool found() const { return m_found; }
    bool complete() const { return !m_stop; }
    bool cancelled() const { return m_cancelled; }

    void storePicks(std::vector<int> *pick) const
    {
        for (int d = 0; d < int(m_order.size()); ++d)
            (*pick)[m_order[d]] = m_best[d];
    }

private:
    // For each depth and kind: sums of the cheapest plans still available, to tell early
    // that the kind minimums can no longer be met within what is left of the budget.
    void buildSuffixCosts()
    {
        m_hasMinimums = std::any_of(m_need.begin(), m_need.end(), [](int n) { return n > 0; });
        if (!m_hasMinimums)
            return;
        const int n = int(m_order.size());
        m_suffix.assign(n + 1, std::array<std::vector<qint64>, kKindCount>{});
        std::array<std::vector<qint64>, kKindCount> cheapest;
        for (int d = n; d >= 0; --d) {
            if (d < n) {
                const Item &item = m_items[m_order[d]];
                auto &list = cheapest[item.kind];
                list.insert(std::upper_bound(list.begin(), list.end(), item.costs.front()),
                            item.costs.front());
            }
            for (int k = 0; k < kKindCount; ++k) {
                const int limit = std::min<int>(m_need[k], int(cheapest[k].size()));
                auto &sums = m_suffix[d][k];
                sums.assign(1, 0);
                for (int r = 0; r < limit; ++r)
                    sums.push_back(sums.back() + cheapest[k][r]);
            }
        }
    }

    bool minimumsReachable(int depth, qint64 remaining) const
    {
        if (!m_hasMinimums)
            return true;
        qint64 needed = 0;
        for (int k = 0; k < kKindCount; ++k) {
            const int missing = m_need[k] - m_count[k];
            if (missing <= 0)
                continue;
            const auto &sums = m_suffix[depth][k];
            if (missing >= int(sums.size()))
                return false;
            needed += sums[missing];
            if (needed > remaining)
                return false;
        }
        return true;
    }

    bool minimumsMet() const
    {
        for (int k = 0; k < kKindCount; ++k) {
            if (m_count[k] < m_need[k])
                return false;
        }
        return true;
    }

    double bound(int depth, qint64 remaining) const
    {
        double value = 0.0;
        for (const Step &step : m_steps) {
            if (step.item < depth)
                continue;
            if (step.dc <= remaining) {
                remaining -= step.dc;
                value += step.dv;
            } else {
                value += step.dv * double(remaining) / double(step.dc);
                break;
            }
        }
        return value;
    }

    void tick()
    {
        if (m_progress && !m_progress(m_base + m_span * std::min(1.0, m_done))) {
            m_cancelled = true;
            m_stop = true;
        }
    }

    void dfs(int depth, qint64 remaining, double value, double weight)
    {
        if (++m_nodes % 1024 == 0)
            tick();
        if (m_nodes > m_nodeLimit)
            m_stop = true;
        if (m_stop)
            return;
        if (!minimumsReachable(depth, remaining)) {
            m_done += weight;
            return;
        }
        // Every node is a shortlist of its own (the rest left out), so keep the best seen.
        if (minimumsMet() && (!m_found || value > m_bestValue)) {
            m_found = true;
            m_bestValue = value;
            std::copy(m_pick.begin(), m_pick.begin() + depth, m_best.begin());
            std::fill(m_best.begin() + depth, m_best.end(), -1);
        }
        const int n = int(m_order.size());
        if (depth == n
            || (m_found && value + bound(depth, remaining) <= m_bestValue + tolerance(m_bestValue))) {
            m_done += weight;
            return;
        }
        const Item &item = m_items[m_order[depth]];
        int children = 1;
        for (qint64 cost : item.costs)
            children += cost <= remaining ? 1 : 0;
        const double share = weight / children;
        // Richest plan first: a good shortlist early lets the bound prune more.
        for (int p = int(item.plans.size()) - 1; p >= 0 && !m_stop; --p) {
            if (item.costs[p] > remaining)
                continue;
            m_pick[depth] = p;
            ++m_count[item.kind];
            dfs(depth + 1, remaining - item.costs[p], value + item.values[p], share);
            --m_count[item.kind];
        }
        m_pick[depth] = -1;
        if (!m_stop)
            dfs(depth + 1, remaining, value, share);
    }

    const std::vector<Item> &m_items;
    std::vector<int> m_order;
    std::vector<Step> m_steps; // item holds the depth of its item in m_order
    qint64 m_budget;
    Counts m_need;
    Counts m_count{};
    bool m_hasMinimums = false;
    std::vector<std::array<std::vector<qint64>, kKindCount>> m_suffix;
    std::vector<int> m_pick;
    std::vector<int> m_best;
    double m_bestValue = 0.0;
    bool m_found = false;
    qint64 m_nodes = 0;
    qint64 m_nodeLimit;
    bool m_stop = false;
    bool m_cancelled = false;
    double m_done = 0.0; // share of the search tree settled, for progress
    const BudgetOptimizer::Progress &m_progress;
    double m_base;
    double m_span;
};

Counts countChosen(const std::vector<Item> &items, const std::vector<int> &subset,
                   const std::vector<int> &pick)
{
    Counts counts{};
    for (int i : subset)
        counts[items[i].kind] += pick[i] >= 0 ? 1 : 0;
    return counts;
}

double valueOf(const std::vector<Item> &items, const std::vector<int> &subset, const std::vector<int> &pick)
{
    double value = 0.0;
    for (int i : subset)
        value += pick[i] >= 0 ? items[i].values[pick[i]] : 0.0;
    return value;
}

bool meets(const Counts &counts, const Counts &need)
{
    for (int k = 0; k < kKindCount; ++k) {
        if (counts[k] < need[k])
            return false;
    }
    return true;
}

// Many items: fix what the LP settles, search the items near its break point, and keep the
// better of that and the greedy rounding. Found is false when the kind minimums defeat it.
Solution solveLarge(const std::vector<Item> &items, const std::vector<int> &subset, qint64 budget,
                    const Counts &need, const BudgetOptimizer::Progress &progress, qint64 nodeLimit)
{
    Solution solution;
    solution.pick.assign(items.size(), -1);
    const std::vector<Step> steps = makeSteps(items, subset);
    const Relaxation lp = relax(items, steps, budget);

    // Greedy rounding: whole steps while they fit; an item whose next step does not fit stays.
    std::vector<int> greedy(items.size(), -1);
    {
        std::vector<char> blocked(items.size(), 0);
        qint64 remaining = budget;
        for (const Step &step : steps) {
            if (blocked[step.item])
                continue;
            if (step.dc <= remaining) {
                remaining -= step.dc;
                greedy[step.item] = items[step.item].hull[step.hullPos];
            } else {
                blocked[step.item] = 1;
            }
        }
    }

    std::vector<char> inCore(items.size(), 0);
    std::vector<int> core;
    auto addToCore = [&](int i) {
        if (!inCore[i]) {
            inCore[i] = 1;
            core.push_back(i);
        }
    };
    for (int lo = lp.breakStep - 1, hi = lp.breakStep;
         int(core.size()) < kCoreSize && (lo >= 0 || hi < int(steps.size()));) {
        if (hi < int(steps.size()))
            addToCore(steps[hi++].item);
        if (lo >= 0 && int(core.size()) < kCoreSize)
            addToCore(steps[lo--].item);
    }
    std::vector<int> fixedPick(items.size(), -1);
    auto fixedCounts = [&]() {
        Counts counts{};
        for (int i : subset) {
            fixedPick[i] = !inCore[i] && lp.reached[i] >= 0 ? items[i].hull[lp.reached[i]] : -1;
            counts[items[i].kind] += fixedPick[i] >= 0 ? 1 : 0;
        }
        return counts;
    };
    // Kinds short of their minimum get their cheapest unchosen candidates into the core.
    Counts fixedCount = fixedCounts();
    for (int k = 0; k < kKindCount; ++k) {
        if (fixedCount[k] >= need[k])
            continue;
        std::vector<int> spare;
        for (int i : subset) {
            if (items[i].kind == k && !inCore[i] && fixedPick[i] < 0)
                spare.push_back(i);
        }
        const int wanted = std::min<int>(int(spare.size()), need[k] - fixedCount[k] + 2);
        std::partial_sort(spare.begin(), spare.begin() + wanted, spare.end(), [&items](int a, int b) {
            return items[a].costs.front() < items[b].costs.front();
        });
        for (int s = 0; s < wanted; ++s)
            addToCore(spare[s]);
    }
    fixedCount = fixedCounts();
    qint64 coreBudget = budget;
    for (int i : subset)
        coreBudget -= fixedPick[i] >= 0 ? items[i].costs[fixedPick[i]] : 0;
    Counts coreNeed{};
    for (int k = 0; k < kKindCount; ++k)
        coreNeed[k] = std::max(0, need[k] - fixedCount[k]);

    if (progress && !progress(0.1)) {
        solution.cancelled = true;
        return solution;
    }
    CoreSearch search(items, core, coreBudget, coreNeed, std::min(nodeLimit, kCoreNodeLimit), progress,
                      0.1, 0.8);
    search.run();
    if (search.cancelled()) {
        solution.cancelled = true;
        return solution;
    }
    if (search.found()) {
        solution.found = true;
        solution.pick = fixedPick;
        search.storePicks(&solution.pick);
    }
    if (meets(countChosen(items, subset, greedy), need)
        && (!solution.found || valueOf(items, subset, greedy) > valueOf(items, subset, solution.pick))) {
        solution.found = true;
        solution.pick = greedy;
    }
    return solution;
}

} // namespace

BudgetOptimizer::BudgetOptimizer(QList<OptimizerOption> options, OptimizerConstraints constraints)
    : m_options(std::move(options)), m_constraints(std::move(constraints))
{
}

OptimizerResult BudgetOptimizer::infeasible(OptimizerProblem problem, const QString &reason) const
{
    OptimizerResult result;
    result.status = OptimizerStatus::Infeasible;
    result.problem = problem;
    result.reason = reason;
    return result;
}

OptimizerResult BudgetOptimizer::run() const
{
    OptimizerResult cancelled;
    cancelled.status = OptimizerStatus::Cancelled;
    const OptimizerConstraints &limits = m_constraints;
    if (limits.budget < 0)
        return infeasible(OptimizerProblem::InvalidInput, tr("The budget is negative."));
    if (limits.maxShare && !(std::isfinite(*limits.maxShare) && *limits.maxShare > 0.0))
        return infeasible(OptimizerProblem::InvalidInput,
                          tr("The largest share of the budget per candidate must be above zero."));
    Counts minimum{};
    for (auto it = limits.minimumPerKind.cbegin(); it != limits.minimumPerKind.cend(); ++it) {
        if (it.value() < 0)
            return infeasible(OptimizerProblem::InvalidInput, tr("A minimum count is negative."));
        minimum[kindSlot(it.key())] = it.value();
    }
    for (const OptimizerOption &option : m_options) {
        for (const OptimizerPlan &plan : option.plans) {
            if (plan.cost < 0 || !std::isfinite(plan.value))
                return infeasible(OptimizerProblem::InvalidInput,
                                  tr("Candidate %1 has a plan with a negative cost or no value.")
                                      .arg(option.candidateId));
        }
        if (option.locked && option.excluded)
            return infeasible(OptimizerProblem::InvalidInput,
                              tr("Candidate %1 is both locked and excluded.").arg(option.candidateId));
        if (option.locked && (option.lockedPlan < 0 || option.lockedPlan >= option.plans.size()))
            return infeasible(OptimizerProblem::InvalidInput,
                              tr("Candidate %1 is locked to a plan it does not have.").arg(option.candidateId));
    }
    if (m_progress && !m_progress(0.0))
        return cancelled;

    // Locked candidates are the marketer's decision: kept even above the share cap.
    qint64 lockedCost = 0;
    Counts need = minimum;
    for (const OptimizerOption &option : m_options) {
        if (!option.locked)
            continue;
        lockedCost += option.plans.at(option.lockedPlan).cost;
        --need[kindSlot(option.kind)];
        if (lockedCost > limits.budget)
            return infeasible(OptimizerProblem::LockedOverBudget,
                              tr("The locked candidates cost more than the budget."));
    }
    for (int &n : need)
        n = std::max(0, n);
    const qint64 remaining = limits.budget - lockedCost;

    qint64 maxCost = remaining;
    if (limits.maxShare) {
        // A hair of slack so that 30% of 1,000 is 300 even though 0.3 is not exact in binary.
        const long double cap = static_cast<long double>(*limits.maxShare) * limits.budget * (1.0L + 1e-12L);
        if (cap < static_cast<long double>(maxCost))
            maxCost = static_cast<qint64>(std::floor(cap));
    }
    std::vector<Item> items;
    std::vector<int> subset;
    for (int o = 0; o < m_options.size(); ++o) {
        const OptimizerOption &option = m_options.at(o);
        Item item;
        if (!option.locked && !option.excluded && buildItem(option, o, maxCost, &item)) {
            subset.push_back(int(items.size()));
            items.push_back(std::move(item));
        }
    }

    // Kinds partition the candidates, so the cheapest way to meet every minimum is the
    // cheapest candidates of each kind: this decides feasibility exactly.
    qint64 cheapestTotal = 0;
    std::array<std::vector<int>, kKindCount> cheapest;
    for (int k = 0; k < kKindCount; ++k) {
        if (need[k] == 0)
            continue;
        for (int i : subset) {
            if (items[i].kind == k)
                cheapest[k].push_back(i);
        }
        const CandidateKind kind = allKinds().at(k);
        if (int(cheapest[k].size()) < need[k])
            return infeasible(OptimizerProblem::KindMinimumUnreachable,
                              tr("Not enough %1 can be chosen to reach the minimum of %2.")
                                  .arg(DisplayNames::kindPlural(kind))
                                  .arg(QLocale().toString(minimum[k])));
        std::partial_sort(cheapest[k].begin(), cheapest[k].begin() + need[k], cheapest[k].end(),
                          [&items](int a, int b) { return items[a].costs.front() < items[b].costs.front(); });
        cheapest[k].resize(need[k]);
        for (int i : cheapest[k])
            cheapestTotal += items[i].costs.front();
        if (cheapestTotal > remaining)
            return infeasible(OptimizerProblem::KindMinimumUnreachable,
                              tr("The budget left after the locked candidates cannot pay for the "
                                 "minimum counts per kind."));
    }

    Solution solution;
    if (int(subset.size()) <= m_exactLimit) {
        solution.pick.assign(items.size(), -1);
        CoreSearch search(items, subset, remaining, need, m_nodeLimit, m_progress, 0.0, 1.0);
        search.run();
        solution.cancelled = search.cancelled();
        solution.found = search.found();
        solution.complete = search.complete();
        if (solution.found)
            search.storePicks(&solution.pick);
    } else {
        solution = solveLarge(items, subset, remaining, need, m_progress, m_nodeLimit);
    }
    if (solution.cancelled)
        return cancelled;
    if (!solution.found) {
        // Repair: the cheapest candidates of each short kind are taken first, then the rest
        // of the budget is planned freely. Feasible by the check above, but no longer exact.
        std::vector<char> forced(items.size(), 0);
        qint64 rest = remaining;
        for (const auto &list : cheapest) {
            for (int i : list) {
                forced[i] = 1;
                rest -= items[i].costs.front();
            }
        }
        std::vector<int> others;
        for (int i : subset) {
            if (!forced[i])
                others.push_back(i);
        }
        solution = solveLarge(items, others, rest, Counts{}, m_progress, m_nodeLimit);
        if (solution.cancelled)
            return cancelled;
        for (int i : subset)
            solution.pick[i] = forced[i] ? 0 : solution.pick[i];
        solution.complete = false;
    }

    std::vector<int> planOf(m_options.size(), -1);
    for (int o = 0; o < m_options.size(); ++o)
        planOf[o] = m_options.at(o).locked ? m_options.at(o).lockedPlan : -1;
    for (int i : subset)
        planOf[items[i].option] = solution.pick[i] >= 0 ? items[i].plans[solution.pick[i]] : -1;

    OptimizerResult result;
    double lockedValue = 0.0;
    for (int o = 0; o < m_options.size(); ++o) {
        if (planOf[o] < 0)
            continue;
        const OptimizerPlan &plan = m_options.at(o).plans.at(planOf[o]);
        result.chosen.append({m_options.at(o).candidateId, planOf[o]});
        result.totalCost += plan.cost;
        result.totalValue += plan.value;
        lockedValue += m_options.at(o).locked ? plan.value : 0.0;
    }
    const double lpBound = lockedValue + relax(items, makeSteps(items, subset), remaining).value;
    result.provenOptimal = solution.complete
        || lpBound - result.totalValue <= tolerance(result.totalValue) * 1e3;
    result.upperBound = result.provenOptimal ? result.totalValue : std::max(lpBound, result.totalValue);
    if (m_progress && !m_progress(1.0))
        return cancelled;
    return result;
}

} // namespace planner
