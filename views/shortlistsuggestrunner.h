#pragma once

#include "domain/candidate.h"
#include "domain/candidatekind.h"
#include "domain/goal.h"
#include "plandialog.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <functional>
#include <optional>

class QWidget;

namespace planner {

class CampaignPanel;

// What the marketer asked the suggestion to respect besides the budget.
struct SuggestOptions
{
    std::optional<double> maxShare;
    QMap<CandidateKind, int> minimumPerKind;
    std::optional<int> minimumBrandFit;
};

// Runs "Suggest shortlist" and "Compare goals" for the open campaign: asks for the options,
// computes the plans off the window's thread with progress and cancel, shows them, and puts
// the chosen plan on the shortlist as one undoable step.
class ShortlistSuggestRunner : public QObject
{
    Q_OBJECT

public:
    ShortlistSuggestRunner(CampaignPanel *panel, QWidget *window);

    void suggest();
    void compareGoals();

    // The plans for the given goals, computed with a progress dialog; empty when cancelled.
    std::optional<QList<PlanSummary>> plan(const QList<Goal> &goals, const SuggestOptions &options);
    // Replaces the unlocked entries of the open campaign with the plan's; undoable.
    bool apply(const PlanSummary &plan);
    // The candidates the last plan() read, by id.
    const QHash<qint64, Candidate> &candidates() const { return m_candidates; }

private:
    std::optional<SuggestOptions> askOptions(const QString &title);
    void showPlans(const QList<PlanSummary> &plans);

    CampaignPanel *m_panel;
    QWidget *m_window;
    QHash<qint64, Candidate> m_candidates;
    static SuggestOptions s_lastOptions;
};

} // namespace planner
