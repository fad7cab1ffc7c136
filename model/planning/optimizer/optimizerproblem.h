#pragma once

#include "domain/candidatekind.h"

#include <QList>
#include <QMap>
#include <QtGlobal>
#include <optional>

namespace planner {

// One way to book a candidate (a deliverable mix), priced and scored by the caller.
struct OptimizerPlan
{
    qint64 cost = 0;    // minor units of the campaign currency, already converted
    double value = 0.0; // the goal's objective (authentic reach, authentic engagements, ...)
};

// A candidate the optimizer may put on the shortlist with at most one of its plans.
struct OptimizerOption
{
    qint64 candidateId = 0;
    CandidateKind kind = CandidateKind::Creator;
    QList<OptimizerPlan> plans;
    bool locked = false;  // the marketer keeps it whatever it costs, with lockedPlan
    int lockedPlan = 0;   // index into plans, used only when locked
    bool excluded = false; // the marketer ruled it out
};

// The limits every suggested shortlist must keep.
struct OptimizerConstraints
{
    qint64 budget = 0; // minor units of the campaign currency
    // Largest share of the budget one unlocked candidate's plan may take (0.3 = 30%).
    // Locked candidates are exempt: the marketer already decided to pay them.
    std::optional<double> maxShare;
    // At least this many chosen candidates of a kind; locked ones count.
    QMap<CandidateKind, int> minimumPerKind;
};

} // namespace planner
