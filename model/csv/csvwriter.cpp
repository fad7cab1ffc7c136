#include "csv/csvwriter.h"

#include "csv/utf8bytes.h"
#include "domain/savemessages.h"

#include <QDir>
#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace planner {

namespace {

constexpr qsizetype bufferSize = 64 * 1024;
// The longest plain form of a double: 1e308 has 309 digits before the point, 5e-324 as
// many after it.
constexpr qsizetype numberRoom = 400;

bool isFormulaCharacter(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The cellLike pattern of isPlainHandle() for ASCII text, by hand: 1 to 3 letters and then
// digits (AB12), R, digits, C, digits in any case (R1C1, rc), TRUE or FALSE in any case.
bool isAsciiCellLike(QByteArrayView name)
{
    const qsizetype n = name.size();
    qsizetype letters = 0;
    while (letters < n && isAsciiLetter(name[letters]))
        ++letters;
    if (letters >= 1 && letters <= 3 && letters < n
        && std::all_of(name.begin() + letters, name.end(), isAsciiDigit))
        return true;
    if (n > 0 && (name[0] == 'R' || name[0] == 'r')) {
        qsizetype i = 1;
        while (i < n && isAsciiDigit(name[i]))
            ++i;
        if (i < n && (name[i] == 'C' || name[i] == 'c')) {
            ++i;
            while (i < n && isAsciiDigit(name[i]))
                ++i;
            if (i == n)
                return true;
        }
    }
    const auto equalsIgnoringCase = [&](const char *word) {
        const qsizetype length = qsizetype(std::strlen(word));
        if (n != length)
            return false;
        for (qsizetype i = 0; i < n; ++i) {
            if ((name[i] | 0x20) != word[i])
                return false;
        }
        return true;
    };
    return equalsIgnoringCase("true") || equalsIgnoringCase("false");
}

// isPlainHandle() of ASCII text without a QString or the expression: a letter or '_' first,
// then letters, digits, '.' or '_' (ASCII has no marks or joiners), and not cell-like.
bool isPlainAsciiHandle(QByteArrayView name)
{
    if (name.isEmpty() || isAsciiCellLike(name))
        return false;
    if (!isAsciiLetter(name[0]) && name[0] != '_')
        return false;
    return std::all_of(name.begin() + 1, name.end(), [](char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '.' || c == '_';
    });
}

// Whether the text after an '@' is a plain name that no spreadsheet evaluates: a letter or
// '_' first, then letters, digits, marks (Vietnamese tones in decomposed form), '.', '_' or
// the joiners Persian writes with; and not a cell reference (@AB12, @R1C1) or a boolean.
bool isPlainHandle(QStringView name)
{
    static const QRegularExpression cellLike(
        QStringLiteral("^(?:[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|true|false)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (name.isEmpty() || cellLike.match(name).hasMatch())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t c = name.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < name.size() && name.at(i + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(name.at(i).unicode(), name.at(++i).unicode());
        const bool letter = QChar::isLetter(c) || c == U'_';
        const bool inside = QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U'.'
            || c == U'_' || c == 0x200C || c == 0x200D;
        if (!(i == 0 ? letter : inside))
            return false;
    }
    return true;
}

// The plain decimal of CsvWriter::number() into out; returns the end. std::to_chars never
// looks at a locale and allocates nothing, which matters at a million numbers a file.
char *writeNumber(char *out, double value)
{
    if (value == 0.0)
        value = 0.0; // no "-0"
    // Fifteen significant digits give back any decimal typed with up to fifteen, and hide
    // the binary noise of arithmetic (0.8999999999999999 is written 0.9); the shortest
    // fixed form of that keeps an exponent out of the file.
    // Fast path: when the shortest form that reads back as the same double has at most
    // fifteen significant digits, it is that rounding already (the 15-digit grid is
    // coarser than a double's spacing, so no other 15-digit number is as near).
    char *end = std::to_chars(out, out + numberRoom, value, std::chars_format::fixed).ptr;
    const char *first = out;
    while (first < end && (*first < '1' || *first > '9'))
        ++first;
    const char *last = end;
    while (last > first && (last[-1] < '1' || last[-1] > '9'))
        --last;
    const auto significant = (last - first) - std::count(first, last, '.');
    if (significant <= 15)
        return end;
    // Qt's rounding, as the CLI always wrote: an exact tie goes away from zero.
    const double rounded = QString::number(value, 'g', 15).toDouble();
    return std::to_chars(out, out + numberRoom, rounded, std::chars_format::fixed).ptr;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvPreset &preset)
    : m_device(device)
    , m_preset(preset)
    , m_buffer(bufferSize, Qt::Uninitialized)
    , m_delimiter(preset.delimiter.toLatin1())
    , m_asciiDelimiter(preset.delimiter.unicode() > 0 && preset.delimiter.unicode() < 0x80)
    // Stateless: a broken surrogate at the end of one field must not reach into the next.
    , m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
    if (preset.byteOrderMark) {
        std::memcpy(m_buffer.data(), "\xEF\xBB\xBF", 3);
        m_used = 3;
    }
}

bool CsvWriter::startsLikeFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i < text.size() && isFormulaCharacter(text.at(i));
}

bool CsvWriter::needsFormulaGuard(QStringView text)
{
    if (!startsLikeFormula(text))
        return false;
    // After apostrophes the guard is what keeps the rule reversible: "'@maya" is ''@maya.
    if (text.at(0) != u'@')
        return true;
    return !isPlainHandle(text.sliced(1));
}

QString CsvWriter::neutralised(const QString &text)
{
    return needsFormulaGuard(text) ? QLatin1Char('\'') + text : text;
}

QString CsvWriter::restoreNeutralised(const QString &text)
{
    if (text.startsWith(QLatin1Char('\'')) && startsLikeFormula(text))
        return text.mid(1);
    return text;
}

QString CsvWriter::number(double value)
{
    if (!std::isfinite(value))
        return QString();
    char text[numberRoom];
    return QString::fromLatin1(text, writeNumber(text, value) - text);
}

bool CsvWriter::needsQuotes(QStringView text, QChar delimiter)
{
    for (const QChar c : text) {
        if (c == u',' || c == u';' || c == u'\t' || c == u'"' || c == u'\r' || c == u'\n'
            || c == delimiter)
            return true;
    }
    return false;
}

char *CsvWriter::beginField(qsizetype maxBytes)
{
    const qsizetype needed = maxBytes + 1;
    if (m_used + needed > m_buffer.size()) {
        flush();
        if (needed > m_buffer.size())
            m_buffer.resize(needed); // one huge field; the buffer stays that size
    }
    char *out = m_buffer.data() + m_used;
    if (m_fieldsInRow++ > 0)
        *out++ = m_delimiter;
    return out;
}

void CsvWriter::addText(QStringView text)
{
    // UTF-8 takes at most three bytes per UTF-16 unit; quotes and doubled quotes fit in the
    // fourth.
    char *out = beginField(4 * text.size() + 3);
    const bool quoted = needsQuotes(text, m_preset.delimiter);
    if (quoted)
        *out++ = '"';
    if (needsFormulaGuard(text))
        *out++ = '\'';
    qsizetype start = 0;
    for (qsizetype i = 0; quoted && i < text.size(); ++i) {
        if (text.at(i) == u'"') {
            out = m_encoder.appendToBuffer(out, text.sliced(start, i + 1 - start));
            *out++ = '"';
            start = i + 1;
        }
    }
    out = m_encoder.appendToBuffer(out, text.sliced(start));
    if (quoted)
        *out++ = '"';
    endField(out);
}

bool CsvWriter::bytesWriteAsText(QByteArrayView text, bool *quoted, bool *guarded) const
{
    if (!m_asciiDelimiter || !Utf8Bytes::roundTrips(text))
        return false;
    *quoted = false;
    for (const char c : text) {
        if (c == ',' || c == ';' || c == '\t' || c == '"' || c == '\r' || c == '\n' || c == m_delimiter) {
            *quoted = true;
            break;
        }
    }
    // needsFormulaGuard() on bytes: the formula characters and the apostrophe are ASCII.
    qsizetype i = 0;
    while (i < text.size() && text[i] == '\'')
        ++i;
    const bool formula = i < text.size()
        && (text[i] == '=' || text[i] == '+' || text[i] == '-' || text[i] == '@' || text[i] == '\t'
            || text[i] == '\r');
    if (!formula || text[0] != '@') {
        *guarded = formula;
        return true;
    }
    // A handle: the rule for letters of any script needs Unicode's tables.
    const QByteArrayView name = text.sliced(1);
    if (!Utf8Bytes::isAscii(name))
        return false;
    *guarded = !isPlainAsciiHandle(name);
    return true;
}

void CsvWriter::addUtf8Text(QUtf8StringView text)
{
    const QByteArrayView bytes(text.data(), text.size());
    bool quoted = false;
    bool guarded = false;
    if (!bytesWriteAsText(bytes, &quoted, &guarded)) {
        addText(QString::fromUtf8(bytes));
        return;
    }
    // Every quote doubled, the quotes around and the apostrophe in front.
    char *out = beginField(2 * bytes.size() + 3);
    if (quoted)
        *out++ = '"';
    if (guarded)
        *out++ = '\'';
    if (quoted) {
        for (const char c : bytes) {
            *out++ = c;
            if (c == '"')
                *out++ = '"';
        }
        *out++ = '"';
    } else if (!bytes.isEmpty()) {
        std::memcpy(out, bytes.data(), bytes.size());
        out += bytes.size();
    }
    endField(out);
}

void CsvWriter::writeRow(const QStringList &texts)
{
    for (const QString &text : texts)
        addText(text);
    endRow();
}

void CsvWriter::addNumber(double value)
{
    char *out = beginField(numberRoom);
    endField(std::isfinite(value) ? writeNumber(out, value) : out);
}

void CsvWriter::addNumber(double value, int decimals)
{
    char *out = beginField(numberRoom);
    if (!std::isfinite(value)) {
        endField(out);
        return;
    }
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0.00"
    endField(std::to_chars(out, out + numberRoom, rounded, std::chars_format::fixed, decimals).ptr);
}

void CsvWriter::addInteger(qint64 value)
{
    char *out = beginField(24);
    endField(std::to_chars(out, out + 24, value).ptr);
}

void CsvWriter::addDecimal(QStringView plain)
{
    endField(m_encoder.appendToBuffer(beginField(3 * plain.size()), plain));
}

void CsvWriter::addFixedPoint(qint64 units, int decimals)
{
    decimals = std::min(decimals, 18); // a currency keeps at most 4
    char *out = beginField(48);
    if (decimals <= 0) {
        endField(std::to_chars(out, out + 24, units).ptr);
        return;
    }
    // As Money::toDecimalString(): the sign, the whole part, the decimals zero-padded.
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const quint64 magnitude = units < 0 ? 0 - static_cast<quint64>(units) : static_cast<quint64>(units);
    if (units < 0)
        *out++ = '-';
    out = std::to_chars(out, out + 24, magnitude / scale).ptr;
    *out++ = '.';
    char part[24];
    const char *partEnd = std::to_chars(part, part + sizeof part, magnitude % scale).ptr;
    for (qsizetype pad = decimals - (partEnd - part); pad > 0; --pad)
        *out++ = '0';
    std::memcpy(out, part, partEnd - part);
    endField(out + (partEnd - part));
}

void CsvWriter::addEmpty()
{
    endField(beginField(0));
}

void CsvWriter::endRow()
{
    // The line end goes in as a field without a delimiter.
    m_fieldsInRow = 0;
    char *out = beginField(2);
    if (m_preset.crlf)
        *out++ = '\r';
    *out++ = '\n';
    endField(out);
    m_fieldsInRow = 0;
    ++m_rows;
}

bool CsvWriter::flush()
{
    if (m_ok && m_used > 0 && m_device->write(m_buffer.constData(), m_used) != m_used) {
        m_ok = false;
        m_errorString = m_device->errorString();
    }
    m_used = 0;
    return m_ok;
}

bool CsvWriter::saveFile(const QString &path, const CsvPreset &preset,
                         const std::function<bool(CsvWriter &)> &writeRows, Error *error)
{
    const SaveMessages messages(path, error);
    // QSaveFile writes a temporary file beside the target and renames it over the target
    // only on commit(); its destructor removes the temporary file of an export that did not
    // finish. Direct writing stays off: it would leave half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return messages.writeFault(file.errorString());
    CsvWriter writer(&file, preset);
    if (!writeRows(writer)) {
        file.cancelWriting();
        return messages.stopped(writer.isOk(), writer.errorString());
    }
    if (!writer.flush()) {
        file.cancelWriting();
        return messages.writeFault(writer.errorString());
    }
    if (!file.commit())
        return messages.writeFault(file.errorString());
    return true;
}

} // namespace planner
