#pragma once

#include "domain/error.h"
#include "export/tablesink.h"
#include "export/workbookoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <functional>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace planner {

// Writes an export's table as an .xlsx workbook of one sheet, with libxlsxwriter. The cells
// are held in memory until close() (about 100 bytes a cell): libxlsxwriter's constant-memory
// mode would stream them, but it writes inline strings, which liborcus (the workbook
// import) does not read.
//
// - Text (names, handles, notes, keys) is always a string cell: a spreadsheet never
//   evaluates it, so no apostrophe is needed in front of "=..." or "@...".
// - Numbers are number cells: ids plain; counts with grouping ("#,##0"); money with its
//   currency's decimals and code ("#,##0 \"VND\"", "#,##0.00 \"USD\""), computed amounts
//   rounded to those decimals; percentages as fractions shown as "0.00%" (3.5 % is 0.035).
// - The header row is bold and frozen, with an autofilter over the whole table; column
//   widths follow the longest value written (within limits); the sheet is right to left
//   when the options ask for it.
class XlsxWorkbookWriter : public TableSink
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbookWriter)

public:
    // Starts a workbook at path (a temporary file: see saveFile()).
    XlsxWorkbookWriter(const QString &path, const WorkbookOptions &options);
    ~XlsxWorkbookWriter() override;
    XlsxWorkbookWriter(const XlsxWorkbookWriter &) = delete;
    XlsxWorkbookWriter &operator=(const XlsxWorkbookWriter &) = delete;

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

    // Sets the filter, the widths and the frozen header, and writes the workbook out.
    bool close();

    // A name a spreadsheet accepts for a sheet: the characters []:*?/\ become spaces, cut
    // to 31 characters; "Sheet1" when nothing is left.
    static QString sheetNameFor(const QString &name);

    // Writes a whole workbook to path: the rows go to a temporary file first, which is
    // copied through QSaveFile, so the file at path is replaced only when every row was
    // written; after a failure or a cancel (writeRows returned false) it is left as it was
    // and no temporary file remains. On failure returns false with the reason in *error.
    static bool saveFile(const QString &path, const WorkbookOptions &options,
                         const std::function<bool(XlsxWorkbookWriter &)> &writeRows,
                         Error *error);

private:
    lxw_format *moneyFormat(const QString &currency);
    void writeNumber(double value, lxw_format *format, int characters);
    void fail(int lxwError);
    void widen(int characters);

    QByteArray m_folder; // libxlsxwriter's temporary files go beside the workbook
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_integer = nullptr;
    lxw_format *m_percent = nullptr;
    QHash<QString, lxw_format *> m_money;
    quint32 m_row = 0;
    quint16 m_column = 0;
    quint16 m_columns = 0;
    QList<int> m_widths; // characters, per column
    QString m_errorString;
    bool m_closed = false;
};

} // namespace planner
