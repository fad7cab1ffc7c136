#include "planning/optimizer/optimizercoresearch.h"

#include <algorithm>

namespace planner::optimizer {

CoreSearch::CoreSearch(const std::vector<Item> &items, std::vector<int> subset, qint64 budget,
                       Counts need, qint64 nodeLimit, const OptimizerProgress &progress,
                       double base, double span)
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

void CoreSearch::run()
{
    m_count.fill(0);
    dfs(0, m_budget, 0.0, 1.0);
}

void CoreSearch::storePicks(std::vector<int> *pick) const
{
    for (int d = 0; d < int(m_order.size()); ++d)
        (*pick)[m_order[d]] = m_best[d];
}

void CoreSearch::buildSuffixCosts()
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

bool CoreSearch::minimumsReachable(int depth, qint64 remaining) const
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

bool CoreSearch::minimumsMet() const
{
    for (int k = 0; k < kKindCount; ++k) {
        if (m_count[k] < m_need[k])
            return false;
    }
    return true;
}

double CoreSearch::bound(int depth, qint64 remaining) const
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

void CoreSearch::tick()
{
    if (m_progress && !m_progress(m_base + m_span * std::min(1.0, m_done))) {
        m_cancelled = true;
        m_stop = true;
    }
}

void CoreSearch::dfs(int depth, qint64 remaining, double value, double weight)
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

} // namespace planner::optimizer
