#include "campaignactions.h"

#include "assumptionsdialog.h"
#include "campaignpanel.h"
#include "candidatepanel.h"
#include "itemmodels/candidatetablemodel.h"
#include "itemmodels/goalexplanation.h"
#include "itemmodels/shortlisttablemodel.h"
#include "text/displaynames.h"
#include "planning/goalranking.h"
#include "planning/goalscore.h"
#include "planning/planninginput.h"
#include "storage/campaignfile.h"
#include "storage/resultstore.h"
#include "text/localformat.h"
#include "shortlistsuggestrunner.h"

#include <QAction>
#include <QMessageBox>
#include <QTableView>
#include <cmath>

namespace planner {

CampaignActions::CampaignActions(CandidatePanel *candidates, CampaignPanel *campaign, QWidget *window)
    : QObject(window)
    , m_candidates(candidates)
    , m_campaign(campaign)
    , m_window(window)
    , m_addToShortlist(new QAction(this))
    , m_why(new QAction(this))
    , m_suggest(new QAction(this))
    , m_compare(new QAction(this))
    , m_assumptions(new QAction(this))
{
    m_addToShortlist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_why->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_suggest->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_addToShortlist, &QAction::triggered, this, &CampaignActions::addCurrentToShortlist);
    connect(m_why, &QAction::triggered, this, &CampaignActions::showWhy);
    connect(m_suggest, &QAction::triggered, this, &CampaignActions::suggest);
    connect(m_compare, &QAction::triggered, this, &CampaignActions::compareGoals);
    connect(m_assumptions, &QAction::triggered, this, &CampaignActions::showAssumptions);
    // The candidate table's context menu offers what applies to a candidate row.
    QTableView *table = m_candidates->table();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions({m_addToShortlist, m_why});
    // A shortlist row can ask "why" too; the last list the marketer moved in decides.
    m_campaign->table()->addAction(m_why);
    connect(m_campaign, &CampaignPanel::currentRowChanged, this, [this](int row) {
        m_fromShortlist = row >= 0;
        updateEnabled();
    });
    m_campaign->addToolAction(m_suggest);
    m_campaign->addToolAction(m_compare);
    m_campaign->addToolAction(m_assumptions);
    retranslate();
    updateEnabled();
}

void CampaignActions::setHistory(const CampaignFile *file)
{
    m_history = file;
}

void CampaignActions::setStores(AssumptionStore *assumptions, ExchangeRateStore *rates)
{
    m_assumptionStore = assumptions;
    m_rateStore = rates;
    updateEnabled();
}

void CampaignActions::retranslate()
{
    m_addToShortlist->setText(tr("Add to &Shortlist"));
    m_addToShortlist->setStatusTip(tr("Puts the selected candidate on the open campaign's shortlist"));
    m_why->setText(tr("&Why This Rank?"));
    m_why->setStatusTip(tr("Shows the numbers behind the selected candidate's goal fit"));
    m_suggest->setText(tr("S&uggest Shortlist…"));
    m_suggest->setStatusTip(tr("Fills the shortlist with the candidates that bring the most for the budget"));
    m_suggest->setToolTip(m_suggest->statusTip());
    m_compare->setText(tr("Compare &Goals…"));
    m_compare->setStatusTip(tr("Plans the same budget for awareness and for niche trust, side by side"));
    m_compare->setToolTip(m_compare->statusTip());
    m_assumptions->setText(tr("&Assumptions…"));
    m_assumptions->setStatusTip(tr("Shows and edits the figures behind every projection, and the exchange rates"));
    m_assumptions->setToolTip(m_assumptions->statusTip());
}

void CampaignActions::updateEnabled()
{
    const bool campaign = m_campaign->currentCampaign().has_value();
    const bool candidate = m_candidates->currentCandidateId() > 0;
    const bool entry = m_campaign->table()->currentIndex().isValid();
    m_addToShortlist->setEnabled(campaign && candidate);
    m_why->setEnabled(campaign && (candidate || entry));
    m_suggest->setEnabled(campaign);
    m_compare->setEnabled(campaign);
    m_assumptions->setEnabled(m_assumptionStore != nullptr);
}

void CampaignActions::candidateChosen()
{
    m_fromShortlist = false;
    updateEnabled();
}

void CampaignActions::addCurrentToShortlist()
{
    m_campaign->addCandidate(m_candidates->currentCandidateId());
}

void CampaignActions::showAssumptions()
{
    if (!m_assumptionStore || !m_rateStore)
        return;
    AssumptionsDialog dialog(m_assumptionStore, m_rateStore, m_window);
    // What the completed campaigns suggest, adopted only by the marketer, undoably.
    if (m_history) {
        const AssumptionLearner learner(PlanningInput::projection(*m_history));
        dialog.setSuggestions(learner.learn(m_history->results().history()),
                              [this](QUndoCommand *command) { return m_campaign->pushCommand(command); });
    }
    dialog.exec();
}

std::optional<CampaignActions::WhySubject> CampaignActions::whySubject() const
{
    const auto campaign = m_campaign->currentCampaign();
    const Projection *projection = m_campaign->projection();
    if (!campaign || !projection)
        return std::nullopt;
    WhySubject subject;
    subject.campaign = *campaign;
    const ShortlistTableModel *shortlist = m_campaign->model();
    const int entryRow = m_campaign->table()->currentIndex().row();
    // The list with the focus decides (a right-click gives it); else the one last moved in.
    const bool fromShortlist = m_campaign->table()->hasFocus()
        || (m_fromShortlist && !m_candidates->table()->hasFocus());
    if (fromShortlist && shortlist && shortlist->entryAt(entryRow) && shortlist->figuresAt(entryRow)) {
        // A shortlist row: the entry as booked (format, count, agreed fee).
        const ShortlistEntry &entry = *shortlist->entryAt(entryRow);
        subject.candidate = shortlist->candidates().value(entry.candidateId);
        subject.platform = entry.platform;
        subject.entry = entry;
        subject.score = GoalScore::of(*campaign, subject.candidate, *shortlist->figuresAt(entryRow),
                                      projection->assumptions().kindWeight(subject.candidate.kind));
        return subject;
    }
    CandidateTableModel *model = m_candidates->model();
    const CandidateRow *row = model ? model->rowAt(m_candidates->table()->currentIndex().row()) : nullptr;
    if (!row)
        return std::nullopt;
    subject.candidate.id = row->candidateId;
    subject.candidate.name = row->name;
    subject.candidate.kind = row->kind;
    subject.candidate.niches = row->niches;
    subject.candidate.regions = row->regions;
    subject.platform = row->channel.platform;
    subject.score = GoalRanking(*campaign, *projection).score(*row);
    return subject;
}

QString CampaignActions::whyText() const
{
    const std::optional<WhySubject> subject = whySubject();
    if (!subject)
        return {};
    const Campaign &campaign = subject->campaign;
    const GoalScore &score = subject->score;
    const ProjectedFigures &f = score.figures();
    const QString currency = campaign.currency();
    QStringList lines;
    //: %1 candidate name, %2 platform, %3 goal
    lines << tr("<b>%1</b> on %2, for the goal “%3”:")
                 .arg(LocalFormat::isolated(subject->candidate.name.toHtmlEscaped()),
                      DisplayNames::platform(subject->platform), DisplayNames::goal(campaign.goal));
    if (subject->entry)
        //: %1 count, %2 deliverable format: the shortlist entry the figures are for
        lines << tr("As booked on the shortlist: %1 × %2").arg(LocalFormat::count(subject->entry->deliverables),
                                                              DisplayNames::format(subject->entry->format));
    lines << tr("<b>The brief</b>");
    for (const QString &line : GoalExplanation::briefLines(campaign, subject->candidate, score))
        lines << line.toHtmlEscaped();
    lines << tr("<b>The figures</b>");
    lines << tr("Tier: %1 · authenticity %2 · reach rate %3 per deliverable")
                 .arg(DisplayNames::tier(f.tier), LocalFormat::percent(f.authenticity * 100.0),
                      LocalFormat::percent(f.reachRate * 100.0));
    lines << tr("Authentic unique reach: %1 · engagements: %2")
                 .arg(LocalFormat::count(std::llround(f.uniqueReach)),
                      LocalFormat::count(std::llround(f.engagements)));
    lines << GoalExplanation::bringsLine(score).toHtmlEscaped();
    lines << (f.cost ? tr("Cost: %1").arg(LocalFormat::money(*f.cost))
                     : tr("Cost unknown: no exchange rate to %1").arg(currency));
    if (score.matches() && score.fit())
        lines << GoalExplanation::fitLine(score, currency).toHtmlEscaped();
    QStringList defaults;
    if (f.restsOn(ProjectedFigures::ReachRate)) defaults << tr("reach rate");
    if (f.restsOn(ProjectedFigures::Authenticity)) defaults << tr("authenticity");
    if (f.restsOn(ProjectedFigures::EngagementRate)) defaults << tr("engagement rate");
    if (f.restsOn(ProjectedFigures::Fee)) defaults << tr("fee");
    if (!defaults.isEmpty())
        lines << tr("Rests on the tier's default %1, not on the candidate's own data.")
                     .arg(defaults.join(QLatin1String(", ")));
    return lines.join(QLatin1String("<br>"));
}

void CampaignActions::showWhy()
{
    const QString text = whyText();
    if (!text.isEmpty())
        QMessageBox::information(m_window, tr("Why this rank"), text);
}

void CampaignActions::suggest()
{
    ShortlistSuggestRunner runner(m_campaign, m_window);
    runner.suggest();
}

void CampaignActions::compareGoals()
{
    ShortlistSuggestRunner runner(m_campaign, m_window);
    runner.compareGoals();
}

} // namespace planner
