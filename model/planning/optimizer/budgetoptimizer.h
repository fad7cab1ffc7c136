#pragma once

#include "planning/optimizer/optimizerproblem.h"
#include "planning/optimizer/optimizerprogress.h"
#include "planning/optimizer/optimizerresult.h"

#include <QCoreApplication>
#include <optional>

namespace planner {

namespace optimizer {
struct RunState;
}

// Picks the shortlist whose objective is largest within the budget ("Suggest shortlist").
//
// A multiple-choice knapsack with locks, exclusions, a per-candidate budget share cap and
// minimum counts per kind. Up to exactLimit() free candidates it runs a complete branch and
// bound (exact, provenOptimal). Beyond, it fixes the candidates the LP relaxation settles
// clearly and searches the rest near the LP break point; the result reports the LP upper
// bound, so gap() is a certificate (typically far below 1% for hundreds of candidates).
class BudgetOptimizer
{
    Q_DECLARE_TR_FUNCTIONS(BudgetOptimizer)

public:
    using Progress = OptimizerProgress;

    BudgetOptimizer(QList<OptimizerOption> options, OptimizerConstraints constraints);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Free (not locked, not excluded) candidates up to which the search is complete.
    void setExactLimit(int limit) { m_exactLimit = limit; }
    int exactLimit() const { return m_exactLimit; }
    // Safety net for pathological instances: a search stopping here is not proven optimal.
    void setNodeLimit(qint64 limit) { m_nodeLimit = limit; }

    OptimizerResult run() const;

private:
    // The steps of run(), in order; each returns a result only when the run ends there.
    std::optional<OptimizerResult> checkInput(optimizer::RunState &search) const;
    std::optional<OptimizerResult> takeLocked(optimizer::RunState &search) const;
    void collectItems(optimizer::RunState &search) const;
    std::optional<OptimizerResult> checkMinimums(optimizer::RunState &search) const;
    bool solve(optimizer::RunState &search) const;
    bool repair(optimizer::RunState &search) const;
    OptimizerResult resultOf(const optimizer::RunState &search) const;
    OptimizerResult infeasible(OptimizerProblem problem, const QString &reason) const;

    QList<OptimizerOption> m_options;
    OptimizerConstraints m_constraints;
    Progress m_progress;
    int m_exactLimit = 40;
    qint64 m_nodeLimit = 20'000'000;
};

} // namespace planner
