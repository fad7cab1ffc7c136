#include "import/odscelltypes.h"

#include <QXmlStreamReader>

#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

#include <exception>
#include <vector>

namespace planner {

namespace {

const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");

// Repeats and spans as the file says, kept within a sheet's size.
int count(const QXmlStreamAttributes &attributes, const QString &name)
{
    const int n = attributes.value(tableNs, name).toInt();
    return std::clamp(n, 1, 1 << 20);
}

} // namespace

bool OdsCellTypes::read(const QByteArray &workbook)
{
    std::vector<unsigned char> content;
    try {
        orcus::zip_archive_stream_blob stream(reinterpret_cast<const uint8_t *>(workbook.constData()),
                                              size_t(workbook.size()));
        orcus::zip_archive archive(&stream);
        archive.load();
        if (!archive.read_file_entry("content.xml", content))
            return false;
    } catch (const std::exception &) {
        return false;
    }
    QXmlStreamReader xml(QByteArray::fromRawData(reinterpret_cast<const char *>(content.data()),
                                                 qsizetype(content.size())));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == tableNs && xml.name() == u"table") {
            m_sheets.append(Sheet());
            readTable(xml, m_sheets.last());
        }
    }
    // liborcus hands the entry with bytes after the document's end ("Extra content at end
    // of document"): what was read before them stands.
    return !m_sheets.isEmpty();
}

void OdsCellTypes::readTable(QXmlStreamReader &xml, Sheet &sheet)
{
    int row = 0;
    int column = 0;
    int columnDefinitions = 0;
    int rowRepeat = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.namespaceUri() == tableNs) {
            if (xml.name() == u"table")
                return;
            if (xml.name() == u"table-row")
                row += rowRepeat;
            continue;
        }
        if (!xml.isStartElement() || xml.namespaceUri() != tableNs)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"table-column") {
            const int repeat = count(attributes, QStringLiteral("number-columns-repeated"));
            if (attributes.value(tableNs, QStringLiteral("visibility")) == u"collapse") {
                for (int i = 0; i < repeat && i < 1024; ++i)
                    sheet.hidden.insert(columnDefinitions + i);
            }
            columnDefinitions += repeat;
        } else if (xml.name() == u"table-row") {
            rowRepeat = count(attributes, QStringLiteral("number-rows-repeated"));
            column = 0;
        } else if (xml.name() == u"table-cell" || xml.name() == u"covered-table-cell") {
            const int repeat = count(attributes, QStringLiteral("number-columns-repeated"));
            const QStringView type = attributes.value(officeNs, QStringLiteral("value-type"));
            const bool percent = type == u"percentage";
            const QDate date = type == u"date"
                ? QDate::fromString(attributes.value(officeNs, QStringLiteral("date-value")).left(10).toString(), Qt::ISODate)
                : QDate();
            if (xml.name() == u"table-cell" && attributes.hasAttribute(tableNs, QStringLiteral("number-columns-spanned")))
                sheet.merges.append({row, column, count(attributes, QStringLiteral("number-rows-spanned")),
                                     count(attributes, QStringLiteral("number-columns-spanned"))});
            // A typed value repeated over a few cells is kept for each; long runs are padding.
            for (int i = 0; (percent || date.isValid()) && i < repeat && i < 1024; ++i) {
                for (int r = 0; r < rowRepeat && r < 1024; ++r) {
                    if (percent)
                        sheet.percents.insert(key(row + r, column + i),
                                              attributes.value(officeNs, QStringLiteral("value")).toDouble());
                    else
                        sheet.dates.insert(key(row + r, column + i), date);
                    sheet.lastRow = std::max(sheet.lastRow, row + r);
                    sheet.lastColumn = std::max(sheet.lastColumn, column + i);
                }
            }
            column += repeat;
        }
    }
}

std::optional<double> OdsCellTypes::percent(int sheet, int row, int column) const
{
    if (sheet < 0 || sheet >= m_sheets.size())
        return std::nullopt;
    const auto found = m_sheets.at(sheet).percents.constFind(key(row, column));
    return found == m_sheets.at(sheet).percents.cend() ? std::nullopt : std::optional<double>(*found);
}

std::optional<QDate> OdsCellTypes::date(int sheet, int row, int column) const
{
    if (sheet < 0 || sheet >= m_sheets.size())
        return std::nullopt;
    const auto found = m_sheets.at(sheet).dates.constFind(key(row, column));
    return found == m_sheets.at(sheet).dates.cend() ? std::nullopt : std::optional<QDate>(*found);
}

bool OdsCellTypes::isHidden(int sheet, int column) const
{
    return sheet >= 0 && sheet < m_sheets.size() && m_sheets.at(sheet).hidden.contains(column);
}

std::optional<OdsCellTypes::Merge> OdsCellTypes::mergeAt(int sheet, int row, int column) const
{
    if (sheet < 0 || sheet >= m_sheets.size())
        return std::nullopt;
    for (const Merge &merge : m_sheets.at(sheet).merges) {
        if (row >= merge.row && row < merge.row + merge.rows && column >= merge.column
            && column < merge.column + merge.columns)
            return merge;
    }
    return std::nullopt;
}

int OdsCellTypes::lastRow(int sheet) const
{
    return sheet >= 0 && sheet < m_sheets.size() ? m_sheets.at(sheet).lastRow : -1;
}

int OdsCellTypes::lastColumn(int sheet) const
{
    return sheet >= 0 && sheet < m_sheets.size() ? m_sheets.at(sheet).lastColumn : -1;
}

} // namespace planner
