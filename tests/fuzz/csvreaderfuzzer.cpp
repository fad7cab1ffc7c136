// libFuzzer target for CsvReader: any bytes, read whole and read a few bytes at a time.
//
// Invariants besides "no crash, no sanitizer report":
// - the reader ends (AtEnd or Failed), having taken every byte when it reached the end;
// - records are numbered 1, 2, 3...; lines never go back; within a line columns go forward;
//   every position is at line 1 or later, column 1 or later, and no line is past the last
//   line break of the input;
// - the fields hold no more characters than the input has;
// - the same bytes handed over a few at a time (chunk boundaries everywhere: a CRLF, a
//   doubled quote or a UTF-8 sequence split between two reads) give the very same records,
//   positions and problems as the whole input at once;
// - records without problems, written back by CsvWriter and read again, come back equal
//   (after CsvWriter::restoreNeutralised, which undoes its formula guard).
//
// The first byte, when it is below 0x08, chooses the dialect (bits 0-1: detect, ',', ';',
// tab; bit 2: UTF-16 asked for) and is not part of the CSV; any other input is read with
// everything detected, so plain CSV files serve as seeds. Bytes that are not UTF-8 are read
// in the code page they suggest (windows-1252, -1258, -1256), and trickled in it too.

#include "fuzzsupport.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QIODevice>
#include <algorithm>

using namespace planner;
using planner::fuzz::shown;

namespace {

// Hands out at most step bytes per read, sequential or not, like a pipe or a slow disk.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &bytes, qint64 step, bool sequential)
        : m_bytes(bytes)
        , m_step(step)
        , m_sequential(sequential)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return m_sequential; }
    qint64 size() const override { return m_sequential ? 0 : m_bytes.size(); }
    bool seek(qint64 position) override
    {
        // peek() on a device that is not sequential reads, then seeks back.
        if (m_sequential || !QIODevice::seek(position))
            return false;
        m_at = position;
        return true;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        // The first read holds a whole byte order mark, which the reader peeks at once.
        const qint64 step = m_at == 0 ? m_step + 3 : m_step;
        const qint64 n = std::min({maxSize, step, qint64(m_bytes.size()) - m_at});
        std::copy_n(m_bytes.constData() + m_at, n, data);
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    bool m_sequential;
    qint64 m_at = 0;
};

struct Field
{
    QString text;
    CsvPosition position;
};

struct Record
{
    QList<Field> fields;
    qint64 number = 0;
    qint64 line = 0;
    std::optional<CsvProblem> problem;
};

struct Reading
{
    QList<Record> records;
    CsvReader::Status status = CsvReader::Status::Reading;
    std::optional<CsvProblem> failure;
    qint64 bytesRead = 0;
    QChar delimiter;
    QString encoding;
    bool byteOrderMark = false;
};

Reading readAll(QIODevice *device, const CsvDialect &dialect)
{
    Reading reading;
    CsvReader reader(device, dialect);
    CsvRecord record;
    while (reader.next(record)) {
        Record copy;
        copy.number = record.number();
        copy.line = record.line();
        copy.problem = record.problem();
        for (qsizetype i = 0; i < record.size(); ++i)
            copy.fields.append({record.text(i), record.position(i)});
        reading.records.append(copy);
    }
    reading.status = reader.status();
    reading.failure = reader.failure();
    reading.bytesRead = reader.bytesRead();
    reading.delimiter = reader.delimiter();
    reading.encoding = reader.encodingName();
    reading.byteOrderMark = reader.hasByteOrderMark();
    return reading;
}

QString where(const CsvPosition &p)
{
    return QStringLiteral("%1:%2").arg(p.line).arg(p.column);
}

bool sameProblem(const std::optional<CsvProblem> &a, const std::optional<CsvProblem> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->kind == b->kind && a->position == b->position);
}

void checkOrder(const Reading &reading, const QByteArray &csv)
{
    FUZZ_CHECK(reading.status == CsvReader::Status::AtEnd || reading.status == CsvReader::Status::Failed,
               QStringLiteral("status %1").arg(int(reading.status)));
    if (reading.status == CsvReader::Status::AtEnd)
        FUZZ_CHECK(reading.bytesRead == csv.size(),
                   QStringLiteral("read %1 of %2 bytes").arg(reading.bytesRead).arg(csv.size()));
    // Every line break has a CR or LF byte, in UTF-8 and in UTF-16 alike.
    const qint64 lastLine = 1 + csv.count('\n') + csv.count('\r');
    qint64 characters = 0;
    CsvPosition previous{1, 0};
    for (qsizetype r = 0; r < reading.records.size(); ++r) {
        const Record &record = reading.records.at(r);
        FUZZ_CHECK(record.number == r + 1, QStringLiteral("record %1 numbered %2").arg(r + 1).arg(record.number));
        FUZZ_CHECK(!record.fields.isEmpty(), QStringLiteral("record %1 has no field").arg(r + 1));
        FUZZ_CHECK(record.line == record.fields.first().position.line,
                   QStringLiteral("record %1 line %2, first field at %3")
                       .arg(r + 1).arg(record.line).arg(where(record.fields.first().position)));
        for (const Field &field : record.fields) {
            const CsvPosition &p = field.position;
            characters += field.text.size();
            FUZZ_CHECK(p.line >= 1 && p.column >= 1 && p.line <= lastLine,
                       QStringLiteral("record %1: field at %2, input has %3 lines").arg(r + 1).arg(where(p)).arg(lastLine));
            FUZZ_CHECK(p.line > previous.line || (p.line == previous.line && p.column > previous.column),
                       QStringLiteral("record %1: field at %2 after one at %3").arg(r + 1).arg(where(p), where(previous)));
            previous = p;
        }
        if (record.problem) {
            const CsvPosition &p = record.problem->position;
            FUZZ_CHECK(p.line >= record.line && p.line <= lastLine && p.column >= 1,
                       QStringLiteral("record %1 at line %2: problem at %3").arg(r + 1).arg(record.line).arg(where(p)));
        }
    }
    FUZZ_CHECK(characters <= csv.size(),
               QStringLiteral("%1 characters in fields from %2 bytes").arg(characters).arg(csv.size()));
    if (reading.failure) {
        const CsvPosition &p = reading.failure->position;
        FUZZ_CHECK(p.line >= 1 && p.column >= 1 && p.line <= lastLine,
                   QStringLiteral("failure at %1").arg(where(p)));
    }
}

void checkSame(const Reading &whole, const Reading &trickled, qint64 step, bool sequential)
{
    const QString how = QStringLiteral("%1 bytes a read%2: ").arg(step).arg(sequential ? QStringLiteral(", sequential") : QString());
    FUZZ_CHECK(whole.status == trickled.status && sameProblem(whole.failure, trickled.failure),
               how + QStringLiteral("status %1 vs %2").arg(int(whole.status)).arg(int(trickled.status)));
    // A file that fails in its first chunk ends before a delimiter is chosen; the trickle,
    // whose first read is a few bytes only, chooses one.
    FUZZ_CHECK((whole.delimiter.isNull() || whole.delimiter == trickled.delimiter) && whole.encoding == trickled.encoding,
               how + QStringLiteral("delimiter or encoding differ"));
    // Bytes that are not text fail the chunk they are in, so a reader given fewer bytes at a
    // time hands out more of the records before them; every record it hands out is the same.
    const bool failed = whole.status == CsvReader::Status::Failed;
    FUZZ_CHECK(failed ? whole.records.size() <= trickled.records.size() : whole.records.size() == trickled.records.size(),
               how + QStringLiteral("%1 vs %2 records").arg(whole.records.size()).arg(trickled.records.size()));
    for (qsizetype r = 0; r < whole.records.size(); ++r) {
        const Record &a = whole.records.at(r);
        const Record &b = trickled.records.at(r);
        FUZZ_CHECK(sameProblem(a.problem, b.problem), how + QStringLiteral("record %1: problems differ").arg(r + 1));
        FUZZ_CHECK(a.fields.size() == b.fields.size(),
                   how + QStringLiteral("record %1: %2 vs %3 fields").arg(r + 1).arg(a.fields.size()).arg(b.fields.size()));
        for (qsizetype f = 0; f < a.fields.size(); ++f) {
            FUZZ_CHECK(a.fields.at(f).text == b.fields.at(f).text && a.fields.at(f).position == b.fields.at(f).position,
                       how + QStringLiteral("record %1 field %2: %3 at %4 vs %5 at %6")
                                 .arg(r + 1).arg(f + 1)
                                 .arg(shown(a.fields.at(f).text), where(a.fields.at(f).position),
                                      shown(b.fields.at(f).text), where(b.fields.at(f).position)));
        }
    }
}

void checkRoundTrip(const Reading &reading)
{
    if (reading.status != CsvReader::Status::AtEnd)
        return;
    QList<QStringList> rows;
    for (const Record &record : reading.records) {
        if (record.problem)
            return;
        QStringList fields;
        for (const Field &field : record.fields) {
            // Text that is not well-formed UTF-16 cannot be written as UTF-8 unchanged.
            if (!field.text.isValidUtf16())
                return;
            fields << field.text;
        }
        rows << fields;
    }
    // At the start of a file U+FEFF is a byte order mark, and the reader drops a second one
    // there too (a file saved with two); the writer writes one of its own before the text.
    if (rows.isEmpty() || rows.first().first().startsWith(QChar(0xFEFF)))
        return;
    QByteArray bytes;
    {
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        CsvPreset preset = CsvPreset::plain();
        preset.byteOrderMark = true;
        CsvWriter writer(&out, preset);
        for (const QStringList &row : std::as_const(rows))
            writer.writeRow(row);
        FUZZ_CHECK(writer.flush(), QStringLiteral("writing failed"));
    }
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.delimiter = QLatin1Char(',');
    dialect.encoding = CsvDialect::Encoding::Utf8;
    const Reading again = readAll(&in, dialect);
    FUZZ_CHECK(again.status == CsvReader::Status::AtEnd, QStringLiteral("written file did not read to its end"));
    FUZZ_CHECK(again.records.size() == rows.size(),
               QStringLiteral("%1 records written, %2 read back").arg(rows.size()).arg(again.records.size()));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const Record &record = again.records.at(r);
        FUZZ_CHECK(!record.problem, QStringLiteral("record %1 written has a problem read back").arg(r + 1));
        FUZZ_CHECK(record.fields.size() == rows.at(r).size(),
                   QStringLiteral("record %1: %2 fields written, %3 read back")
                       .arg(r + 1).arg(rows.at(r).size()).arg(record.fields.size()));
        for (qsizetype f = 0; f < record.fields.size(); ++f) {
            const QString back = CsvWriter::restoreNeutralised(record.fields.at(f).text);
            FUZZ_CHECK(back == rows.at(r).at(f),
                       QStringLiteral("record %1 field %2: wrote %3, read back %4")
                           .arg(r + 1).arg(f + 1).arg(shown(rows.at(r).at(f)), shown(back)));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    planner::fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvDialect dialect;
    if (!csv.isEmpty() && uchar(csv.at(0)) < 0x08) {
        const int choice = csv.at(0);
        static const char16_t delimiters[] = {0, u',', u';', u'\t'};
        if (choice & 3)
            dialect.delimiter = QChar(delimiters[choice & 3]);
        if (choice & 4)
            dialect.encoding = CsvDialect::Encoding::Utf16;
        csv.remove(0, 1);
    }

    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const Reading whole = readAll(&buffer, dialect);
    checkOrder(whole, csv);

    // A step from the input itself, so that the fuzzer can steer it: 1 to 7 bytes a read.
    // The delimiter and encoding are found from the first read, which here holds only a
    // few bytes, so they are given as the whole reading found them. (Without a byte order
    // mark, UTF-16's byte order too is a guess from the first read.)
    const qint64 step = 1 + qint64(size % 7);
    const bool sequential = (size / 7) % 2 == 1;
    // A legacy code page (the bytes were not UTF-8) is given by its name.
    const bool codePage = !whole.encoding.startsWith(QLatin1String("UTF-"));
    if (whole.encoding == QLatin1String("UTF-8") || whole.byteOrderMark || codePage) {
        CsvDialect found;
        found.delimiter = whole.delimiter;
        if (codePage)
            found.encodingName = whole.encoding;
        else
            found.encoding = whole.encoding == QLatin1String("UTF-8") ? CsvDialect::Encoding::Utf8
                                                                      : CsvDialect::Encoding::Utf16;
        TrickleDevice trickle(csv, step, sequential);
        checkSame(whole, readAll(&trickle, found), step, sequential);
    }

    checkRoundTrip(whole);
    return 0;
}
