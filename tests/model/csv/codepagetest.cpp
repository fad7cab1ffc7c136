// Files that are not UTF-8 (issue 13): read in the legacy code page their bytes suggest, or in
// any encoding ICU knows by name; an unknown name ends the reading and says so.
#include "testsupport.h"

#include "csv/codepage.h"
#include "csv/csvreader.h"

#include <QBuffer>

namespace planner::test {

namespace {

struct Read
{
    QList<QStringList> rows;
    QString encoding;
    bool assumed = false;
    CsvReader::Status status = CsvReader::Status::Reading;
    std::optional<CsvProblem> failure;
};

Read read(const QByteArray &bytes, const CsvDialect &dialect = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    Read result;
    CsvRecord record;
    while (reader.next(record))
        result.rows << record.toStringList();
    result.encoding = reader.encodingName();
    result.assumed = reader.encodingAssumed();
    result.status = reader.status();
    result.failure = reader.failure();
    return result;
}

} // namespace

TEST(CodePage, AWesternFileThatIsNotUtf8IsReadAsWindows1252)
{
    // "José Muñoz, €1.250" as Excel on a Western Windows saves it.
    const Read got = read("name,fee\nJos\xE9 Mu\xF1oz,\x80" "1.250\nZo\xEB,\xA3" "5\n");
    EXPECT_EQ(got.status, CsvReader::Status::AtEnd);
    EXPECT_EQ(got.encoding, QStringLiteral("windows-1252"));
    EXPECT_TRUE(got.assumed);
    ASSERT_EQ(got.rows.size(), 3);
    EXPECT_EQ(got.rows.at(1), (QStringList{QStringLiteral("José Muñoz"), QStringLiteral("€1.250")}));
    EXPECT_EQ(got.rows.at(2), (QStringList{QStringLiteral("Zoë"), QStringLiteral("£5")}));
}

TEST(CodePage, VietnameseBytesAreReadAsWindows1258AndComposed)
{
    // "Nguyễn Thị Hương,Việt Nam": windows-1258 writes ễ as ê (0xEA) and a combining tilde
    // (0xDE), ị as i and a dot below (0xF2), ư and ơ as 0xFD and 0xF5.
    const Read got = read("name,country\nNguy\xEA\xDEn Thi\xF2 H\xFD\xF5ng,Vi\xEA\xF2t Nam\n");
    EXPECT_EQ(got.encoding, QStringLiteral("windows-1258"));
    EXPECT_TRUE(got.assumed);
    ASSERT_EQ(got.rows.size(), 2);
    // Composed (NFC), as people type the name and search for it.
    EXPECT_EQ(got.rows.at(1).first(), QStringLiteral("Nguyễn Thị Hương"));
    EXPECT_EQ(got.rows.at(1).first().size(), 16);
    EXPECT_EQ(got.rows.at(1).at(1), QStringLiteral("Việt Nam"));
}

TEST(CodePage, PersianBytesAreReadAsWindows1256)
{
    // "سارا کریمی,ایران" in windows-1256 (the Arabic yeh, which that code page has).
    const Read got = read("name,country\n\xD3\xC7\xD1\xC7 \x98\xD1\xED\xE3\xED,\xC7\xED\xD1\xC7\xE4\n");
    EXPECT_EQ(got.encoding, QStringLiteral("windows-1256"));
    ASSERT_EQ(got.rows.size(), 2);
    EXPECT_EQ(got.rows.at(1).first(), QStringLiteral("سارا کريمي"));
    EXPECT_EQ(got.rows.at(1).at(1), QStringLiteral("ايران"));
}

TEST(CodePage, TheGuessFollowsTheBytes)
{
    EXPECT_EQ(CodePage::guessLegacy("Fran\xE7ois, M\xFCller, Espa\xF1" "a"), QStringLiteral("windows-1252"));
    EXPECT_EQ(CodePage::guessLegacy("Tr\xE2\xECn V\xE3n \xD0\xFA\xF2" "c, Ha\xCC N\xF4\xF2i"), QStringLiteral("windows-1258"));
    EXPECT_EQ(CodePage::guessLegacy("@sara,\xD3\xC7\xD1\xC7 \xC7\xED\xD1\xC7\xE4"), QStringLiteral("windows-1256"));
}

TEST(CodePage, AnEncodingGivenByAnyIcuNameIsUsedAndNotAssumed)
{
    CsvDialect dialect;
    dialect.encodingName = QStringLiteral("cp1252");
    const Read got = read("name\nJos\xE9\n", dialect);
    EXPECT_EQ(got.encoding, QStringLiteral("windows-1252"));
    EXPECT_FALSE(got.assumed);
    EXPECT_EQ(got.rows.value(1), QStringList{QStringLiteral("José")});
    // ISO-8859-15 has € at 0xA4.
    dialect.encodingName = QStringLiteral("latin-9");
    EXPECT_EQ(read("fee\n\xA4" "5\n", dialect).rows.value(1), QStringList{QStringLiteral("€5")});
    dialect.encodingName = QStringLiteral("Shift_JIS");
    EXPECT_EQ(read("name\n\x93\xFA\x96\x7B\n", dialect).rows.value(1), QStringList{QStringLiteral("日本")});
    // A byte order mark still says what the file is.
    dialect.encodingName = QStringLiteral("windows-1256");
    const Read marked = read("\xEF\xBB\xBFname\nJos\xC3\xA9\n", dialect);
    EXPECT_EQ(marked.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(marked.rows.value(1), QStringList{QStringLiteral("José")});
}

TEST(CodePage, AnUnknownEncodingNameEndsTheReading)
{
    CsvDialect dialect;
    dialect.encodingName = QStringLiteral("klingon-8");
    const Read got = read("name\nx\n", dialect);
    EXPECT_EQ(got.status, CsvReader::Status::Failed);
    ASSERT_TRUE(got.failure);
    EXPECT_EQ(got.failure->kind, CsvProblem::Kind::UnknownEncoding);
    EXPECT_FALSE(CsvReader::describe(*got.failure).isEmpty());
    EXPECT_FALSE(CodePage::isKnown(QStringLiteral("klingon-8")));
    EXPECT_TRUE(CodePage::isKnown(QStringLiteral("windows-1258")));
}

TEST(CodePage, UTF8AskedForStillRefusesBytesThatAreNotUtf8)
{
    CsvDialect dialect;
    dialect.encoding = CsvDialect::Encoding::Utf8;
    const Read got = read("name,x\nLan,1\nNguy\xE1\xBB,2\n", dialect);
    EXPECT_EQ(got.status, CsvReader::Status::Failed);
    ASSERT_TRUE(got.failure);
    EXPECT_EQ(got.failure->kind, CsvProblem::Kind::NotText);
    EXPECT_EQ(got.failure->position.line, 3);
}

TEST(CodePage, LettersAndTheirMarksSplitBetweenChunksAreComposed)
{
    // Enough rows that chunks end everywhere, with a tone mark after every base letter.
    QByteArray bytes = "name,n\n";
    QStringList expected;
    for (int i = 0; bytes.size() < 3 * CsvReader::chunkBytes; ++i) {
        bytes += "Nguy\xEA\xDEn Thi\xF2 " + QByteArray::number(i) + "," + QByteArray::number(i) + "\n";
        expected << QStringLiteral("Nguyễn Thị %1").arg(i);
    }
    const Read got = read(bytes);
    EXPECT_EQ(got.status, CsvReader::Status::AtEnd);
    ASSERT_EQ(got.rows.size(), expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i)
        ASSERT_EQ(got.rows.at(i + 1).first(), expected.at(i)) << i;
}

} // namespace planner::test
