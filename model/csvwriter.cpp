#include "csvwriter.h"

#include <QDir>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>
#include <cmath>

namespace planner {

namespace {

constexpr qsizetype bufferSize = 64 * 1024;

bool isFormulaCharacter(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvPreset &preset)
    : m_device(device)
    , m_preset(preset)
    , m_lineEnd(preset.crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"))
    , m_encoder(QStringEncoder::Utf8)
{
    m_buffer.reserve(bufferSize + 4096);
    if (preset.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

bool CsvWriter::startsLikeFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i < text.size() && isFormulaCharacter(text.at(i));
}

QString CsvWriter::neutralised(const QString &text)
{
    return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
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
    // Fifteen significant digits give back any decimal typed with up to fifteen, and hide
    // the binary noise of arithmetic (0.8999999999999999 is written 0.9); 'f' keeps an
    // exponent out of the file. QString::number ignores the locale: never grouped, never
    // Persian digits.
    const double rounded = QString::number(value, 'g', 15).toDouble();
    return QString::number(rounded, 'f', QLocale::FloatingPointShortest);
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

void CsvWriter::appendUtf8(QStringView text)
{
    // Straight into the buffer's spare room: no temporary QByteArray per field.
    const qsizetype used = m_buffer.size();
    m_buffer.resize(used + m_encoder.requiredSpace(text.size()));
    char *end = m_encoder.appendToBuffer(m_buffer.data() + used, text);
    m_buffer.resize(end - m_buffer.constData());
}

void CsvWriter::beginField()
{
    if (m_fieldsInRow++ > 0)
        m_buffer.append(m_preset.delimiter.toLatin1());
}

void CsvWriter::addText(QStringView text)
{
    beginField();
    const bool quoted = needsQuotes(text, m_preset.delimiter);
    if (quoted)
        m_buffer.append('"');
    if (startsLikeFormula(text))
        m_buffer.append('\'');
    if (!quoted) {
        appendUtf8(text);
        return;
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"') {
            appendUtf8(text.sliced(start, i + 1 - start));
            m_buffer.append('"');
            start = i + 1;
        }
    }
    appendUtf8(text.sliced(start));
    m_buffer.append('"');
}

void CsvWriter::writeRow(const QStringList &texts)
{
    for (const QString &text : texts)
        addText(text);
    endRow();
}

void CsvWriter::addNumber(double value)
{
    beginField();
    if (std::isfinite(value))
        m_buffer.append(number(value).toLatin1());
}

void CsvWriter::addInteger(qint64 value)
{
    beginField();
    m_buffer.append(QByteArray::number(value));
}

void CsvWriter::addDecimal(QStringView plain)
{
    beginField();
    appendUtf8(plain);
}

void CsvWriter::addEmpty()
{
    beginField();
}

void CsvWriter::endRow()
{
    m_buffer.append(m_lineEnd);
    m_fieldsInRow = 0;
    ++m_rows;
    if (m_buffer.size() >= bufferSize)
        flush();
}

bool CsvWriter::flush()
{
    if (m_ok && !m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size()) {
        m_ok = false;
        m_errorString = m_device->errorString();
    }
    m_buffer.clear();
    return m_ok;
}

bool CsvWriter::saveFile(const QString &path, const CsvPreset &preset,
                         const std::function<bool(CsvWriter &)> &writeRows, Error *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &message) {
        if (error)
            error->message = message;
        return false;
    };
    //: %1 the file, %2 the system's reason
    const auto writeFault = [&](const QString &reason) {
        return fail(tr("“%1” could not be written: %2").arg(shown, reason));
    };
    // QSaveFile writes a temporary file beside the target and renames it over the target
    // only on commit(); its destructor removes the temporary file of an export that did not
    // finish. Direct writing stays off: it would leave half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFault(file.errorString());
    CsvWriter writer(&file, preset);
    if (!writeRows(writer)) {
        file.cancelWriting();
        if (!writer.isOk())
            return writeFault(writer.errorString());
        return fail(tr("The export was cancelled; “%1” was left as it was.").arg(shown));
    }
    if (!writer.flush()) {
        file.cancelWriting();
        return writeFault(writer.errorString());
    }
    if (!file.commit())
        return writeFault(file.errorString());
    return true;
}

} // namespace planner
