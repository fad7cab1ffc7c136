#pragma once

#include "planning/optimizer/optimizeritems.h"

namespace planner::optimizer {

// Depth-first branch and bound over a few items, LP bound and kind minimums pruning.
class CoreSearch
{
public:
    CoreSearch(const std::vector<Item> &items, std::vector<int> subset, qint64 budget, Counts need,
               qint64 nodeLimit, const OptimizerProgress &progress, double base, double span);

    void run();

    bool found() const { return m_found; }
    bool complete() const { return !m_stop; }
    bool cancelled() const { return m_cancelled; }

    void storePicks(std::vector<int> *pick) const;

private:
    // For each depth and kind: sums of the cheapest plans still available, to tell early
    // that the kind minimums can no longer be met within what is left of the budget.
    void buildSuffixCosts();
    bool minimumsReachable(int depth, qint64 remaining) const;
    bool minimumsMet() const;
    double bound(int depth, qint64 remaining) const;
    void tick();
    void dfs(int depth, qint64 remaining, double value, double weight);

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
    const OptimizerProgress &m_progress;
    double m_base;
    double m_span;
};

} // namespace planner::optimizer
