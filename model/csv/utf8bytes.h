#pragma once

#include <QByteArrayView>

namespace planner {

// Questions about UTF-8 bytes that let text be copied as bytes where it would otherwise be
// made into a QString and encoded again (issue 14: the CSV export of stored text).
class Utf8Bytes
{
public:
    // Whether QString::fromUtf8() and encoding back to UTF-8 give exactly these bytes:
    // well-formed UTF-8 (no stray, overlong or truncated sequences, no surrogates, nothing
    // past U+10FFFF) that does not start with a byte order mark, which fromUtf8() drops.
    // Noncharacters and NUL are kept by the round trip and so are accepted.
    static bool roundTrips(QByteArrayView bytes);
    // Whether every byte is ASCII (below 0x80).
    static bool isAscii(QByteArrayView bytes);
};

} // namespace planner
