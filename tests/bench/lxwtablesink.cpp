#include "lxwtablesink.h"

#include "export/xlsxworkbookwriter.h"

#include <xlsxwriter.h>

#include <cmath>

namespace planner::bench {

LxwTableSink::LxwTableSink(const QByteArray &path, const Options &options)
    : m_options(options)
{
    lxw_workbook_options settings{};
    settings.constant_memory = options.constantMemory ? LXW_TRUE : LXW_FALSE;
    settings.tmpdir = m_options.tmpdir.isEmpty() ? nullptr : m_options.tmpdir.data();
    m_workbook = workbook_new_opt(path.constData(), &settings);
    m_sheet = m_workbook ? workbook_add_worksheet(m_workbook, "Candidates") : nullptr;
    m_ok = m_sheet != nullptr;
    if (!m_ok)
        return;
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

LxwTableSink::~LxwTableSink()
{
    if (m_workbook)
        workbook_close(m_workbook);
}

void LxwTableSink::widen(int characters)
{
    if (m_widths.size() <= m_column)
        m_widths.resize(m_column + 1, 8);
    m_widths[m_column] = std::max(m_widths[m_column], std::min(characters + 2, 50));
}

void LxwTableSink::addHeader(const QStringList &titles)
{
    for (const QString &title : titles) {
        worksheet_write_string(m_sheet, m_row, m_column, title.toUtf8().constData(), m_header);
        widen(std::min<int>(int(title.size()), 16) + 1);
        ++m_column;
    }
    endRow();
}

void LxwTableSink::addText(QStringView text)
{
    if (!text.isEmpty())
        m_ok = worksheet_write_string(m_sheet, m_row, m_column, text.toUtf8().constData(), nullptr)
                == LXW_NO_ERROR && m_ok;
    widen(int(text.size()));
    ++m_column;
}

// The width of a number: its digits, the group separators, the decimals and a currency code.
void LxwTableSink::writeNumber(double value, lxw_format *format, int decimals)
{
    if (std::isfinite(value)) {
        m_ok = worksheet_write_number(m_sheet, m_row, m_column, value, format) == LXW_NO_ERROR && m_ok;
        const int digits = std::abs(value) < 1 ? 1 : int(std::log10(std::abs(value))) + 1;
        widen(digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0)
              + (format && format != m_integer && format != m_percent ? 4 : 0));
    }
    ++m_column;
}

lxw_format *LxwTableSink::moneyFormat(const QString &currency)
{
    lxw_format *&format = m_money[currency];
    if (!format) {
        format = workbook_add_format(m_workbook);
        format_set_num_format(format, XlsxWorkbookWriter::moneyFormatCode(currency).toUtf8().constData());
    }
    return format;
}

void LxwTableSink::addMoney(const Money &value)
{
    writeNumber(value.toDouble(), moneyFormat(value.currency()), Money::minorDigits(value.currency()));
}

void LxwTableSink::addAmount(double value, const QString &currency)
{
    const int digits = Money::minorDigits(currency);
    const double scale = std::pow(10.0, digits);
    writeNumber(std::round(value * scale) / scale, moneyFormat(currency), digits);
}

void LxwTableSink::addPercent(double percent)
{
    writeNumber(std::round(percent * 100.0) / 10000.0, m_percent, 2);
}

void LxwTableSink::endRow()
{
    m_columns = std::max(m_columns, m_column);
    m_column = 0;
    ++m_row;
}

bool LxwTableSink::close()
{
    for (qsizetype i = 0; i < m_widths.size(); ++i)
        worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), m_widths.at(i), nullptr);
    worksheet_freeze_panes(m_sheet, 1, 0);
    if (m_row > 0 && m_columns > 0)
        worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_columns - 1));
    worksheet_set_landscape(m_sheet);
    worksheet_fit_to_pages(m_sheet, 1, 0);
    worksheet_repeat_rows(m_sheet, 0, 0);
    if (m_options.rightToLeft)
        worksheet_right_to_left(m_sheet);
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    return m_ok && result == LXW_NO_ERROR;
}

} // namespace planner::bench
