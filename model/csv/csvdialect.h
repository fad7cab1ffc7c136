#pragma once

#include <QChar>
#include <QList>
#include <QString>

namespace planner {

// How a CSV file to be read is written: the delimiter and the encoding, each either given
// or left for CsvReader to find out from the first bytes.
struct CsvDialect
{
    // CodePage: a legacy encoding (encodingName, or guessed when the bytes are not UTF-8).
    enum class Encoding { Detect, Utf8, Utf16, CodePage };

    QChar delimiter; // null: the one of candidates() the first lines use consistently
    Encoding encoding = Encoding::Detect;
    // Any encoding ICU knows by name ("windows-1252", "cp1258", "UTF-8"); empty: the
    // encoding above decides. A byte order mark still says what a file is.
    QString encodingName;

    // What people's spreadsheets write: ',' (English settings), ';' (where the decimal mark
    // is a comma: Vietnamese, Indonesian) and tab (Excel's "Unicode text").
    static QList<QChar> candidates()
    {
        return {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    }
};

} // namespace planner
