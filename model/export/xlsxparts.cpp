#include "export/xlsxparts.h"

#include "export/xlsxxml.h"

#include <cmath>

namespace planner {

namespace {

constexpr const char *declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char *mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char *relationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string escaped(const QString &text)
{
    std::string xml;
    XlsxXml::appendEscaped(xml, text.toUtf8());
    return xml;
}

// A sheet's name in a formula: in apostrophes, an apostrophe in it doubled.
QString quotedSheet(const QString &sheetName)
{
    QString name = sheetName;
    name.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + name + QLatin1Char('\'');
}

std::string relationship(int id, const char *type, const char *target)
{
    return std::string("<Relationship Id=\"rId") + std::to_string(id) + "\" Type=\"" + type
        + "\" Target=\"" + target + "\"/>";
}

// Excel's column width for a width in characters of its default font (7 pixels a digit,
// 5 pixels of padding), as Excel itself stores it.
double columnWidth(int characters)
{
    return std::floor((characters * 7.0 + 5.0) / 7.0 * 256.0) / 256.0;
}

} // namespace

std::string XlsxParts::contentTypes()
{
    const std::string office = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    return std::string(declaration)
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/" + workbookPath + "\" ContentType=\"" + office + "sheet.main+xml\"/>"
        + "<Override PartName=\"/" + sheetPath + "\" ContentType=\"" + office + "worksheet+xml\"/>"
        + "<Override PartName=\"/" + stylesPath + "\" ContentType=\"" + office + "styles+xml\"/>"
        + "<Override PartName=\"/" + sharedStringsPath + "\" ContentType=\"" + office
        + "sharedStrings+xml\"/></Types>";
}

std::string XlsxParts::packageRelationships()
{
    return std::string(declaration)
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + relationship(1, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                       workbookPath)
        + "</Relationships>";
}

std::string XlsxParts::workbookRelationships()
{
    const std::string type = std::string(relationshipsNamespace) + "/";
    return std::string(declaration)
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + relationship(1, (type + "worksheet").c_str(), "worksheets/sheet1.xml")
        + relationship(2, (type + "styles").c_str(), "styles.xml")
        + relationship(3, (type + "sharedStrings").c_str(), "sharedStrings.xml") + "</Relationships>";
}

std::string XlsxParts::workbook(const QString &sheetName, const std::string &filterRange)
{
    std::string xml = std::string(declaration) + "<workbook xmlns=\"" + mainNamespace
        + "\" xmlns:r=\"" + relationshipsNamespace + "\"><bookViews><workbookView/></bookViews>"
        + "<sheets><sheet name=\"" + escaped(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>";
    if (!filterRange.empty()) {
        const std::string sheet = escaped(quotedSheet(sheetName));
        xml += "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">"
            + sheet + "!" + filterRange + "</definedName>"
            + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">" + sheet
            + "!$1:$1</definedName></definedNames>";
    }
    return xml + "</workbook>";
}

std::string XlsxParts::styles(const QStringList &numberFormats)
{
    std::string formats;
    std::string cells = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\""
                        " applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>";
    // Number formats of a workbook's own start at 164 (ECMA-376 Part 1, 18.8.30).
    for (qsizetype i = 0; i < numberFormats.size(); ++i) {
        const std::string id = std::to_string(164 + i);
        formats += "<numFmt numFmtId=\"" + id + "\" formatCode=\"" + escaped(numberFormats.at(i)) + "\"/>";
        cells += "<xf numFmtId=\"" + id
            + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>";
    }
    const std::string font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>";
    std::string xml = std::string(declaration) + "<styleSheet xmlns=\"" + mainNamespace + "\">";
    if (!numberFormats.isEmpty())
        xml += "<numFmts count=\"" + std::to_string(numberFormats.size()) + "\">" + formats + "</numFmts>";
    return xml + "<fonts count=\"2\"><font>" + font + "</font><font><b/>" + font + "</font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
          "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
          "</cellStyleXfs><cellXfs count=\"" + std::to_string(numberFormats.size() + firstNumberStyle) + "\">"
        + cells + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          "</cellStyles></styleSheet>";
}

std::string XlsxParts::sheetHead(const SheetLayout &layout)
{
    std::string xml = std::string(declaration) + "<worksheet xmlns=\"" + mainNamespace + "\" xmlns:r=\""
        + relationshipsNamespace + "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        + "<dimension ref=\"" + layout.dimension + "\"/><sheetViews><sheetView"
        + (layout.rightToLeft ? " rightToLeft=\"1\"" : "") + " tabSelected=\"1\" workbookViewId=\"0\">";
    if (layout.frozenHeader)
        xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
               "<selection pane=\"bottomLeft\"/>";
    xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!layout.widths.isEmpty()) {
        xml += "<cols>";
        for (qsizetype i = 0; i < layout.widths.size(); ++i) {
            const std::string column = std::to_string(i + 1);
            xml += "<col min=\"" + column + "\" max=\"" + column + "\" width=\"";
            XlsxXml::appendNumber(xml, columnWidth(layout.widths.at(i)));
            xml += "\" customWidth=\"1\"/>";
        }
        xml += "</cols>";
    }
    return xml + "<sheetData>";
}

std::string XlsxParts::sheetTail(const std::string &filterRange)
{
    std::string xml = "</sheetData>";
    if (!filterRange.empty())
        xml += "<autoFilter ref=\"" + filterRange + "\"/>";
    return xml + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                 "<pageSetup orientation=\"landscape\" fitToHeight=\"0\"/></worksheet>";
}

} // namespace planner
