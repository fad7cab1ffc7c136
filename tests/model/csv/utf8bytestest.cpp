// Utf8Bytes: which bytes come back unchanged from QString::fromUtf8() and UTF-8 encoding, the
// condition under which the CSV writer copies stored text as bytes (issue 14). Compared with
// Qt's own round trip over every sequence of one and two bytes and the lead bytes of longer ones.
#include "csv/utf8bytes.h"

#include <QString>
#include <QStringEncoder>
#include <gtest/gtest.h>

namespace planner::test {
namespace {

bool qtRoundTrips(const QByteArray &bytes)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const QByteArray back = encoder(QString::fromUtf8(bytes));
    return back == bytes;
}

// Each sequence alone, after an ASCII letter and before one.
void expectAgreement(const QByteArray &sequence)
{
    for (const QByteArray &bytes : {sequence, QByteArray("a") + sequence, sequence + "z"}) {
        ASSERT_EQ(Utf8Bytes::roundTrips(bytes), qtRoundTrips(bytes)) << bytes.toHex().toStdString();
    }
}

TEST(Utf8BytesTest, AgreesWithQtOnEverySequenceOfOneAndTwoBytes)
{
    for (int first = 0; first < 256; ++first) {
        expectAgreement(QByteArray(1, char(first)));
        for (int second = 0; second < 256; ++second)
            expectAgreement(QByteArray({char(first), char(second)}));
    }
}

TEST(Utf8BytesTest, AgreesWithQtOnThreeAndFourByteSequencesAroundEveryBoundary)
{
    // Every lead byte from C0 up against every second byte, then third and fourth bytes at
    // the edges of the continuation range and just outside it.
    const QList<char> rest{char(0x41), char(0x7F), char(0x80), char(0x8F), char(0x90), char(0x9F),
                           char(0xA0), char(0xBF), char(0xC0), char(0xEF)};
    for (int lead = 0xC0; lead < 256; ++lead) {
        for (int second = 0; second < 256; ++second) {
            for (const char third : rest) {
                expectAgreement(QByteArray({char(lead), char(second), third}));
                for (const char fourth : rest) {
                    if (lead >= 0xF0)
                        expectAgreement(QByteArray({char(lead), char(second), third, fourth}));
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
