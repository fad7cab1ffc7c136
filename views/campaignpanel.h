#pragma once

#include "domain/campaign.h"
#include "commands/candidatecommands.h"
#include "conflictnotice.h"
#include "plandialog.h"
#include "domain/shortlistentry.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QTableView;
class QToolButton;
class QUndoCommand;
class QUndoStack;

namespace planner {

class AssumptionStore;
class CampaignFile;
class CampaignStore;
class CandidateStore;
class ExchangeRateStore;
class Projection;
class ShortlistTableModel;

// The open campaign: a chooser of the file's campaigns, the campaign's shortlist with its
// projected figures, and the totals against the budget. Every change goes through the
// window's undo stack.
class CampaignPanel : public QWidget
{
    Q_OBJECT

public:
    CampaignPanel(QUndoStack *undo, ErrorSink errors, QWidget *parent = nullptr);
    ~CampaignPanel() override;

    // The open file, or null when none is open.
    void setFile(CampaignFile *file);
    CampaignFile *file() const { return m_file; }

    std::optional<Campaign> currentCampaign() const;
    void selectCampaign(qint64 campaignId);
    ShortlistTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *chooser() const { return m_chooser; }
    QString totalsText() const;
    QString summaryText() const;
    // What an empty shortlist says to do; empty while the shortlist has entries.
    QString emptyHintText() const;
    // The projection in force (assumptions, thresholds, rates of the open file).
    const Projection *projection() const;
    CampaignStore *campaignStore() const { return m_campaigns; }
    CandidateStore *candidateStore() const { return m_candidates; }

    QAction *newCampaignAction() const { return m_newAction; }
    QAction *editCampaignAction() const { return m_editAction; }
    QAction *deleteCampaignAction() const { return m_deleteAction; }
    QAction *removeEntryAction() const { return m_removeEntryAction; }

    // Undoable steps; each returns whether the change was stored.
    bool createCampaign(const Campaign &campaign);
    bool editCampaign(const Campaign &before, const Campaign &after);
    bool deleteCurrentCampaign();
    // Adds a candidate on their first channel (or the given platform) to the open campaign.
    bool addCandidate(qint64 candidateId);
    bool removeCurrentEntry();
    void selectRow(int row);

    // Pushes a campaign command on the window's undo stack; whether it was stored.
    bool pushCommand(QUndoCommand *command) { return pushUndoable(m_undo, command); }
    const ErrorSink &errorSink() const { return m_errors; }
    // The plans of the last "compare goals", kept side by side for the charts.
    void setComparison(const QList<PlanSummary> &plans, const QHash<qint64, Candidate> &candidates);
    const QList<PlanSummary> &comparison() const { return m_comparison; }
    const QHash<qint64, Candidate> &comparisonCandidates() const { return m_comparisonCandidates; }

    // Puts a button for an action in the panel's tool row.
    void addToolAction(QAction *action);

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    // The open campaign, or its figures' inputs, changed.
    void campaignChanged();
    void comparisonChanged();
    // The marketer moved to another shortlist row (-1 for none).
    void currentRowChanged(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
    void keepCurrentInView();
    void newCampaign();
    void editCurrentCampaign();
    void reloadChooser();
    void chooserChanged();
    void updateTotals();
    void updateActions();
    void retranslateUi();
    void editEntry(const ShortlistEntry &before, const ShortlistEntry &after);
    // The errors of an edit: a colleague's change refusing it is said with ConflictNotice
    // (about subject), whose Reload shows the campaigns and shortlist as stored.
    ErrorSink editErrors(ConflictNotice::Subject subject);
    QString candidateName(qint64 candidateId) const;

    QUndoStack *m_undo;
    ErrorSink m_errors;
    CampaignFile *m_file = nullptr;
    CampaignStore *m_campaigns = nullptr;
    CandidateStore *m_candidates = nullptr;
    AssumptionStore *m_assumptions = nullptr;
    ExchangeRateStore *m_rates = nullptr;
    ShortlistTableModel *m_model = nullptr;
    QLabel *m_chooserLabel;
    QComboBox *m_chooser;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_totals;
    QLabel *m_emptyHint;
    qint64 m_sizedCampaign = -1;
    QHBoxLayout *m_tools;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_removeEntryAction;
    qint64 m_wantedCampaign = 0;
    QList<PlanSummary> m_comparison;
    QHash<qint64, Candidate> m_comparisonCandidates;
};

} // namespace planner
