#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

// One row an import left out, or one cell it left empty, and why: FILE:LINE:COLUMN and a
// reason said for the marketer.
struct ImportRejection
{
    QString file;
    qint64 line = 0;
    qint64 column = 0;
    QString field;  // translated name of the field at fault, empty for faults of the CSV text
    QString reason; // translated
    qint64 cell = -1; // the file column's index (from 0); -1 for the row as a whole
    // For a workbook: the sheet and cell ("Sheet1!D14"), said in place of line and column.
    QString sheetCell;
    // "Field: reason", or the reason alone.
    QString text() const { return field.isEmpty() ? reason : field + QStringLiteral(": ") + reason; }
    // "FILE:LINE:COLUMN", or "FILE:SHEET!CELL" for a workbook.
    QString where() const
    {
        if (!sheetCell.isEmpty())
            return file + QLatin1Char(':') + sheetCell;
        return file + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column);
    }
};

// What an import did. Counts are of data rows, so imported + updated + skipped + rejected
// is every row of the file. A cancelled or failed import changed nothing: its counts are
// zero and only the rejections found before it stopped remain.
struct ImportReport
{
    qint64 imported = 0; // rows that became new candidates or their channels
    qint64 updated = 0;  // rows that updated a stored candidate (or added a channel to one)
    qint64 skipped = 0;  // rows of candidates already stored, left as they were
    qint64 rejected = 0; // rows left out for a fault
    // The first rejections in file order (all of them up to maxKeptRejections).
    QList<ImportRejection> rejections;
    // Cells of imported rows that were left empty (or read another way), and why: the
    // count of all of them and the first ones in file order (up to maxKeptRejections).
    qint64 warningCount = 0;
    QList<ImportRejection> warnings;
    // What the import did to the file as a whole, said for the marketer ("engagement was
    // given as counts per post: rates were computed from the follower counts").
    QStringList notes;
    bool cancelled = false;
    // The encoding the file was read in ("UTF-8", "windows-1252"), and whether it was a
    // code page guessed because the file is not UTF-8 (say so: the guess may be wrong).
    QString encoding;
    bool encodingAssumed = false;
    // Why the file could not be read or saved; empty when it was.
    Error error;

    static constexpr int maxKeptRejections = 1000;
    bool failed() const { return !error.isEmpty(); }
};

} // namespace planner
