// Where the time of a candidate import goes, on a CSV file made by scripts/bench-import.sh
// (or any candidate CSV):
//   import_bench --csv FILE [google benchmark flags]
// ReadCsv: CsvReader alone. ReadAndCheck: every value parsed and checked, no database.
// ImportFreshFile: CandidateImport into a new campaign file (CandidateBulkWriter).
// CandidateInserterFreshFile: the same checked rows through CandidateStore::addMany, the
// QSqlQuery path (CandidateInserter), for comparison.
#include "benchsupport.h"

#include "import/candidateimport.h"
#include "csv/csvreader.h"
#include "import/importrowreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <fstream>
#include <memory>

namespace planner {
namespace {

QString g_csv;

// The rows of the file as the import reads them (its own mapping, every value checked),
// one at a time.
class CheckedRows
{
public:
    CheckedRows()
        : m_file(g_csv)
    {
        m_file.open(QIODevice::ReadOnly);
        m_reader = std::make_unique<CsvReader>(&m_file);
        if (m_reader->next(m_record))
            m_mapping = HeaderMapping(m_record.toStringList());
        m_rows = std::make_unique<ImportRowReader>(m_mapping, m_settings,
                                                   CandidateImport::decimalMark(m_settings, m_mapping),
                                                   CandidateImport::fallbackCurrency(m_settings, m_mapping));
    }

    bool next(ImportedRow &row)
    {
        RowFault fault;
        while (m_reader->next(m_record)) {
            if (!m_record.problem() && m_rows->read(m_record, &row, &fault))
                return true;
        }
        return false;
    }

private:
    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    CsvRecord m_record;
    HeaderMapping m_mapping;
    ImportSettings m_settings;
    std::unique_ptr<ImportRowReader> m_rows;
};

void resetPeak()
{
    std::ofstream(std::string("/proc/self/clear_refs")) << "5";
}

void reportPeak(benchmark::State &state, qint64 rows)
{
    state.counters["rows"] = double(rows);
    state.counters["peak_rss_MB"] = bench::peakMemoryKiB() / 1024.0;
}

void BM_ReadCsv(benchmark::State &state)
{
    qint64 records = 0;
    resetPeak();
    for (auto _ : state) {
        QFile file(g_csv);
        file.open(QIODevice::ReadOnly);
        CsvReader reader(&file);
        CsvRecord record;
        while (reader.next(record))
            ++records;
    }
    reportPeak(state, records);
}

void BM_ReadAndCheck(benchmark::State &state)
{
    qint64 rows = 0;
    resetPeak();
    for (auto _ : state) {
        CheckedRows source;
        ImportedRow row;
        while (source.next(row))
            ++rows;
    }
    reportPeak(state, rows);
}

void BM_ImportFreshFile(benchmark::State &state)
{
    ImportReport report;
    resetPeak();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("import.sqlite"));
        Error error;
        auto database = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
        state.ResumeTiming();
        report = CandidateImport(path).run(g_csv, HeaderMapping(), ImportSettings());
    }
    reportPeak(state, report.imported);
}

void BM_CandidateInserterFreshFile(benchmark::State &state)
{
    qint64 added = 0;
    resetPeak();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Error error;
        auto database = Database::open(dir.filePath(QStringLiteral("inserter.sqlite")),
                                       Database::OpenMode::CreateIfMissing, &error);
        state.ResumeTiming();
        CandidateStore store(*database);
        CheckedRows source;
        ImportedRow row;
        added = store.addMany([&](Candidate &candidate) {
            if (!source.next(row))
                return false;
            candidate = std::move(row.candidate);
            return true;
        }).value_or(-1);
    }
    reportPeak(state, added);
}

} // namespace
} // namespace planner

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--csv" && i + 1 < argc)
            planner::g_csv = QString::fromLocal8Bit(argv[++i]);
        else
            rest.push_back(argv[i]);
    }
    if (planner::g_csv.isEmpty() || !QFile::exists(planner::g_csv)) {
        std::fprintf(stderr, "usage: import_bench --csv FILE [benchmark flags] (make FILE with scripts/bench-import.sh)\n");
        return 2;
    }
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    using namespace planner;
    for (const auto &[name, function] :
         {std::pair{"ReadCsv", &BM_ReadCsv}, std::pair{"ReadAndCheck", &BM_ReadAndCheck},
          std::pair{"ImportFreshFile", &BM_ImportFreshFile},
          std::pair{"CandidateInserterFreshFile", &BM_CandidateInserterFreshFile}})
        benchmark::RegisterBenchmark(name, function)->Unit(benchmark::kMillisecond)->Iterations(1);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
