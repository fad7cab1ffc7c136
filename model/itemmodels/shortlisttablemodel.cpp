#include "itemmodels/shortlisttablemodel.h"

#include "itemmodels/deliveredcolumns.h"
#include "itemmodels/rowlookup.h"
#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "text/displaynames.h"
#include "storage/exchangeratestore.h"
#include "storage/resultstore.h"
#include "text/localformat.h"

#include <QTimer>
#include <cmath>

namespace planner {

namespace {

} // namespace

ShortlistTableModel::ShortlistTableModel(CampaignStore *campaigns, CandidateStore *candidates,
                                         AssumptionStore *assumptions, ExchangeRateStore *rates,
                                         QObject *parent)
    : QAbstractTableModel(parent)
    , m_campaignStore(campaigns)
    , m_candidateStore(candidates)
    , m_assumptionStore(assumptions)
    , m_rateStore(rates)
    , m_projection(Assumptions(), TierThresholds(), ExchangeRates())
{
    // Reload after the signalling write has returned: an edit may come from inside setData().
    connect(m_campaignStore, &CampaignStore::changed, this, &ShortlistTableModel::scheduleReload);
    connect(m_candidateStore, &CandidateStore::changed, this, &ShortlistTableModel::scheduleReload);
    connect(m_assumptionStore, &AssumptionStore::changed, this, &ShortlistTableModel::scheduleReload);
    connect(m_rateStore, &ExchangeRateStore::changed, this, &ShortlistTableModel::scheduleReload);
    reload();
}

void ShortlistTableModel::setCampaignId(qint64 campaignId)
{
    m_campaignId = campaignId;
    reload();
}

void ShortlistTableModel::setResults(ResultStore *results)
{
    if (m_resultStore)
        disconnect(m_resultStore, nullptr, this, nullptr);
    m_resultStore = results;
    if (m_resultStore)
        connect(m_resultStore, &ResultStore::changed, this, &ShortlistTableModel::scheduleReload);
    reload();
}

const DeliveredFigures *ShortlistTableModel::deliveredAt(int row) const
{
    const ShortlistEntry *entry = entryAt(row);
    if (!entry)
        return nullptr;
    const auto found = m_delivered.constFind(entry->id);
    return found == m_delivered.constEnd() ? nullptr : &found.value();
}

void ShortlistTableModel::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

void ShortlistTableModel::reload()
{
    m_reloadPending = false;
    beginResetModel();
    m_projection = Projection(m_assumptionStore->load(), m_candidateStore->tierThresholds(),
                              m_rateStore->load());
    Error error;
    m_campaign = m_campaignId > 0 ? m_campaignStore->find(m_campaignId, &error) : std::nullopt;
    m_entries = m_campaign ? m_campaignStore->entries(m_campaign->id, &error) : QList<ShortlistEntry>();
    m_candidates.clear();
    for (const ShortlistEntry &entry : std::as_const(m_entries)) {
        if (!m_candidates.contains(entry.candidateId)) {
            if (const auto candidate = m_candidateStore->find(entry.candidateId))
                m_candidates.insert(entry.candidateId, *candidate);
        }
    }
    if (m_campaign) {
        m_figures = m_projection.projectEntries(*m_campaign, m_entries, m_candidates);
        m_totals = Projection::totals(m_entries, m_figures, m_campaign->currency());
    } else {
        m_figures.clear();
        m_totals = CampaignTotals();
    }
    const QList<DeliveryResult> results = m_campaign && m_resultStore
        ? m_resultStore->resultsOfCampaign(m_campaign->id, &error) : QList<DeliveryResult>();
    const QString currency = m_campaign ? m_campaign->currency() : QString();
    m_delivered = DeliveredFigures::byEntry(results, m_projection, currency);
    m_deliveredTotals = DeliveredFigures::sum(results, m_projection, currency);
    endResetModel();
    emit totalsChanged();
    if (!error.isEmpty())
        emit readFailed(error);
}

void ShortlistTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit totalsChanged();
}

const ShortlistEntry *ShortlistTableModel::entryAt(int row) const
{
    return itemAtRow(m_entries, row);
}

const ProjectedFigures *ShortlistTableModel::figuresAt(int row) const
{
    return itemAtRow(m_figures, row);
}

int ShortlistTableModel::rowOfCandidate(qint64 candidateId) const
{
    return rowOfCandidateIn(m_entries, candidateId);
}

int ShortlistTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ShortlistTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ShortlistTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case FormatColumn:
    case CountColumn:
    case FeeColumn:
    case StatusColumn: return result | Qt::ItemIsEditable;
    case LockedColumn: return result | Qt::ItemIsUserCheckable;
    default: return result;
    }
}

ProjectedFigures::Defaults ShortlistTableModel::defaultsOf(int row, int column) const
{
    using F = ProjectedFigures;
    const F::Defaults all = m_figures.at(row).defaults;
    F::Defaults inputs;
    switch (column) {
    case ReachColumn: inputs = F::Authenticity | F::ReachRate; break;
    case ImpressionsColumn: inputs = F::ReachRate | F::Authenticity; break;
    case EngagementsColumn: inputs = F::EngagementRate; break;
    case FeeColumn:
    case CostColumn: inputs = F::Fee; break;
    case CpmColumn: inputs = F::Fee | F::ReachRate; break;
    case CpeColumn: inputs = F::Fee | F::EngagementRate; break;
    case EmvColumn: inputs = F::ReachRate; break;
    default: return {};
    }
    if (column == ImpressionsColumn && !all.testFlag(F::ReachRate))
        return {}; // measured average views: no assumption behind impressions
    return all & inputs;
}

QVariant ShortlistTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || !m_campaign)
        return {};
    const int row = index.row();
    const ShortlistEntry &entry = m_entries.at(row);
    if (index.column() >= ActualReachColumn)
        return deliveredData(row, index.column(), role);
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::EditRole: return editValue(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case Qt::CheckStateRole:
        return index.column() == LockedColumn ? QVariant(entry.locked ? Qt::Checked : Qt::Unchecked)
                                              : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= ReachColumn || index.column() == CountColumn
                || index.column() == FeeColumn
            ? QVariant(Qt::AlignTrailing | Qt::AlignVCenter)
            : QVariant();
    case CountsRole: return entry.counts();
    case ValueRole: return value(row, index.column());
    case EntryIdRole: return entry.id;
    case CandidateIdRole: return entry.candidateId;
    case RestsOnDefaultRole: return static_cast<int>(defaultsOf(row, index.column()));
    default: return {};
    }
}

QVariant ShortlistTableModel::editValue(int row, int column) const
{
    const ShortlistEntry &entry = m_entries.at(row);
    switch (column) {
    case FormatColumn: return static_cast<int>(entry.format);
    case StatusColumn: return static_cast<int>(entry.status);
    case CountColumn: return entry.deliverables;
    case FeeColumn:
        return entry.agreedFee ? LocalFormat::editableAmount(*entry.agreedFee) : QString();
    default: return display(row, column);
    }
}

QVariant ShortlistTableModel::value(int row, int column) const
{
    const ShortlistEntry &entry = m_entries.at(row);
    const ProjectedFigures &f = m_figures.at(row);
    if (!entry.counts())
        return column == NameColumn ? display(row, column) : QVariant(0.0);
    switch (column) {
    case CountColumn: return double(entry.deliverables);
    case ReachColumn: return f.uniqueReach;
    case ImpressionsColumn: return f.impressions;
    case EngagementsColumn: return f.engagements;
    case CostColumn: return f.costValue();
    case CpmColumn: return f.cpm.value_or(0.0);
    case CpeColumn: return f.cpe.value_or(0.0);
    case EmvColumn: return f.emv.value_or(0.0);
    default: return display(row, column);
    }
}

QVariant ShortlistTableModel::display(int row, int column) const
{
    const ShortlistEntry &entry = m_entries.at(row);
    const ProjectedFigures &f = m_figures.at(row);
    const auto candidate = m_candidates.constFind(entry.candidateId);
    const QString currency = m_campaign->currency();
    // A figure resting on a tier default carries a mark the legend below the table explains.
    const QString mark = defaultsOf(row, column) ? QStringLiteral(" *") : QString();
    const auto money = [&](const std::optional<double> &value) {
        return value ? LocalFormat::money(Money::fromMajor(*value, currency)) + mark : QStringLiteral("—");
    };
    switch (column) {
    case NameColumn:
        return candidate == m_candidates.constEnd() ? tr("(deleted candidate)") : LocalFormat::isolated(candidate->name);
    case KindColumn:
        return candidate == m_candidates.constEnd() ? QString() : DisplayNames::kind(candidate->kind);
    case TierColumn:
        if (f.restsOn(ProjectedFigures::NoChannel))
            return QString();
        return f.restsOn(ProjectedFigures::NoFollowers) ? DisplayNames::tier(std::optional<Tier>()) : DisplayNames::tier(f.tier);
    case PlatformColumn: return DisplayNames::platform(entry.platform);
    case FormatColumn: return DisplayNames::format(entry.format);
    case CountColumn: return LocalFormat::count(entry.deliverables);
    case FeeColumn: return feeDisplay(row, mark);
    case StatusColumn: return DisplayNames::status(entry.status);
    case LockedColumn: return QVariant();
    // Followers and views unknown: nothing projected, a dash rather than 0 (tooltip says why).
    case ReachColumn:
    case ImpressionsColumn:
    case EngagementsColumn:
        if (f.restsOn(ProjectedFigures::NotProjected))
            return QStringLiteral("—");
        return QString(LocalFormat::count(std::llround(column == ReachColumn ? f.uniqueReach
                                                       : column == ImpressionsColumn ? f.impressions
                                                                                     : f.engagements))
                       + mark);
    case CostColumn:
        if (f.cost)
            return QString(LocalFormat::money(*f.cost) + mark);
        return f.restsOn(ProjectedFigures::NoExchangeRate) ? tr("no exchange rate") : QStringLiteral("—");
    case CpmColumn: return money(f.cpm);
    case CpeColumn: return money(f.cpe);
    case EmvColumn: return money(f.emv);
    }
    return {};
}

QVariant ShortlistTableModel::toolTip(int row, int column) const
{
    const ShortlistEntry &entry = m_entries.at(row);
    const ProjectedFigures &f = m_figures.at(row);
    if (f.restsOn(ProjectedFigures::NoChannel))
        return tr("This candidate has no %1 channel any more: the entry counts for nothing.")
            .arg(DisplayNames::platform(entry.platform));
    if (!entry.counts())
        return tr("Declined: stays on the shortlist but counts for nothing.");
    if (column == LockedColumn)
        return tr("Locked entries stay as they are when a shortlist is suggested.");
    if (f.restsOn(ProjectedFigures::NoFollowers) && column != FeeColumn && column != StatusColumn)
        return unknownFollowersToolTip(f);
    if (column == CostColumn && !f.cost)
        return tr("No exchange rate from the fee's currency to %1: add one under Assumptions.")
            .arg(m_campaign->currency());
    QStringList lines;
    if (column == FeeColumn)
        lines << feeToolTip(row);
    if ((column == CpmColumn && !f.cpm) || (column == CpeColumn && !f.cpe))
        lines << ratioToolTip(row, column);
    lines.removeAll(QString());
    const ProjectedFigures::Defaults defaults = defaultsOf(row, column);
    QStringList reasons;
    if (defaults.testFlag(ProjectedFigures::ReachRate))
        reasons << tr("the assumed reach rate (%1 per deliverable), as average views are unknown")
                       .arg(LocalFormat::percent(f.reachRate * 100.0));
    if (defaults.testFlag(ProjectedFigures::Authenticity))
        reasons << tr("the tier's default authenticity (%1 real followers)")
                       .arg(LocalFormat::percent(f.authenticity * 100.0));
    if (defaults.testFlag(ProjectedFigures::EngagementRate))
        reasons << tr("the tier's default engagement rate");
    if (defaults.testFlag(ProjectedFigures::Fee))
        reasons << tr("the tier's default fee, as no fee is listed");
    if (!reasons.isEmpty())
        //: %1 is a list of assumptions, one per line
        lines << tr("Rests on defaults, not on this candidate's own data:\n%1")
                     .arg(QStringLiteral("• ") + reasons.join(QStringLiteral("\n• ")));
    if (lines.isEmpty())
        return {};
    return lines.join(QLatin1Char('\n'));
}

std::optional<Money> ShortlistTableModel::feeOf(int row) const
{
    const ShortlistEntry &entry = m_entries.at(row);
    if (entry.agreedFee)
        return entry.agreedFee;
    const auto candidate = m_candidates.constFind(entry.candidateId);
    const Channel *channel = candidate == m_candidates.constEnd()
        ? nullptr : Projection::channelFor(*candidate, entry.platform);
    if (!channel)
        return std::nullopt;
    if (channel->fee)
        return channel->fee;
    // No tier without a follower count, so no tier default fee either.
    if (m_figures.at(row).restsOn(ProjectedFigures::NoFollowers))
        return std::nullopt;
    return m_projection.assumptions().defaultFee(entry.platform, m_figures.at(row).tier);
}

QString ShortlistTableModel::unknownFollowersToolTip(const ProjectedFigures &f) const
{
    const QString what = f.restsOn(ProjectedFigures::NotProjected)
        ? tr("The follower count and the average views of this channel are unknown: it has no tier, and "
             "its reach and engagements are not projected (left out of the totals).")
        : tr("The follower count of this channel is unknown: it has no tier; its reach is the average views "
             "of one piece of content and its engagements apply its own engagement rate to those views.");
    return f.cost ? what : what + QLatin1Char('\n') + tr("Cost unknown: no fee is listed or agreed.");
}

QVariant ShortlistTableModel::feeDisplay(int row, const QString &mark) const
{
    // In the campaign's currency, so a column never mixes đồng, rial and dollars; the
    // original amount is in the tooltip. Without a rate, the original stays.
    const std::optional<Money> fee = feeOf(row);
    if (!fee)
        return QStringLiteral("—");
    const std::optional<Money> converted = m_projection.rates().convert(*fee, m_campaign->currency());
    return QString(LocalFormat::money(converted.value_or(*fee)) + mark);
}

QString ShortlistTableModel::feeToolTip(int row) const
{
    const std::optional<Money> fee = feeOf(row);
    if (!fee)
        return {};
    const QString currency = m_campaign->currency();
    if (fee->currency().compare(currency, Qt::CaseInsensitive) == 0)
        return {};
    if (!m_projection.rates().convert(*fee, currency))
        //: %1 an amount in another currency, %2 the campaign's currency code
        return tr("%1: no exchange rate to %2, so it is shown as listed.").arg(LocalFormat::money(*fee), currency);
    //: %1 the original amount (in another currency), %2 the campaign's currency code
    return tr("Listed as %1; converted to %2 with the file's exchange rates.").arg(LocalFormat::money(*fee), currency);
}

QString ShortlistTableModel::ratioToolTip(int row, int column) const
{
    const ProjectedFigures &f = m_figures.at(row);
    const bool cpm = column == CpmColumn;
    if (!f.cost)
        return cpm ? tr("No CPM: the cost is unknown (no exchange rate for the fee's currency).")
                   : tr("No CPE: the cost is unknown (no exchange rate for the fee's currency).");
    if (f.cost->minorUnits() == 0)
        return cpm ? tr("No CPM: the fee is zero, so a cost per thousand impressions is undefined, not free.")
                   : tr("No CPE: the fee is zero, so a cost per engagement is undefined, not free.");
    return cpm ? tr("No CPM: no impressions are projected.") : tr("No CPE: no engagements are projected.");
}

QVariant ShortlistTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReachColumn: return tr("Real people reached at least once (fake followers left out)");
        case ImpressionsColumn: return tr("Views of all deliverables together");
        case CpmColumn: return tr("Cost per thousand impressions");
        case CpeColumn: return tr("Cost per engagement");
        case EmvColumn: return tr("Earned media value: what the impressions would cost as ads at the benchmark CPM");
        case FeeColumn: return tr("Fee per deliverable: the agreed fee when set, else the listed one");
        default:
            return section >= ActualReachColumn && section < ColumnCount
                ? DeliveredColumns::headerToolTip(DeliveredColumns::Measure(section - ActualReachColumn))
                : QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Candidate");
    case KindColumn: return tr("Kind");
    case TierColumn: return tr("Tier");
    case PlatformColumn: return tr("Platform");
    case FormatColumn: return tr("Format");
    //: Number of deliverables
    case CountColumn: return tr("Count");
    case FeeColumn: return tr("Fee");
    case StatusColumn: return tr("Status");
    case LockedColumn: return tr("Locked");
    case ReachColumn: return tr("Unique reach");
    case ImpressionsColumn: return tr("Impressions");
    case EngagementsColumn: return tr("Engagements");
    case CostColumn: return tr("Cost");
    //: Cost per mille (thousand impressions)
    case CpmColumn: return tr("CPM");
    //: Cost per engagement
    case CpeColumn: return tr("CPE");
    //: Earned media value
    case EmvColumn: return tr("EMV");
    default:
        if (section >= ActualReachColumn && section < ColumnCount)
            return DeliveredColumns::header(DeliveredColumns::Measure(section - ActualReachColumn));
    }
    return {};
}

QVariant ShortlistTableModel::deliveredData(int row, int column, int role) const
{
    static const DeliveredFigures nothing;
    const DeliveredFigures *delivered = deliveredAt(row);
    const auto measure = DeliveredColumns::Measure(column - ActualReachColumn);
    const DeliveredColumns::Comparison comparison =
        DeliveredColumns::compare(measure, m_figures.at(row), delivered ? *delivered : nothing);
    switch (role) {
    case Qt::DisplayRole: return DeliveredColumns::display(measure, comparison, m_campaign->currency());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: return DeliveredColumns::spoken(measure, comparison, m_campaign->currency());
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    case VerdictRole: return int(comparison.verdict(measure));
    case ValueRole: return comparison.actual.value_or(0.0);
    case CountsRole: return m_entries.at(row).counts();
    case EntryIdRole: return m_entries.at(row).id;
    case CandidateIdRole: return m_entries.at(row).candidateId;
    default: return {};
    }
}

bool ShortlistTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_entries.size() || !m_campaign)
        return false;
    const ShortlistEntry &before = m_entries.at(index.row());
    ShortlistEntry after = before;
    switch (index.column()) {
    case LockedColumn:
        if (role != Qt::CheckStateRole)
            return false;
        after.locked = value.toInt() == Qt::Checked;
        break;
    case FormatColumn:
        after.format = allDeliverableFormats().value(value.toInt(), before.format);
        break;
    case StatusColumn:
        after.status = allEntryStatuses().value(value.toInt(), before.status);
        break;
    case CountColumn:
        after.deliverables = value.toInt();
        break;
    case FeeColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            after.agreedFee.reset();
        } else {
            const auto number = LocalFormat::parseNumber(text);
            if (!number)
                return false;
            after.agreedFee = LocalFormat::fromDisplayAmount(*number, m_campaign->currency());
        }
        break;
    }
    default: return false;
    }
    if (after == before)
        return false;
    emit editRequested(before, after);
    return true;
}

} // namespace planner
