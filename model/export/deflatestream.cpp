#include "export/deflatestream.h"

#include <zlib.h>

namespace planner {

DeflateStream::DeflateStream(int level)
    : m_stream(std::make_unique<z_stream_s>())
{
    m_crc = quint32(crc32(0, nullptr, 0));
    // -15: a raw stream with the largest window; 8: zlib's default memory level.
    m_ok = deflateInit2(m_stream.get(), level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
}

DeflateStream::~DeflateStream()
{
    if (!m_finished && m_ok)
        deflateEnd(m_stream.get());
}

void DeflateStream::run(std::string_view text, int flush)
{
    z_stream_s &stream = *m_stream;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
    stream.avail_in = uInt(text.size());
    do {
        // Room for what this input can become (deflateBound), at least a block's worth.
        const size_t room = std::max<size_t>(deflateBound(&stream, stream.avail_in) + 16, 1 << 14);
        const size_t used = m_compressed.size();
        m_compressed.resize(used + room);
        stream.next_out = reinterpret_cast<Bytef *>(m_compressed.data() + used);
        stream.avail_out = uInt(room);
        const int result = deflate(&stream, flush);
        m_compressed.resize(used + room - stream.avail_out);
        if (result == Z_STREAM_ERROR) {
            m_ok = false;
            return;
        }
    } while (stream.avail_out == 0 || stream.avail_in > 0);
}

void DeflateStream::add(std::string_view text)
{
    if (!m_ok || m_finished || text.empty())
        return;
    // zlib counts in uInt: feed a huge text in slices.
    constexpr size_t slice = size_t(1) << 30;
    for (size_t at = 0; at < text.size(); at += slice) {
        const std::string_view part = text.substr(at, slice);
        m_crc = quint32(crc32_z(m_crc, reinterpret_cast<const Bytef *>(part.data()), part.size()));
        m_size += part.size();
        run(part, Z_NO_FLUSH);
    }
}

void DeflateStream::finish(bool last)
{
    if (!m_ok || m_finished)
        return;
    run({}, last ? Z_FINISH : Z_SYNC_FLUSH);
    deflateEnd(m_stream.get());
    m_finished = true;
}

void DeflateStream::append(const DeflateStream &next)
{
    m_ok = m_ok && next.m_ok && m_finished && next.m_finished;
    m_compressed += next.m_compressed;
    m_crc = quint32(crc32_combine(m_crc, next.m_crc, z_off_t(next.m_size)));
    m_size += next.m_size;
}

} // namespace planner
