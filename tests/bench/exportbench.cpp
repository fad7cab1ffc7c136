// CSV export of the candidate table at the largest size the program is built for: 100,000 rows (channels),
// target under 0.5 s to a finished file. Measured whole (cursor, formatting, QSaveFile
// commit) in both presets and in a second order, and in parts: the cursor alone, the
// writer alone, and a bare QSqlQuery of the same SQL. scripts/bench-export.sh runs it with the sqlite3
// shell's `.mode csv` export of the same rows as the peer. The same rows to .xlsx (target 2 s):
// the program's writer and the libxlsxwriter one it replaced (WorkbookExport/...);
// scripts/bench-workbook.sh runs them beside the CSV export and LibreOffice's conversion.
//
//   export_bench [--db FILE] [--rows N] [--out FILE] [google benchmark flags]
#include "benchsupport.h"
#include "lxwtablesink.h"
#include "export/candidateexport.h"
#include "export/workbookoptions.h"
#include "storage/candidatesql.h"
#include "storage/candidatestore.h"
#include "csv/csvwriter.h"
#include "storage/database.h"
#include "demo/syntheticcandidates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <fstream>
#include <string>

using namespace planner;

namespace {

QString g_path;
QString g_out;
qint64 g_rows = 100000;
std::unique_ptr<Database> g_database;
std::unique_ptr<CandidateStore> g_store;

long g_runPeakKiB = 0; // of the whole run: each benchmark resets the kernel's own mark

// Starts a fresh high-water mark of the resident memory, so each benchmark reports its own
// (the process's baseline and SQLite's page cache included).
void resetPeakMemory()
{
    g_runPeakKiB = std::max(g_runPeakKiB, bench::peakMemoryKiB());
    std::ofstream(std::string("/proc/self/clear_refs")) << "5";
}

void reportPeakMemory(benchmark::State &state)
{
    state.counters["peak_rss_MB"] = bench::peakMemoryKiB() / 1024.0;
}

// The synthetic candidates of `campaign-planner-cli generate`, cut off at exactly `rows`
// channels (the last candidate loses a channel when it would pass the mark).
void makeExportDatabase(const QString &path, qint64 rows)
{
    if (QFileInfo::exists(path))
        return;
    Error error;
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", error.text().toLocal8Bit().constData());
        return;
    }
    CandidateStore store(*database);
    SyntheticCandidates generator;
    qint64 made = 0;
    store.addMany([&](Candidate &candidate) {
        if (made >= rows)
            return false;
        candidate = generator.next();
        while (made + candidate.channels.size() > rows)
            candidate.channels.removeLast();
        made += candidate.channels.size();
        return true;
    });
    std::fprintf(stderr, "generated %lld channel rows in %s\n", static_cast<long long>(made),
                 path.toLocal8Bit().constData());
}

void exportOnce(benchmark::State &state, const CsvPreset &preset, const CandidateSort &sort)
{
    CandidateExport csv(*g_store);
    Error error;
    if (!csv.exportTo(g_out, CandidateFilter(), sort, preset, &error)) {
        state.SkipWithError(error.text().toStdString().c_str());
        return;
    }
    benchmark::DoNotOptimize(csv.rowsWritten());
    state.counters["rows"] = static_cast<double>(csv.rowsWritten());
}

// The whole export by name (the table's default order, walked along an index).
void BM_ExportByName(benchmark::State &state, bool excel)
{
    const CsvPreset preset = excel ? CsvPreset::excel(QLocale(QLocale::Vietnamese)) : CsvPreset::plain();
    resetPeakMemory();
    for (auto _ : state)
        exportOnce(state, preset, CandidateSort());
    state.counters["bytes"] = static_cast<double>(QFileInfo(g_out).size());
    reportPeakMemory(state);
}

// Most followers first: channels lead along their followers index and each candidate is
// looked up by id (no sort step either: every sort key has an index).
void BM_ExportByFollowersDescending(benchmark::State &state)
{
    const CandidateSort sort{CandidateSortKey::Followers, true};
    resetPeakMemory();
    for (auto _ : state)
        exportOnce(state, CsvPreset::excel(QLocale(QLocale::Persian)), sort);
    reportPeakMemory(state);
}

// The cursor alone: every row read into CandidateRow values, nothing written.
void BM_CursorOnly(benchmark::State &state)
{
    for (auto _ : state) {
        qint64 rows = 0;
        const auto cursor = g_store->rows(CandidateFilter(), CandidateSort());
        while (!cursor->atEnd())
            rows += cursor->fetch(1000).size();
        benchmark::DoNotOptimize(rows);
        state.counters["rows"] = static_cast<double>(rows);
    }
}

// Peer in the process: the cursor's own SQL through a bare forward-only QSqlQuery, every
// value read as a QVariant and nothing made of it: what Qt SQL costs before any export.
void BM_PeerBareQuery(benchmark::State &state)
{
    const CandidateSort sort;
    const QString sql = QStringLiteral("SELECT ") + CandidateSql::rowColumns()
        + CandidateSql::fromJoin(sort) + CandidateSql::orderBy(sort);
    for (auto _ : state) {
        QSqlQuery query(g_database->connection());
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            state.SkipWithError("query failed");
            return;
        }
        qint64 rows = 0;
        while (query.next()) {
            for (int column = 0; column < 14; ++column)
                benchmark::DoNotOptimize(query.value(column));
            ++rows;
        }
        state.counters["rows"] = static_cast<double>(rows);
    }
}

// The writer alone: rows already in memory, formatted and written through QSaveFile.
void BM_WriterOnly(benchmark::State &state)
{
    resetPeakMemory();
    QList<CandidateRow> rows;
    const auto cursor = g_store->rows(CandidateFilter(), CandidateSort());
    while (!cursor->atEnd())
        rows += cursor->fetch(1000);
    const TierThresholds thresholds = g_store->tierThresholds();
    const CsvPreset preset = CsvPreset::excel(QLocale(QLocale::Vietnamese));
    for (auto _ : state) {
        Error error;
        const bool written = CsvWriter::saveFile(
            g_out, preset,
            [&](CsvWriter &writer) {
                writer.writeRow(CandidateExport::columns());
                for (const CandidateRow &row : std::as_const(rows))
                    CandidateExport::addRow(writer, row, thresholds);
                return true;
            },
            &error);
        if (!written)
            state.SkipWithError(error.text().toStdString().c_str());
    }
    state.counters["rows"] = static_cast<double>(rows.size());
    reportPeakMemory(state);
}

// The same rows as an .xlsx workbook (issue 20: 100,000 rows in at most 2 s), whole: cursor,
// cells, deflate, file. Through the program's own writer (XlsxWorkbookWriter), or, as the
// "before", the same cells and formats through libxlsxwriter (bench::LxwTableSink).
void BM_WorkbookExport(benchmark::State &state, bool libxlsxwriter)
{
    const QString path = g_out + (libxlsxwriter ? QStringLiteral(".lxw.xlsx") : QStringLiteral(".xlsx"));
    resetPeakMemory();
    for (auto _ : state) {
        CandidateExport exporter(*g_store);
        Error error;
        bool written = false;
        if (libxlsxwriter) {
            bench::LxwTableSink sink(QFile::encodeName(path));
            written = exporter.writeRows(sink, false, CandidateFilter(), CandidateSort(), {}) && sink.close();
        } else {
            written = exporter.exportWorkbook(path, CandidateFilter(), CandidateSort(), WorkbookOptions(), &error);
        }
        if (!written) {
            state.SkipWithError(libxlsxwriter ? "libxlsxwriter failed" : error.text().toStdString().c_str());
            return;
        }
        state.counters["rows"] = static_cast<double>(exporter.rowsWritten());
    }
    state.counters["bytes"] = static_cast<double>(QFileInfo(path).size());
    reportPeakMemory(state);
}

void registerBenchmarks()
{
    benchmark::RegisterBenchmark("WorkbookExport/xlsx", BM_WorkbookExport, false)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("WorkbookExport/libxlsxwriter-before", BM_WorkbookExport, true)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("ExportByName/plain", BM_ExportByName, false)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("ExportByName/excel", BM_ExportByName, true)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("ExportByFollowersDescending/excel", BM_ExportByFollowersDescending)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("CursorOnly", BM_CursorOnly)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("PeerBareQuery", BM_PeerBareQuery)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("WriterOnly/excel", BM_WriterOnly)->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_path = QDir::temp().filePath(QStringLiteral("campaign-planner-bench-export-100k.sqlite"));
    g_out = QDir::temp().filePath(QStringLiteral("campaign-planner-bench-export.csv"));
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--db" && i + 1 < argc)
            g_path = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--rows" && i + 1 < argc)
            g_rows = std::stoll(argv[++i]);
        else if (arg == "--out" && i + 1 < argc)
            g_out = QString::fromLocal8Bit(argv[++i]);
        else
            rest.push_back(argv[i]);
    }
    makeExportDatabase(g_path, g_rows);
    Error error;
    g_database = Database::open(g_path, Database::OpenMode::ExistingOnly, &error);
    if (!g_database) {
        std::fprintf(stderr, "%s\n", error.text().toLocal8Bit().constData());
        return 1;
    }
    g_store = std::make_unique<CandidateStore>(*g_database);
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    registerBenchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_store.reset();
    g_database.reset();
    std::fprintf(stdout, "peak memory of the whole run (VmHWM): %.1f MB\n",
                 std::max(g_runPeakKiB, bench::peakMemoryKiB()) / 1024.0);
    return 0;
}
