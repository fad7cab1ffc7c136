#include "planning/optimizer/budgetoptimizer.h"

#include "text/displaynames.h"
#include "planning/optimizer/optimizercoresearch.h"
#include "planning/optimizer/optimizeritems.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace planner {
using namespace optimizer;

namespace {

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

// Greedy rounding of the LP: whole steps while they fit; an item whose next step does not
// fit stays where it is.
std::vector<int> greedyPicks(const std::vector<Item> &items, const std::vector<Step> &steps,
                             qint64 budget)
{
    std::vector<int> greedy(items.size(), -1);
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
    return greedy;
}

// The items the search keeps free: those around the LP break point, then for each kind
// short of its minimum its cheapest unchosen candidates. fixedPick gets the LP's choice
// for every other item.
struct Core
{
    std::vector<int> items;
    std::vector<int> fixedPick;
    qint64 budget = 0;
    Counts need{};
};

Core chooseCore(const std::vector<Item> &items, const std::vector<int> &subset,
                const std::vector<Step> &steps, const Relaxation &lp, qint64 budget,
                const Counts &need)
{
    Core core;
    std::vector<char> inCore(items.size(), 0);
    auto addToCore = [&](int i) {
        if (!inCore[i]) {
            inCore[i] = 1;
            core.items.push_back(i);
        }
    };
    for (int lo = lp.breakStep - 1, hi = lp.breakStep;
         int(core.items.size()) < kCoreSize && (lo >= 0 || hi < int(steps.size()));) {
        if (hi < int(steps.size()))
            addToCore(steps[hi++].item);
        if (lo >= 0 && int(core.items.size()) < kCoreSize)
            addToCore(steps[lo--].item);
    }
    core.fixedPick.assign(items.size(), -1);
    auto fixedCounts = [&]() {
        Counts counts{};
        for (int i : subset) {
            core.fixedPick[i] = !inCore[i] && lp.reached[i] >= 0 ? items[i].hull[lp.reached[i]] : -1;
            counts[items[i].kind] += core.fixedPick[i] >= 0 ? 1 : 0;
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
            if (items[i].kind == k && !inCore[i] && core.fixedPick[i] < 0)
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
    core.budget = budget;
    for (int i : subset)
        core.budget -= core.fixedPick[i] >= 0 ? items[i].costs[core.fixedPick[i]] : 0;
    for (int k = 0; k < kKindCount; ++k)
        core.need[k] = std::max(0, need[k] - fixedCount[k]);
    return core;
}

// Many items: fix what the LP settles, search the items near its break point, and keep the
// better of that and the greedy rounding. Found is false when the kind minimums defeat it.
Solution solveLarge(const std::vector<Item> &items, const std::vector<int> &subset, qint64 budget,
                    const Counts &need, const OptimizerProgress &progress, qint64 nodeLimit)
{
    Solution solution;
    solution.pick.assign(items.size(), -1);
    const std::vector<Step> steps = makeSteps(items, subset);
    const Relaxation lp = relax(items, steps, budget);
    const std::vector<int> greedy = greedyPicks(items, steps, budget);
    const Core core = chooseCore(items, subset, steps, lp, budget, need);

    if (progress && !progress(0.1)) {
        solution.cancelled = true;
        return solution;
    }
    CoreSearch search(items, core.items, core.budget, core.need, std::min(nodeLimit, kCoreNodeLimit),
                      progress, 0.1, 0.8);
    search.run();
    if (search.cancelled()) {
        solution.cancelled = true;
        return solution;
    }
    if (search.found()) {
        solution.found = true;
        solution.pick = core.fixedPick;
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

namespace optimizer {

// What run() has worked out so far, handed from one step to the next.
struct RunState
{
    Counts minimum{};     // the minimum count per kind asked for
    Counts need{};        // what the free candidates must still add after the locked ones
    qint64 remaining = 0; // the budget left after the locked candidates
    std::vector<Item> items; // the free candidates with a plan under the share cap
    std::vector<int> subset; // every index of items
    // The cheapest free candidates of each kind short of its minimum: the feasibility proof.
    std::array<std::vector<int>, kKindCount> cheapest;
    Solution solution;
};

} // namespace optimizer

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
    RunState state;
    if (auto ended = checkInput(state))
        return *ended;
    if (m_progress && !m_progress(0.0))
        return cancelled;
    if (auto ended = takeLocked(state))
        return *ended;
    collectItems(state);
    if (auto ended = checkMinimums(state))
        return *ended;
    if (!solve(state) || (!state.solution.found && !repair(state)))
        return cancelled;
    const OptimizerResult result = resultOf(state);
    if (m_progress && !m_progress(1.0))
        return cancelled;
    return result;
}

// Refuses constraints and plans no shortlist can be made of; fills the minimum per kind.
std::optional<OptimizerResult> BudgetOptimizer::checkInput(RunState &state) const
{
    const OptimizerConstraints &limits = m_constraints;
    if (limits.budget < 0)
        return infeasible(OptimizerProblem::InvalidInput, tr("The budget is negative."));
    if (limits.maxShare && !(std::isfinite(*limits.maxShare) && *limits.maxShare > 0.0))
        return infeasible(OptimizerProblem::InvalidInput,
                          tr("The largest share of the budget per candidate must be above zero."));
    for (auto it = limits.minimumPerKind.cbegin(); it != limits.minimumPerKind.cend(); ++it) {
        if (it.value() < 0)
            return infeasible(OptimizerProblem::InvalidInput, tr("A minimum count is negative."));
        state.minimum[kindSlot(it.key())] = it.value();
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
    return std::nullopt;
}

// Locked candidates are the marketer's decision: kept even above the share cap. Their cost
// comes off the budget and they count towards the minimums.
std::optional<OptimizerResult> BudgetOptimizer::takeLocked(RunState &state) const
{
    qint64 lockedCost = 0;
    state.need = state.minimum;
    for (const OptimizerOption &option : m_options) {
        if (!option.locked)
            continue;
        lockedCost += option.plans.at(option.lockedPlan).cost;
        --state.need[kindSlot(option.kind)];
        if (lockedCost > m_constraints.budget)
            return infeasible(OptimizerProblem::LockedOverBudget,
                              tr("The locked candidates cost more than the budget."));
    }
    for (int &n : state.need)
        n = std::max(0, n);
    state.remaining = m_constraints.budget - lockedCost;
    return std::nullopt;
}

// The free candidates, each with the plans worth considering under the share cap.
void BudgetOptimizer::collectItems(RunState &state) const
{
    qint64 maxCost = state.remaining;
    if (m_constraints.maxShare) {
        // A hair of slack so that 30% of 1,000 is 300 even though 0.3 is not exact in binary.
        const long double cap = static_cast<long double>(*m_constraints.maxShare)
            * m_constraints.budget * (1.0L + 1e-12L);
        if (cap < static_cast<long double>(maxCost))
            maxCost = static_cast<qint64>(std::floor(cap));
    }
    for (int o = 0; o < m_options.size(); ++o) {
        const OptimizerOption &option = m_options.at(o);
        Item item;
        if (!option.locked && !option.excluded && buildItem(option, o, maxCost, &item)) {
            state.subset.push_back(int(state.items.size()));
            state.items.push_back(std::move(item));
        }
    }
}

// Kinds partition the candidates, so the cheapest way to meet every minimum is the
// cheapest candidates of each kind: this decides feasibility exactly.
std::optional<OptimizerResult> BudgetOptimizer::checkMinimums(RunState &state) const
{
    const std::vector<Item> &items = state.items;
    qint64 cheapestTotal = 0;
    for (int k = 0; k < kKindCount; ++k) {
        const int need = state.need[k];
        if (need == 0)
            continue;
        std::vector<int> &cheapest = state.cheapest[k];
        for (int i : state.subset) {
            if (items[i].kind == k)
                cheapest.push_back(i);
        }
        const CandidateKind kind = allKinds().at(k);
        if (int(cheapest.size()) < need)
            return infeasible(OptimizerProblem::KindMinimumUnreachable,
                              tr("Not enough %1 can be chosen to reach the minimum of %2.")
                                  .arg(DisplayNames::kindPlural(kind))
                                  .arg(QLocale().toString(state.minimum[k])));
        std::partial_sort(cheapest.begin(), cheapest.begin() + need, cheapest.end(),
                          [&items](int a, int b) { return items[a].costs.front() < items[b].costs.front(); });
        cheapest.resize(need);
        for (int i : cheapest)
            cheapestTotal += items[i].costs.front();
        if (cheapestTotal > state.remaining)
            return infeasible(OptimizerProblem::KindMinimumUnreachable,
                              tr("The budget left after the locked candidates cannot pay for the "
                                 "minimum counts per kind."));
    }
    return std::nullopt;
}

// A complete search up to the exact limit, the LP-guided one beyond; false when cancelled.
bool BudgetOptimizer::solve(RunState &state) const
{
    Solution &solution = state.solution;
    if (int(state.subset.size()) <= m_exactLimit) {
        solution.pick.assign(state.items.size(), -1);
        CoreSearch search(state.items, state.subset, state.remaining, state.need, m_nodeLimit,
                          m_progress, 0.0, 1.0);
        search.run();
        solution.cancelled = search.cancelled();
        solution.found = search.found();
        solution.complete = search.complete();
        if (solution.found)
            search.storePicks(&solution.pick);
    } else {
        solution = solveLarge(state.items, state.subset, state.remaining, state.need, m_progress,
                              m_nodeLimit);
    }
    return !solution.cancelled;
}

// When the search found nothing: the cheapest candidates of each short kind are taken
// first, then the rest of the budget is planned freely. Feasible by checkMinimums, but no
// longer exact. False when cancelled.
bool BudgetOptimizer::repair(RunState &state) const
{
    const std::vector<Item> &items = state.items;
    std::vector<char> forced(items.size(), 0);
    qint64 rest = state.remaining;
    for (const auto &list : state.cheapest) {
        for (int i : list) {
            forced[i] = 1;
            rest -= items[i].costs.front();
        }
    }
    std::vector<int> others;
    for (int i : state.subset) {
        if (!forced[i])
            others.push_back(i);
    }
    Solution &solution = state.solution;
    solution = solveLarge(items, others, rest, Counts{}, m_progress, m_nodeLimit);
    if (solution.cancelled)
        return false;
    for (int i : state.subset)
        solution.pick[i] = forced[i] ? 0 : solution.pick[i];
    solution.complete = false;
    return true;
}

// The chosen plans with their totals, and how far from the LP bound they may be.
OptimizerResult BudgetOptimizer::resultOf(const RunState &state) const
{
    const std::vector<Item> &items = state.items;
    std::vector<int> planOf(m_options.size(), -1);
    for (int o = 0; o < m_options.size(); ++o)
        planOf[o] = m_options.at(o).locked ? m_options.at(o).lockedPlan : -1;
    for (int i : state.subset)
        planOf[items[i].option] = state.solution.pick[i] >= 0 ? items[i].plans[state.solution.pick[i]] : -1;

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
    const double lpBound = lockedValue + relax(items, makeSteps(items, state.subset), state.remaining).value;
    result.provenOptimal = state.solution.complete
        || lpBound - result.totalValue <= tolerance(result.totalValue) * 1e3;
    result.upperBound = result.provenOptimal ? result.totalValue : std::max(lpBound, result.totalValue);
    return result;
}

} // namespace planner
