#include "export/zipwriter.h"

#include "export/deflatestream.h"

#include <QIODevice>

namespace planner {

namespace {

// The zip format's signatures (PKWARE APPNOTE 4.3.7, 4.3.12, 4.3.16).
constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint16 versionNeeded = 20; // deflate
constexpr quint16 deflated = 8;
// Every entry dated 1980-01-01 00:00 (MS-DOS time), so one export makes the same bytes twice.
constexpr quint16 dosTime = 0;
constexpr quint16 dosDate = (0 << 9) | (1 << 5) | 1;

void put16(QByteArray &bytes, quint16 value)
{
    bytes.append(char(value & 0xff)).append(char(value >> 8));
}

void put32(QByteArray &bytes, quint32 value)
{
    put16(bytes, quint16(value & 0xffff));
    put16(bytes, quint16(value >> 16));
}

// The fields the local and the central header share, from "version needed" to the name's length.
void putCommon(QByteArray &bytes, quint32 crc, quint32 compressedSize, quint32 size,
               qsizetype nameLength)
{
    put16(bytes, versionNeeded);
    put16(bytes, 0); // flags: names are ASCII, sizes in the header
    put16(bytes, deflated);
    put16(bytes, dosTime);
    put16(bytes, dosDate);
    put32(bytes, crc);
    put32(bytes, compressedSize);
    put32(bytes, size);
    put16(bytes, quint16(nameLength));
}

} // namespace

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{
}

bool ZipWriter::write(const QByteArray &bytes)
{
    return write(std::string_view(bytes.constData(), size_t(bytes.size())));
}

bool ZipWriter::write(std::string_view bytes)
{
    if (!m_errorString.isEmpty())
        return false;
    if (m_device->write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size())) {
        m_errorString = m_device->errorString();
        return false;
    }
    m_offset += bytes.size();
    return true;
}

bool ZipWriter::fits(quint64 size)
{
    if (size < 0xffffffffu)
        return true;
    if (m_errorString.isEmpty())
        m_errorString = tr("The workbook would be larger than 4 GB, more than a spreadsheet opens.");
    return false;
}

bool ZipWriter::addFile(const QByteArray &name, std::initializer_list<std::string_view> pieces)
{
    DeflateStream content;
    for (const std::string_view piece : pieces)
        content.add(piece);
    content.finish(true);
    return addDeflated(name, content);
}

bool ZipWriter::addDeflated(const QByteArray &name, const DeflateStream &content)
{
    if (!content.isOk()) {
        if (m_errorString.isEmpty())
            m_errorString = tr("The workbook could not be compressed.");
        return false;
    }
    if (!fits(content.size()) || !fits(content.compressed().size()) || !fits(m_offset))
        return false;
    const Entry entry{name, content.crc(), quint32(content.compressed().size()),
                      quint32(content.size()), quint32(m_offset)};
    QByteArray header;
    put32(header, localHeaderSignature);
    putCommon(header, entry.crc, entry.compressedSize, entry.size, name.size());
    put16(header, 0); // no extra field
    header += name;
    if (!write(header) || !write(std::string_view(content.compressed())))
        return false;
    m_entries.append(entry);
    return true;
}

bool ZipWriter::finish()
{
    const quint64 start = m_offset;
    QByteArray directory;
    for (const Entry &entry : std::as_const(m_entries)) {
        put32(directory, centralHeaderSignature);
        put16(directory, versionNeeded); // made by: MS-DOS attributes, version 2.0
        putCommon(directory, entry.crc, entry.compressedSize, entry.size, entry.name.size());
        put16(directory, 0); // extra field
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, entry.offset);
        directory += entry.name;
    }
    const quint32 directorySize = quint32(directory.size());
    if (!fits(start + directorySize))
        return false;
    put32(directory, endSignature);
    put16(directory, 0); // this disk
    put16(directory, 0); // the directory's disk
    put16(directory, quint16(m_entries.size()));
    put16(directory, quint16(m_entries.size()));
    put32(directory, directorySize);
    put32(directory, quint32(start));
    put16(directory, 0); // comment
    return write(directory);
}

} // namespace planner
