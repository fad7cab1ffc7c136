#pragma once

#include <QChar>
#include <QList>

namespace planner {

// How a CSV file to be read is written: the delimiter and the encoding, each either given
// or left for CsvReader to find out from the first bytes.
struct CsvDialect
{
    enum class Encoding { Detect, Utf8, Utf16 };

    QChar delimiter; // null: the one of candidates() the first lines use consistently
    Encoding encoding = Encoding::Detect;

    // What people's spreadsheets write: ',' (English settings), ';' (where the decimal mark
    // is a comma: Vietnamese, Indonesian) and tab (Excel's "Unicode text").
    static QList<QChar> candidates()
    {
        return {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    }
};

} // namespace planner
