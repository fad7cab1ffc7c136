#pragma once

#include "export/tablesink.h"

namespace planner {

class CsvWriter;

// A TableSink over a CsvWriter. Money is written with its currency's minor digits
// ("3361" đồng, "12.50" dollars), percentages rounded to two decimals and written short
// ("3.5"), counts as CsvWriter::addNumber() writes them.
class CsvTableSink : public TableSink
{
public:
    explicit CsvTableSink(CsvWriter &writer);

    void addHeader(const QStringList &titles) override;
    void addText(QStringView text) override;
    void addUtf8Text(QUtf8StringView text) override;
    void addId(qint64 value) override;
    void addInteger(qint64 value) override;
    void addCount(double value) override;
    void addMoney(const Money &value) override;
    void addAmount(double value, const QString &currency) override;
    void addPercent(double percent) override;
    void addEmpty() override;
    void endRow() override;
    bool isOk() const override;

    // A percentage rounded to two decimals, as both sinks write it.
    static double roundedPercent(double percent);

private:
    CsvWriter &m_writer;
};

} // namespace planner
