#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace planner {

// One candidate on the suggested shortlist, with the plan chosen for it.
struct OptimizerChoice
{
    qint64 candidateId = 0;
    int planIndex = 0; // index into the option's plans as given

    bool operator==(const OptimizerChoice &other) const
    {
        return candidateId == other.candidateId && planIndex == other.planIndex;
    }
};

enum class OptimizerStatus { Solved, Infeasible, Cancelled };

// Why no shortlist exists; the UI and CLI may react to each differently.
enum class OptimizerProblem { None, InvalidInput, LockedOverBudget, KindMinimumUnreachable };

// What the optimizer suggests, and how sure it is that nothing better exists.
struct OptimizerResult
{
    OptimizerStatus status = OptimizerStatus::Solved;
    OptimizerProblem problem = OptimizerProblem::None;
    QString reason; // translated, set when infeasible

    QList<OptimizerChoice> chosen; // in the order of the options given
    qint64 totalCost = 0;
    double totalValue = 0.0;
    // No shortlist within the constraints can reach more than this (LP relaxation).
    double upperBound = 0.0;
    bool provenOptimal = false;

    bool isSolved() const { return status == OptimizerStatus::Solved; }
    // Relative distance to the upper bound: 0.004 means "at most 0.4% below the optimum".
    double gap() const
    {
        return upperBound > 0.0 ? qMax(0.0, (upperBound - totalValue) / upperBound) : 0.0;
    }
};

} // namespace planner
