#include "lxwtablesink.h"

#include "export/xlsxworkbookwriter.h"

#include <xlsxwriter.h>

#include <cmath>

namespace planner::bench {

LxwTableSink::LxwTableSink(const QByteArray &path)
{
    lxw_workbook_options options{};
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(path.constData(), &options);
    m_sheet = m_workbook ? workbook_add_worksheet(m_workbook, "Candidates") : nullptr;
    m_ok = m_sheet != nullptr;
    if (!m_ok)
        return;
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
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

void LxwTableSink::addHeader(const QStringList &titles)
{
    for (const QString &title : titles)
        worksheet_write_string(m_sheet, m_row, m_column++, title.toUtf8().constData(), m_header);
    endRow();
}

void LxwTableSink::addText(QStringView text)
{
    if (!text.isEmpty())
        m_ok = worksheet_write_string(m_sheet, m_row, m_column, text.toUtf8().constData(), nullptr)
                == LXW_NO_ERROR && m_ok;
    ++m_column;
}

void LxwTableSink::writeNumber(double value, lxw_format *format)
{
    if (std::isfinite(value))
        m_ok = worksheet_write_number(m_sheet, m_row, m_column, value, format) == LXW_NO_ERROR && m_ok;
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

void LxwTableSink::addAmount(double value, const QString &currency)
{
    const double scale = std::pow(10.0, Money::minorDigits(currency));
    writeNumber(std::round(value * scale) / scale, moneyFormat(currency));
}

void LxwTableSink::addPercent(double percent)
{
    writeNumber(std::round(percent * 100.0) / 10000.0, m_percent);
}

void LxwTableSink::endRow()
{
    m_column = 0;
    ++m_row;
}

bool LxwTableSink::close()
{
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    return m_ok && result == LXW_NO_ERROR;
}

} // namespace planner::bench
