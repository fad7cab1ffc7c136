#pragma once

#include "domain/error.h"
#include "export/deflatestream.h"
#include "export/tablesink.h"
#include "export/workbookoptions.h"
#include "export/xlsxsharedstrings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <functional>
#include <string>
#include <vector>

class QIODevice;

namespace planner {

// Writes an export's table as an .xlsx workbook of one sheet (ECMA-376 SpreadsheetML in a
// zip). The rows are written as SpreadsheetML while they come and deflated at once (zlib's
// fastest level), so memory holds the compressed rows and the distinct strings only; the
// sheet's head (column widths, known at the end) is joined in front at close().
//
// - Text (names, handles, notes, keys) is always a shared-string cell: a spreadsheet never
//   evaluates it, so no apostrophe is needed in front of "=..." or "@...".
// - Numbers are number cells: ids plain; counts with grouping ("#,##0"); money with its
//   currency's decimals and code ("#,##0 \"VND\"", "#,##0.00 \"USD\""), computed amounts
//   rounded to those decimals; percentages as fractions shown as "0.00%" (3.5 % is 0.035).
// - The header row is bold and frozen, with an autofilter over the whole table; column
//   widths follow the longest value written (within limits); the sheet is right to left
//   when the options ask for it. Printed landscape, one page wide, the header on each page.
class XlsxWorkbookWriter : public TableSink
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbookWriter)

public:
    // A spreadsheet's limits (Excel's, which LibreOffice shares).
    static constexpr quint32 maximumRows = 1048576;
    static constexpr int maximumColumns = 16384;

    explicit XlsxWorkbookWriter(const WorkbookOptions &options);

    void addHeader(const QStringList &titles) override;
    void addText(QStringView text) override;
    void addId(qint64 value) override;
    void addInteger(qint64 value) override;
    void addCount(double value) override;
    void addMoney(const Money &value) override;
    void addAmount(double value, const QString &currency) override;
    void addPercent(double percent) override;
    void addEmpty() override;
    void endRow() override;
    bool isOk() const override { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }

    // Writes the whole workbook to device (open for writing, written front to back).
    bool close(QIODevice *device);

    // A name a spreadsheet accepts for a sheet: the characters []:*?/\ become spaces, cut
    // to 31 characters; "Sheet1" when nothing is left.
    static QString sheetNameFor(const QString &name);
    // The number format of money in a currency: its minor digits and its code, "#,##0 \"VND\"".
    static QString moneyFormatCode(const QString &currency);

    // Writes a whole workbook to path through QSaveFile, so the file at path is replaced
    // only when every row was written; after a failure or a cancel (writeRows returned
    // false) it is left as it was. On failure returns false with the reason in *error.
    static bool saveFile(const QString &path, const WorkbookOptions &options,
                         const std::function<bool(XlsxWorkbookWriter &)> &writeRows,
                         Error *error);

private:
    int moneyStyle(const QString &currency);
    bool beginCell(int style, bool sharedString);
    void endCell();
    void writeNumber(double value, int style, int characters);
    void widen(int characters);
    void fail(const QString &reason);
    std::string range(bool absolute) const;

    QString m_sheetName;
    bool m_rightToLeft = false;
    std::string m_xml; // rows not yet deflated
    DeflateStream m_rows;
    XlsxSharedStrings m_strings;
    QStringList m_numberFormats; // cell style firstNumberStyle + i has format i
    QHash<QString, int> m_moneyStyles;
    std::vector<std::string> m_columnNames;
    std::string m_rowNumber; // of the row being written, from 1
    quint32 m_row = 0;
    int m_column = 0;
    int m_nextColumn = 0; // the column after the last cell written in this row
    int m_columns = 0;
    QList<int> m_widths; // characters, per column
    bool m_rowOpen = false;
    bool m_frozenHeader = false;
    bool m_closed = false;
    QString m_errorString;
};

} // namespace planner
