#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <initializer_list>
#include <string_view>

class QIODevice;

namespace planner {

class DeflateStream;

// Writes a zip archive (the container of an .xlsx) to a device that is open for writing,
// an entry at a time, every entry deflated. Sizes and CRCs are known before each entry is
// written (entries are compressed in memory first), so the device is written front to back
// and never seeked: a QSaveFile works. No zip64: an entry and the archive stay under 4 GiB
// (a sheet of 1,048,576 rows, a spreadsheet's most, is far below that).
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    explicit ZipWriter(QIODevice *device);

    // An entry of the given pieces of text, one after the other.
    bool addFile(const QByteArray &name, std::initializer_list<std::string_view> pieces);
    // An entry already deflated (finished as the last stream).
    bool addDeflated(const QByteArray &name, const DeflateStream &content);
    // The central directory: the archive is complete after it.
    bool finish();

    QString errorString() const { return m_errorString; }

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };

    bool write(const QByteArray &bytes);
    bool write(std::string_view bytes);
    bool fits(quint64 size);

    QIODevice *m_device;
    QList<Entry> m_entries;
    quint64 m_offset = 0;
    QString m_errorString;
};

} // namespace planner
