#include "export/xlsxsharedstrings.h"

#include "export/xlsxxml.h"

#include <functional>

namespace planner {

namespace {

constexpr size_t firstSlots = 1024; // a power of two

} // namespace

XlsxSharedStrings::XlsxSharedStrings()
    : m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
    , m_slots(firstSlots, 0)
{
}

quint32 XlsxSharedStrings::indexOf(QStringView text)
{
    m_utf8.resize(size_t(m_encoder.requiredSpace(text.size())));
    char *end = m_encoder.appendToBuffer(m_utf8.data(), text);
    return indexOfUtf8(std::string_view(m_utf8.data(), size_t(end - m_utf8.data())));
}

std::string_view XlsxSharedStrings::textOf(const Entry &entry) const
{
    return std::string_view(m_text.data() + entry.offset, entry.length);
}

quint32 XlsxSharedStrings::indexOfUtf8(std::string_view utf8)
{
    ++m_references;
    const auto hash = quint32(std::hash<std::string_view>()(utf8));
    const size_t mask = m_slots.size() - 1;
    size_t slot = hash & mask;
    // Linear probing over a table kept at most half full.
    for (; m_slots[slot] != 0; slot = (slot + 1) & mask) {
        const Entry &entry = m_entries[m_slots[slot] - 1];
        if (entry.hash == hash && textOf(entry) == utf8)
            return m_slots[slot] - 1;
    }
    const auto index = quint32(m_entries.size());
    m_entries.push_back({m_text.size(), quint32(utf8.size()), hash});
    m_text += utf8;
    m_slots[slot] = index + 1;
    if (m_entries.size() * 2 > m_slots.size())
        grow();
    m_items += XlsxXml::needsSpacePreserved(QByteArrayView(utf8.data(), qsizetype(utf8.size())))
        ? "<si><t xml:space=\"preserve\">"
        : "<si><t>";
    XlsxXml::appendEscaped(m_items, QByteArrayView(utf8.data(), qsizetype(utf8.size())));
    m_items += "</t></si>";
    return index;
}

void XlsxSharedStrings::grow()
{
    std::vector<quint32> table(m_slots.size() * 2, 0);
    const size_t mask = table.size() - 1;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        size_t slot = m_entries[i].hash & mask;
        while (table[slot] != 0)
            slot = (slot + 1) & mask;
        table[slot] = quint32(i + 1);
    }
    m_slots.swap(table);
}

std::string XlsxSharedStrings::head() const
{
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"";
    XlsxXml::appendInteger(xml, qint64(m_references));
    xml += "\" uniqueCount=\"";
    XlsxXml::appendInteger(xml, qint64(m_entries.size()));
    xml += "\">";
    return xml;
}

} // namespace planner
