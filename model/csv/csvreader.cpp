#include "csv/csvreader.h"

#include <QIODevice>
#include <QLocale>
#include <algorithm>
#include <array>

namespace planner {

namespace {

constexpr char16_t quote = u'"';
constexpr qsizetype sampleLines = 20;

bool isLowSurrogate(char16_t c)
{
    return (c & 0xFC00) == 0xDC00;
}

// Which byte of the pairs is zero in the first bytes: ASCII in UTF-16 has one zero byte per
// character, on the odd side when little-endian. Returns 0 (no sign of UTF-16), 1 (LE), 2 (BE).
int utf16Guess(const QByteArray &bytes)
{
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 4096) / 2;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += bytes.at(2 * i) == '\0';
        oddZeros += bytes.at(2 * i + 1) == '\0';
    }
    if (pairs == 0 || std::max(evenZeros, oddZeros) * 4 < pairs)
        return 0;
    return oddZeros >= evenZeros ? 1 : 2;
}

// Whether the bytes read as UTF-8; a sequence cut at the end of the chunk is no fault.
bool isUtf8(const QByteArray &bytes)
{
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; }))
        return true;
    QStringDecoder decoder(QStringConverter::Utf8);
    // decode() is lazy: the text must be made for the decoder to see the bytes.
    [[maybe_unused]] const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

// Whether bytes that are not UTF-8 may still be text in a code page: no NUL and no control
// character but tab, line ends and form feed. Anything else is a binary file, refused as
// before rather than read as windows-1252 garbage.
bool mayBeCodePageText(const QByteArray &bytes)
{
    return std::none_of(bytes.cbegin(), bytes.cend(), [](char c) {
        const uchar u = uchar(c);
        return u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f';
    });
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvDialect &dialect)
    : m_device(device)
    , m_dialect(dialect)
{
}

QString CsvReader::encodingName() const
{
    if (m_encoding == CsvDialect::Encoding::Utf16)
        return m_bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
    if (m_codePage)
        return m_codePage->name();
    return QStringLiteral("UTF-8");
}

QString CsvReader::describe(const CsvProblem &problem)
{
    switch (problem.kind) {
    case CsvProblem::Kind::UnterminatedQuote:
        return tr("the quoted field that starts here is never closed");
    case CsvProblem::Kind::StrayQuote:
        return tr("a quote inside a field: quote the whole field and double the quotes inside it");
    case CsvProblem::Kind::TextAfterQuote:
        return tr("text after the closing quote of a field");
    case CsvProblem::Kind::TooManyFields:
        return tr("more fields than the header has");
    case CsvProblem::Kind::NotText:
        return tr("the file is not UTF-8 or UTF-16 text (save it as “CSV UTF-8” or “Unicode text”)");
    case CsvProblem::Kind::ReadFailed:
        return tr("the file could not be read");
    case CsvProblem::Kind::RecordTooLong:
        //: %1 the line, %2 a number of characters
        return tr("the row on line %1 is longer than %2 characters: this is no candidate list, or a "
                  "quote in it is never closed")
            .arg(QLocale().toString(problem.position.line), QLocale().toString(maxRecordCharacters));
    case CsvProblem::Kind::TooManyColumns:
        //: %1 the line, %2 a number of columns
        return tr("the row on line %1 has more than %2 columns: this is no candidate list")
            .arg(QLocale().toString(problem.position.line), QLocale().toString(maxFields));
    case CsvProblem::Kind::UnknownEncoding:
        return tr("the encoding chosen for the file is not one the program knows");
    }
    return {};
}

bool CsvReader::prepare()
{
    if (m_prepared)
        return m_status == Status::Reading || m_status == Status::AtEnd;
    m_prepared = true;
    if (!m_device || !m_device->isReadable()) {
        fail(CsvProblem::Kind::ReadFailed, {1, 1});
        return false;
    }
    if (!m_device->isSequential())
        m_totalBytes = m_device->size() - m_device->pos();
    // The first chunk tells the encoding; it is decoded like every later one.
    const QByteArray start = m_device->peek(chunkBytes);
    detectEncoding(start);
    if (m_codePage && !m_codePage->isValid()) {
        fail(CsvProblem::Kind::UnknownEncoding, {1, 1});
        return false;
    }
    if (m_byteOrderMark) {
        const int bomSize = m_encoding == CsvDialect::Encoding::Utf8 ? 3 : 2;
        m_device->skip(bomSize);
        m_bytesRead += bomSize;
    }
    if (!readChunk() && m_status == Status::Failed)
        return false;
    detectDelimiter();
    return true;
}

void CsvReader::detectEncoding(const QByteArray &start)
{
    using Encoding = CsvDialect::Encoding;
    // A name may say UTF-8 or UTF-16 itself ("utf8", "UTF-16BE").
    Encoding asked = m_dialect.encoding;
    QString codePage = m_dialect.encodingName;
    const QString standard = CodePage::standardName(codePage);
    if (standard == QLatin1String("UTF-8")) {
        asked = Encoding::Utf8;
    } else if (standard.startsWith(QLatin1String("UTF-16"))) {
        asked = Encoding::Utf16;
        m_bigEndian = standard.endsWith(QLatin1String("BE"));
    } else if (!codePage.isEmpty()) {
        asked = Encoding::CodePage;
    }
    if (start.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8;
        m_byteOrderMark = true;
    } else if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16;
        m_bigEndian = start.startsWith("\xFE\xFF");
        m_byteOrderMark = true;
    } else {
        const int guess = utf16Guess(start);
        if (asked == Encoding::Utf16 || (asked == Encoding::Detect && guess != 0)) {
            m_encoding = Encoding::Utf16;
            // "UTF-16BE" and "UTF-16LE" say the byte order; "UTF-16" leaves it to the bytes.
            if (standard != QLatin1String("UTF-16BE") && standard != QLatin1String("UTF-16LE"))
                m_bigEndian = guess == 2;
        } else if (asked == Encoding::CodePage
                   || (asked == Encoding::Detect && !isUtf8(start) && mayBeCodePageText(start))) {
            m_encoding = Encoding::CodePage;
            m_encodingAssumed = asked == Encoding::Detect;
            if (m_encodingAssumed)
                codePage = CodePage::guessLegacy(start);
        } else {
            m_encoding = Encoding::Utf8;
        }
    }
    // A mark says what the bytes are; a given encoding only settles files without one.
    if (m_encoding == Encoding::CodePage)
        m_codePage = std::make_unique<CodePage>(codePage);
    else if (m_encoding == Encoding::Utf16)
        m_decoder = QStringDecoder(m_bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    else
        m_decoder = QStringDecoder(QStringConverter::Utf8);
}

void CsvReader::detectDelimiter()
{
    if (!m_dialect.delimiter.isNull()) {
        m_delimiter = m_dialect.delimiter;
        m_delim = m_delimiter.unicode();
        return;
    }
    // Count each candidate outside quotes on the first lines of the first chunk; the one
    // the header uses and the most rows use as often wins, then the one used most often.
    const QList<QChar> candidates = CsvDialect::candidates();
    QList<std::array<qsizetype, 3>> counts{{0, 0, 0}};
    bool inQuotes = false;
    for (qsizetype i = 0; i < m_size && counts.size() <= sampleLines; ++i) {
        const char16_t c = m_data[i];
        if (c == quote) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (counts.last() != std::array<qsizetype, 3>{0, 0, 0})
                counts.append({0, 0, 0});
        } else if (!inQuotes) {
            for (int d = 0; d < 3; ++d)
                counts.last()[d] += c == candidates.at(d).unicode();
        }
    }
    int best = 0;
    qsizetype bestRows = -1;
    qsizetype bestCount = 0;
    for (int d = 0; d < 3; ++d) {
        const qsizetype header = counts.first()[d];
        if (header == 0)
            continue;
        qsizetype rows = 0;
        for (qsizetype line = 1; line < counts.size(); ++line)
            rows += counts.at(line)[d] == header;
        if (rows > bestRows || (rows == bestRows && header > bestCount)) {
            best = d;
            bestRows = rows;
            bestCount = header;
        }
    }
    m_delimiter = candidates.at(best);
    m_delim = m_delimiter.unicode();
}

bool CsvReader::readChunk()
{
    if (m_status != Status::Reading)
        return false;
    m_bufferOffset += m_size;
    m_pos = m_size = 0;
    while (!m_deviceAtEnd && m_size == 0) {
        m_bytes.resize(chunkBytes);
        const qint64 got = m_device->read(m_bytes.data(), chunkBytes);
        if (got < 0) {
            fail(CsvProblem::Kind::ReadFailed, here());
            return false;
        }
        m_deviceAtEnd = got == 0;
        m_bytesRead += got;
        if (!decodeChunk(got))
            return false;
    }
    return m_size > 0;
}

bool CsvReader::decodeChunk(qint64 got)
{
    if (m_codePage)
        return decodeCodePage(got);
    const QByteArrayView bytes(m_bytes.constData(), got);
    m_buffer.resize(m_decoder.requiredSpace(got));
    QChar *end = m_decoder.appendToBuffer(m_buffer.data(), bytes);
    m_size = end - m_buffer.constData();
    m_data = reinterpret_cast<const char16_t *>(m_buffer.constData());
    if (m_decoder.hasError()) {
        const qsizetype bad = m_buffer.left(m_size).indexOf(QChar::ReplacementCharacter);
        fail(CsvProblem::Kind::NotText, positionInBuffer(bad < 0 ? 0 : bad));
        return false;
    }
    return true;
}

bool CsvReader::decodeCodePage(qint64 got)
{
    // Two characters a byte hold what any code page makes of it (a surrogate pair).
    QString decoded(2 * got + 16, Qt::Uninitialized);
    qsizetype written = 0;
    const bool ok = m_codePage->decode(m_bytes.constData(), got, decoded.data(), decoded.size(), m_deviceAtEnd,
                                       &written) >= 0;
    decoded.truncate(written);
    // Windows-1258 writes most Vietnamese letters as a base and a combining tone mark:
    // composed (NFC), "Nguyễn" is the name people type and search for. A chunk's last letter
    // waits for the next chunk, which may hold its marks.
    m_buffer = m_pendingText + decoded;
    m_pendingText.clear();
    if (!m_deviceAtEnd && ok) {
        qsizetype keep = m_buffer.size();
        while (keep > 0 && m_buffer.at(keep - 1).combiningClass() != 0)
            --keep;
        if (keep > 0)
            --keep;
        m_pendingText = m_buffer.mid(keep);
        m_buffer.truncate(keep);
    }
    m_buffer = m_buffer.normalized(QString::NormalizationForm_C);
    m_size = m_buffer.size();
    m_data = reinterpret_cast<const char16_t *>(m_buffer.constData());
    if (!ok)
        fail(CsvProblem::Kind::NotText, positionInBuffer(m_size));
    return ok;
}

void CsvReader::fail(CsvProblem::Kind kind, const CsvPosition &position)
{
    m_status = Status::Failed;
    m_failure = CsvProblem{kind, position};
}

CsvPosition CsvReader::here() const
{
    return {m_line, m_bufferOffset + m_pos - m_lineStart - m_lineSurrogates + 1};
}

CsvPosition CsvReader::positionInBuffer(qsizetype index) const
{
    // Only for a fault in a fresh chunk, so counting from its start is enough.
    qint64 line = m_line;
    qint64 lineStart = m_lineStart;
    bool afterCR = m_lastWasCR;
    for (qsizetype i = 0; i < index; ++i) {
        const char16_t c = m_data[i];
        if (c == u'\r' || (c == u'\n' && !afterCR))
            ++line;
        if (c == u'\r' || c == u'\n')
            lineStart = m_bufferOffset + i + 1;
        afterCR = c == u'\r';
    }
    return {line, m_bufferOffset + index - lineStart + 1};
}

void CsvReader::note(CsvRecord &record, CsvProblem::Kind kind, const CsvPosition &position)
{
    if (!record.m_problem)
        record.m_problem = CsvProblem{kind, position};
}

void CsvReader::lineBreak(char16_t c)
{
    ++m_pos;
    // The LF of a CRLF belongs to the line break the CR began.
    if (!(c == u'\n' && m_lastWasCR))
        ++m_line;
    m_lineStart = m_bufferOffset + m_pos;
    m_lineSurrogates = 0;
    m_lastWasCR = c == u'\r';
}

void CsvReader::endLine()
{
    const char16_t c = m_data[m_pos];
    lineBreak(c);
    if (c == u'\r' && ensure() && m_data[m_pos] == u'\n')
        lineBreak(u'\n');
    m_lastWasCR = false;
}

bool CsvReader::next(CsvRecord &record)
{
    if (!prepare())
        return false;
    while (m_status == Status::Reading) {
        if (m_cancelled.load(std::memory_order_relaxed)) {
            m_status = Status::Cancelled;
            break;
        }
        record.clear();
        if (!ensure()) {
            if (m_status == Status::Reading)
                m_status = Status::AtEnd;
            break;
        }
        const bool blank = readRecord(record);
        if (m_status == Status::Failed)
            break;
        if (blank)
            continue;
        if (!checkWidth(record))
            continue; // nothing but padding: a blank row too
        record.m_number = ++m_records;
        return true;
    }
    return false;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    for (;;) {
        record.beginField(here());
        const bool quoted = ensure() && m_data[m_pos] == quote;
        const End end = quoted ? readQuoted(record) : readUnquoted(record);
        record.endField();
        if (record.size() > maxFields) {
            fail(CsvProblem::Kind::TooManyColumns, record.position(0));
            break;
        }
        if (m_status == Status::Failed)
            break;
        if (end == End::Field)
            continue;
        record.m_end = here();
        if (end == End::Line)
            endLine();
        break;
    }
    // An empty line, or a spreadsheet's empty row (",,,"), holds nothing to read.
    return record.m_text.isEmpty() && !record.m_problem;
}

template<typename IsStop>
bool CsvReader::takeRun(CsvRecord &record, IsStop isStop)
{
    const char16_t *p = m_data + m_pos;
    const char16_t *stop = m_data + m_size;
    const char16_t *run = p;
    for (; p < stop && !isStop(*p); ++p) {
        if (isLowSurrogate(*p))
            ++m_lineSurrogates;
    }
    if (p != run) {
        record.m_text.append(reinterpret_cast<const QChar *>(run), p - run);
        m_lastWasCR = false;
    }
    m_pos = p - m_data;
    return p == stop;
}

CsvReader::End CsvReader::readUnquoted(CsvRecord &record)
{
    for (;;) {
        if (!ensure())
            return End::Input;
        // Most characters are above '"' and not the delimiter: one comparison each.
        const bool ranOut = takeRun(record, [this](char16_t c) {
            return (c <= quote || c == m_delim)
                && (c == m_delim || c == quote || c == u'\n' || c == u'\r');
        });
        if (tooLong(record))
            return End::Input;
        if (ranOut)
            continue;
        const char16_t c = m_data[m_pos];
        if (c == m_delim) {
            ++m_pos;
            return End::Field;
        }
        if (c != quote)
            return End::Line;
        // RFC 4180 allows quotes only around a whole field; keep it as text and say so.
        note(record, CsvProblem::Kind::StrayQuote, here());
        record.m_text.append(QChar(quote));
        ++m_pos;
    }
}

CsvReader::End CsvReader::readQuoted(CsvRecord &record)
{
    const CsvPosition open = here();
    ++m_pos;
    m_lastWasCR = false;
    for (;;) {
        if (!ensure()) {
            note(record, CsvProblem::Kind::UnterminatedQuote, open);
            return End::Input;
        }
        const bool ranOut = takeRun(record, [](char16_t c) {
            return c == quote || c == u'\n' || c == u'\r';
        });
        if (tooLong(record))
            return End::Input;
        if (ranOut)
            continue;
        const char16_t c = m_data[m_pos];
        if (c != quote) {
            record.m_text.append(QChar(c));
            lineBreak(c);
            if (tooLong(record))
                return End::Input;
            continue;
        }
        ++m_pos;
        m_lastWasCR = false;
        if (!ensure())
            return End::Input;
        const char16_t after = m_data[m_pos];
        if (after == quote) {
            record.m_text.append(QChar(quote));
            ++m_pos;
            continue;
        }
        if (after == m_delim) {
            ++m_pos;
            return End::Field;
        }
        if (after == u'\n' || after == u'\r')
            return End::Line;
        note(record, CsvProblem::Kind::TextAfterQuote, here());
        return readUnquoted(record);
    }
}

bool CsvReader::tooLong(const CsvRecord &record)
{
    if (record.m_text.size() <= maxRecordCharacters)
        return false;
    fail(CsvProblem::Kind::RecordTooLong, record.position(0));
    return true;
}

bool CsvReader::checkWidth(CsvRecord &record)
{
    if (m_records == 0) {
        m_width = record.size();
        return true;
    }
    if (record.size() <= m_width)
        return true;
    for (qsizetype i = m_width; i < record.size(); ++i) {
        if (!record.field(i).trimmed().isEmpty()) {
            note(record, CsvProblem::Kind::TooManyFields, record.position(i));
            return true;
        }
    }
    // Spreadsheets pad rows with empty cells past the header's last column: not a fault.
    record.m_ends.resize(m_width);
    record.m_starts.resize(m_width);
    record.m_text.truncate(record.m_ends.last());
    return !record.m_text.isEmpty() || record.m_problem;
}

} // namespace planner
