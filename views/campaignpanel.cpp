#include "campaignpanel.h"

#include "actiontexts.h"
#include "currencydefaults.h"

#include "storage/assumptionstore.h"
#include "campaigneditordialog.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "text/displaynames.h"
#include "storage/exchangeratestore.h"
#include "text/localformat.h"
#include "commands/shortlistcommands.h"
#include "readonlyguard.h"
#include "shortlistdelegate.h"
#include "planning/shortlistsuggester.h"
#include "itemmodels/deliveredcolumns.h"
#include "itemmodels/shortlisttablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace planner {

namespace {

QStringList knownCurrencies(ExchangeRateStore *rates)
{
    return rates ? rates->load().currencies() : QStringList{QStringLiteral("USD")};
}

} // namespace

CampaignPanel::CampaignPanel(QUndoStack *undo, ErrorSink errors, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_errors(std::move(errors))
    , m_chooserLabel(new QLabel(this))
    , m_chooser(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_emptyHint(new QLabel(this))
    , m_tools(new QHBoxLayout)
    , m_newAction(new QAction(this))
    , m_editAction(new QAction(this))
    , m_deleteAction(new QAction(this))
    , m_removeEntryAction(new QAction(this))
{
    m_chooserLabel->setBuddy(m_chooser);
    // A fixed width: growing with the chosen campaign's name, the chooser pushed the charts
    // beside the shortlist narrower on each switch. Long names show whole in the list.
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(18);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setItemDelegate(new ShortlistDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setResizeContentsPrecision(50); // long shortlists refit quickly
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->addAction(m_removeEntryAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_removeEntryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    m_removeEntryAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &CampaignPanel::newCampaign);
    connect(m_editAction, &QAction::triggered, this, &CampaignPanel::editCurrentCampaign);
    connect(m_deleteAction, &QAction::triggered, this, &CampaignPanel::deleteCurrentCampaign);
    connect(m_removeEntryAction, &QAction::triggered, this, &CampaignPanel::removeCurrentEntry);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &CampaignPanel::chooserChanged);

    auto *top = new QHBoxLayout;
    top->addWidget(m_chooserLabel);
    top->addWidget(m_chooser);
    for (QAction *action : {m_newAction, m_editAction, m_deleteAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        top->addWidget(button);
    }
    top->addStretch(1);
    // The planning actions on the second row, the summary under them across the whole
    // panel: beside the buttons it wrapped into six lines once the charts had their room.
    m_tools->addStretch(1);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(m_tools);
    layout->addWidget(m_summary);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setFrameShape(QFrame::StyledPanel);
    m_emptyHint->setMargin(8);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    retranslateUi();
    updateActions();
}

CampaignPanel::~CampaignPanel() = default;

void CampaignPanel::addToolAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tools->insertWidget(m_tools->count() - 1, button); // before the stretch
}

void CampaignPanel::setFile(CampaignFile *file)
{
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_file = file;
    m_campaigns = file ? &file->campaigns() : nullptr;
    m_candidates = file ? &file->candidates() : nullptr;
    m_assumptions = file ? &file->assumptions() : nullptr;
    m_rates = file ? &file->rates() : nullptr;
    if (m_campaigns) {
        m_model = new ShortlistTableModel(m_campaigns, m_candidates, m_assumptions, m_rates, this);
        m_model->setResults(&file->results());
        m_table->setModel(m_model);
        connect(m_model, &ShortlistTableModel::totalsChanged, this, &CampaignPanel::updateTotals);
        connect(m_model, &ShortlistTableModel::editRequested, this, &CampaignPanel::editEntry);
        // Queued: a reload may come in the middle of a paint, which is no moment for a dialog.
        connect(m_model, &ShortlistTableModel::readFailed, this,
                [this](const Error &error) { m_errors(error); }, Qt::QueuedConnection);
        connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignPanel::updateActions);
        connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignPanel::fitColumns);
        // Assumptions, rates or the campaign itself may have changed: goal fit follows.
        connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignPanel::campaignChanged);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &CampaignPanel::updateActions);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) { emit currentRowChanged(current.isValid() ? current.row() : -1); });
        connect(m_campaigns, &CampaignStore::changed, this, &CampaignPanel::reloadChooser);
    }
    reloadChooser();
    emit campaignChanged(); // also for a file without campaigns, or none open
}

void CampaignPanel::reloadChooser()
{
    const qint64 wanted = m_wantedCampaign > 0 ? m_wantedCampaign
                                               : m_chooser->currentData().toLongLong();
    m_wantedCampaign = 0;
    {
        const QSignalBlocker blocker(m_chooser);
        m_chooser->clear();
        Error error;
        if (m_campaigns) {
            for (const Campaign &campaign : m_campaigns->campaigns(&error))
                m_chooser->addItem(campaign.name, campaign.id);
        }
        if (!error.isEmpty())
            QMetaObject::invokeMethod(this, [this, error] { m_errors(error); }, Qt::QueuedConnection);
        const int index = m_chooser->findData(wanted);
        m_chooser->setCurrentIndex(index >= 0 ? index : (m_chooser->count() > 0 ? 0 : -1));
    }
    chooserChanged();
}

void CampaignPanel::selectCampaign(qint64 campaignId)
{
    const int index = m_chooser->findData(campaignId);
    if (index >= 0)
        m_chooser->setCurrentIndex(index);
    else
        m_wantedCampaign = campaignId; // not listed yet: the next reload picks it
}

void CampaignPanel::chooserChanged()
{
    const qint64 id = m_chooser->currentData().toLongLong();
    if (m_model && m_model->campaignId() != id) {
        if (!m_comparison.isEmpty())
            setComparison({}, {}); // the plans belonged to the campaign left
        m_model->setCampaignId(id); // its reset tells campaignChanged()
    }
    // The same campaign: the model reloads by itself after the store's change.
    updateActions();
}

std::optional<Campaign> CampaignPanel::currentCampaign() const
{
    return m_model ? m_model->campaign() : std::nullopt;
}

const Projection *CampaignPanel::projection() const
{
    return m_model ? &m_model->projection() : nullptr;
}

void CampaignPanel::updateActions()
{
    const bool open = m_campaigns != nullptr;
    const bool chosen = open && currentCampaign().has_value();
    const bool may = ReadOnlyGuard::mayEdit(m_file);
    ReadOnlyGuard::enable(m_newAction, open, may);
    ReadOnlyGuard::enable(m_editAction, chosen, may);
    ReadOnlyGuard::enable(m_deleteAction, chosen, may);
    ReadOnlyGuard::enable(m_removeEntryAction, chosen && m_table->currentIndex().isValid(), may);
    m_chooser->setEnabled(open && m_chooser->count() > 0);
}

QString CampaignPanel::totalsText() const
{
    return m_totals->text();
}

QString CampaignPanel::summaryText() const
{
    return m_summary->text();
}

void CampaignPanel::updateTotals()
{
    const auto campaign = currentCampaign();
    if (!campaign) {
        m_summary->setText(m_campaigns ? tr("No campaign yet: create one with “New…” to build a shortlist.")
                                       : QString());
        m_totals->clear();
        m_emptyHint->hide();
        return;
    }
    const QString anywhere = tr("anywhere");
    const QString anyNiche = tr("any niche");
    QStringList niches;
    for (const QString &key : campaign->niches)
        niches << DisplayNames::niche(key);
    //: Campaign summary: goal, budget, target niches, target regions
    QString summary = tr("Goal: %1 · Budget: %2 · Niches: %3 · Regions: %4")
                          .arg(DisplayNames::goal(campaign->goal), LocalFormat::isolated(LocalFormat::money(campaign->budget)),
                               niches.isEmpty() ? anyNiche : niches.join(QLatin1String(", ")),
                               campaign->regions.isEmpty()
                                   ? anywhere
                                   : LocalFormat::isolated(campaign->regions.join(QLatin1String(", "))));
    if (campaign->startDate.isValid() || campaign->endDate.isValid()) {
        // In the language's calendar: Solar Hijri in Persian.
        const auto day = [](const QDate &date) {
            return date.isValid() ? LocalFormat::date(date) : QStringLiteral("…");
        };
        //: Campaign summary: the campaign's first and last day
        summary += QStringLiteral(" · ") + tr("Runs %1 – %2").arg(day(campaign->startDate), day(campaign->endDate));
    }
    m_summary->setText(summary);
    m_emptyHint->setText(tr("This shortlist is empty. Select candidates in the list above and choose "
                            "“Add to Shortlist” (Campaign menu), or let “Suggest Shortlist…” pick them "
                            "for the budget."));
    m_emptyHint->setVisible(m_model->rowCount() == 0);
    const CampaignTotals &t = m_model->totals();
    const QString currency = campaign->currency();
    // Each amount isolated: in a Persian line beside Latin CPM or CPE, an amount and its
    // unit keep their own order instead of joining the Latin word's run.
    const auto amount = [](const Money &money) { return LocalFormat::isolated(LocalFormat::money(money)); };
    const auto moneyOf = [&](const std::optional<double> &value) {
        if (!value)
            return QStringLiteral("—");
        return amount(Money::fromMajor(*value, currency));
    };
    const qint64 left = campaign->budget.minorUnits() - t.cost.minorUnits();
    QString text = tr("%Ln entries counted", nullptr, t.entries)
        + QStringLiteral(" · ")
        + tr("Unique reach %1 · Impressions %2 · Engagements %3")
              .arg(LocalFormat::count(std::llround(t.uniqueReach)),
                   LocalFormat::count(std::llround(t.impressions)),
                   LocalFormat::count(std::llround(t.engagements)))
        + QStringLiteral(" · ")
        + (left >= 0 ? tr("Cost %1, %2 of the budget left").arg(amount(t.cost), amount(Money(left, currency)))
                     : tr("Cost %1, %2 over budget").arg(amount(t.cost), amount(Money(-left, currency))))
        + QStringLiteral(" · ")
        + tr("CPM %1 · CPE %2 · EMV %3").arg(moneyOf(t.cpm), moneyOf(t.cpe), moneyOf(t.emv));
    if (t.defaults & ~(ProjectedFigures::NoFollowers | ProjectedFigures::NotProjected))
        text += QLatin1Char('\n') + tr("* rests on a tier default rather than the candidate's own data (see the cell's tooltip)");
    if (t.notProjected > 0)
        text += QLatin1Char('\n')
            + tr("%Ln entries left out of reach and engagements: their follower count and average views are unknown",
                 nullptr, t.notProjected);
    // After the campaign: the delivered totals against the projected ones, and the actual
    // columns of the shortlist, shown once there is something delivered to show.
    const bool delivered = m_model->hasResults();
    if (delivered)
        text += QLatin1Char('\n') + DeliveredColumns::summary(t, m_model->deliveredTotals(), currency);
    for (int column = ShortlistTableModel::ActualReachColumn; column < ShortlistTableModel::ColumnCount; ++column) {
        m_table->setColumnHidden(column, !delivered);
        if (delivered) // hidden when the shortlist was fitted: fitted now, or "12,400 (−8.0%)" is cut
            m_table->resizeColumnToContents(column);
    }
    m_totals->setText(text);
    // A dash for CPM or CPE says why in the tooltip: undefined, not free (issue 21).
    QString why;
    if ((!t.cpm || !t.cpe) && t.entries > 0)
        why = t.cost.minorUnits() == 0
            ? tr("CPM and CPE show “—”: the shortlist costs nothing (or its fees are unknown), so a cost "
                 "per impression or engagement is undefined, not free.")
            : tr("CPM or CPE show “—”: no impressions or engagements are projected.");
    m_totals->setToolTip(why);
}

void CampaignPanel::retranslateUi()
{
    m_chooserLabel->setText(tr("&Campaign:"));
    m_chooser->setToolTip(tr("The campaign whose shortlist and goal fit are shown"));
    describeAction(m_newAction, tr("&New Campaign…"), tr("Creates a campaign with a goal, a budget and targets"));
    describeAction(m_editAction, tr("Edit Ca&mpaign…"), tr("Changes the open campaign's goal, budget, targets or dates"));
    m_deleteAction->setText(tr("Delete Campaig&n"));
    // The buttons beside "Campaign:" say it once: short words leave the charts their room
    // at 1024 pixels in every language. The menu keeps the full names.
    //: Button beside the campaign chooser: new campaign
    m_newAction->setIconText(tr("New…"));
    //: Button beside the campaign chooser: edit the campaign
    m_editAction->setIconText(tr("Edit…"));
    //: Button beside the campaign chooser: delete the campaign
    m_deleteAction->setIconText(tr("Delete"));
    m_deleteAction->setStatusTip(tr("Deletes the open campaign and its shortlist"));
    describeAction(m_removeEntryAction, tr("&Remove from Shortlist"), tr("Takes the selected entry off the shortlist"));
    m_table->setToolTip(tr("Double-click format, count, fee or status to change it"));
    updateActions();
    if (m_model) {
        m_model->retranslate();
        m_table->resizeColumnsToContents();
        keepCurrentInView();
    }
    updateTotals();
}

void CampaignPanel::fitColumns()
{
    if (!m_model)
        return;
    if (m_model->campaignId() != m_sizedCampaign) {
        m_sizedCampaign = m_model->campaignId();
        m_table->resizeColumnsToContents();
        return;
    }
    // The same campaign after an edit: columns keep their width and only grow where a new
    // figure would not fit (an EMV that gained a digit), so nothing re-flows or is cut.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int width = m_table->columnWidth(column);
        m_table->resizeColumnToContents(column);
        if (m_table->columnWidth(column) < width)
            m_table->setColumnWidth(column, width);
    }
}

void CampaignPanel::keepCurrentInView()
{
    // After the language switch has mirrored the table (a later event): the selected
    // row's candidate, or the first, back in view rather than scrolled off to one side.
    QTimer::singleShot(0, this, [this] {
        if (!m_model || m_model->rowCount() == 0)
            return;
        const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
        m_table->scrollTo(m_model->index(row, ShortlistTableModel::NameColumn));
    });
}

QString CampaignPanel::emptyHintText() const
{
    return m_emptyHint->isHidden() ? QString() : m_emptyHint->text();
}

void CampaignPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CampaignPanel::newCampaign()
{
    if (!m_campaigns)
        return;
    CampaignEditorDialog dialog(knownCurrencies(m_rates), this);
    Campaign blank;
    blank.budget = Money(0, CurrencyDefaults::preferred(m_candidates ? m_candidates->db() : QSqlDatabase()));
    dialog.setCampaign(blank);
    if (dialog.exec() == QDialog::Accepted)
        createCampaign(dialog.campaign());
}

void CampaignPanel::editCurrentCampaign()
{
    const auto before = currentCampaign();
    if (!before)
        return;
    CampaignEditorDialog dialog(knownCurrencies(m_rates), this);
    dialog.setCampaign(*before);
    if (dialog.exec() == QDialog::Accepted && dialog.campaign() != *before)
        editCampaign(*before, dialog.campaign());
}

bool CampaignPanel::createCampaign(const Campaign &campaign)
{
    auto *command = new CreateCampaignCommand(m_campaigns, campaign, m_errors);
    m_wantedCampaign = 0;
    const bool ok = pushCommand(command);
    if (ok)
        selectCampaign(m_campaigns->findByName(campaign.name).value_or(Campaign()).id);
    return ok;
}

bool CampaignPanel::editCampaign(const Campaign &before, const Campaign &after)
{
    return pushCommand(new EditCampaignCommand(m_campaigns, before, after,
                                               editErrors(ConflictNotice::Subject::Campaign)));
}

bool CampaignPanel::deleteCurrentCampaign()
{
    const auto campaign = currentCampaign();
    if (!campaign)
        return false;
    return pushCommand(new DeleteCampaignCommand(m_campaigns, *campaign, m_model->entries(), m_errors));
}

QString CampaignPanel::candidateName(qint64 candidateId) const
{
    if (m_model && m_model->candidates().contains(candidateId))
        return m_model->candidates().value(candidateId).name;
    const auto candidate = m_candidates ? m_candidates->find(candidateId) : std::nullopt;
    return candidate ? candidate->name : QString();
}

bool CampaignPanel::addCandidate(qint64 candidateId)
{
    const auto campaign = currentCampaign();
    const auto candidate = m_candidates ? m_candidates->find(candidateId) : std::nullopt;
    if (!campaign || !candidate)
        return false;
    const auto entry = ShortlistSuggester::defaultEntry(*candidate, campaign->id);
    const int existing = m_model->rowOfCandidate(candidateId);
    if (existing >= 0) {
        m_table->setCurrentIndex(m_model->index(existing, 0));
        return false; // already there: show it rather than add a twin
    }
    return entry && pushCommand(new AddEntryCommand(m_campaigns, campaign->name, *entry, candidate->name, m_errors));
}

bool CampaignPanel::removeCurrentEntry()
{
    const auto campaign = currentCampaign();
    const ShortlistEntry *entry = m_model ? m_model->entryAt(m_table->currentIndex().row()) : nullptr;
    if (!campaign || !entry)
        return false;
    return pushCommand(new RemoveEntryCommand(m_campaigns, campaign->name, *entry,
                                         candidateName(entry->candidateId), m_errors));
}

void CampaignPanel::editEntry(const ShortlistEntry &before, const ShortlistEntry &after)
{
    const auto campaign = currentCampaign();
    if (campaign)
        pushCommand(new EditEntryCommand(m_campaigns, campaign->name, before, after,
                                    candidateName(before.candidateId),
                                    editErrors(ConflictNotice::Subject::ShortlistEntry)));
}

ErrorSink CampaignPanel::editErrors(ConflictNotice::Subject subject)
{
    return [this, subject](const Error &error) {
        if (!ConflictNotice::isConflict(error)) {
            m_errors(error);
        } else if (ConflictNotice::askReload(this, error, subject)) {
            reloadChooser();
            if (m_model)
                m_model->reload();
        }
    };
}

void CampaignPanel::setComparison(const QList<PlanSummary> &plans, const QHash<qint64, Candidate> &candidates)
{
    m_comparison = plans;
    m_comparisonCandidates = candidates;
    emit comparisonChanged();
}

void CampaignPanel::selectRow(int row)
{
    if (m_model && row >= 0 && row < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(row, 0));
}

QByteArray CampaignPanel::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void CampaignPanel::restoreHeaderState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
}

} // namespace planner
