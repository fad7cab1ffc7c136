#pragma once

#include "domain/brandfit.h"
#include "domain/campaign.h"
#include "domain/candidate.h"
#include "domain/shortlistentry.h"
#include "planning/goalscore.h"

#include "menuactions.h"

#include <optional>

class QAction;
class QWidget;

namespace planner {

class AssumptionStore;
class CampaignFile;
class CampaignPanel;
class CandidatePanel;
class ExchangeRateStore;

// The Campaign menu's actions that join the candidate list to the open campaign: put the
// selected candidate on the shortlist, say why a candidate ranks where it does, suggest
// the best shortlist for the budget, compare the two goals, and edit the assumptions.
class CampaignActions : public MenuActions
{
    Q_OBJECT

public:
    CampaignActions(CandidatePanel *candidates, CampaignPanel *campaign, QWidget *window);

    void setStores(AssumptionStore *assumptions, ExchangeRateStore *rates);
    // The open file, whose completed campaigns' results the Assumptions dialog suggests from.
    void setHistory(const CampaignFile *file);

    QAction *addToShortlistAction() const { return m_addToShortlist; }
    QAction *whyAction() const { return m_why; }
    QAction *suggestAction() const { return m_suggest; }
    QAction *compareAction() const { return m_compare; }
    QAction *compareCandidatesAction() const { return m_compareCandidates; }
    // Compare Candidates on the selected rows: the window it opened, or null when the
    // action does not apply.
    QWidget *compareCandidates();
    QAction *assumptionsAction() const { return m_assumptions; }
    // The Assumptions dialog of the open file (not shown; read only for a viewer), or null.
    class AssumptionsDialog *createAssumptionsDialog() const;
    QAction *brandFitAction() const { return m_brandFit; }

    // The text "why" shows for the current shortlist row (when the marketer last moved
    // there) or candidate row, or empty without a campaign.
    QString whyText() const;

    void updateEnabled();
    // Why Compare Candidates is off (no campaign, too few or too many rows), or empty.
    QString compareCandidatesBlocked() const;
    // The marketer moved in the candidate list: "why" speaks of its current row again.
    void candidateChosen();

signals:
    // A brand fit was saved: goal fit changes.
    void brandFitChanged();

private:
    void retranslate() override;
    // Who "why" explains: a candidate row (one deliverable in its natural format) or a
    // shortlist entry as booked.
    struct WhySubject
    {
        Campaign campaign;
        Candidate candidate;
        Platform platform = Platform::Instagram;
        std::optional<ShortlistEntry> entry;
        GoalScore score;
        std::optional<int> brandRating;
    };
    // The open campaign's brand fit of a candidate, as stored.
    std::optional<BrandFit> storedBrandFit(qint64 campaignId, qint64 candidateId) const;
    double brandWeight() const;
    void editBrandFit();
    QString brandLine(const WhySubject &subject) const;
    std::optional<WhySubject> whySubject() const;
    void addCurrentToShortlist();
    void showWhy();
    void showAssumptions();
    void suggest();
    void compareGoals();

    CandidatePanel *m_candidates;
    CampaignPanel *m_campaign;
    AssumptionStore *m_assumptionStore = nullptr;
    const CampaignFile *m_history = nullptr; // its completed campaigns teach the assumptions
    ExchangeRateStore *m_rateStore = nullptr;
    QAction *m_addToShortlist;
    QAction *m_why;
    QAction *m_suggest;
    QAction *m_compare;
    QAction *m_compareCandidates;
    QAction *m_assumptions;
    QAction *m_brandFit;
    bool m_fromShortlist = false;
};

} // namespace planner
