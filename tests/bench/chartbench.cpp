// Charts at the sizes the program is built for: redraw of the shortlist charts after an edit with 500
// entries on the shortlist (target under 100 ms), and the cost-against-reach chart of 10,000
// candidates to its first paint (target under 1 s). Peer in the same run: a bare QChart
// with the same number of points in one scatter series, i.e. what Qt Charts itself costs.
#include "benchsupport.h"

#include "campaignpanel.h"
#include "storage/campaignstore.h"
#include "candidatepanel.h"
#include "itemmodels/candidatetablemodel.h"
#include "charts/chartspanel.h"
#include "charts/costscatterchart.h"
#include "mainwindow.h"
#include "charts/shortlistchart.h"
#include "itemmodels/shortlisttablemodel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <benchmark/benchmark.h>
#include <random>

using namespace planner;

namespace {

QString g_path;

// A window on the 10,000-candidate file with a campaign whose shortlist holds 500 entries.
struct Fixture
{
    MainWindow window{nullptr};
    Fixture()
    {
        Error error;
        window.openFile(g_path, false, &error);
        window.resize(1280, 760);
        window.show();
        CampaignPanel *panel = window.campaignPanel();
        if (panel->campaignStore()->campaigns().isEmpty()) {
            Campaign campaign;
            campaign.name = QStringLiteral("Bench");
            campaign.budget = Money(1'000'000'00, QStringLiteral("USD"));
            panel->createCampaign(campaign);
            QApplication::processEvents();
            const auto candidates = window.store()->allCandidates();
            QList<ShortlistEntry> entries;
            for (int i = 0; i < 500 && i < candidates.size(); ++i) {
                ShortlistEntry entry;
                entry.candidateId = candidates.at(i).id;
                entry.platform = candidates.at(i).channels.first().platform;
                entries << entry;
            }
            panel->campaignStore()->replaceUnlocked(panel->currentCampaign()->id, entries);
        }
        QApplication::processEvents();
    }
};

void BM_ShortlistRedrawAfterEdit(benchmark::State &state)
{
    Fixture fixture;
    ShortlistTableModel *model = fixture.window.campaignPanel()->model();
    ShortlistChart *chart = fixture.window.chartsPanel()->shortlistChart();
    int count = 1;
    for (auto _ : state) {
        ShortlistEntry entry = *model->entryAt(0);
        entry.deliverables = ++count % 5 + 1;
        fixture.window.campaignPanel()->campaignStore()->updateEntry(entry);
        QApplication::processEvents(); // the model reloads, the chart rebuilds
        benchmark::DoNotOptimize(chart->grab());
    }
    state.counters["entries"] = model->rowCount();
}

void BM_ScatterFirstPaint(benchmark::State &state)
{
    Fixture fixture;
    ChartsPanel *charts = fixture.window.chartsPanel();
    charts->tabs()->setCurrentWidget(charts->scatterChart());
    QApplication::processEvents();
    for (auto _ : state) {
        charts->scatterChart()->rebuild();
        benchmark::DoNotOptimize(charts->scatterChart()->grab());
    }
    state.counters["points"] = charts->scatterChart()->pointCount();
}

void BM_PeerBareQtChartScatter(benchmark::State &state)
{
    std::mt19937 random(7);
    std::uniform_real_distribution<double> value(0.0, 1e6);
    QChartView view;
    view.resize(400, 400);
    view.show();
    for (auto _ : state) {
        auto *chart = new QChart;
        auto *series = new QScatterSeries;
        for (int i = 0; i < state.range(0); ++i)
            series->append(value(random), value(random));
        chart->addSeries(series);
        chart->createDefaultAxes();
        view.setChart(chart); // deletes the previous chart
        benchmark::DoNotOptimize(view.grab());
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerBench"));
    g_path = QDir::temp().filePath(QStringLiteral("campaign-planner-bench-10k.sqlite"));
    bench::makeDatabase(g_path, 10000);
    benchmark::Initialize(&argc, argv);
    benchmark::RegisterBenchmark("ShortlistRedrawAfterEdit/500", BM_ShortlistRedrawAfterEdit)
        ->Unit(benchmark::kMillisecond)->Iterations(10);
    benchmark::RegisterBenchmark("ScatterFirstPaint/10000", BM_ScatterFirstPaint)
        ->Unit(benchmark::kMillisecond)->Iterations(5);
    benchmark::RegisterBenchmark("PeerBareQtChartScatter", BM_PeerBareQtChartScatter)
        ->Arg(13000)->Unit(benchmark::kMillisecond)->Iterations(5);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::fprintf(stdout, "peak memory (VmHWM): %.1f MB\n", bench::peakMemoryKiB() / 1024.0);
    return 0;
}
