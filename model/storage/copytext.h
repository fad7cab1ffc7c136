#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace planner {

// PostgreSQL's COPY text format, as CandidateCopyWriter sends rows: fields in UTF-8 separated
// by tabs, rows ended by a newline, NULL written \N, and in a value the four characters that
// would end a field or a row (backslash, tab, newline, carriage return) escaped with a
// backslash, so that any text (a name "a\tb", a note holding "\N") comes back as it went.
class CopyText
{
public:
    // Appends text, escaped, to row (no separator).
    static void appendEscaped(QByteArray &row, const QString &text);
    // Appends a field: the separator before it unless it is the row's first, then text escaped.
    static void appendField(QByteArray &row, const QString &text, bool first = false);
    static void appendNull(QByteArray &row, bool first = false);
    static void appendNumber(QByteArray &row, qint64 value);
    static void appendOptional(QByteArray &row, const std::optional<qint64> &value);
    // A double written with every digit it needs to read back the same.
    static void appendOptional(QByteArray &row, const std::optional<double> &value);
    static void endRow(QByteArray &row) { row.append('\n'); }
};

} // namespace planner
