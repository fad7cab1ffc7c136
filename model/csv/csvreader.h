#pragma once

#include "csv/codepage.h"
#include "csv/csvdialect.h"
#include "csv/csvrecord.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <atomic>
#include <memory>
#include <optional>

class QIODevice;

namespace planner {

// Reads CSV (RFC 4180) from a device a chunk at a time, never the whole file: quoted fields,
// doubled quotes, line breaks inside quotes, CRLF, LF or CR line ends; UTF-8 with or without
// a byte order mark and UTF-16 with one (Excel's "Unicode text"); the delimiter detected from
// the first lines unless given. A file that is not UTF-8 (and shows no sign of UTF-16) is
// read in the legacy code page its bytes suggest (CodePage::guessLegacy: windows-1252,
// -1258 or -1256), unless an encoding is given; encodingAssumed() then says so. Bytes with
// NULs or control characters are no text in any code page: they fail as before. Each record tells where each field starts, so that a fault
// can be reported as FILE:LINE:COLUMN.
//
// The first record is the header: a later record with more non-empty fields carries a
// TooManyFields problem (empty cells past the header, which spreadsheets add, are dropped).
// Empty lines and rows of empty fields only (",,,") are skipped. A problem inside a record
// (a stray quote, text after a closing quote) is attached to the record and reading goes on
// with the next one; bytes that are not text, a device that fails, and a record beyond the
// limits below end the reading (status() Failed).
//
// Memory stays bounded whatever the file: a record longer than maxRecordCharacters (a
// quote left open swallows the rest of the file into one field) or wider than maxFields
// is refused as soon as it grows past the limit, before it is read to its end.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Status { Reading, AtEnd, Cancelled, Failed };

    // The device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice *device, const CsvDialect &dialect = {});
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Fills record with the next record and returns true; false at the end of the file, when
    // cancelled or after a failure (see status()).
    bool next(CsvRecord &record);
    // Reads the first chunk and settles encoding and delimiter; next() does it when needed.
    // False when the device cannot be read or holds no text.
    bool prepare();

    QChar delimiter() const { return m_delimiter; }
    CsvDialect::Encoding encoding() const { return m_encoding; }
    bool isBigEndian() const { return m_bigEndian; }
    bool hasByteOrderMark() const { return m_byteOrderMark; }
    // "UTF-8", "UTF-16LE", "UTF-16BE" or a code page's standard name ("windows-1252").
    QString encodingName() const;
    // Whether the encoding is a code page guessed because the bytes are not UTF-8.
    bool encodingAssumed() const { return m_encodingAssumed; }

    // Bytes taken from the device so far, and in all (-1 when the device cannot tell).
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }
    // Makes the next call of next() return false with status Cancelled. Safe from any thread.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

    Status status() const { return m_status; }
    // Why reading failed (status Failed).
    const std::optional<CsvProblem> &failure() const { return m_failure; }
    // The reason a problem gives, said for the user.
    static QString describe(const CsvProblem &problem);

    static constexpr qint64 chunkBytes = 256 * 1024;
    // 16 Mi characters (32 MB in memory): a candidate row is a few hundred.
    static constexpr qsizetype maxRecordCharacters = 16 * 1024 * 1024;
    // Excel's own limit of columns: no spreadsheet writes a wider row.
    static constexpr qsizetype maxFields = 16384;

private:
    enum class End { Field, Line, Input };

    void detectEncoding(const QByteArray &start);
    bool decodeChunk(qint64 got);
    bool decodeCodePage(qint64 got);
    void detectDelimiter();
    bool readChunk();
    bool ensure() { return m_pos < m_size || readChunk(); }
    bool readRecord(CsvRecord &record);
    End readUnquoted(CsvRecord &record);
    End readQuoted(CsvRecord &record);
    // Appends the characters from the position up to the first one isStop() accepts (or the
    // end of the buffer) to the field, counting surrogates; true when the buffer ran out.
    template<typename IsStop>
    bool takeRun(CsvRecord &record, IsStop isStop);
    void lineBreak(char16_t c);
    void endLine();
    // Drops the empty cells a spreadsheet pads a row with past the header's last column, or
    // notes a row with more; false when nothing but padding was left (a blank row).
    bool checkWidth(CsvRecord &record);
    bool tooLong(const CsvRecord &record);
    void fail(CsvProblem::Kind kind, const CsvPosition &position);
    CsvPosition here() const;
    CsvPosition positionInBuffer(qsizetype index) const;
    static void note(CsvRecord &record, CsvProblem::Kind kind, const CsvPosition &position);

    QIODevice *m_device;
    CsvDialect m_dialect;
    QChar m_delimiter;
    char16_t m_delim = u',';
    CsvDialect::Encoding m_encoding = CsvDialect::Encoding::Utf8;
    bool m_bigEndian = false;
    bool m_byteOrderMark = false;
    QStringDecoder m_decoder;
    std::unique_ptr<CodePage> m_codePage; // set for a legacy encoding, else m_decoder decodes
    bool m_encodingAssumed = false;
    QString m_pendingText; // a code page's last letter, whose combining marks may follow
    QByteArray m_bytes;
    QString m_buffer;
    const char16_t *m_data = nullptr;
    qsizetype m_pos = 0;
    qsizetype m_size = 0;
    qint64 m_bufferOffset = 0; // characters before the buffer's first one
    qint64 m_line = 1;
    qint64 m_lineStart = 0;     // offset of the current line's first character
    qint64 m_lineSurrogates = 0; // second halves of surrogate pairs on the line so far
    bool m_lastWasCR = false;
    bool m_deviceAtEnd = false;
    bool m_prepared = false;
    qint64 m_records = 0;
    qsizetype m_width = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = -1;
    Status m_status = Status::Reading;
    std::optional<CsvProblem> m_failure;
    std::atomic<bool> m_cancelled{false};
};

} // namespace planner
