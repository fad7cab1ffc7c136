#pragma once

#include "domain/deliveryresult.h"
#include "import/importreport.h"
#include "import/importsettings.h"
#include "import/resultcolumns.h"
#include "import/valueparser.h"
#include "storage/resultstore.h"

#include <QCoreApplication>
#include <functional>

namespace planner {

class CsvRecord;
class WorkbookSource;

// Imports the results of delivered posts (a platform's post-insights export or a sheet kept
// by hand) into one campaign, through the machinery of the candidate import: CsvReader or
// WorkbookSource, headers recognised in four languages (ResultColumns), values read as
// people type them (ValueParser), each refused row reported as FILE:LINE:COLUMN (or
// FILE:SHEET!CELL) with its reason, every accepted row stored in ONE transaction.
//
// A row names its shortlist entry by handle or name, narrowed by platform and format when
// the file gives them; a row for someone not on the campaign's shortlist is refused, saying so.
class ResultImport
{
    Q_DECLARE_TR_FUNCTIONS(ResultImport)

public:
    ResultImport(ResultStore &store, qint64 campaignId, const QString &campaignName);

    // Reads every row and stores the accepted ones (imported); rejected rows are counted and
    // listed. A file that cannot be read, or a write that fails, stores nothing.
    ImportReport run(const QString &csvPath, const ImportSettings &settings);
    ImportReport runWorkbook(const WorkbookSource &source, const ImportSettings &settings);
    // Reads and checks every row and counts what an import would do; stores nothing.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    // Told the bytes read so far and in all as rows are read; returning false cancels the
    // import (nothing is stored, the report says cancelled).
    using Progress = std::function<bool(qint64 read, qint64 total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // A workbook (.xlsx, .ods, Excel XML: the sheet named or numbered, else the one holding
    // rows) or a CSV file, whichever the path is.
    ImportReport runFile(const QString &path, const QString &sheet, const ImportSettings &settings);

    // A date as exports write it: 2026-03-14, 2026-03-14T18:02:00, 14/03/2026, 14.03.2026,
    // in Latin or Persian digits (day first unless the year is); a year before 1500 is
    // Solar Hijri, as Persian exports write dates (1405/01/15).
    static QDate readDate(QStringView text);

private:
    struct Row;
    bool readRow(const CsvRecord &record, const ResultColumns &columns, const ValueParser &parser,
                 const std::optional<CurrencyUnit> &fallback, DeliveryResult *result, Row *fault) const;
    std::optional<qint64> findEntry(const CsvRecord &record, const ResultColumns &columns, Row *fault) const;
    void readFigures(const CsvRecord &record, const ResultColumns &columns, const ValueParser &parser,
                     const std::optional<CurrencyUnit> &fallback, DeliveryResult *result, Row *fault) const;
    static std::optional<CurrencyUnit> fallbackCurrency(const ImportSettings &settings, const ResultColumns &columns,
                                                        const CsvRecord &record);

    ResultStore &m_store;
    qint64 m_campaignId;
    QString m_campaignName;
    QList<ResultTarget> m_targets;
    bool m_dryRun = false;
    Progress m_progress;
};

} // namespace planner
