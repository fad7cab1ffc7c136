#include "export/xlsxworkbookwriter.h"

#include "domain/savemessages.h"
#include "export/xlsxparts.h"
#include "export/xlsxxml.h"
#include "export/zipwriter.h"

#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace planner {

namespace {

// Column widths in characters: never narrower than a short number, never wider than a
// line of a note.
constexpr int minimumWidth = 8;
constexpr int maximumWidth = 50;
// Rows are deflated in slices of about this many bytes of SpreadsheetML.
constexpr size_t deflateSlice = size_t(1) << 18;

// The characters a number takes in a cell with grouping and decimals.
int numberCharacters(double value, int decimals, int suffix = 0)
{
    const double magnitude = std::abs(value);
    const int digits = magnitude < 1 ? 1 : int(std::floor(std::log10(magnitude))) + 1;
    return digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0) + (value < 0) + suffix;
}

} // namespace

XlsxWorkbookWriter::XlsxWorkbookWriter(const WorkbookOptions &options)
    : m_sheetName(sheetNameFor(options.sheetName))
    , m_rightToLeft(options.rightToLeft)
    , m_numberFormats{QStringLiteral("#,##0"), QStringLiteral("0.00%")}
    , m_rowNumber("1")
{
    if (!m_rows.isOk())
        m_errorString = tr("The workbook could not be started.");
    m_xml.reserve(deflateSlice + 4096);
}

QString XlsxWorkbookWriter::sheetNameFor(const QString &name)
{
    QString sheet = name;
    for (QChar &c : sheet) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            c = u' ';
    }
    sheet = sheet.trimmed();
    // Excel counts UTF-16 units; a surrogate pair is not cut in half.
    if (sheet.size() > 31)
        sheet.truncate(sheet.at(30).isHighSurrogate() ? 30 : 31);
    // A sheet name may not start or end with an apostrophe.
    while (sheet.startsWith(QLatin1Char('\'')))
        sheet.remove(0, 1);
    while (sheet.endsWith(QLatin1Char('\'')))
        sheet.chop(1);
    return sheet.trimmed().isEmpty() ? QStringLiteral("Sheet1") : sheet.trimmed();
}

void XlsxWorkbookWriter::fail(const QString &reason)
{
    if (m_errorString.isEmpty())
        m_errorString = reason;
}

void XlsxWorkbookWriter::widen(int characters)
{
    if (m_widths.size() <= m_column)
        m_widths.resize(m_column + 1, minimumWidth);
    int &width = m_widths[m_column];
    width = std::max(width, std::min(characters + 2, maximumWidth));
}

bool XlsxWorkbookWriter::beginCell(int style, bool sharedString)
{
    if (m_row >= maximumRows || m_column >= maximumColumns) {
        fail(tr("A sheet holds at most %1 rows and %2 columns; export fewer rows (filter the list) "
                "or export to CSV.")
                 .arg(QLocale().toString(maximumRows), QLocale().toString(maximumColumns)));
        return false;
    }
    if (!m_rowOpen) {
        m_xml += "<row r=\"";
        m_xml += m_rowNumber;
        m_xml += "\">";
        m_rowOpen = true;
    }
    m_xml += "<c";
    // A cell right after the one before it (or first in its row) needs no reference
    // (ECMA-376 Part 1, 18.3.1.4): a tenth of the sheet's text saved, and of its deflating.
    if (m_column != m_nextColumn) {
        while (int(m_columnNames.size()) <= m_column)
            m_columnNames.push_back(XlsxXml::columnName(int(m_columnNames.size())));
        m_xml += " r=\"";
        m_xml += m_columnNames[size_t(m_column)];
        m_xml += m_rowNumber;
        m_xml += '"';
    }
    m_nextColumn = m_column + 1;
    if (style != 0) {
        m_xml += " s=\"";
        XlsxXml::appendInteger(m_xml, style);
        m_xml += '"';
    }
    m_xml += sharedString ? " t=\"s\"><v>" : "><v>";
    return true;
}

void XlsxWorkbookWriter::endCell()
{
    m_xml += "</v></c>";
}

void XlsxWorkbookWriter::addHeader(const QStringList &titles)
{
    for (const QString &title : titles) {
        if (beginCell(XlsxParts::headerStyle, true)) {
            XlsxXml::appendInteger(m_xml, m_strings.indexOf(title));
            endCell();
        }
        // A long title may wrap onto a second line rather than widen its column much.
        widen(std::min<int>(int(title.size()), 16) + 1);
        ++m_column;
    }
    m_frozenHeader = true;
    endRow();
}

void XlsxWorkbookWriter::addText(QStringView text)
{
    // A string cell: never a formula, whatever it starts with.
    if (!text.isEmpty() && beginCell(0, true)) {
        XlsxXml::appendInteger(m_xml, m_strings.indexOf(text));
        endCell();
    }
    widen(int(text.size()));
    ++m_column;
}

void XlsxWorkbookWriter::writeNumber(double value, int style, int characters)
{
    if (std::isfinite(value) && beginCell(style, false)) {
        XlsxXml::appendNumber(m_xml, value);
        endCell();
    }
    widen(characters);
    ++m_column;
}

void XlsxWorkbookWriter::addId(qint64 value)
{
    writeNumber(double(value), 0, numberCharacters(double(value), 0));
}

void XlsxWorkbookWriter::addInteger(qint64 value)
{
    writeNumber(double(value), XlsxParts::firstNumberStyle, numberCharacters(double(value), 0));
}

void XlsxWorkbookWriter::addCount(double value)
{
    writeNumber(value, XlsxParts::firstNumberStyle, numberCharacters(value, 0));
}

int XlsxWorkbookWriter::moneyStyle(const QString &currency)
{
    int &style = m_moneyStyles[currency];
    if (style == 0) {
        style = XlsxParts::firstNumberStyle + int(m_numberFormats.size());
        m_numberFormats.append(moneyFormatCode(currency));
    }
    return style;
}

QString XlsxWorkbookWriter::moneyFormatCode(const QString &currency)
{
    const int digits = Money::minorDigits(currency);
    QString pattern = digits > 0 ? QStringLiteral("#,##0.") + QString(digits, u'0')
                                 : QStringLiteral("#,##0");
    // The code in quotes: a literal, and only letters (checked where money is made).
    return pattern + QStringLiteral(" \"%1\"").arg(currency);
}

void XlsxWorkbookWriter::addMoney(const Money &value)
{
    writeNumber(value.toDouble(), moneyStyle(value.currency()),
                numberCharacters(value.toDouble(), Money::minorDigits(value.currency()), 6));
}

void XlsxWorkbookWriter::addAmount(double value, const QString &currency)
{
    const int digits = Money::minorDigits(currency);
    const double scale = std::pow(10.0, digits);
    const double rounded = std::round(value * scale) / scale;
    writeNumber(rounded, moneyStyle(currency), numberCharacters(rounded, digits, 6));
}

void XlsxWorkbookWriter::addPercent(double percent)
{
    // Two decimals of the percentage, stored as the fraction a spreadsheet formats as %.
    const double rounded = std::round(percent * 100.0) / 100.0;
    writeNumber(rounded / 100.0, XlsxParts::firstNumberStyle + 1, numberCharacters(rounded, 2, 1));
}

void XlsxWorkbookWriter::addEmpty()
{
    ++m_column;
}

void XlsxWorkbookWriter::endRow()
{
    if (m_rowOpen)
        m_xml += "</row>";
    m_rowOpen = false;
    m_nextColumn = 0;
    m_columns = std::max(m_columns, m_column);
    m_column = 0;
    ++m_row;
    m_rowNumber = std::to_string(m_row + 1);
    if (m_xml.size() >= deflateSlice) {
        m_rows.add(m_xml);
        m_xml.clear();
    }
}

// The table's range: "A1:N20", or "$A$1:$N$20" for a defined name.
std::string XlsxWorkbookWriter::range(bool absolute) const
{
    const std::string dollar = absolute ? "$" : "";
    const std::string lastColumn = XlsxXml::columnName(std::max(m_columns, 1) - 1);
    return dollar + "A" + dollar + "1:" + dollar + lastColumn + dollar
        + std::to_string(std::max<quint32>(m_row, 1));
}

bool XlsxWorkbookWriter::close(QIODevice *device)
{
    if (m_closed || !isOk())
        return false;
    m_closed = true;
    m_rows.add(m_xml);
    m_xml.clear();
    m_rows.finish(false);
    XlsxParts::SheetLayout layout;
    layout.dimension = range(false);
    layout.widths = m_widths;
    layout.rightToLeft = m_rightToLeft;
    layout.frozenHeader = m_frozenHeader;
    // The sheet: its head, the rows deflated so far and its tail, joined into one stream.
    DeflateStream sheet;
    sheet.add(XlsxParts::sheetHead(layout));
    sheet.finish(false);
    sheet.append(m_rows);
    DeflateStream tail;
    tail.add(XlsxParts::sheetTail(m_columns > 0 ? range(false) : std::string()));
    tail.finish(true);
    sheet.append(tail);

    ZipWriter zip(device);
    const bool written =
        zip.addFile("[Content_Types].xml", {XlsxParts::contentTypes()})
        && zip.addFile("_rels/.rels", {XlsxParts::packageRelationships()})
        && zip.addFile(XlsxParts::workbookPath,
                       {XlsxParts::workbook(m_sheetName, m_columns > 0 ? range(true) : std::string())})
        && zip.addFile("xl/_rels/workbook.xml.rels", {XlsxParts::workbookRelationships()})
        && zip.addFile(XlsxParts::stylesPath, {XlsxParts::styles(m_numberFormats)})
        && zip.addFile(XlsxParts::sharedStringsPath,
                       {m_strings.head(), m_strings.items(), XlsxSharedStrings::tail()})
        && zip.addDeflated(XlsxParts::sheetPath, sheet) && zip.finish();
    if (!written)
        fail(zip.errorString());
    return isOk();
}

bool XlsxWorkbookWriter::saveFile(const QString &path, const WorkbookOptions &options,
                                  const std::function<bool(XlsxWorkbookWriter &)> &writeRows,
                                  Error *error)
{
    const SaveMessages messages(path, error);
    // QSaveFile renames over the target only on commit(); its destructor removes the
    // temporary file of an export that did not finish.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return messages.writeFault(file.errorString());
    XlsxWorkbookWriter writer(options);
    if (!writer.isOk())
        return messages.writeFault(writer.errorString());
    if (!writeRows(writer))
        return messages.stopped(writer.isOk(), writer.errorString());
    if (!writer.close(&file))
        return messages.writeFault(writer.errorString());
    if (!file.commit())
        return messages.writeFault(file.errorString());
    return true;
}

} // namespace planner
