// PostgreSQL's COPY text format as the server import writes it (CopyText): the four
// characters that would end a field or a row are escaped, NULL is \N, and everything else,
// in any script, goes through as UTF-8.
#include "storage/copytext.h"

#include <gtest/gtest.h>

namespace planner {
namespace {

QByteArray escaped(const QString &text)
{
    QByteArray row;
    CopyText::appendEscaped(row, text);
    return row;
}

TEST(CopyTextTest, EscapesBackslashTabNewlineAndCarriageReturn)
{
    EXPECT_EQ(escaped(QStringLiteral("a\\b")), QByteArray("a\\\\b"));
    EXPECT_EQ(escaped(QStringLiteral("a\tb")), QByteArray("a\\tb"));
    EXPECT_EQ(escaped(QStringLiteral("a\nb")), QByteArray("a\\nb"));
    EXPECT_EQ(escaped(QStringLiteral("a\rb")), QByteArray("a\\rb"));
    EXPECT_EQ(escaped(QStringLiteral("\\\t\n\r")), QByteArray("\\\\\\t\\n\\r"));
}

TEST(CopyTextTest, TheTextBackslashNIsNotNull)
{
    // A note that says \N is two characters, not a missing value.
    EXPECT_EQ(escaped(QStringLiteral("\\N")), QByteArray("\\\\N"));
    QByteArray row;
    CopyText::appendNull(row, true);
    CopyText::appendField(row, QStringLiteral("\\N"));
    CopyText::appendNull(row);
    EXPECT_EQ(row, QByteArray("\\N\t\\\\N\t\\N"));
}

TEST(CopyTextTest, LeavesQuotesSqlAndOtherScriptsAsTheyAre)
{
    const QString injection = QStringLiteral("'; DROP TABLE candidates; --\"");
    EXPECT_EQ(escaped(injection), injection.toUtf8());
    const QString persian = QStringLiteral("سارا محمدی، بلاگر آشپزی");
    EXPECT_EQ(escaped(persian), persian.toUtf8());
    const QString vietnamese = QStringLiteral("Nguyễn Thị Hương – làm đẹp");
    EXPECT_EQ(escaped(vietnamese), vietnamese.toUtf8());
}

TEST(CopyTextTest, BuildsARowOfFieldsNumbersAndNulls)
{
    QByteArray row("7");
    CopyText::appendField(row, QStringLiteral("Maya Tan"));
    CopyText::appendOptional(row, std::optional<qint64>(125000));
    CopyText::appendOptional(row, std::optional<qint64>());
    CopyText::appendOptional(row, std::optional<double>(3.4));
    CopyText::appendOptional(row, std::optional<double>());
    CopyText::endRow(row);
    EXPECT_EQ(row, QByteArray("7\tMaya Tan\t125000\t\\N\t3.3999999999999999\t\\N\n"));
    // Read back as a double, every digit written gives the same value.
    EXPECT_EQ(QByteArray("3.3999999999999999").toDouble(), 3.4);
}

} // namespace
} // namespace planner
