#pragma once

#include "csv/csvpreset.h"
#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringConverter>
#include <QStringList>
#include <QStringView>
#include <QUtf8StringView>
#include <functional>

class QIODevice;

namespace planner {

// Writes CSV a row at a time to a device, in UTF-8, as RFC 4180 says, laid out as a preset
// asks: the one CSV writer of the program, for exported files and the CLI's output alike.
//
// Fields
// - Text is quoted when it holds the delimiter, ',', ';', a tab, a quote, CR or LF, and
//   quotes inside are doubled. Quoting every delimiter a reader might guess, not only the
//   preset's, keeps a name like "Dewi, Sari" in a ';' file from misleading a reader that
//   detects the delimiter (the program's own import does). Line breaks inside text stay
//   as they are: a spreadsheet shows them inside the cell.
// - Numbers are for machines whatever the locale: ASCII digits, '.' as decimal point, '-'
//   before negatives, no grouping, no exponent. Text stays in its own script.
// - An empty field is an unknown value.
//
// Formula injection (OWASP, "CSV Injection")
// A spreadsheet runs a cell that starts with '=', '+', '-', '@', a tab or CR as a formula.
// Text that a spreadsheet would evaluate is written after an apostrophe, as OWASP advises:
// "=1+1" is written '=1+1 and "-5" '-5. A handle is text, and the apostrophe in front of
// every handle is what made a shortlist look broken, so the guard is kept only where it is
// needed (needsFormulaGuard()):
// - '=', '+', '-', tab and CR first: always guarded. '+' and '-' make a number or a formula
//   of what follows ("-5", "+84 90", "-A1"), '=' is a formula, tab and CR are the OWASP
//   cases.
// - '@' first: guarded unless the rest is a plain name: a letter or '_' first, then only
//   letters, digits, marks, '.', '_' (and the zero-width joiners Persian is written with),
//   which is what handles are made of. Such a name has no operator, no parenthesis and no
//   call, so no spreadsheet computes anything from it: "@thuha.skin" and "@سارا" are written
//   as they are, while "@SUM(1+1)", "@x!A1", "@" alone, a cell reference ("@AB12", "@R1C1")
//   and "@TRUE" are guarded.
// The rule is reversible, so that an import reads back exactly the text that was written:
// - writing: text that starts with one or more apostrophes followed by one of the six gets
//   one more apostrophe in front ("'=1+1" is written ''=1+1, "'@maya" ''@maya), and so does
//   text without apostrophes that needs the guard as above;
// - reading (restoreNeutralised()): a text field that starts with one or more apostrophes
//   followed by one of the six loses its first apostrophe; every other field stays as it is.
// So every text the writer wrote comes back unchanged ("@maya" has no apostrophe to lose),
// and a field that never came from it ("'tis", "'") is left alone. The importer applies
// this to each field after unquoting.
//
// Numbers are never neutralised: addNumber(), addInteger() and addDecimal() write figures
// the program holds as numbers, never text somebody typed, so -5 stays a number that the
// spreadsheet can sum. Text fields (names, handles, notes, and keys too) always go through
// the rule, so a name typed as "-5" is written '-5.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // Writes to a device open for writing; the byte order mark, when the preset has one,
    // comes first. Bytes are kept in a buffer of about 64 KiB between writes to the device.
    CsvWriter(QIODevice *device, const CsvPreset &preset);
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // A row of text fields, such as the header.
    void writeRow(const QStringList &texts);
    void addText(QStringView text);
    // The same field from UTF-8 bytes (text as SQLite stores it), written as they are where
    // that gives the bytes addText(QString::fromUtf8(text)) writes, which is always the
    // result: quoting, doubled quotes and the formula guard alike (issue 14).
    void addUtf8Text(QUtf8StringView text);
    // A plain decimal of at most 15 significant digits: "3.5", "0.00001", never "1e-05";
    // an empty field when the value is not finite.
    void addNumber(double value);
    // The value rounded to that many decimals and written with exactly that many ("3361",
    // "12.50"): money in its currency's minor units, rates to two decimals.
    void addNumber(double value, int decimals);
    void addInteger(qint64 value);
    // A number already in plain form, such as Money::toDecimalString().
    void addDecimal(QStringView plain);
    // units / 10^decimals with exactly that many decimals, as Money::toDecimalString()
    // writes an amount of minor units ("1500000", "12.50", "-0.05").
    void addFixedPoint(qint64 units, int decimals);
    void addEmpty();
    void endRow();

    // Hands the buffered bytes to the device; call it before closing or committing the
    // device. False once the device has refused a write.
    bool flush();
    bool isOk() const { return m_ok; }
    QString errorString() const { return m_errorString; }
    qint64 rowsWritten() const { return m_rows; }
    const CsvPreset &preset() const { return m_preset; }

    // The text as a field holds it before quoting: an apostrophe in front when the rule
    // above asks for one.
    static QString neutralised(const QString &text);
    // Undoes neutralised() (see the rule above): for the import.
    static QString restoreNeutralised(const QString &text);
    // Whether writing the text puts an apostrophe in front of it (the rule above).
    static bool needsFormulaGuard(QStringView text);
    // Whether the text, after any leading apostrophes, starts with '=', '+', '-', '@', tab or CR.
    static bool startsLikeFormula(QStringView text);
    // The plain form addNumber() writes.
    static QString number(double value);

    // Writes a whole file through QSaveFile. writeRows fills the writer and returns false to
    // cancel. The file at path is replaced only when writeRows returned true and every byte
    // reached the disk; otherwise it is left exactly as it was (or not created) and no
    // temporary file remains. On failure or cancel returns false with the reason, said for
    // the user, in *error.
    static bool saveFile(const QString &path, const CsvPreset &preset,
                         const std::function<bool(CsvWriter &)> &writeRows, Error *error);

private:
    // Starts a field with room for maxBytes of it: the delimiter is written, and the
    // buffer handed to the device first when the field would not fit. Returns where the
    // field's bytes go; endField() takes the end of what was written.
    char *beginField(qsizetype maxBytes);
    void endField(char *end) { m_used = end - m_buffer.data(); }
    static bool needsQuotes(QStringView text, QChar delimiter);
    // Whether writing these bytes as they are gives what addText() would write; false
    // sends the field through QString (the text is not exact UTF-8 or needs the full
    // Unicode rule of needsFormulaGuard()). *quoted and *guarded tell how to write it.
    bool bytesWriteAsText(QByteArrayView text, bool *quoted, bool *guarded) const;

    QIODevice *m_device;
    CsvPreset m_preset;
    QByteArray m_buffer; // fixed size; m_used bytes of it are waiting for the device
    qsizetype m_used = 0;
    char m_delimiter;
    bool m_asciiDelimiter; // the preset's delimiter is one ASCII byte (addUtf8Text's bytes)
    QStringEncoder m_encoder;
    int m_fieldsInRow = 0;
    qint64 m_rows = 0;
    bool m_ok = true;
    QString m_errorString;
};

} // namespace planner
