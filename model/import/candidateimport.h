#pragma once

#include "csv/csvrecord.h"
#include "domain/error.h"
#include "import/headermapping.h"
#include "import/importreport.h"
#include "import/importsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>

class QFile;

namespace planner {

class CsvReader;
class WorkbookSource;
struct ImportedRow;
struct RowFault;

// What the import dialog shows before importing: how the file reads, the detected mapping
// and the first rows as text.
struct ImportPreview
{
    QStringList headers;
    QList<QStringList> rows;
    QList<qint64> rowLines; // the line each of rows starts on
    HeaderMapping mapping;
    QChar delimiter;
    QString encoding;       // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252"...
    bool encodingAssumed = false; // a code page guessed: the file is not UTF-8
    DecimalMark decimalMark = DecimalMark::Point; // as the import would read numbers
    // Whether the file says the platform of its rows (a platform column, profile links, a
    // header naming a platform) or the settings choose one: when not, nothing is imported.
    bool platformStated = false;
    Error error;            // why the file could not be read; empty when it could
};

// Imports candidates from a CSV file into a campaign database: reads the file through
// CsvReader, HeaderMapping and ValueParser, one candidate per row (consecutive rows with the
// same candidate id, or the same name on different platforms, become channels of one
// candidate), and writes them through a CandidateWriter (a file's CandidateBulkWriter, a server's
// CandidateCopyWriter) in ONE transaction. Rows that
// cannot be read are reported with file, line, column and reason and left out; every other
// row is imported. A cancelled or failed import leaves the database exactly as it was.
//
// The import writes on a connection of its own: it may run in a worker thread while the
// program's own connection keeps reading (WAL); views reload after it returns.
class CandidateImport
{
    Q_DECLARE_TR_FUNCTIONS(CandidateImport)

public:
    // bytes read so far and in all (-1 when unknown); return false to cancel.
    using Progress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

    explicit CandidateImport(const QString &databasePath);
    ~CandidateImport();

    // The header, the mapping detected from it (settled on the first rows' values) and up
    // to rowCount rows.
    static ImportPreview preview(const QString &csvPath, const ImportSettings &settings, int rowCount = 20);
    // Whether the mapping, the sample's profile links or the settings say the platform.
    static bool statesPlatform(const HeaderMapping &mapping, const QList<QStringList> &rows,
                               const ImportSettings &settings);
    // Imports the file with the given mapping (an empty mapping: the detected one).
    ImportReport run(const QString &csvPath, const HeaderMapping &mapping, const ImportSettings &settings,
                     const Progress &progress = {});
    // A workbook's sheet (.xlsx, .ods, Excel XML), prepared by WorkbookSource, through the same
    // import as a CSV file; rejections and errors name the workbook and its cells.
    ImportReport runWorkbook(const WorkbookSource &source, const HeaderMapping &mapping,
                             const ImportSettings &settings, const Progress &progress = {});
    static ImportPreview previewWorkbook(const WorkbookSource &source, const ImportSettings &settings,
                                         int rowCount = 20);
    // Cancels a running import from any thread.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    // Called with every rejected row as it is found (the report keeps only the first ones).
    void setRejectionHandler(std::function<void(const ImportRejection &)> handler)
    {
        m_onRejected = std::move(handler);
    }
    // Called with every cell left empty as it is found (the report keeps only the first ones).
    void setWarningHandler(std::function<void(const ImportRejection &)> handler)
    {
        m_onWarning = std::move(handler);
    }
    // Reads and checks every row and counts what an import would do, then rolls back:
    // nothing in the database changes.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }

    // The decimal mark numbers are read with: the settings' own, else the one the sample's
    // values show (DecimalMarkVote), else the one the mapping carries from its preview, else
    // the headers' language (Vietnamese and Indonesian write ','), else the settings' locale.
    static DecimalMark decimalMark(const ImportSettings &settings, const HeaderMapping &mapping,
                                   const QList<QStringList> &sample = {});
    // The currency of fees that name none, before a currency column: see ImportSettings.
    static std::optional<CurrencyUnit> fallbackCurrency(const ImportSettings &settings,
                                                        const HeaderMapping &mapping);
    // "“file” could not be read: reason", as every import of a CSV file says it.
    static QString fileError(const QString &path, const QString &reason);
    // Opens the file for reading, or says in *error why it cannot be.
    static bool openForReading(QFile &file, Error *error);
    // Reads the header row of path into record and tells the report the encoding read; false
    // when there is none: an empty file (no fault) or one that failed (said in report.error).
    static bool readHeader(CsvReader &reader, CsvRecord &record, const QString &path, ImportReport &report);

private:
    struct Keyed;
    struct Run;
    bool readRows(Run &run);
    bool flushGroup(Run &run);
    static bool flushKnownGroup(Run &run, const Keyed &keyed);
    static bool updateGroup(Run &run, qint64 candidateId);
    void reject(Run &run, const CsvPosition &at, const QString &field, const QString &reason,
                qint64 cell = -1) const;
    void warn(Run &run, const CsvRecord &record, const RowFault &warning) const;
    static bool joinsGroup(const QList<ImportedRow> &group, const ImportedRow &row);

    QString m_databasePath;
    std::atomic<bool> m_cancelled{false};
    std::function<void(const ImportRejection &)> m_onRejected;
    std::function<void(const ImportRejection &)> m_onWarning;
    bool m_dryRun = false;
};

} // namespace planner
