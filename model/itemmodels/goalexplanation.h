#pragma once

#include "domain/campaign.h"
#include "domain/candidate.h"
#include "planning/goalscore.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace planner {

// Says in words why a candidate scores what it does for a campaign: each part of the brief
// (region, niche, kind weight) met or missed and whether it counts for the goal, what the
// candidate brings in the goal's own unit, and the goal fit per million of the currency.
// Shared by the goal-fit tooltip and "Why This Rank?".
class GoalExplanation
{
    Q_DECLARE_TR_FUNCTIONS(GoalExplanation)

public:
    // Goal fit is tiny per đồng or rupiah: it is shown per million units of the currency.
    static constexpr double fitScale = 1000000.0;

    static QStringList briefLines(const Campaign &campaign, const Candidate &candidate,
                                  const GoalScore &score);
    static QString bringsLine(const GoalScore &score);
    static QString fitLine(const GoalScore &score, const QString &currency);
    // What the marketer's brand-fit rating (empty: not rated) does to goal fit: the factor
    // score carries and its share, at weightPerStar (the brand_fit_weight assumption).
    static QString brandLine(std::optional<int> rating, const GoalScore &score, double weightPerStar);
    // Why the goal-fit cell shows no number, or empty when it shows one.
    static QString noFitReason(const GoalScore &score);
    // A goal fit with at least three significant digits and no exponent.
    static QString fitNumber(double value);

private:
    static QString regionLine(const Campaign &campaign, const Candidate &candidate, const GoalScore &score);
    static QString nicheLine(const Campaign &campaign, const Candidate &candidate, const GoalScore &score);
    static QString unitOf(Goal goal, qint64 amount);
};

} // namespace planner
