#pragma once

#include <QtGlobal>

#include <memory>
#include <string>
#include <string_view>

struct z_stream_s;

namespace planner {

// Raw deflate (no zlib or gzip wrapper: what a zip entry holds) of text given in pieces, kept
// in memory with the CRC-32 and length of what went in. Streams ended with finish(false)
// can be joined: a part written in pieces whose beginning is known only at the end (a sheet's
// column widths come before its rows) is the head's stream, then the rows' stream, then the
// tail's, one valid deflate stream (as pigz joins its blocks).
class DeflateStream
{
public:
    // Level 1 (zlib's fastest): an export of 100,000 rows spends most of its time here at
    // the default level, for a file only about a fifth smaller.
    explicit DeflateStream(int level = 1);
    ~DeflateStream();
    DeflateStream(const DeflateStream &) = delete;
    DeflateStream &operator=(const DeflateStream &) = delete;

    void add(std::string_view text);
    // Ends the stream: `last` marks its final block (nothing may be joined after it); else it
    // ends on a byte boundary so that another stream can follow.
    void finish(bool last);
    // Appends a finished stream after this finished, not last one.
    void append(const DeflateStream &next);

    bool isOk() const { return m_ok; }
    const std::string &compressed() const { return m_compressed; }
    quint32 crc() const { return m_crc; }
    quint64 size() const { return m_size; }

private:
    void run(std::string_view text, int flush);

    std::unique_ptr<z_stream_s> m_stream;
    std::string m_compressed;
    quint32 m_crc = 0;
    quint64 m_size = 0;
    bool m_ok = false;
    bool m_finished = false;
};

} // namespace planner
