#include "export/xlsxsharedstrings.h"

#include "export/xlsxxml.h"

namespace planner {

quint32 XlsxSharedStrings::indexOf(const QByteArray &utf8)
{
    ++m_references;
    // One lookup: the table holds place + 1, so a slot just made (0) is a new string.
    quint32 &slot = m_indexes[utf8];
    if (slot != 0)
        return slot - 1;
    const quint32 next = quint32(m_indexes.size() - 1);
    slot = next + 1;
    m_items += XlsxXml::needsSpacePreserved(utf8) ? "<si><t xml:space=\"preserve\">" : "<si><t>";
    XlsxXml::appendEscaped(m_items, utf8);
    m_items += "</t></si>";
    return next;
}

std::string XlsxSharedStrings::head() const
{
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"";
    XlsxXml::appendInteger(xml, qint64(m_references));
    xml += "\" uniqueCount=\"";
    XlsxXml::appendInteger(xml, m_indexes.size());
    xml += "\">";
    return xml;
}

} // namespace planner
