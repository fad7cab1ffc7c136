#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace planner {

// One cell of a workbook as the file types it. A formula cell holds the value its file saved
// (the cached result), never the formula.
struct WorkbookCell
{
    enum class Type { Empty, Text, Number, Percent, Date, Boolean };

    Type type = Type::Empty;
    QString text;      // Text
    double number = 0; // Number, Percent (as stored: 0.035 for 3.5 %), Boolean (0 or 1)
    QDate date;        // Date
    bool formula = false;
    int row = 0;       // in the sheet, from 0
    int column = 0;    // in the sheet, from 0
};

// The cells of one sheet: the visible columns that hold something, and the rows that are
// not empty, each with one cell per column of columns (Empty where the sheet has none).
struct WorkbookTable
{
    QString sheet;
    QList<int> columns; // sheet columns, from 0, hidden ones left out
    QList<QList<WorkbookCell>> rows;
};

// Reads .xlsx, .ods and Excel 2003 XML workbooks with LibreOffice's import library
// (liborcus and its spreadsheet document model): the names of the sheets, and one sheet as
// typed cells. Numbers are numbers (no locale is guessed), a number formatted as a
// percentage is a Percent, one formatted as a date a Date; merged cells hold their value in
// their first cell; hidden columns are left out.
class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)

public:
    WorkbookReader();
    ~WorkbookReader();
    WorkbookReader(const WorkbookReader &) = delete;
    WorkbookReader &operator=(const WorkbookReader &) = delete;

    // Whether the file is a workbook this reader reads (by its first bytes, not its name).
    static bool isWorkbook(const QString &path);

    // Reads the whole workbook; false with the reason in *error.
    bool open(const QString &path, Error *error);
    QStringList sheetNames() const;
    // The sheet named (any case) or numbered from 1; -1 when there is none.
    int findSheet(const QString &nameOrNumber) const;
    WorkbookTable table(int sheet) const;
    // Whether the sheet holds any cell (without reading them).
    bool hasCells(int sheet) const;
    // Whether the cell lies in a merged range (and is not its first cell).
    bool isMergedAway(int sheet, int row, int column) const;
    // The first cell of the merged range the cell lies in (itself when none).
    WorkbookCell mergeOrigin(int sheet, int row, int column) const;

    // "Sheet1!D14"; a sheet name with anything but letters, digits and '_' is quoted:
    // "'Danh sách'!D14".
    static QString cellReference(const QString &sheet, int row, int column);
    static QString columnLetters(int column);

private:
    WorkbookCell cell(int sheet, int row, int column) const;

    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace planner
