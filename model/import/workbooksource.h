#pragma once

#include "domain/decimalnumber.h"
#include "domain/error.h"
#include "import/importreport.h"
#include "import/importsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

namespace planner {

class WorkbookReader;
struct WorkbookTable;

// One sheet of a workbook made ready for the import, which then treats it as it treats a CSV
// file (header mapping, values, warnings, report): the sheet's rows are written to a
// temporary CSV file, and what the import reports about that file (line, column) is turned
// back into the workbook's cells ("Sheet1!D14").
//
// - The sheet: the one named or numbered by the choice; without a choice, the only sheet
//   that holds anything, else a refusal naming the sheets.
// - The header: the row, among the first ten that hold anything, whose cells name the most
//   known fields (a title row above it is left out); an empty header cell inside a merged
//   range takes the range's text.
// - Empty rows and hidden columns are left out; a formula gives the value its file saved.
// - Typed cells are written so that the import reads them exactly, in the decimal mark it
//   will read the file with: numbers plain ("1200000", "3.5" or "3,5"), a percentage cell
//   as percent with its sign ("3.5%"), a date as YYYY-MM-DD, text as it is.
class WorkbookSource
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookSource)

public:
    WorkbookSource();
    ~WorkbookSource();

    // Reads the workbook and writes the chosen sheet; false with the reason in *error.
    bool prepare(const QString &path, const QString &sheetChoice, const ImportSettings &settings,
                 Error *error);
    // After prepare() refused: whether it was because several sheets hold rows and none was
    // chosen (sheetNames() lists them).
    bool needsSheet() const { return m_needsSheet; }

    QString workbookPath() const { return m_path; }
    QString sheet() const { return m_sheet; }
    QStringList sheetNames() const { return m_sheetNames; }
    // The temporary CSV file and the settings to read it with (its delimiter and encoding).
    QString csvPath() const;
    ImportSettings csvSettings(const ImportSettings &settings) const;

    // The cell of the sheet at a line and column of the CSV file ("Sheet1!D14").
    QString cellAt(qint64 line, qint64 column) const;
    // The rejection said of the workbook: its file, and its cell in place of line and column.
    ImportRejection translated(const ImportRejection &rejection) const;
    // The report said of the workbook (rejections, and the temporary file's name in errors).
    ImportReport translated(ImportReport report) const;

private:
    int chooseSheet(const WorkbookReader &reader, const QString &choice, Error *error) const;
    int headerRow(const WorkbookTable &table) const;
    QStringList headerTexts(const WorkbookReader &reader, int sheet, const WorkbookTable &table,
                            int row) const;
    bool write(const WorkbookTable &table, int header, const QStringList &headers,
               const ImportSettings &settings, Error *error);
    QString fail(const QString &reason) const;

    // Where each field of the CSV file came from: the fields' byte offsets and cells, and
    // each record's first field and first line.
    struct Record
    {
        qint64 line = 0;
        qsizetype firstField = 0;
    };
    QString m_path;
    QString m_sheet;
    QStringList m_sheetNames;
    QTemporaryDir m_folder;
    QByteArray m_bytes;
    QList<qint64> m_fieldOffsets;
    QList<QPair<int, int>> m_fieldCells; // sheet row and column, from 0
    QList<Record> m_records;
    DecimalMark m_mark = DecimalMark::Point;
    bool m_needsSheet = false;
};

} // namespace planner
