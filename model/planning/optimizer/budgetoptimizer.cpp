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
