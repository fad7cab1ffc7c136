#include "export/csvtablesink.h"

#include "csv/csvwriter.h"

#include <cmath>

namespace planner {

CsvTableSink::CsvTableSink(CsvWriter &writer)
    : m_writer(writer)
{
}

void CsvTableSink::addHeader(const QStringList &titles)
{
    m_writer.writeRow(titles);
}

void CsvTableSink::addText(QStringView text)
{
    m_writer.addText(text);
}

void CsvTableSink::addUtf8Text(QUtf8StringView text)
{
    m_writer.addUtf8Text(text);
}

void CsvTableSink::addId(qint64 value)
{
    m_writer.addInteger(value);
}

void CsvTableSink::addInteger(qint64 value)
{
    m_writer.addInteger(value);
}

void CsvTableSink::addCount(double value)
{
    m_writer.addNumber(value);
}

void CsvTableSink::addMoney(const Money &value)
{
    // Money::toDecimalString()'s digits, without the strings.
    m_writer.addFixedPoint(value.minorUnits(), Money::minorDigits(value.currency()));
}

void CsvTableSink::addAmount(double value, const QString &currency)
{
    m_writer.addNumber(value, Money::minorDigits(currency));
}

void CsvTableSink::addPercent(double percent)
{
    m_writer.addNumber(roundedPercent(percent));
}

double CsvTableSink::roundedPercent(double percent)
{
    return std::round(percent * 100.0) / 100.0;
}

void CsvTableSink::addEmpty()
{
    m_writer.addEmpty();
}

void CsvTableSink::endRow()
{
    m_writer.endRow();
}

bool CsvTableSink::isOk() const
{
    return m_writer.isOk();
}

} // namespace planner
