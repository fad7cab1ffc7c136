#pragma once

#include "domain/campaign.h"
#include "domain/candidate.h"
#include "planning/goalscore.h"

#include <QCoreApplication>

namespace planner {

// The line of "Why this rank?" that says what language match does to goal fit: the
// channel's languages against the campaign's targets, and the share the language-mismatch
// weight takes (LanguageMatch::factor).
class LanguageFitLine
{
    Q_DECLARE_TR_FUNCTIONS(LanguageFitLine)

public:
    static QString text(const Campaign &campaign, const Candidate &candidate, Platform platform,
                        const GoalScore &score);
};

} // namespace planner
