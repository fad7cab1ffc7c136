#pragma once

#include "export/tablesink.h"

#include <QHash>
#include <QList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace planner::bench {

// The .xlsx export through libxlsxwriter 1.1.4 (the library issue 20 names), kept beside the
// program's own writer (XlsxWorkbookWriter) in export_bench so the choice stays measurable.
// The same workbook: the same cells, types and number formats (formats made once), rows in
// order, a bold frozen header with its bottom border, an autofilter over the table, column
// widths from the longest value, landscape one page wide with the header on each page, right
// to left on request.
class LxwTableSink : public TableSink
{
public:
    struct Options
    {
        // libxlsxwriter's constant_memory mode: each row goes to a temporary file when the next
        // starts, and text is written as inline strings (no shared-string table). liborcus 0.17,
        // the program's own import, reads no text from such a file.
        bool constantMemory = false;
        bool rightToLeft = false;
        QByteArray tmpdir; // where libxlsxwriter keeps its temporary files (empty: the system's)
    };

    LxwTableSink(const QByteArray &path, const Options &options);
    ~LxwTableSink() override;

    void addHeader(const QStringList &titles) override;
    void addText(QStringView text) override;
    // Ids plain, counts grouped, money in its currency's format: as XlsxWorkbookWriter.
    void addId(qint64 value) override { writeNumber(double(value), nullptr, 0); }
    void addInteger(qint64 value) override { writeNumber(double(value), m_integer, 0); }
    void addCount(double value) override { writeNumber(value, m_integer, 0); }
    void addMoney(const Money &value) override;
    void addAmount(double value, const QString &currency) override;
    void addPercent(double percent) override;
    void addEmpty() override { ++m_column; }
    void endRow() override;
    bool isOk() const override { return m_ok; }
    // Lays the sheet out (widths, frozen header, filter, printing) and writes the file.
    bool close();

private:
    lxw_format *moneyFormat(const QString &currency);
    void writeNumber(double value, lxw_format *format, int decimals);
    void widen(int characters);

    Options m_options;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_integer = nullptr;
    lxw_format *m_percent = nullptr;
    QHash<QString, lxw_format *> m_money;
    QList<int> m_widths; // characters, per column
    quint32 m_row = 0;
    quint16 m_column = 0;
    quint16 m_columns = 0;
    bool m_ok = false;
};

} // namespace planner::bench
