#pragma once

#include "domain/candidatefilter.h"
#include "domain/candidaterow.h"
#include "csv/csvpreset.h"
#include "domain/error.h"
#include "domain/tier.h"
#include "export/workbookoptions.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QIODevice;

namespace planner {

class CandidateStore;
class CsvWriter;
class TableSink;

// The candidate table as the marketer filtered and sorted it, to CSV: one row per channel,
// streamed from the store's cursor a batch at a time, so the size of the table costs time
// but not memory.
//
// The header holds stable keys in English snake_case, never translated and never reordered
// (columns may only be added at the end): a file must read back through the import in any
// interface language, and scripts find columns by name or place. Values are keys too (kind,
// tier, platform), lists are joined with '|', numbers are plain (see CsvWriter), the fee is
// per deliverable in its own currency, and an empty field is an unknown value.
//   id,name,kind,tier,platform,handle,followers,engagement_rate_pct,avg_views,fee,currency,
//   authenticity_pct,niches,regions
// Percentages (engagement_rate_pct, authenticity_pct) are rounded to two decimals.
class CandidateExport
{
    Q_DECLARE_TR_FUNCTIONS(CandidateExport)

public:
    // Called after each batch with the rows written so far (for a progress bar whose total
    // is CandidateStore::rowCount(filter)); returning false cancels the export.
    using Progress = std::function<bool(qint64 rowsWritten)>;

    explicit CandidateExport(const CandidateStore &store);

    static QStringList columns();
    // The same columns named in the interface language, for people (CsvPreset's and the
    // workbook's localizedHeaders); the import reads columns().
    static QStringList titles();
    static QStringList header(bool localized);
    // One channel's row, in the order of columns().
    static void addRow(CsvWriter &writer, const CandidateRow &row, const TierThresholds &thresholds);
    static void addRow(TableSink &sink, const CandidateRow &row, const TierThresholds &thresholds);
    // Header and rows into any sink (the workbook export), a batch at a time; false when
    // progress cancelled, the sink failed or the rows could not be read (error()).
    bool writeRows(TableSink &sink, bool localizedHeaders, const CandidateFilter &filter,
                   const CandidateSort &sort, const Progress &progress);
    // Why the rows could not be read by the last export, when they could not.
    const Error &readError() const { return m_readError; }

    // Writes the file through QSaveFile: replaced only when every row was written; after a
    // failure or a cancel it is left exactly as it was, with the reason in *error.
    bool exportTo(const QString &path, const CandidateFilter &filter, const CandidateSort &sort,
                  const CsvPreset &preset, Error *error = nullptr,
                  const Progress &progress = {});
    // The same rows as an .xlsx workbook (see XlsxWorkbookWriter), through QSaveFile:
    // replaced only when every row was written.
    bool exportWorkbook(const QString &path, const CandidateFilter &filter,
                        const CandidateSort &sort, const WorkbookOptions &options,
                        Error *error = nullptr, const Progress &progress = {});
    // The same rows to a device that is already open (the CLI's standard output).
    bool write(QIODevice *device, const CandidateFilter &filter, const CandidateSort &sort,
               const CsvPreset &preset, Error *error = nullptr);
    // Rows written by the last export or write, header left out.
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    bool writeRows(CsvWriter &writer, const CandidateFilter &filter, const CandidateSort &sort,
                   const Progress &progress);

    const CandidateStore &m_store;
    qint64 m_rowsWritten = 0;
    Error m_readError; // why the rows could not be read, when they could not
};

} // namespace planner
