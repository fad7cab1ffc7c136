#pragma once

#include <QList>
#include <QStringList>

namespace planner::test {

// Reads CSV text back into rows, independently of the writer under test: RFC 4180 quotes,
// doubled quotes, and line breaks inside quoted fields.
class CsvText
{
public:
    static QList<QStringList> parse(const QString &text);
};

} // namespace planner::test
