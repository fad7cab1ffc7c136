// The candidate table's goal-fit column: ranking the rows for the chosen campaign, the cell
// and its tooltip (CandidateTableModel's members that read m_ranking and m_scores).
#include "itemmodels/candidatetablemodel.h"

#include "itemmodels/goalexplanation.h"
#include "planning/goalranking.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QLocale>
#include <cmath>

namespace planner {

void CandidateTableModel::setGoalCampaign(const std::optional<Campaign> &campaign,
                                          const Projection &projection,
                                          const QHash<qint64, double> &brandFactors)
{
    if (!campaign && !m_ranking)
        return;
    auto next = campaign ? std::make_unique<GoalRanking>(*campaign, projection) : nullptr;
    if (next)
        next->setBrandFactors(brandFactors);
    // A shortlist edit or a renamed campaign changes no row's fit: nothing to score again.
    if (next && m_ranking && next->hasSameInputs(*m_ranking))
        return;
    m_ranking = std::move(next);
    const bool orderChanged = m_sort.key == CandidateSortKey::GoalFit
        && (!m_ranking || m_querySort.key != CandidateSortKey::GoalFit || !m_rankedBy
            || !m_rankedBy->hasSameInputs(*m_ranking));
    if (orderChanged && ensureOrder()) {
        reload(batchSize); // a new order: start again from its top
        return;
    }
    scoreRows(0);
    emit headerDataChanged(Qt::Horizontal, GoalFitColumn, GoalFitColumn);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, GoalFitColumn), index(int(m_rows.size()) - 1, GoalFitColumn));
}

void CandidateTableModel::scoreRows(qsizetype from)
{
    if (!m_ranking) {
        m_scores.clear();
        return;
    }
    m_scores.resize(std::min(from, m_scores.size()));
    m_scores.reserve(m_rows.size());
    for (qsizetype i = m_scores.size(); i < m_rows.size(); ++i)
        m_scores.append(m_ranking->score(m_rows.at(i)));
}

std::optional<GoalScore> CandidateTableModel::goalScore(int row) const
{
    if (!m_ranking || row < 0 || row >= m_scores.size())
        return std::nullopt;
    return m_scores.at(row);
}

QVariant CandidateTableModel::goalData(int row, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (row < 0 || row >= m_rows.size())
        return {};
    if (!m_ranking || row >= m_scores.size()) {
        // No campaign chosen, or not ranked yet: a dash that says so, never a column of 0.
        if (role == Qt::DisplayRole)
            return noValueText();
        if (role == Qt::ToolTipRole)
            return tr("No goal fit: choose a campaign to rank the candidates for its goal.");
        return {};
    }
    const GoalScore &score = m_scores.at(row);
    switch (role) {
    case Qt::DisplayRole:
        // Unknown followers without views or a fee: no fit, a dash (the tooltip says why).
        if (!score.fit() && score.figures().restsOn(ProjectedFigures::NoFollowers))
            return noValueText();
        if (!score.fit())
            //: Goal-fit cell: the fee's currency has no exchange rate, so the cost is unknown
            return tr("no rate");
        if (!score.matches())
            return noValueText(); // misses the brief: the tooltip says which part
        if (std::isinf(*score.fit()))
            //: Goal-fit cell of a channel that costs nothing
            return tr("free");
        return GoalExplanation::fitNumber(*score.fit() * GoalExplanation::fitScale);
    case Qt::ToolTipRole: return goalTooltip(m_rows.at(row), score);
    case SortValueRole: return score.fit() ? QVariant(*score.fit()) : QVariant();
    default: return {};
    }
}

QString CandidateTableModel::noValueText()
{
    return QStringLiteral("—");
}

QString CandidateTableModel::goalTooltip(const CandidateRow &row, const GoalScore &score) const
{
    const Campaign &campaign = m_ranking->campaign();
    const ProjectedFigures &figures = score.figures();
    const bool awareness = score.goal() == Goal::Awareness;
    Candidate candidate;
    candidate.kind = row.kind;
    candidate.niches = row.niches;
    candidate.regions = row.regions;
    QStringList lines = GoalExplanation::briefLines(campaign, candidate, score);
    lines << GoalExplanation::bringsLine(score);
    const QString format = DisplayNames::format(GoalRanking::naturalFormat(row.channel.platform));
    const QString feeCurrency = row.channel.fee ? row.channel.fee->currency() : QStringLiteral("USD");
    //: %1 deliverable format (Post, Video, Appearance), %2 money amount
    if (figures.restsOn(ProjectedFigures::NoFollowers))
        lines << (figures.restsOn(ProjectedFigures::NotProjected)
                      ? tr("The follower count and average views are unknown: nothing is projected.")
                      : tr("The follower count is unknown: reach and engagements come from the average views."));
    if (!figures.cost && !figures.restsOn(ProjectedFigures::NoExchangeRate))
        lines << tr("Cost unknown: no fee is listed or agreed.");
    else
        lines << (figures.cost ? tr("Cost of one %1: %2").arg(format, LocalFormat::money(*figures.cost))
                               : tr("Cost unknown: no exchange rate from %1 to %2").arg(feeCurrency, campaign.currency()));
    if (score.matches() && score.fit())
        lines << GoalExplanation::fitLine(score, campaign.currency());
    // Only the inputs this goal's objective and the cost rest on.
    QStringList defaults;
    if (awareness && figures.restsOn(ProjectedFigures::ReachRate))
        defaults << tr("reach rate");
    if (!awareness && figures.restsOn(ProjectedFigures::EngagementRate))
        defaults << tr("engagement rate");
    if (figures.restsOn(ProjectedFigures::Authenticity))
        defaults << tr("authenticity");
    if (figures.restsOn(ProjectedFigures::Fee))
        defaults << tr("fee");
    if (!defaults.isEmpty())
        //: %1 list such as "reach rate, authenticity and fee"
        lines << tr("Rests on the tier's default %1").arg(QLocale().createSeparatedList(defaults));
    return lines.join(QLatin1Char('\n'));
}

} // namespace planner
