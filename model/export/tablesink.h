#pragma once

#include "domain/money.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUtf8StringView>

namespace planner {

// Where an export puts its table, a cell at a time: a CSV file (CsvTableSink) or a
// workbook (XlsxWorkbookWriter). The exports say what each value is (text, a count, money
// in a currency, a percentage), and each sink writes it as its format can: CSV as plain
// numbers rounded for reading, a workbook as typed cells with number formats.
class TableSink
{
public:
    virtual ~TableSink() = default;

    // The header row, written once before the rows.
    virtual void addHeader(const QStringList &titles) = 0;
    // Text somebody typed or a key; never evaluated as a formula.
    virtual void addText(QStringView text) = 0;
    // The same text as UTF-8 bytes (as SQLite stores it): a sink that writes UTF-8 may copy
    // them; by default they become a QString for addText().
    virtual void addUtf8Text(QUtf8StringView text)
    {
        addText(QString::fromUtf8(QByteArrayView(text.data(), text.size())));
    }
    // An identifier: a whole number without grouping.
    virtual void addId(qint64 value) = 0;
    virtual void addInteger(qint64 value) = 0;
    // A projected count (reach, impressions): fractions kept.
    virtual void addCount(double value) = 0;
    // An exact amount in its currency.
    virtual void addMoney(const Money &value) = 0;
    // An amount computed in a currency (CPM, CPE, EMV): rounded to the currency's minor unit.
    virtual void addAmount(double value, const QString &currency) = 0;
    // A percentage as the program holds it (3.5 is 3.5 %): two decimals.
    virtual void addPercent(double percent) = 0;
    virtual void addEmpty() = 0;
    virtual void endRow() = 0;
    virtual bool isOk() const = 0;
};

} // namespace planner
