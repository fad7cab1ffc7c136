#pragma once

#include "domain/campaign.h"
#include "planning/campaigntotals.h"
#include "planning/deliveredfigures.h"
#include "domain/candidate.h"
#include "domain/error.h"
#include "planning/projectedfigures.h"
#include "planning/projection.h"
#include "domain/shortlistentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace planner {

class AssumptionStore;
class CampaignStore;
class CandidateStore;
class ExchangeRateStore;
class ResultStore;

// A campaign's shortlist with what each entry is projected to bring, and the campaign's
// totals. It follows every store it depends on, so a changed assumption, exchange rate,
// candidate or entry shows at once. Edits are not written here: setData() asks for them
// through editRequested() so the window can make them undoable.
class ShortlistTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, KindColumn, TierColumn, PlatformColumn, FormatColumn, CountColumn,
        FeeColumn, StatusColumn, LockedColumn, ReachColumn, ImpressionsColumn,
        EngagementsColumn, CostColumn, CpmColumn, CpeColumn, EmvColumn,
        // Planned against actual (DeliveredColumns), in the order of DeliveredColumns::Measure.
        ActualReachColumn, ActualImpressionsColumn, ActualEngagementsColumn, FeePaidColumn,
        ActualCpmColumn, ActualCpeColumn, ActualEmvColumn, ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1, CandidateIdRole, RestsOnDefaultRole, CountsRole,
                ValueRole, // the figure as a number (0 for entries that count for nothing), for charts
                VerdictRole // actual columns: DeliveredColumns::Verdict against the projection
    };

    ShortlistTableModel(CampaignStore *campaigns, CandidateStore *candidates,
                        AssumptionStore *assumptions, ExchangeRateStore *rates,
                        QObject *parent = nullptr);

    // Shows the shortlist of a campaign; 0 shows nothing.
    void setCampaignId(qint64 campaignId);
    qint64 campaignId() const { return m_campaign ? m_campaign->id : 0; }
    const std::optional<Campaign> &campaign() const { return m_campaign; }
    const QList<ShortlistEntry> &entries() const { return m_entries; }
    const ShortlistEntry *entryAt(int row) const;
    int rowOfCandidate(qint64 candidateId) const;
    const ProjectedFigures *figuresAt(int row) const;
    const CampaignTotals &totals() const { return m_totals; }
    // The projection with the assumptions, thresholds and rates in force now.
    const Projection &projection() const { return m_projection; }
    // The candidates on the shortlist, by id.
    const QHash<qint64, Candidate> &candidates() const { return m_candidates; }
    // Follows the results of delivered pieces: the actual columns and deliveredTotals().
    void setResults(ResultStore *results);
    // Whether the campaign has any delivered results (the actual columns have something to show).
    bool hasResults() const { return m_deliveredTotals.pieces > 0; }
    const DeliveredFigures &deliveredTotals() const { return m_deliveredTotals; }
    const DeliveredFigures *deliveredAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Reads campaign, entries, candidates and assumptions again.
    void reload();
    // Texts depend on the language: tells views to read them again.
    void retranslate();

signals:
    // The marketer changed a cell: the window stores `after` as an undoable step.
    void editRequested(const ShortlistEntry &before, const ShortlistEntry &after);
    void totalsChanged();
    // The campaign or its shortlist could not be read: the file and SQLite's reason.
    void readFailed(const Error &error);

private:
    QVariant display(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    QVariant editValue(int row, int column) const;
    QVariant value(int row, int column) const;
    ProjectedFigures::Defaults defaultsOf(int row, int column) const;
    // The fee per deliverable as it stands (agreed, listed or the tier's default), in its
    // own currency; empty without a channel.
    std::optional<Money> feeOf(int row) const;
    QString unknownFollowersToolTip(const ProjectedFigures &f) const;
    QVariant feeDisplay(int row, const QString &mark) const;
    QString feeToolTip(int row) const;
    QString ratioToolTip(int row, int column) const;
    void scheduleReload();
    QVariant deliveredData(int row, int column, int role) const;

    CampaignStore *m_campaignStore;
    CandidateStore *m_candidateStore;
    AssumptionStore *m_assumptionStore;
    ExchangeRateStore *m_rateStore;
    qint64 m_campaignId = 0;
    std::optional<Campaign> m_campaign;
    QList<ShortlistEntry> m_entries;
    QList<ProjectedFigures> m_figures;
    QHash<qint64, Candidate> m_candidates;
    CampaignTotals m_totals;
    Projection m_projection;
    bool m_reloadPending = false;
    ResultStore *m_resultStore = nullptr;
    QHash<qint64, DeliveredFigures> m_delivered; // by entry id
    DeliveredFigures m_deliveredTotals;
};

} // namespace planner
