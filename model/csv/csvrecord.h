#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace planner {

// Where something stands in a text file: physical line and column (both from 1, the column
// in characters), as editors and compilers count them.
struct CsvPosition
{
    qint64 line = 0;
    qint64 column = 0;

    bool operator==(const CsvPosition &other) const
    {
        return line == other.line && column == other.column;
    }
};

// Something wrong in the CSV text itself, with where it is.
struct CsvProblem
{
    enum class Kind {
        UnterminatedQuote, // a quoted field never closed before the end of the file
        StrayQuote,        // a quote inside a field that does not start with one
        TextAfterQuote,    // characters between a closing quote and the next delimiter
        TooManyFields,     // more non-empty fields than the header has
        NotText,           // bytes that are not text in the file's encoding
        ReadFailed,        // the device refused to read
        RecordTooLong,     // a record of more than CsvReader::maxRecordCharacters (ends reading)
        TooManyColumns,    // a record of more than CsvReader::maxFields fields (ends reading)
        UnknownEncoding,   // the encoding asked for is none ICU knows (ends reading)
    };
    Kind kind = Kind::StrayQuote;
    CsvPosition position;
};

// One record (row) of a CSV file: its fields without quotes, where each starts, and the
// first problem found in it. CsvReader reuses one record for every row, so reading a
// million rows allocates no memory per field.
class CsvRecord
{
public:
    qsizetype size() const { return m_ends.size(); }
    bool isEmpty() const { return m_ends.isEmpty(); }
    // The field's text; an empty view past the last field (a short row).
    QStringView field(qsizetype index) const;
    QString text(qsizetype index) const { return field(index).toString(); }
    // Where the field starts (its opening quote when quoted). Past the last field: just
    // after the end of the record's last field.
    CsvPosition position(qsizetype index) const;
    // The physical line the record starts on.
    qint64 line() const { return m_starts.isEmpty() ? 0 : m_starts.first().line; }
    // 1 for the first record of the file (the header), 2 for the next, and so on.
    qint64 number() const { return m_number; }
    const std::optional<CsvProblem> &problem() const { return m_problem; }
    QStringList toStringList() const;

private:
    friend class CsvReader;

    void clear();
    void beginField(const CsvPosition &position);
    void endField() { m_ends.append(m_text.size()); }

    QString m_text; // every field, one after another
    QList<qsizetype> m_ends;
    QList<CsvPosition> m_starts;
    CsvPosition m_end;
    qint64 m_number = 0;
    std::optional<CsvProblem> m_problem;
};

} // namespace planner
