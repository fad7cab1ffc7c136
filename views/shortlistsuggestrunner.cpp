#include "shortlistsuggestrunner.h"

#include "backgroundwork.h"
#include "campaignpanel.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "commands/shortlistcommands.h"
#include "planning/planninginput.h"
#include "planning/shortlistsuggester.h"
#include "itemmodels/shortlisttablemodel.h"
#include "suggestoptionsdialog.h"

#include <QMessageBox>
#include <QUndoStack>
#include <atomic>

namespace planner {

SuggestOptions ShortlistSuggestRunner::s_lastOptions{0.4, {}};

ShortlistSuggestRunner::ShortlistSuggestRunner(CampaignPanel *panel, QWidget *window)
    : QObject(window)
    , m_panel(panel)
    , m_window(window)
{
}

std::optional<SuggestOptions> ShortlistSuggestRunner::askOptions(const QString &title)
{
    SuggestOptionsDialog dialog(m_window);
    dialog.setWindowTitle(title);
    dialog.setMaxShare(s_lastOptions.maxShare);
    dialog.setMinimumBrandFit(s_lastOptions.minimumBrandFit);
    for (auto it = s_lastOptions.minimumPerKind.cbegin(); it != s_lastOptions.minimumPerKind.cend(); ++it)
        dialog.setMinimum(it.key(), it.value());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    s_lastOptions = SuggestOptions{dialog.maxShare(), dialog.minimumPerKind(), dialog.minimumBrandFit()};
    return s_lastOptions;
}

void ShortlistSuggestRunner::suggest()
{
    if (const auto options = askOptions(tr("Suggest shortlist"))) {
        const auto campaign = m_panel->currentCampaign();
        if (const auto plans = plan({campaign->goal}, *options))
            showPlans(*plans);
    }
}

void ShortlistSuggestRunner::compareGoals()
{
    if (const auto options = askOptions(tr("Compare goals"))) {
        if (const auto plans = plan({Goal::Awareness, Goal::NicheTrust}, *options)) {
            m_panel->setComparison(*plans, m_candidates);
            showPlans(*plans);
        }
    }
}

std::optional<QList<PlanSummary>> ShortlistSuggestRunner::plan(const QList<Goal> &goals,
                                                                const SuggestOptions &options)
{
    const auto campaign = m_panel->currentCampaign();
    if (!campaign || !m_panel->projection() || goals.isEmpty())
        return std::nullopt;
    // A copy: the panel's model may reload while the worker runs.
    const Projection projection = *m_panel->projection();
    Error error;
    std::optional<ShortlistRequest> read = PlanningInput::shortlistRequest(*m_panel->file(), *campaign, &error);
    if (!read) {
        QMessageBox::warning(m_window, tr("Suggest shortlist"), error.text());
        return std::nullopt;
    }
    ShortlistRequest request = *read;
    request.maxShare = options.maxShare;
    request.minimumPerKind = options.minimumPerKind;
    request.minimumBrandFit = options.minimumBrandFit;
    m_candidates.clear();
    for (const Candidate &candidate : std::as_const(request.candidates))
        m_candidates.insert(candidate.id, candidate);

    std::atomic<bool> cancelled{false};
    QList<ShortlistSuggestion> suggestions;
    const int steps = int(goals.size());
    BackgroundWork::run(m_window, tr("Suggest shortlist"), tr("Weighing every candidate against the budget…"),
                        [&](BackgroundWork::Done &done) {
                            for (int i = 0; i < steps && !cancelled; ++i) {
                                ShortlistSuggester suggester(projection);
                                suggester.setProgress([&, i](double fraction) {
                                    done = int(1000.0 * (i + fraction) / steps);
                                    return !cancelled.load();
                                });
                                ShortlistRequest one = request;
                                one.goal = goals.at(i);
                                suggestions << suggester.suggest(one);
                            }
                        },
                        [&] { cancelled = true; });
    if (cancelled || suggestions.size() != steps)
        return std::nullopt; // nothing was changed

    QList<PlanSummary> plans;
    for (const ShortlistSuggestion &suggestion : std::as_const(suggestions)) {
        PlanSummary plan;
        plan.goal = suggestion.goal;
        plan.entries = suggestion.entries;
        plan.figures = projection.projectEntries(*campaign, plan.entries, m_candidates);
        plan.totals = suggestion.totals;
        plan.objective = suggestion.result.totalValue;
        plan.provenOptimal = suggestion.result.provenOptimal;
        plan.gap = suggestion.result.gap();
        plan.problem = suggestion.isSolved() ? QString() : suggestion.reason;
        plans << plan;
    }
    return plans;
}

void ShortlistSuggestRunner::showPlans(const QList<PlanSummary> &plans)
{
    const auto campaign = m_panel->currentCampaign();
    PlanDialog dialog(*campaign, plans, m_candidates, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenPlan() >= 0)
        apply(plans.at(dialog.chosenPlan()));
}

bool ShortlistSuggestRunner::apply(const PlanSummary &plan)
{
    const auto campaign = m_panel->currentCampaign();
    if (!campaign || !plan.problem.isEmpty())
        return false;
    return m_panel->pushCommand(new ReplaceShortlistCommand(m_panel->campaignStore(), *campaign,
                                                            m_panel->model()->entries(), plan.entries,
                                                            m_panel->errorSink()));
}

} // namespace planner
