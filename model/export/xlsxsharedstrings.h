#pragma once

#include <QStringConverter>
#include <QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace planner {

// A workbook's shared strings table: every text cell names its string by its place in the
// table, each distinct string written once (xl/sharedStrings.xml). The program's own import
// (liborcus) reads only this form, not the inline strings a streaming writer could use.
// Made for 100,000-row exports: the distinct strings lie one after another in one buffer
// and an open-addressing table of their places finds them, so a cell costs no allocation.
class XlsxSharedStrings
{
public:
    XlsxSharedStrings();

    // The place of a string, added at the end when new.
    quint32 indexOf(QStringView text);

    // The part is head(), items(), tail(), in that order.
    std::string head() const;
    const std::string &items() const { return m_items; }
    static const char *tail() { return "</sst>"; }

private:
    struct Entry
    {
        size_t offset; // in m_text
        quint32 length;
        quint32 hash;
    };

    quint32 indexOfUtf8(std::string_view utf8);
    std::string_view textOf(const Entry &entry) const;
    void grow();

    QStringEncoder m_encoder;
    std::string m_utf8;            // the string being looked up
    std::string m_text;            // the distinct strings' UTF-8, one after another
    std::vector<Entry> m_entries;  // in order of their places
    std::vector<quint32> m_slots;  // place + 1 of the entry with this slot; 0 free
    std::string m_items;           // the <si> elements, in order
    quint64 m_references = 0;
};

} // namespace planner
