#pragma once

#include <QByteArray>
#include <QHash>

#include <string>

namespace planner {

// A workbook's shared strings table: every text cell names its string by its place in the
// table, each distinct string written once (xl/sharedStrings.xml). The program's own import
// (liborcus) reads only this form, not the inline strings a streaming writer could use.
class XlsxSharedStrings
{
public:
    // The place of a UTF-8 string, added at the end when new.
    quint32 indexOf(const QByteArray &utf8);

    // The whole part, from the XML declaration on.
    std::string head() const;
    const std::string &items() const { return m_items; }
    static const char *tail() { return "</sst>"; }

private:
    QHash<QByteArray, quint32> m_indexes;
    std::string m_items; // the <si> elements, in order
    quint64 m_references = 0;
};

} // namespace planner
