#include "campaignactions.h"

#include "actiontexts.h"
#include "assumptionsdialog.h"
#include "brandfitdialog.h"
#include "languagefitline.h"
#include "domain/languagematch.h"
#include "storage/brandfitstore.h"
#include "storage/campaignfile.h"
#include "campaignpanel.h"
#include "candidatecomparisondialog.h"
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
#include "readonlyguard.h"
#include "shortlistsuggestrunner.h"

#include <QAction>
#include <QMessageBox>
#include <QTableView>
#include <cmath>

namespace planner {

CampaignActions::CampaignActions(CandidatePanel *candidates, CampaignPanel *campaign, QWidget *window)
    : MenuActions(window)
    , m_candidates(candidates)
    , m_campaign(campaign)
    , m_addToShortlist(newAction(&CampaignActions::addCurrentToShortlist, QKeySequence(Qt::CTRL | Qt::Key_L)))
    , m_why(newAction(&CampaignActions::showWhy, QKeySequence(Qt::CTRL | Qt::Key_I)))
    , m_suggest(newAction(&CampaignActions::suggest, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)))
    , m_compare(newAction(&CampaignActions::compareGoals))
    , m_compareCandidates(newAction(&CampaignActions::compareCandidates))
    , m_assumptions(newAction(&CampaignActions::showAssumptions))
    , m_brandFit(newAction(&CampaignActions::editBrandFit))
{
    connect(m_candidates, &CandidatePanel::selectionChanged, this, &CampaignActions::updateEnabled);
    // The candidate table's context menu offers what applies to a candidate row.
    QTableView *table = m_candidates->table();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions({m_addToShortlist, m_why, m_compareCandidates, m_brandFit});
    // A shortlist row can ask "why" too; the last list the marketer moved in decides.
    m_campaign->table()->addActions({m_why, m_brandFit});
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
    describeAction(m_addToShortlist, tr("Add to &Shortlist"), tr("Puts the selected candidate on the open campaign's shortlist"));
    describeAction(m_why, tr("&Why This Rank?"), tr("Shows the numbers behind the selected candidate's goal fit"));
    describeAction(m_suggest, tr("S&uggest Shortlist…"), tr("Fills the shortlist with the candidates that bring the most for the budget"), true);
    describeAction(m_compare, tr("Compare &Goals…"), tr("Plans the same budget for awareness and for niche trust, side by side"), true);
    describeAction(m_compareCandidates, tr("Compare &Candidates…"),
                   tr("Projects the selected candidates for the open campaign side by side, without adding them to the shortlist"));
    describeAction(m_assumptions, tr("&Assumptions…"), tr("Shows and edits the figures behind every projection, and the exchange rates"), true);
    describeAction(m_brandFit, tr("&Brand Fit…"), tr("Rates how well the selected candidate fits the campaign's brand, with reasons and a note"));
    updateEnabled();
}

void CampaignActions::updateEnabled()
{
    const bool campaign = m_campaign->currentCampaign().has_value();
    const bool candidate = m_candidates->currentCandidateId() > 0;
    const bool entry = m_campaign->table()->currentIndex().isValid();
    const CampaignFile *file = m_campaign->file();
    const bool may = ReadOnlyGuard::mayEdit(file);
    ReadOnlyGuard::enable(m_addToShortlist, campaign && candidate, may);
    m_why->setEnabled(campaign && (candidate || entry));
    ReadOnlyGuard::enable(m_brandFit, campaign && (candidate || entry) && file, may);
    ReadOnlyGuard::enable(m_suggest, campaign, may);
    m_compare->setEnabled(campaign);
    // A viewer opens the assumptions too, to read them.
    m_assumptions->setEnabled(m_assumptionStore != nullptr);
    const QString blocked = compareCandidatesBlocked();
    m_compareCandidates->setEnabled(blocked.isEmpty());
    const QString does = tr("Projects the selected candidates for the open campaign side by side, without adding them to the shortlist");
    // Disabled, it says why: in the status bar and as its tooltip.
    m_compareCandidates->setStatusTip(blocked.isEmpty() ? does : blocked);
    m_compareCandidates->setToolTip(blocked.isEmpty() ? does : blocked);
}

QString CampaignActions::compareCandidatesBlocked() const
{
    if (!m_campaign->currentCampaign() || !m_campaign->projection())
        return tr("Open a campaign to compare candidates for it");
    const int selected = m_candidates->selectedCount();
    if (selected < CandidateComparisonDialog::fewest)
        //: %1 the fewest, %2 the most candidates compared
        return tr("Select %1 to %2 candidates in the list (Ctrl+click) to compare them")
            .arg(LocalFormat::count(CandidateComparisonDialog::fewest), LocalFormat::count(CandidateComparisonDialog::most));
    if (selected > CandidateComparisonDialog::most)
        //: %1 the most candidates compared, %2 how many are selected
        return tr("At most %1 candidates can be compared; %2 are selected")
            .arg(LocalFormat::count(CandidateComparisonDialog::most), LocalFormat::count(selected));
    return {};
}

QWidget *CampaignActions::compareCandidates()
{
    updateEnabled();
    if (!compareCandidatesBlocked().isEmpty())
        return nullptr;
    auto *dialog = new CandidateComparisonDialog(*m_campaign->currentCampaign(), *m_campaign->projection(),
                                                 m_candidates->selectedRows(), m_window);
    dialog->show();
    return dialog;
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

AssumptionsDialog *CampaignActions::createAssumptionsDialog() const
{
    if (!m_assumptionStore || !m_rateStore)
        return nullptr;
    auto *dialog = new AssumptionsDialog(m_assumptionStore, m_rateStore, m_window);
    // A viewer reads the figures; only a planner changes them.
    dialog->setReadOnly(!ReadOnlyGuard::mayEdit(m_campaign->file()));
    // What the completed campaigns suggest, adopted only by the marketer, undoably.
    if (m_history) {
        const AssumptionLearner learner(PlanningInput::projection(*m_history));
        dialog->setSuggestions(learner.learn(m_history->results().history()),
                               [this](QUndoCommand *command) { return m_campaign->pushCommand(command); });
    }
    return dialog;
}

void CampaignActions::showAssumptions()
{
    const std::unique_ptr<AssumptionsDialog> dialog(createAssumptionsDialog());
    if (dialog)
        dialog->exec();
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
        const auto fit = storedBrandFit(campaign->id, entry.candidateId);
        subject.brandRating = fit ? fit->rating : std::nullopt;
        subject.score = GoalScore::of(*campaign, subject.candidate, *shortlist->figuresAt(entryRow),
                                      projection->assumptions().kindWeight(subject.candidate.kind),
                                      BrandFit::factor(subject.brandRating, brandWeight()),
                                      LanguageMatch::factor(*campaign, subject.candidate, entry.platform,
                                                            LanguageMatch::weight(projection->assumptions())));
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
    subject.candidate.channels = {row->channel};
    const auto fit = storedBrandFit(campaign->id, row->candidateId);
    subject.brandRating = fit ? fit->rating : std::nullopt;
    GoalRanking ranking(*campaign, *projection);
    if (subject.brandRating)
        ranking.setBrandFactors({{row->candidateId, BrandFit::factor(subject.brandRating, brandWeight())}});
    subject.score = ranking.score(*row);
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
    const bool tiered = !f.restsOn(ProjectedFigures::NoFollowers);
    lines << tr("Tier: %1 · authenticity %2 · reach rate %3 per deliverable")
                 .arg(DisplayNames::tier(tiered ? std::optional<Tier>(f.tier) : std::nullopt),
                      LocalFormat::percent(f.authenticity * 100.0),
                      LocalFormat::percent(f.reachRate * 100.0));
    lines << tr("Authentic unique reach: %1 · engagements: %2")
                 .arg(LocalFormat::count(std::llround(f.uniqueReach)),
                      LocalFormat::count(std::llround(f.engagements)));
    lines << GoalExplanation::bringsLine(score).toHtmlEscaped();
    if (!tiered)
        lines << (f.restsOn(ProjectedFigures::NotProjected)
                      ? tr("The follower count and average views are unknown: nothing is projected.")
                      : tr("The follower count is unknown: reach and engagements come from the average views."));
    lines << (f.cost ? tr("Cost: %1").arg(LocalFormat::money(*f.cost))
              : f.restsOn(ProjectedFigures::NoExchangeRate) ? tr("Cost unknown: no exchange rate to %1").arg(currency)
                                                            : tr("Cost unknown: no fee is listed or agreed."));
    if (score.matches() && score.fit())
        lines << GoalExplanation::fitLine(score, currency).toHtmlEscaped();
    lines << brandLine(*subject).toHtmlEscaped();
    lines << LanguageFitLine::text(campaign, subject->candidate, subject->platform, score).toHtmlEscaped();
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

std::optional<BrandFit> CampaignActions::storedBrandFit(qint64 campaignId, qint64 candidateId) const
{
    CampaignFile *file = m_campaign->file();
    return file ? BrandFitStore(file->database()).find(campaignId, candidateId) : std::nullopt;
}

double CampaignActions::brandWeight() const
{
    const Projection *projection = m_campaign->projection();
    return projection ? projection->assumptions().brandFitWeight() : 0.0;
}

QString CampaignActions::brandLine(const WhySubject &subject) const
{
    return GoalExplanation::brandLine(subject.brandRating, subject.score, brandWeight());
}

void CampaignActions::editBrandFit()
{
    const std::optional<WhySubject> subject = whySubject();
    CampaignFile *file = m_campaign->file();
    if (!subject || !file || subject->candidate.id <= 0)
        return;
    BrandFit fit;
    fit.campaignId = subject->campaign.id;
    fit.candidateId = subject->candidate.id;
    if (const auto stored = storedBrandFit(fit.campaignId, fit.candidateId))
        fit = *stored;
    BrandFitDialog dialog(file->database(), fit, subject->candidate.name, subject->campaign.name, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit brandFitChanged();
}

} // namespace planner
