#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>

namespace planner {

// One row an import left out, and why: FILE:LINE:COLUMN and a reason said for the marketer.
struct ImportRejection
{
    QString file;
    qint64 line = 0;
    qint64 column = 0;
    QString field;  // translated name of the field at fault, empty for faults of the CSV text
    QString reason; // translated
    // For a workbook: the sheet and cell ("Sheet1!D14"), said in place of line and column.
    QString cell;
    // "Field: reason", or the reason alone.
    QString text() const { return field.isEmpty() ? reason : field + QStringLiteral(": ") + reason; }
    // "FILE:LINE:COLUMN", or "FILE:SHEET!CELL" for a workbook.
    QString where() const
    {
        if (!cell.isEmpty())
            return file + QLatin1Char(':') + cell;
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
    bool cancelled = false;
    // Why the file could not be read or saved; empty when it was.
    Error error;

    static constexpr int maxKeptRejections = 1000;
    bool failed() const { return !error.isEmpty(); }
};

} // namespace planner
