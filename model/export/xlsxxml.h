#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <string>

namespace planner {

// The small pieces of SpreadsheetML text the workbook's parts are made of, appended to a
// buffer without a temporary each (an export of 100,000 rows writes 1.4 million cells).
class XlsxXml
{
public:
    // UTF-8 text for element content or an attribute in double quotes: & < > " escaped; the
    // control characters XML 1.0 forbids written as Excel writes them (_x0001_).
    static void appendEscaped(std::string &xml, QByteArrayView utf8);
    static void appendInteger(std::string &xml, qint64 value);
    // The shortest text that reads back as exactly this double.
    static void appendNumber(std::string &xml, double value);
    // Column letters of a zero-based column: 0 is A, 26 is AA.
    static std::string columnName(int column);
    // Space, tab or line break at either end: a <t> element needs xml:space="preserve".
    static bool needsSpacePreserved(QByteArrayView utf8);
};

} // namespace planner
