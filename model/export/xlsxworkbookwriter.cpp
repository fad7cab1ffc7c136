#include "export/xlsxworkbookwriter.h"

#include "domain/savemessages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

#include <cmath>

namespace planner {

namespace {

// Column widths in characters: never narrower than a short number, never wider than a
// line of a note.
constexpr int minimumWidth = 8;
constexpr int maximumWidth = 50;

QByteArray utf8(QStringView text)
{
    return text.toUtf8();
}

// The characters a number takes in a cell with grouping and decimals.
int numberCharacters(double value, int decimals, int suffix = 0)
{
    const double magnitude = std::abs(value);
    const int digits = magnitude < 1 ? 1 : int(std::floor(std::log10(magnitude))) + 1;
    return digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0) + (value < 0) + suffix;
}

} // namespace

XlsxWorkbookWriter::XlsxWorkbookWriter(const QString &path, const WorkbookOptions &options)
{
    const QByteArray file = QFile::encodeName(path);
    m_folder = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options lxwOptions{};
    // Not the constant-memory mode: it writes inline strings, which LibreOffice's import
    // library (liborcus 0.17, the program's own workbook import) does not read.
    lxwOptions.constant_memory = LXW_FALSE;
    lxwOptions.tmpdir = m_folder.data();
    lxwOptions.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(file.constData(), &lxwOptions);
    if (m_workbook)
        m_sheet = workbook_add_worksheet(m_workbook, utf8(sheetNameFor(options.sheetName)).constData());
    if (!m_sheet) {
        m_errorString = tr("The workbook could not be started.");
        return;
    }
    if (options.rightToLeft)
        worksheet_right_to_left(m_sheet);
    // Printed: landscape, one page wide, the header on every page.
    worksheet_set_landscape(m_sheet);
    worksheet_fit_to_pages(m_sheet, 1, 0);
    worksheet_repeat_rows(m_sheet, 0, 0);
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    format_set_text_wrap(m_header);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
    m_integer = workbook_add_format(m_workbook);
    format_set_num_format(m_integer, "#,##0");
    m_percent = workbook_add_format(m_workbook);
    format_set_num_format(m_percent, "0.00%");
}

XlsxWorkbookWriter::~XlsxWorkbookWriter()
{
    if (m_workbook && !m_closed)
        workbook_close(m_workbook); // frees it; the temporary file is thrown away by saveFile
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

void XlsxWorkbookWriter::fail(int lxwError)
{
    if (lxwError != LXW_NO_ERROR && m_errorString.isEmpty())
        m_errorString = QString::fromUtf8(lxw_strerror(lxw_error(lxwError)));
}

void XlsxWorkbookWriter::widen(int characters)
{
    if (m_widths.size() <= m_column)
        m_widths.resize(m_column + 1, minimumWidth);
    int &width = m_widths[m_column];
    width = std::max(width, std::min(characters + 2, maximumWidth));
}

void XlsxWorkbookWriter::addHeader(const QStringList &titles)
{
    for (const QString &title : titles) {
        fail(worksheet_write_string(m_sheet, m_row, m_column, utf8(title).constData(), m_header));
        // A long title may wrap onto a second line rather than widen its column much.
        widen(std::min<int>(title.size(), 16) + 1);
        ++m_column;
    }
    m_columns = std::max<quint16>(m_columns, m_column);
    worksheet_freeze_panes(m_sheet, 1, 0);
    endRow();
}

void XlsxWorkbookWriter::addText(QStringView text)
{
    // A string cell: never a formula, whatever it starts with.
    if (!text.isEmpty())
        fail(worksheet_write_string(m_sheet, m_row, m_column, utf8(text).constData(), nullptr));
    widen(int(text.size()));
    ++m_column;
}

void XlsxWorkbookWriter::writeNumber(double value, lxw_format *format, int characters)
{
    if (std::isfinite(value))
        fail(worksheet_write_number(m_sheet, m_row, m_column, value, format));
    widen(characters);
    ++m_column;
}

void XlsxWorkbookWriter::addId(qint64 value)
{
    writeNumber(double(value), nullptr, numberCharacters(double(value), 0));
}

void XlsxWorkbookWriter::addInteger(qint64 value)
{
    writeNumber(double(value), m_integer, numberCharacters(double(value), 0));
}

void XlsxWorkbookWriter::addCount(double value)
{
    writeNumber(value, m_integer, numberCharacters(value, 0));
}

lxw_format *XlsxWorkbookWriter::moneyFormat(const QString &currency)
{
    lxw_format *&format = m_money[currency];
    if (!format) {
        const int digits = Money::minorDigits(currency);
        QString pattern = digits > 0 ? QStringLiteral("#,##0.") + QString(digits, u'0')
                                     : QStringLiteral("#,##0");
        // The code in quotes: a literal, and only letters (checked where money is made).
        pattern += QStringLiteral(" \"%1\"").arg(currency);
        format = workbook_add_format(m_workbook);
        format_set_num_format(format, utf8(pattern).constData());
    }
    return format;
}

void XlsxWorkbookWriter::addMoney(const Money &value)
{
    writeNumber(value.toDouble(), moneyFormat(value.currency()),
                numberCharacters(value.toDouble(), Money::minorDigits(value.currency()), 6));
}

void XlsxWorkbookWriter::addAmount(double value, const QString &currency)
{
    const int digits = Money::minorDigits(currency);
    const double scale = std::pow(10.0, digits);
    const double rounded = std::round(value * scale) / scale;
    writeNumber(rounded, moneyFormat(currency), numberCharacters(rounded, digits, 6));
}

void XlsxWorkbookWriter::addPercent(double percent)
{
    // Two decimals of the percentage, stored as the fraction a spreadsheet formats as %.
    const double rounded = std::round(percent * 100.0) / 100.0;
    writeNumber(rounded / 100.0, m_percent, numberCharacters(rounded, 2, 1));
}

void XlsxWorkbookWriter::addEmpty()
{
    ++m_column;
}

void XlsxWorkbookWriter::endRow()
{
    m_columns = std::max(m_columns, m_column);
    m_column = 0;
    ++m_row;
}

bool XlsxWorkbookWriter::close()
{
    if (m_closed || !m_workbook)
        return false;
    if (m_columns > 0) {
        fail(worksheet_autofilter(m_sheet, 0, 0, std::max<quint32>(m_row, 1) - 1, m_columns - 1));
        for (qsizetype i = 0; i < m_widths.size(); ++i)
            fail(worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), m_widths.at(i), nullptr));
    }
    m_closed = true;
    fail(workbook_close(m_workbook));
    m_workbook = nullptr;
    return isOk();
}

bool XlsxWorkbookWriter::saveFile(const QString &path, const WorkbookOptions &options,
                                  const std::function<bool(XlsxWorkbookWriter &)> &writeRows,
                                  Error *error)
{
    const SaveMessages messages(path, error);
    // The workbook is made in a temporary folder of its own (removed on every way out),
    // then copied through QSaveFile, which renames over the target only on commit().
    QTemporaryDir folder;
    if (!folder.isValid())
        return messages.writeFault(folder.errorString());
    const QString made = folder.filePath(QStringLiteral("export.xlsx"));
    {
        XlsxWorkbookWriter writer(made, options);
        if (!writer.isOk())
            return messages.writeFault(writer.errorString());
        if (!writeRows(writer))
            return messages.stopped(writer.isOk(), writer.errorString());
        if (!writer.close())
            return messages.writeFault(writer.errorString());
    }
    QFile source(made);
    if (!source.open(QIODevice::ReadOnly))
        return messages.writeFault(source.errorString());
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        return messages.writeFault(target.errorString());
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return messages.writeFault(chunk.isEmpty() ? source.errorString() : target.errorString());
        }
    }
    if (!target.commit())
        return messages.writeFault(target.errorString());
    return true;
}

} // namespace planner
