#include "testsupport.h"

#include "csv/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>

namespace planner::test {

namespace {

// A record as the tests compare it: fields, where each starts, the first problem.
struct Row
{
    QStringList fields;
    QList<CsvPosition> starts;
    std::optional<CsvProblem::Kind> problem;
    CsvPosition problemAt;
};

struct Parsed
{
    QList<Row> rows;
    CsvReader::Status status = CsvReader::Status::Reading;
    QChar delimiter;
    QString encoding;
    std::optional<CsvProblem> failure;
    qint64 bytesRead = 0;
};

Parsed parse(const QByteArray &bytes, const CsvDialect &dialect = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    Parsed parsed;
    CsvRecord record;
    while (reader.next(record)) {
        Row row;
        row.fields = record.toStringList();
        for (qsizetype i = 0; i < record.size(); ++i)
            row.starts << record.position(i);
        if (record.problem()) {
            row.problem = record.problem()->kind;
            row.problemAt = record.problem()->position;
        }
        parsed.rows << row;
    }
    parsed.status = reader.status();
    parsed.delimiter = reader.delimiter();
    parsed.encoding = reader.encodingName();
    parsed.failure = reader.failure();
    parsed.bytesRead = reader.bytesRead();
    return parsed;
}

QList<QStringList> fieldsOf(const Parsed &parsed)
{
    QList<QStringList> rows;
    for (const Row &row : parsed.rows)
        rows << row.fields;
    return rows;
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QStringEncoder encoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

using Texts = std::vector<std::vector<const char *>>;

QStringList strings(const std::vector<const char *> &texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

QList<QStringList> lists(const Texts &texts)
{
    QList<QStringList> result;
    for (const auto &row : texts)
        result << strings(row);
    return result;
}

struct FieldsCase
{
    const char *name;
    QByteArray input;
    Texts expected;
    char delimiter; // the one detected
};

std::ostream &operator<<(std::ostream &out, const FieldsCase &c)
{
    return out << c.name;
}

} // namespace

class CsvReaderFields : public ::testing::TestWithParam<FieldsCase>
{
};

TEST_P(CsvReaderFields, ReadsTheFieldsAsWritten)
{
    const FieldsCase &c = GetParam();
    const Parsed parsed = parse(c.input);
    EXPECT_EQ(parsed.status, CsvReader::Status::AtEnd);
    EXPECT_EQ(fieldsOf(parsed), lists(c.expected));
    EXPECT_EQ(parsed.delimiter, QLatin1Char(c.delimiter));
    for (const Row &row : parsed.rows)
        EXPECT_FALSE(row.problem) << row.fields.join(QLatin1Char('|')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Rfc4180, CsvReaderFields,
    ::testing::Values(
        FieldsCase{"lf", "a,b\n1,2\n", {{"a", "b"}, {"1", "2"}}, ','},
        FieldsCase{"crlf", "a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}, ','},
        FieldsCase{"cr", "a,b\r1,2\r", {{"a", "b"}, {"1", "2"}}, ','},
        FieldsCase{"no_final_line_break", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}, ','},
        FieldsCase{"quoted_delimiter", "a,b\n\"x,y\",2\n", {{"a", "b"}, {"x,y", "2"}}, ','},
        FieldsCase{"doubled_quotes", "a,b\n\"say \"\"hi\"\"\",2\n", {{"a", "b"}, {"say \"hi\"", "2"}}, ','},
        FieldsCase{"only_quotes", "a\n\"\"\"\"\n", {{"a"}, {"\""}}, ','},
        FieldsCase{"lf_inside_quotes", "a,b\n\"one\ntwo\",2\n", {{"a", "b"}, {"one\ntwo", "2"}}, ','},
        FieldsCase{"crlf_inside_quotes", "a,b\r\n\"one\r\ntwo\",2\r\n",
                   {{"a", "b"}, {"one\r\ntwo", "2"}}, ','},
        FieldsCase{"empty_fields", "a,b,c\n,x,\n", {{"a", "b", "c"}, {"", "x", ""}}, ','},
        FieldsCase{"empty_quoted_field", "a,b\n\"\",x\n", {{"a", "b"}, {"", "x"}}, ','},
        FieldsCase{"blank_lines_skipped", "a,b\n\n1,2\n\r\n\n3,4\n", {{"a", "b"}, {"1", "2"}, {"3", "4"}}, ','},
        FieldsCase{"empty_rows_skipped", "a,b\n,\n1,2\n,,\n", {{"a", "b"}, {"1", "2"}}, ','},
        FieldsCase{"short_row_kept", "a,b,c\n1\n", {{"a", "b", "c"}, {"1"}}, ','},
        FieldsCase{"padding_dropped", "a,b\n1,2,,\n", {{"a", "b"}, {"1", "2"}}, ','},
        // Found by the fuzzer: a row of nothing but padding is blank, as ",,," is, rather
        // than a row of one empty cell that a writer cannot write back.
        FieldsCase{"padding_only_row_is_blank", "a\n,\t\nb\n", {{"a"}, {"b"}}, ','},
        FieldsCase{"spaces_kept", "a,b\n 1 , 2 \n", {{"a", "b"}, {" 1 ", " 2 "}}, ','},
        FieldsCase{"semicolon_with_decimal_commas", "Tên;Giá;ER\nLan;1.500.000;3,5\nMinh;2.000;4,25\n",
                   {{"Tên", "Giá", "ER"}, {"Lan", "1.500.000", "3,5"}, {"Minh", "2.000", "4,25"}}, ';'},
        FieldsCase{"comma_with_quoted_semicolons", "name,notes\nDewi,\"a;b;c\"\n",
                   {{"name", "notes"}, {"Dewi", "a;b;c"}}, ','},
        FieldsCase{"tab", "name\tfollowers\nBudi\t1.200\n", {{"name", "followers"}, {"Budi", "1.200"}}, '\t'},
        FieldsCase{"single_column", "name\nBudi\n", {{"name"}, {"Budi"}}, ','},
        FieldsCase{"utf8_bom", "\xEF\xBB\xBFname,x\nNguyễn,1\n", {{"name", "x"}, {"Nguyễn", "1"}}, ','},
        FieldsCase{"persian", "نام,دنبال‌کننده\nسارا,۱۲٬۵۰۰\n", {{"نام", "دنبال‌کننده"}, {"سارا", "۱۲٬۵۰۰"}}, ','},
        FieldsCase{"header_only", "name,followers\n", {{"name", "followers"}}, ','},
        FieldsCase{"empty_file", "", {}, ','}));

TEST(CsvReader, Utf16LittleEndianWithMarkIsExcelUnicodeText)
{
    const QString text = QStringLiteral("Tên\tNgười theo dõi\r\nNguyễn Thu Hà\t1,2 triệu\r\n");
    const Parsed parsed = parse(utf16(text, false, true));
    EXPECT_EQ(parsed.encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(parsed.delimiter, QLatin1Char('\t'));
    EXPECT_EQ(fieldsOf(parsed), (QList<QStringList>{{QStringLiteral("Tên"), QStringLiteral("Người theo dõi")},
                                                    {QStringLiteral("Nguyễn Thu Hà"), QStringLiteral("1,2 triệu")}}));
}

TEST(CsvReader, Utf16BigEndianWithMark)
{
    const Parsed parsed = parse(utf16(QStringLiteral("نام;قیمت\nسارا;۲۵۰\n"), true, true));
    EXPECT_EQ(parsed.encoding, QStringLiteral("UTF-16BE"));
    EXPECT_EQ(fieldsOf(parsed), (QList<QStringList>{{QStringLiteral("نام"), QStringLiteral("قیمت")},
                                                    {QStringLiteral("سارا"), QStringLiteral("۲۵۰")}}));
}

TEST(CsvReader, Utf16WithoutMarkWhenGivenOrRecognised)
{
    const QByteArray bytes = utf16(QStringLiteral("name,x\nDewi,1\n"), false, false);
    CsvDialect dialect;
    dialect.encoding = CsvDialect::Encoding::Utf16;
    const QList<QStringList> expected{{QStringLiteral("name"), QStringLiteral("x")},
                                      {QStringLiteral("Dewi"), QStringLiteral("1")}};
    EXPECT_EQ(fieldsOf(parse(bytes, dialect)), expected);
    EXPECT_EQ(fieldsOf(parse(bytes)), expected);
    EXPECT_EQ(fieldsOf(parse(utf16(QStringLiteral("name,x\nDewi,1\n"), true, false), dialect)), expected);
}

TEST(CsvReader, MarkWinsOverTheGivenEncoding)
{
    CsvDialect dialect;
    dialect.encoding = CsvDialect::Encoding::Utf16;
    const Parsed parsed = parse("\xEF\xBB\xBFname\nLan\n", dialect);
    EXPECT_EQ(parsed.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(fieldsOf(parsed), (QList<QStringList>{{QStringLiteral("name")}, {QStringLiteral("Lan")}}));
}

TEST(CsvReader, GivenDelimiterIsUsed)
{
    CsvDialect dialect;
    dialect.delimiter = QLatin1Char(';');
    const Parsed parsed = parse("a,b;c\n1,2;3\n", dialect);
    EXPECT_EQ(fieldsOf(parsed), (QList<QStringList>{{QStringLiteral("a,b"), QStringLiteral("c")},
                                                    {QStringLiteral("1,2"), QStringLiteral("3")}}));
}

namespace {

struct ProblemCase
{
    const char *name;
    QByteArray input;
    int row; // index among the records read
    CsvProblem::Kind kind;
    CsvPosition at;
    std::vector<const char *> fields;
};

std::ostream &operator<<(std::ostream &out, const ProblemCase &c)
{
    return out << c.name;
}

} // namespace

class CsvReaderProblems : public ::testing::TestWithParam<ProblemCase>
{
};

TEST_P(CsvReaderProblems, SaysWhatAndWhereAndReadsOn)
{
    const ProblemCase &c = GetParam();
    const Parsed parsed = parse(c.input);
    EXPECT_EQ(parsed.status, CsvReader::Status::AtEnd);
    ASSERT_GT(parsed.rows.size(), c.row);
    const Row &row = parsed.rows.at(c.row);
    ASSERT_TRUE(row.problem);
    EXPECT_EQ(*row.problem, c.kind);
    EXPECT_EQ(row.problemAt.line, c.at.line);
    EXPECT_EQ(row.problemAt.column, c.at.column);
    EXPECT_EQ(row.fields, strings(c.fields));
    // The records around it are unharmed.
    for (int i = 0; i < parsed.rows.size(); ++i) {
        if (i != c.row)
            EXPECT_FALSE(parsed.rows.at(i).problem) << i;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Faults, CsvReaderProblems,
    ::testing::Values(
        ProblemCase{"stray_quote", "a,b\nx,ab\"c\ny,z\n", 1, CsvProblem::Kind::StrayQuote, {2, 5},
                    {"x", "ab\"c"}},
        ProblemCase{"text_after_quote", "a,b\n\"ab\"c,d\ny,z\n", 1, CsvProblem::Kind::TextAfterQuote, {2, 5},
                    {"abc", "d"}},
        ProblemCase{"too_many_fields", "a,b\n1,2,3\n4,5\n", 1, CsvProblem::Kind::TooManyFields, {2, 5},
                    {"1", "2", "3"}},
        ProblemCase{"too_many_after_padding", "a,b\n1,2,,x\n4,5\n", 1, CsvProblem::Kind::TooManyFields,
                    {2, 6}, {"1", "2", "", "x"}},
        ProblemCase{"unterminated_quote", "a,b\n1,2\n3,\"four\n5,6\n", 2, CsvProblem::Kind::UnterminatedQuote,
                    {3, 3}, {"3", "four\n5,6\n"}},
        ProblemCase{"problem_after_multiline_field", "a,b\n\"x\ny\",1\nz,q\"\n", 2,
                    CsvProblem::Kind::StrayQuote, {4, 4}, {"z", "q\""}}));

TEST(CsvReader, FieldPositionsCountLinesAndCharacters)
{
    // Line 3 starts after a field with a CRLF inside quotes; an emoji is one character.
    const Parsed parsed = parse("name,x\r\n\"Maya\r\n2\",\xF0\x9F\x8C\xB8,y\r\nLan,z\r\n");
    ASSERT_EQ(parsed.rows.size(), 3);
    EXPECT_EQ(parsed.rows.at(1).starts,
              (QList<CsvPosition>{{2, 1}, {3, 4}, {3, 6}}));
    EXPECT_EQ(parsed.rows.at(2).starts, (QList<CsvPosition>{{4, 1}, {4, 5}}));
}

TEST(CsvReader, CrLfSplitBetweenChunksIsOneLineBreak)
{
    // The CR is the last byte of the first chunk, the LF the first of the second.
    QByteArray input = "a\n";
    input += QByteArray(CsvReader::chunkBytes - input.size() - 1, 'x');
    input += "\r\nnext\r\n\"q\"\"\r\nq\"\r\nlast";
    const Parsed parsed = parse(input);
    ASSERT_EQ(parsed.rows.size(), 5);
    EXPECT_EQ(parsed.rows.at(2).fields, QStringList{QStringLiteral("next")});
    EXPECT_EQ(parsed.rows.at(2).starts.first().line, 3);
    EXPECT_EQ(parsed.rows.at(3).fields, QStringList{QStringLiteral("q\"\r\nq")});
    EXPECT_EQ(parsed.rows.at(4).starts.first(), (CsvPosition{6, 1}));
}

TEST(CsvReader, DoubledQuoteSplitBetweenChunks)
{
    QByteArray input = "a\n\"";
    input += QByteArray(CsvReader::chunkBytes - input.size() - 1, 'x');
    input += "\"\"y\"\nz\n";
    const Parsed parsed = parse(input);
    ASSERT_EQ(parsed.rows.size(), 3);
    EXPECT_EQ(parsed.rows.at(1).fields.first(),
              QString(CsvReader::chunkBytes - 4, QLatin1Char('x')) + QStringLiteral("\"y"));
    EXPECT_FALSE(parsed.rows.at(1).problem);
}

TEST(CsvReader, MultiByteCharacterSplitBetweenChunks)
{
    QByteArray input = "a\n";
    input += QByteArray(CsvReader::chunkBytes - input.size() - 1, 'x');
    input += "ễ\nb\n"; // ễ is three bytes in UTF-8: the first one ends the first chunk
    const Parsed parsed = parse(input);
    ASSERT_EQ(parsed.rows.size(), 3);
    EXPECT_TRUE(parsed.rows.at(1).fields.first().endsWith(QStringLiteral("xễ")));
    EXPECT_EQ(parsed.rows.at(2).fields.first(), QStringLiteral("b"));
}

TEST(CsvReader, TenMegabyteField)
{
    const qsizetype size = 10 * 1024 * 1024;
    QByteArray input = "notes,name\n\"";
    input += QByteArray(size, 'n');
    input += "\",Lan\n";
    const Parsed parsed = parse(input);
    ASSERT_EQ(parsed.rows.size(), 2);
    EXPECT_EQ(parsed.rows.at(1).fields.first().size(), size);
    EXPECT_EQ(parsed.rows.at(1).fields.at(1), QStringLiteral("Lan"));
    EXPECT_EQ(parsed.bytesRead, input.size());
}

TEST(CsvReader, BytesThatAreNotTextEndTheReadingWithWhere)
{
    // Past the first chunk, which settled UTF-8 (a file not UTF-8 from its start is read as
    // a legacy code page: see codepagetest.cpp).
    QByteArray input = "name,x\nLan,1\n";
    while (input.size() < CsvReader::chunkBytes + 10)
        input += "Lan,1\n";
    const qint64 lines = input.count('\n');
    input += "Nguy\xE1\xBB,2\n";
    const Parsed parsed = parse(input);
    EXPECT_EQ(parsed.status, CsvReader::Status::Failed);
    ASSERT_TRUE(parsed.failure);
    EXPECT_EQ(parsed.failure->kind, CsvProblem::Kind::NotText);
    EXPECT_EQ(parsed.failure->position.line, lines + 1);
    EXPECT_FALSE(CsvReader::describe(*parsed.failure).isEmpty());
}

TEST(CsvReader, ProgressAndCancel)
{
    QByteArray input = "name,x\n";
    for (int i = 0; i < 200000; ++i)
        input += "Budi,12345\n";
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(reader.totalBytes(), input.size());
    EXPECT_GT(reader.bytesRead(), 0);
    EXPECT_LT(reader.bytesRead(), input.size()); // a chunk at a time, not the whole file
    int rows = 0;
    while (reader.next(record) && ++rows < 1000) {
    }
    reader.cancel();
    EXPECT_FALSE(reader.next(record));
    EXPECT_EQ(reader.status(), CsvReader::Status::Cancelled);
}

// A file that is made as it is read: a header, then one row whose text never ends, so a
// reader that kept a whole record would need far more memory than any candidate list.
class EndlessRowDevice : public QIODevice
{
public:
    EndlessRowDevice(QByteArray start, char fill, qint64 size)
        : m_start(std::move(start))
        , m_fill(fill)
        , m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesGiven() const { return m_given; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        for (; n < maxSize && m_given < m_size; ++n, ++m_given)
            data[n] = m_given < m_start.size() ? m_start.at(m_given) : m_fill;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_start;
    char m_fill;
    qint64 m_size;
    qint64 m_given = 0;
};

TEST(CsvReader, ARowLongerThanTheLimitEndsTheReadingBeforeItsEnd)
{
    // 100 MB of one quoted field that is never closed: the rest of a file swallowed whole.
    EndlessRowDevice device("name,notes\nLan,1\nHa,\"", 'x', 100 * 1024 * 1024);
    CsvReader reader(&device);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.text(0), QStringLiteral("Lan"));
    EXPECT_FALSE(reader.next(record));
    EXPECT_EQ(reader.status(), CsvReader::Status::Failed);
    ASSERT_TRUE(reader.failure());
    EXPECT_EQ(reader.failure()->kind, CsvProblem::Kind::RecordTooLong);
    EXPECT_EQ(reader.failure()->position.line, 3);
    // It stopped as soon as the row passed the limit, not at the end of the 100 MB.
    EXPECT_LT(device.bytesGiven(), CsvReader::maxRecordCharacters + 2 * CsvReader::chunkBytes);
    EXPECT_TRUE(CsvReader::describe(*reader.failure()).contains(QStringLiteral("line 3")));
}

TEST(CsvReader, AnUnquotedLineLongerThanTheLimitIsRefusedToo)
{
    EndlessRowDevice device("name\n", 'y', 100 * 1024 * 1024);
    CsvReader reader(&device);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_FALSE(reader.next(record));
    ASSERT_TRUE(reader.failure());
    EXPECT_EQ(reader.failure()->kind, CsvProblem::Kind::RecordTooLong);
    EXPECT_LT(device.bytesGiven(), CsvReader::maxRecordCharacters + 2 * CsvReader::chunkBytes);
}

TEST(CsvReader, LineBreaksInsideQuotesCountTowardsTheLimit)
{
    EndlessRowDevice device("notes\n\"", '\n', 40 * 1024 * 1024);
    CsvReader reader(&device);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_FALSE(reader.next(record));
    ASSERT_TRUE(reader.failure());
    EXPECT_EQ(reader.failure()->kind, CsvProblem::Kind::RecordTooLong);
}

TEST(CsvReader, AMillionColumnsAreRefusedAfterTheLimit)
{
    // A header of a million empty cells, then a row.
    QByteArray header(1000000, ',');
    header += "\nLan\n";
    const Parsed parsed = parse(header);
    EXPECT_TRUE(parsed.rows.isEmpty());
    EXPECT_EQ(parsed.status, CsvReader::Status::Failed);
    ASSERT_TRUE(parsed.failure);
    EXPECT_EQ(parsed.failure->kind, CsvProblem::Kind::TooManyColumns);
    EXPECT_EQ(parsed.failure->position.line, 1);
    EXPECT_LT(parsed.bytesRead, 1000000); // it did not read the whole line first
}

TEST(CsvReader, ARowAtTheLimitsIsStillRead)
{
    QByteArray wide = "a";
    for (qsizetype i = 1; i < CsvReader::maxFields; ++i)
        wide += ",a";
    wide += '\n';
    const Parsed parsed = parse(wide + wide);
    EXPECT_EQ(parsed.status, CsvReader::Status::AtEnd);
    ASSERT_EQ(parsed.rows.size(), 2);
    EXPECT_EQ(parsed.rows.at(1).fields.size(), CsvReader::maxFields);
}

TEST(CsvReader, EveryProblemIsDescribed)
{
    for (const auto kind : {CsvProblem::Kind::UnterminatedQuote, CsvProblem::Kind::StrayQuote,
                            CsvProblem::Kind::TextAfterQuote, CsvProblem::Kind::TooManyFields,
                            CsvProblem::Kind::NotText, CsvProblem::Kind::ReadFailed,
                            CsvProblem::Kind::RecordTooLong, CsvProblem::Kind::TooManyColumns,
                            CsvProblem::Kind::UnknownEncoding})
        EXPECT_FALSE(CsvReader::describe(CsvProblem{kind, {}}).isEmpty());
}

} // namespace planner::test
