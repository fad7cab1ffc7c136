#pragma once

#include "export/tablesink.h"

#include <QHash>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace planner::bench {

// The .xlsx export as it was written before the program wrote its own SpreadsheetML: the
// same cells, types and number formats through libxlsxwriter 1.1.4 (shared strings, its
// default deflate level), kept as the "before" of export_bench. Column widths, the frozen
// header and the autofilter are left out (a few calls, no measurable time).
class LxwTableSink : public TableSink
{
public:
    explicit LxwTableSink(const QByteArray &path);
    ~LxwTableSink() override;

    void addHeader(const QStringList &titles) override;
    void addText(QStringView text) override;
    // Ids plain, counts grouped, money in its currency's format: as XlsxWorkbookWriter.
    void addId(qint64 value) override { writeNumber(double(value), nullptr); }
    void addInteger(qint64 value) override { writeNumber(double(value), m_integer); }
    void addCount(double value) override { writeNumber(value, m_integer); }
    void addMoney(const Money &value) override { writeNumber(value.toDouble(), moneyFormat(value.currency())); }
    void addAmount(double value, const QString &currency) override;
    void addPercent(double percent) override;
    void addEmpty() override { ++m_column; }
    void endRow() override;
    bool isOk() const override { return m_ok; }
    bool close();

private:
    lxw_format *moneyFormat(const QString &currency);
    void writeNumber(double value, lxw_format *format);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_integer = nullptr;
    lxw_format *m_percent = nullptr;
    QHash<QString, lxw_format *> m_money;
    quint32 m_row = 0;
    quint16 m_column = 0;
    bool m_ok = false;
};

} // namespace planner::bench
