#pragma once

#include <QString>
#include <QStringList>

namespace planner {

// The pieces of the CSV the CLI writes for other programs: RFC 4180 quoting, and plain
// numbers ('.' decimal point, no grouping, no exponent) whatever the locale.
class CsvFields
{
public:
    // A field quoted when it holds a comma, a quote, CR or LF; quotes inside doubled.
    static QString field(const QString &text);
    // A plain decimal of at most 15 significant digits: "3.5", "0.00001", never "1e-05".
    static QString number(double value);
    // Fields already quoted or plain, joined into one line, '\n' included.
    static QString line(const QStringList &fields);
};

} // namespace planner
