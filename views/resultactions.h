#pragma once

#include "menuactions.h"

class QAction;
class QUndoStack;
class QWidget;

namespace planner {

class CampaignPanel;
class ResultsDialog;

// After the campaign, in the Campaign menu: Results… (what each delivered piece really did,
// typed or imported, and whether the campaign is completed) and How Good Are Our
// Projections?… (projected against actual over every completed campaign).
class ResultActions : public MenuActions
{
    Q_OBJECT

public:
    // Follows the campaign panel's campaign and the window's language by itself.
    ResultActions(CampaignPanel *campaign, QUndoStack *undo, QWidget *window);

    QAction *resultsAction() const { return m_results; }
    QAction *qualityAction() const { return m_quality; }
    void updateEnabled();
    // The results editor of the open campaign (not shown); null without a campaign.
    ResultsDialog *createResultsDialog() const;
    // The projection-quality chart of the open file in a window of its own (not shown).
    QWidget *createQualityWindow() const;

private:
    void retranslate() override;
    void showResults();
    void showQuality();

    CampaignPanel *m_campaign;
    QUndoStack *m_undo;
    QAction *m_results;
    QAction *m_quality;
};

} // namespace planner
