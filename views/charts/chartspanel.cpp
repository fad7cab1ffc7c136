#include "charts/chartspanel.h"

#include "charts/budgetchart.h"
#include "charts/chartexporter.h"
#include "charts/chartwindow.h"
#include "charts/costscatterchart.h"
#include "charts/goalcomparisonchart.h"
#include "charts/reportchartview.h"
#include "charts/shortlistchart.h"
#include "charts/shortlistmeasuresview.h"
#include "plandialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace planner {

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_shortlist(new ShortlistChart(this))
    , m_scatter(new CostScatterChart(this))
    , m_budget(new BudgetChart(this))
    , m_goals(new GoalComparisonChart(this))
    , m_export(new QPushButton(this))
    , m_fullSize(new QPushButton(this))
{
    for (QWidget *page : {static_cast<QWidget *>(m_shortlist), static_cast<QWidget *>(m_scatter),
                          static_cast<QWidget *>(m_budget), static_cast<QWidget *>(m_goals)})
        m_tabs->addTab(page, QString());
    connect(m_export, &QPushButton::clicked, this, &ChartsPanel::exportDialog);
    connect(m_shortlist, &ShortlistChart::rowClicked, this, &ChartsPanel::shortlistRowClicked);
    connect(m_scatter, &CostScatterChart::candidateClicked, this, &ChartsPanel::candidateClicked);
    auto *bottom = new QHBoxLayout;
    connect(m_fullSize, &QPushButton::clicked, this, &ChartsPanel::showFullSize);
    bottom->addWidget(m_fullSize);
    bottom->addStretch(1);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    retranslateUi();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::setModels(ShortlistTableModel *shortlist, CandidateTableModel *candidates)
{
    // A full-size chart follows the models it was opened on: it goes with them.
    if (m_window)
        m_window->close();
    m_shortlistModel = shortlist;
    m_candidateModel = candidates;
    m_shortlist->setModel(shortlist);
    m_budget->setModel(shortlist);
    m_scatter->setModel(candidates);
}

void ChartsPanel::showComparison(const QList<PlanSummary> &plans, const QString &currency,
                                 const QHash<qint64, Candidate> &candidates)
{
    m_plans = plans;
    m_currency = currency;
    m_candidates = candidates;
    m_goals->setPlans(plans, currency, candidates);
    if (!plans.isEmpty())
        m_tabs->setCurrentWidget(m_goals);
}

void ChartsPanel::highlightShortlistRow(int row)
{
    m_shortlist->highlightRow(row);
}

void ChartsPanel::highlightCandidate(qint64 candidateId)
{
    m_scatter->highlightCandidate(candidateId);
}

bool ChartsPanel::exportCurrent(const QString &path)
{
    if (!ChartExporter::save(m_tabs->currentWidget(), path))
        return false;
    //: Status bar after an export: %1 the chart's tab, %2 the file written
    emit written(tr("Chart “%1” written to %2")
                     .arg(m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')), QDir::toNativeSeparators(path)));
    return true;
}

ChartWindow *ChartsPanel::showFullSize()
{
    if (m_window)
        m_window->close();
    QWidget *chart = nullptr;
    QWidget *current = m_tabs->currentWidget();
    if (current == m_shortlist) {
        auto *view = new ShortlistMeasuresView;
        view->setModel(m_shortlistModel);
        chart = view;
    } else if (current == m_scatter) {
        auto *scatter = new CostScatterChart;
        scatter->setModel(m_candidateModel);
        chart = scatter;
    } else if (current == m_budget) {
        auto *budget = new BudgetChart;
        budget->setModel(m_shortlistModel);
        chart = budget;
    } else if (m_plans.size() >= 2) {
        // The plans as Compare Goals draws them: every label whole, each measure on its scale.
        Campaign campaign;
        campaign.budget = Money::fromMajor(0, m_currency);
        auto *view = new ReportChartView;
        view->setChart(PlanDialog::comparisonChart(campaign, m_plans, m_candidates));
        chart = view;
    } else {
        auto *goals = new GoalComparisonChart;
        goals->setPlans(m_plans, m_currency, m_candidates);
        chart = goals;
    }
    chart->setLayoutDirection(layoutDirection());
    m_window = new ChartWindow(chart, SettingsKeys::chartWindowGeometry, window());
    m_window->setWindowTitle(m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')));
    m_window->show();
    return m_window;
}

void ChartsPanel::exportDialog()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                QDir::home().filePath(m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'))),
                                                png + QLatin1String(";;") + svg + QLatin1String(";;") + pdf, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? QStringLiteral(".svg") : filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (!exportCurrent(path))
        QMessageBox::warning(this, tr("Export Chart"),
                             tr("The chart could not be written to “%1”.").arg(QDir::toNativeSeparators(path)));
}

void ChartsPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Shortlist"));
    m_tabs->setTabText(1, tr("Cost and &reach"));
    m_tabs->setTabText(2, tr("&Budget"));
    m_tabs->setTabText(3, tr("&Goals"));
    m_tabs->setTabToolTip(0, tr("Reach, engagements and cost of each shortlist entry"));
    m_tabs->setTabToolTip(1, tr("What every candidate the filter shows brings for its cost"));
    m_tabs->setTabToolTip(2, tr("Where the budget goes: by kind, tier and platform"));
    m_tabs->setTabToolTip(3, tr("The awareness plan and the niche-trust plan for the same budget"));
    m_export->setText(tr("E&xport Chart…"));
    m_export->setToolTip(tr("Saves the chart on show as PNG, SVG or PDF"));
    m_fullSize->setText(tr("Full Si&ze…"));
    m_fullSize->setToolTip(tr("Opens the chart on show in a window of its own, as large as you make it"));
    // Every tab whole: the panel is never narrower than its tab bar, which otherwise
    // scrolled its tabs and cut them ("ost and reach", "hi phí và tiếp cận").
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);
    m_tabs->setMinimumWidth(m_tabs->tabBar()->sizeHint().width() + 8);
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace planner
