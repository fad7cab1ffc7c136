// Utf8Bytes: which bytes come back unchanged from QString::fromUtf8() and UTF-8 encoding, the
// condition under which the CSV writer copies stored text as bytes (issue 14). Compared with
// Qt's own round trip over every sequence of one and two bytes and the lead bytes of longer ones.
#include "csv/utf8bytes.h"

#include <QList>
#include <QString>
#include <QStringEncoder>
#include <gtest/gtest.h>

namespace planner::test {
namespace {

QByteArray bytesOf(std::initializer_list<int> values)
{
    QByteArray bytes;
    for (const int value : values)
        bytes += char(value);
    return bytes;
}

bool qtRoundTrips(const QByteArray &bytes)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const QByteArray back = encoder(QString::fromUtf8(bytes));
    return back == bytes;
}

// Each sequence alone, after an ASCII letter and before one.
void expectAgreement(const QByteArray &sequence)
{
    const QList<QByteArray> placed{sequence, QByteArray("a") + sequence, sequence + QByteArray("z")};
    for (const QByteArray &bytes : placed) {
        ASSERT_EQ(Utf8Bytes::roundTrips(bytes), qtRoundTrips(bytes)) << bytes.toHex().toStdString();
    }
}

TEST(Utf8BytesTest, AgreesWithQtOnEverySequenceOfOneAndTwoBytes)
{
    for (int first = 0; first < 256; ++first) {
        expectAgreement(QByteArray(1, char(first)));
        for (int second = 0; second < 256; ++second)
            expectAgreement(bytesOf({first, second}));
    }
}

TEST(Utf8BytesTest, AgreesWithQtOnThreeAndFourByteSequencesAroundEveryBoundary)
{
    // Every lead byte from C0 up against every second byte, then third and fourth bytes at
    // the edges of the continuation range and just outside it.
    const QList<int> rest{0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xEF};
    for (int lead = 0xC0; lead < 256; ++lead) {
        for (int second = 0; second < 256; ++second) {
            for (const int third : rest) {
                expectAgreement(bytesOf({lead, second, third}));
                for (const int fourth : rest) {
                    if (lead >= 0xF0)
                        expectAgreement(bytesOf({lead, second, third, fourth}));
                }
            }
        }
    }
}

TEST(Utf8BytesTest, TextOfEveryScriptRoundTripsAndAByteOrderMarkOnlyInside)
{
    for (const char *text : {"", "plain", "Nguy\xE1\xBB\x85n Thu H\xC3\xA0", "\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7",
                             "a\xE2\x80\x8C" "b", "\xF0\x9F\x98\x80", "\xEF\xBF\xBF", "nul\0inside"}) {
        EXPECT_TRUE(Utf8Bytes::roundTrips(QByteArray(text))) << text;
    }
    EXPECT_TRUE(Utf8Bytes::roundTrips(QByteArray("nul\0inside", 10)));
    EXPECT_TRUE(qtRoundTrips(QByteArray("nul\0inside", 10)));
    // fromUtf8() drops a byte order mark at the start and keeps one further on.
    EXPECT_FALSE(Utf8Bytes::roundTrips("\xEF\xBB\xBF" "abc"));
    EXPECT_TRUE(Utf8Bytes::roundTrips("a\xEF\xBB\xBF" "bc"));
    EXPECT_FALSE(Utf8Bytes::roundTrips("\xED\xA0\x80")); // a surrogate
    EXPECT_FALSE(Utf8Bytes::roundTrips("\xC0\xAF"));     // overlong '/'
    EXPECT_FALSE(Utf8Bytes::roundTrips("\xF4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(Utf8Bytes::roundTrips("ab\xC3"));        // cut short
}

TEST(Utf8BytesTest, AsciiIsEveryByteBelow128)
{
    EXPECT_TRUE(Utf8Bytes::isAscii(""));
    EXPECT_TRUE(Utf8Bytes::isAscii("@u100_tiktok\x7F"));
    EXPECT_FALSE(Utf8Bytes::isAscii("@\xD8\xB3"));
    EXPECT_FALSE(Utf8Bytes::isAscii("\x80"));
}

} // namespace
} // namespace planner::test
