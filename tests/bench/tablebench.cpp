// Scale of the candidate table: a file of 1,000,000 candidates (made once with the same
// generator as `campaign-planner-cli generate`), opened to the first painted table, and a
// keystroke in the search field to the repainted table. Peak memory is printed at the end.
//
//   table_bench [--db FILE] [--count N] [google benchmark flags]
#include "benchsupport.h"
#include "candidatefilterbar.h"
#include "candidatepanel.h"
#include "storage/candidatestore.h"
#include "itemmodels/candidatetablemodel.h"
#include "storage/database.h"
#include "mainwindow.h"
#include "languagepicker.h"
#include "rangefilterrow.h"
#include "demo/syntheticcandidates.h"
#include "planning/campaigncostinputs.h"
#include "planning/planninginput.h"
#include "storage/campaignfile.h"

#include <QTableView>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <string>

using namespace planner;

namespace {

QString g_path;

// File > Open to a painted window: open, query the first rows and counts, lay out, paint.
void BM_OpenToFirstPaintedTable(benchmark::State &state)
{
    for (auto _ : state) {
        MainWindow window(nullptr);
        window.resize(1200, 720);
        Error error;
        if (!window.openFile(g_path, false, &error)) {
            state.SkipWithError(error.text().toStdString().c_str());
            return;
        }
        window.show();
        const QPixmap painted = window.grab();
        benchmark::DoNotOptimize(painted.cacheKey());
        state.PauseTiming();
        window.close();
        state.ResumeTiming();
    }
}

// One more letter typed in the search field (from the text before it), to the repainted
// table. Filter and sort run in SQL; the status-bar count follows in the background.
// The window on the file, shown and sorted by one column, before a measured keystroke.
void openSorted(MainWindow &window, int sortColumn)
{
    window.resize(1200, 720);
    Error error;
    window.openFile(g_path, false, &error);
    window.show();
    window.panel()->table()->sortByColumn(sortColumn, Qt::AscendingOrder);
}

void BM_FilterKeystroke(benchmark::State &state, const QString &typed, int sortColumn)
{
    MainWindow window(nullptr);
    openSorted(window, sortColumn);
    QLineEdit *search = window.panel()->filterBar()->searchField();
    for (auto _ : state) {
        state.PauseTiming();
        search->setText(typed.chopped(1));
        state.ResumeTiming();
        search->setText(typed);
        const QPixmap painted = window.grab();
        benchmark::DoNotOptimize(painted.cacheKey());
    }
    state.counters["rows_loaded"] = double(window.panel()->model()->rowCount());
}

void registerKeystrokes()
{
    const QStringList typing{QStringLiteral("n"),  QStringLiteral("ng"),     QStringLiteral("ngu"),
                             QStringLiteral("nguyen"), QStringLiteral("dewi"), QStringLiteral("1"),
                             QStringLiteral("12"), QStringLiteral("1234"), QStringLiteral("c99")};
    const struct { const char *name; int column; } sorts[] = {
        {"by_name", CandidateTableModel::NameColumn},
        {"by_followers", CandidateTableModel::FollowersColumn}};
    for (const auto &sort : sorts) {
        for (const QString &typed : typing) {
            const std::string name = std::string("FilterKeystroke/") + sort.name + "/" + typed.toStdString();
            benchmark::RegisterBenchmark(name.c_str(), BM_FilterKeystroke, typed, sort.column)
                ->Unit(benchmark::kMillisecond)->Iterations(5);
        }
    }
}

// The CPM and CPE fields as a campaign in đồng sets them (without writing a campaign to the
// file): amounts typed in VND, projected with the file's assumptions and rates.
void useCampaignInVnd(MainWindow &window)
{
    Campaign campaign;
    campaign.name = QStringLiteral("Bench");
    campaign.budget = Money(1000000000, QStringLiteral("VND"));
    const Projection projection = PlanningInput::projection(*window.file());
    RangeFilterRow *row = window.panel()->filterBar()->rangeRow();
    row->setFeeCurrency(campaign.currency(), projection.rates());
    row->setCostInputs(CampaignCostInputs::of(campaign, projection));
}

// A bound typed in the "More filters" row (the field empty before), to the repainted table.
// The count of rows an unknown figure leaves out runs in the background, as the match count.
void BM_RangeKeystroke(benchmark::State &state, int figure, bool max, const QString &typed, int sortColumn)
{
    MainWindow window(nullptr);
    openSorted(window, sortColumn);
    if (figure >= 5)
        useCampaignInVnd(window);
    QLineEdit *field = window.panel()->filterBar()->rangeRow()->field(figure, max);
    for (auto _ : state) {
        state.PauseTiming();
        field->clear();
        state.ResumeTiming();
        field->setText(typed);
        const QPixmap painted = window.grab();
        benchmark::DoNotOptimize(painted.cacheKey());
    }
    state.counters["rows_loaded"] = double(window.panel()->model()->rowCount());
}

void registerRangeKeystrokes()
{
    const struct { const char *name; int figure; bool max; const char *typed; } bounds[] = {
        {"min_followers", 0, false, "10000"}, {"max_followers", 0, true, "5000"},
        {"min_engagement", 1, false, "3"},    {"max_engagement", 1, true, "1"},
        {"min_views", 2, false, "50000"},     {"max_fee", 3, true, "5 jt"},
        {"min_fee", 3, false, "1000000"},     {"min_authenticity", 4, false, "80"},
        {"max_cpm_vnd", 5, true, "100000"},   {"min_cpm_vnd", 5, false, "500000"},
        {"max_cpe_vnd", 6, true, "1000"},     {"min_cpe_vnd", 6, false, "20000"}};
    const struct { const char *name; int column; } sorts[] = {
        {"by_name", CandidateTableModel::NameColumn},
        {"by_followers", CandidateTableModel::FollowersColumn}};
    for (const auto &sort : sorts) {
        for (const auto &bound : bounds) {
            const std::string name = std::string("RangeKeystroke/") + sort.name + "/" + bound.name;
            benchmark::RegisterBenchmark(name.c_str(), BM_RangeKeystroke, bound.figure, bound.max,
                                         QString::fromUtf8(bound.typed), sort.column)
                ->Unit(benchmark::kMillisecond)->Iterations(5);
        }
    }
}

// A language ticked in the "More filters" row (none before), to the repainted table and the
// count of channels whose languages are unknown.
void BM_LanguageFilter(benchmark::State &state, const QString &code, int sortColumn)
{
    MainWindow window(nullptr);
    openSorted(window, sortColumn);
    LanguagePicker *picker = window.panel()->filterBar()->rangeRow()->languagePicker();
    for (auto _ : state) {
        state.PauseTiming();
        picker->setCodes({});
        state.ResumeTiming();
        picker->setCodes({code});
        const QPixmap painted = window.grab();
        benchmark::DoNotOptimize(painted.cacheKey());
    }
    state.counters["rows_loaded"] = double(window.panel()->model()->rowCount());
}

void registerLanguageFilters()
{
    const struct { const char *name; int column; } sorts[] = {
        {"by_name", CandidateTableModel::NameColumn},
        {"by_followers", CandidateTableModel::FollowersColumn}};
    for (const auto &sort : sorts) {
        for (const char *code : {"vi", "en", "ms"}) {
            const std::string name = std::string("LanguageFilter/") + sort.name + "/" + code;
            benchmark::RegisterBenchmark(name.c_str(), BM_LanguageFilter, QString::fromLatin1(code), sort.column)
                ->Unit(benchmark::kMillisecond)->Iterations(5);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerBench"));
    qint64 count = 1000000;
    g_path = QDir::temp().filePath(QStringLiteral("campaign-planner-bench-1m.sqlite"));
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--db" && i + 1 < argc)
            g_path = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--count" && i + 1 < argc)
            count = std::stoll(argv[++i]);
        else
            rest.push_back(argv[i]);
    }
    bench::makeDatabase(g_path, count);
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    benchmark::RegisterBenchmark("OpenToFirstPaintedTable", BM_OpenToFirstPaintedTable)
        ->Unit(benchmark::kMillisecond)->Iterations(5);
    registerKeystrokes();
    registerRangeKeystrokes();
    registerLanguageFilters();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::fprintf(stdout, "peak memory (VmHWM): %.1f MB\n", bench::peakMemoryKiB() / 1024.0);
    return 0;
}
