// CsvWriter: the exact bytes of each preset, RFC 4180 quoting, plain numbers in any locale,
// formula neutralisation and its reversal, and files that are replaced whole or not at all.
#include "modeltestsupport.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "domain/currencytable.h"
#include "domain/money.h"

#include <QBuffer>
#include <QDir>
#include <QRandomGenerator>
#include <cmath>
#include <limits>

namespace planner::test {
namespace {

QByteArray written(const CsvPreset &preset, const std::function<void(CsvWriter &)> &fill)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, preset);
    fill(writer);
    EXPECT_TRUE(writer.flush());
    return buffer.data();
}

// One text field written alone with the plain preset, line end left out.
QByteArray field(const QString &text, const CsvPreset &preset = CsvPreset::plain())
{
    QByteArray bytes = written(preset, [&](CsvWriter &writer) {
        writer.addText(text);
        writer.endRow();
    });
    bytes.chop(preset.crlf ? 2 : 1);
    return preset.byteOrderMark ? bytes.mid(3) : bytes;
}

void fillSample(CsvWriter &writer)
{
    writer.writeRow({QStringLiteral("name"), QStringLiteral("rate"), QStringLiteral("fee")});
    writer.addText(QStringLiteral("Trần"));
    writer.addNumber(3.5);
    writer.addInteger(1500000);
    writer.endRow();
}

// Sets the default locale for one test and puts the previous one back.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

TEST(CsvPresetTest, ExcelUsesSemicolonsWhereTheLanguageWritesDecimalsWithoutAPoint)
{
    for (const QLocale::Language language :
         {QLocale::Vietnamese, QLocale::Indonesian, QLocale::Persian}) {
        SCOPED_TRACE(QLocale(language).name().toStdString());
        const CsvPreset preset = CsvPreset::excel(QLocale(language));
        EXPECT_EQ(preset.delimiter, QLatin1Char(';'));
        EXPECT_TRUE(preset.byteOrderMark);
        EXPECT_TRUE(preset.crlf);
    }
    EXPECT_EQ(CsvPreset::excel(QLocale(QLocale::English)).delimiter, QLatin1Char(','));
    EXPECT_EQ(CsvPreset::excel(QLocale::c()).delimiter, QLatin1Char(','));
}

TEST(CsvPresetTest, KeysNameThePresets)
{
    const QLocale vietnamese(QLocale::Vietnamese);
    EXPECT_EQ(CsvPreset::keys(), (QStringList{QStringLiteral("excel"), QStringLiteral("plain")}));
    EXPECT_EQ(CsvPreset::fromKey(QStringLiteral(" Excel "), vietnamese)->delimiter, QLatin1Char(';'));
    EXPECT_EQ(CsvPreset::fromKey(QStringLiteral("PLAIN"), vietnamese)->key(), QStringLiteral("plain"));
    EXPECT_FALSE(CsvPreset::fromKey(QStringLiteral("xlsx"), vietnamese));
    EXPECT_EQ(CsvPreset::excel(vietnamese).key(), QStringLiteral("excel"));
}

TEST(CsvWriterTest, ExcelPresetBytesForACommaDecimalLanguage)
{
    EXPECT_EQ(written(CsvPreset::excel(QLocale(QLocale::Vietnamese)), fillSample),
              QByteArray("\xEF\xBB\xBFname;rate;fee\r\nTr\xE1\xBA\xA7n;3.5;1500000\r\n"));
    EXPECT_EQ(written(CsvPreset::excel(QLocale(QLocale::Persian)), fillSample),
              QByteArray("\xEF\xBB\xBFname;rate;fee\r\nTr\xE1\xBA\xA7n;3.5;1500000\r\n"));
}

TEST(CsvWriterTest, ExcelPresetBytesForADotDecimalLanguage)
{
    EXPECT_EQ(written(CsvPreset::excel(QLocale(QLocale::English)), fillSample),
              QByteArray("\xEF\xBB\xBFname,rate,fee\r\nTr\xE1\xBA\xA7n,3.5,1500000\r\n"));
}

TEST(CsvWriterTest, PlainPresetBytes)
{
    EXPECT_EQ(written(CsvPreset::plain(), fillSample),
              QByteArray("name,rate,fee\nTr\xE1\xBA\xA7n,3.5,1500000\n"));
}

TEST(CsvWriterTest, EmptyFieldsKeepTheirPlaces)
{
    const QByteArray bytes = written(CsvPreset::plain(), [](CsvWriter &writer) {
        writer.addEmpty();
        writer.addText(QString());
        writer.addNumber(std::numeric_limits<double>::quiet_NaN());
        writer.endRow();
    });
    EXPECT_EQ(bytes, QByteArray(",,\n"));
}

TEST(CsvWriterTest, QuotesFieldsThatHoldADelimiterAQuoteOrALineBreak)
{
    const CsvPreset semicolons = CsvPreset::excel(QLocale(QLocale::Indonesian));
    const struct
    {
        QString text;
        QByteArray expected;
    } cases[] = {
        {QStringLiteral("Dewi Sari"), "Dewi Sari"},
        {QStringLiteral("Dewi, Sari"), "\"Dewi, Sari\""},
        {QStringLiteral("Dewi; Sari"), "\"Dewi; Sari\""},
        {QStringLiteral("tab\there"), "\"tab\there\""},
        {QStringLiteral("say \"hi\""), "\"say \"\"hi\"\"\""},
        {QStringLiteral("\""), "\"\"\"\""},
        {QStringLiteral("line\nbreak"), "\"line\nbreak\""},
        {QStringLiteral("line\r\nbreak"), "\"line\r\nbreak\""},
        {QStringLiteral("cr\rhere"), "\"cr\rhere\""},
        {QString(), ""},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.expected.toStdString());
        EXPECT_EQ(field(c.text), c.expected);
        // Every delimiter a reader might guess is quoted, whichever the preset's.
        EXPECT_EQ(field(c.text, semicolons), c.expected);
    }
}

TEST(CsvWriterTest, NumbersArePlainDecimalsWithoutExponentNoiseOrGrouping)
{
    // The locale of a Persian interface must not reach the file: no ٫, no ٬, no Persian digits.
    const DefaultLocale persian{QLocale(QLocale::Persian)};
    EXPECT_EQ(CsvWriter::number(3.5), QStringLiteral("3.5"));
    EXPECT_EQ(CsvWriter::number(100.0), QStringLiteral("100"));
    EXPECT_EQ(CsvWriter::number(0.0), QStringLiteral("0"));
    EXPECT_EQ(CsvWriter::number(0.00001), QStringLiteral("0.00001"));
    EXPECT_EQ(CsvWriter::number(0.1 + 0.2), QStringLiteral("0.3"));
    EXPECT_EQ(CsvWriter::number(12.345678901234), QStringLiteral("12.345678901234"));
    EXPECT_EQ(CsvWriter::number(1234567.25), QStringLiteral("1234567.25"));
    EXPECT_EQ(CsvWriter::number(1e20), QStringLiteral("100000000000000000000"));
    EXPECT_EQ(CsvWriter::number(std::numeric_limits<double>::infinity()), QString());
    const QByteArray bytes = written(CsvPreset::plain(), [](CsvWriter &writer) {
        writer.addInteger(1234567890123);
        writer.addNumber(98765.5);
        writer.addDecimal(QStringLiteral("1500000.50"));
        writer.endRow();
    });
    EXPECT_EQ(bytes, QByteArray("1234567890123,98765.5,1500000.50\n"));
}

TEST(CsvWriterTest, NumbersAgreeWithRoundingToFifteenDigitsThenShortest)
{
    // The reference is the plain definition, through Qt's own conversions; the writer takes
    // a shortcut whenever the shortest form already has fifteen digits or fewer.
    const auto reference = [](double value) {
        const double rounded = QString::number(value, 'g', 15).toDouble();
        return rounded == 0.0 ? QStringLiteral("0")
                              : QString::number(rounded, 'f', QLocale::FloatingPointShortest);
    };
    EXPECT_EQ(CsvWriter::number(-0.0), QStringLiteral("0"));
    EXPECT_EQ(CsvWriter::number(0.8999999999999999), QStringLiteral("0.9"));
    EXPECT_EQ(CsvWriter::number(1e-7), QStringLiteral("0.0000001"));
    EXPECT_EQ(CsvWriter::number(-1234.5), QStringLiteral("-1234.5"));
    QRandomGenerator random(20261123);
    for (int i = 0; i < 200000; ++i) {
        const double mantissa = random.generateDouble() * (random.bounded(2) ? 1.0 : -1.0);
        const double value = i % 2 ? mantissa * std::pow(10.0, random.bounded(-8, 14))
                                   : double(random.bounded(1, 1000000)) / random.bounded(1, 1000);
        ASSERT_EQ(CsvWriter::number(value), reference(value)) << value;
    }
}

TEST(CsvWriterTest, NegativeNumbersStayNumbers)
{
    // Numbers come from the program, never from typed text: no apostrophe in front.
    const QByteArray bytes = written(CsvPreset::plain(), [](CsvWriter &writer) {
        writer.addNumber(-2.5);
        writer.addInteger(-3);
        writer.addDecimal(QStringLiteral("-1.50"));
        writer.endRow();
    });
    EXPECT_EQ(bytes, QByteArray("-2.5,-3,-1.50\n"));
}

TEST(CsvWriterTest, TextThatStartsLikeAFormulaIsNeutralised)
{
    const struct
    {
        QString text;
        QByteArray expected;
    } cases[] = {
        {QStringLiteral("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\""},
        {QStringLiteral("=1+1"), "'=1+1"},
        {QStringLiteral("+84 90 123"), "'+84 90 123"},
        {QStringLiteral("-5"), "'-5"},
        // A handle is a plain name after '@': no spreadsheet evaluates it (issue 20).
        {QStringLiteral("@maya"), "@maya"},
        {QStringLiteral("@thuha.skin"), "@thuha.skin"},
        {QStringLiteral("@_lan_"), "@_lan_"},
        {QStringLiteral("@سارا"), "@\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7"},
        // What follows '@' is a call, a reference, an operator or a value: guarded.
        {QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"), "'@SUM(1+1)*cmd|' /C calc'!A0"},
        {QStringLiteral("@HYPERLINK(\"http://x\")"), "\"'@HYPERLINK(\"\"http://x\"\")\""},
        {QStringLiteral("@x!A1"), "'@x!A1"},
        {QStringLiteral("@AB12"), "'@AB12"},
        {QStringLiteral("@r1c1"), "'@r1c1"},
        {QStringLiteral("@TRUE"), "'@TRUE"},
        {QStringLiteral("@1st"), "'@1st"},
        {QStringLiteral("@a-b"), "'@a-b"},
        {QStringLiteral("@ maya"), "'@ maya"},
        {QStringLiteral("@"), "'@"},
        {QStringLiteral("'@maya"), "''@maya"},
        {QStringLiteral("-dash"), "'-dash"},
        {QStringLiteral("\t=1"), "\"'\t=1\""},
        {QStringLiteral("\r=1"), "\"'\r=1\""},
        {QStringLiteral("'=1+1"), "''=1+1"},
        {QStringLiteral("''@x"), "'''@x"},
        {QStringLiteral("'tis"), "'tis"},
        {QStringLiteral("'"), "'"},
        {QStringLiteral("a=b"), "a=b"},
        {QStringLiteral(" =1"), " =1"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.expected.toStdString());
        EXPECT_EQ(field(c.text), c.expected);
    }
}

// A field after another through addUtf8Text() and, for the comparison, through addText() of
// the same bytes made a QString: what the export wrote before issue 14.
QByteArray afterAField(const QByteArray &bytes, const CsvPreset &preset, bool asBytes)
{
    return written(preset, [&](CsvWriter &writer) {
        writer.addText(QStringLiteral("x"));
        if (asBytes)
            writer.addUtf8Text(QUtf8StringView(bytes.constData(), bytes.size()));
        else
            writer.addText(QString::fromUtf8(bytes));
        writer.endRow();
    });
}

QList<CsvPreset> presetsOfEveryDelimiter()
{
    CsvPreset tab = CsvPreset::plain();
    tab.delimiter = QLatin1Char('\t');
    CsvPreset section = CsvPreset::plain(); // not ASCII: the bytes go through QString
    section.delimiter = QChar(0x00A7);
    return {CsvPreset::plain(), CsvPreset::excel(QLocale(QLocale::Vietnamese)), tab, section};
}

TEST(CsvWriterTest, Utf8TextIsWrittenAsTheSameTextAsAQString)
{
    const QList<QByteArray> texts{
        "", "plain", "Dewi, Sari", "Ali \"the chef\"", "a;b", "tab\tin", "line\nbreak", "cr\rx",
        "beauty|food", "|VN|", "a||b", "=1+1", "+84 90", "-5", "'=x", "''@x", "'tis", "'", "@maya",
        "@thuha.skin", "@_lan_", "@u100000_facebook", "@SUM(1+1)", "@x!A1", "@AB12", "@abc1", "@abcd1",
        "@r1c1", "@RC", "@r", "@C1", "@R1C1x", "@TRUE", "@false", "@truex", "@1st", "@a-b", "@ maya",
        "@", "@.", "@_", "@a.b_c9", "\t=1", "\r=1", " =1", "a=b",
        // Persian and Vietnamese, a handle in Arabic script, joiners, a Kelvin sign (a letter
        // that Unicode's case folding makes a K: "@K1" looks like a cell), a BOM first and
        // inside, bytes that are no UTF-8, NUL.
        "\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7 \xD9\x85\xD8\xAD\xD9\x85\xD8\xAF\xDB\x8C",
        "Nguy\xE1\xBB\x85n Thu H\xC3\xA0", "@\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7",
        "@\xD9\x86\xE2\x80\x8C\xD8\xA7", "@\xE2\x84\xAA" "1", "@\xC5\xBF" "rue",
        "\xEF\xBB\xBF" "bom", "a\xEF\xBB\xBF" "b", "\xEF\xBB\xBF" "=1", "bad \x80\xFF utf", "@\xC3",
        "\xC3|b", QByteArray("nul\0in", 7), "\xC2\xA7", "a\xC2\xA7" "b"};
    for (const CsvPreset &preset : presetsOfEveryDelimiter()) {
        for (const QByteArray &text : texts) {
            SCOPED_TRACE(text.toHex().toStdString());
            EXPECT_EQ(afterAField(text, preset, true), afterAField(text, preset, false));
        }
    }
}

TEST(CsvWriterTest, RandomUtf8TextIsWrittenAsTheSameTextAsAQString)
{
    // Pieces that matter to quoting, the formula guard and UTF-8, strung together at random.
    const QList<QByteArray> pieces{
        "a", "Z", "_", ".", "1", "@", "'", "=", "+", "-", "\t", "\r", "\n", ",", ";", "\"", "|", " ",
        "R", "c", "true", "\xD8\xB3", "\xE2\x80\x8C", "\xE1\xBB\x85", "\xCC\x81", "\xE2\x84\xAA",
        "\xEF\xBB\xBF", "\x80", "\xC3", "\xF0\x9F\x98\x80", "\xC2\xA7"};
    QRandomGenerator random(14);
    for (const CsvPreset &preset : presetsOfEveryDelimiter()) {
        for (int i = 0; i < 5000; ++i) {
            QByteArray text;
            for (int n = random.bounded(7); n >= 0; --n)
                text += pieces.at(random.bounded(int(pieces.size())));
            SCOPED_TRACE(text.toHex().toStdString());
            ASSERT_EQ(afterAField(text, preset, true), afterAField(text, preset, false));
        }
    }
}

TEST(CsvWriterTest, FixedPointAmountsAreWrittenAsMoneyWritesThem)
{
    const qint64 amounts[] = {0, 1, 5, 9, 10, 99, 100, 101, 1234, 99999, 1500000, 3500000000,
                              -1, -5, -50, -1234, std::numeric_limits<qint64>::max()};
    // A currency of each number of decimals the table has (đồng none, dollars two, dinars three...).
    QStringList currencies{QStringLiteral("VND"), QStringLiteral("USD")};
    for (int digits = 3; digits <= 4; ++digits) {
        if (!CurrencyTable::codesWithDigits(digits).isEmpty())
            currencies << CurrencyTable::codesWithDigits(digits).constFirst();
    }
    EXPECT_GE(currencies.size(), 3);
    for (const QString &currency : std::as_const(currencies)) {
        for (const qint64 amount : amounts) {
            const Money money(amount, currency);
            SCOPED_TRACE(QStringLiteral("%1 %2").arg(amount).arg(money.currency()).toStdString());
            const QByteArray fixed = written(CsvPreset::plain(), [&](CsvWriter &writer) {
                writer.addFixedPoint(amount, Money::minorDigits(money.currency()));
            });
            EXPECT_EQ(fixed, money.toDecimalString().toUtf8());
        }
    }
}

TEST(CsvWriterTest, NumbersWithAFixedNumberOfDecimalsAreRounded)
{
    const QByteArray bytes = written(CsvPreset::plain(), [](CsvWriter &writer) {
        writer.addNumber(3361.34453781513, 0);
        writer.addNumber(3361.5, 0);
        writer.addNumber(12.5, 2);
        writer.addNumber(0.125, 2);
        writer.addNumber(-0.001, 2);
        writer.addNumber(-2.5, 0);
        writer.addNumber(std::nan(""), 2);
        writer.endRow();
    });
    EXPECT_EQ(bytes, QByteArray("3361,3362,12.50,0.13,0.00,-3,\n"));
}

TEST(CsvWriterTest, RestoringGivesBackEveryTextWrittenAndLeavesOtherTextAlone)
{
    const QStringList texts{
        QStringLiteral("=1+1"), QStringLiteral("+1"),     QStringLiteral("-5"),
        QStringLiteral("@maya"), QStringLiteral("\tx"),   QStringLiteral("\rx"),
        QStringLiteral("@SUM(1)"), QStringLiteral("'@maya"), QStringLiteral("@AB12"),
        QStringLiteral("'=x"),  QStringLiteral("''-x"),   QStringLiteral("'tis"),
        QStringLiteral("'"),    QStringLiteral("''"),     QStringLiteral("Trần"),
        QString(),              QStringLiteral("سارا"), QStringLiteral("x=1")};
    for (const QString &text : texts) {
        SCOPED_TRACE(text.toStdString());
        const QString written = CsvWriter::neutralised(text);
        EXPECT_EQ(CsvWriter::restoreNeutralised(written), text);
        // Only a plain handle starts like a formula without its apostrophe.
        EXPECT_EQ(CsvWriter::startsLikeFormula(written) && !written.startsWith(QLatin1Char('\'')),
                  text == QLatin1String("@maya"));
    }
    // Text no writer neutralised is read as it stands.
    EXPECT_EQ(CsvWriter::restoreNeutralised(QStringLiteral("'tis")), QStringLiteral("'tis"));
    EXPECT_EQ(CsvWriter::restoreNeutralised(QStringLiteral("'")), QStringLiteral("'"));
    EXPECT_EQ(CsvWriter::restoreNeutralised(QStringLiteral("-5")), QStringLiteral("-5"));
    EXPECT_EQ(CsvWriter::restoreNeutralised(QStringLiteral("'@maya")), QStringLiteral("@maya"));
}

TEST(CsvWriterTest, PersianAndVietnameseNamesAreWrittenAsTheirUtf8Bytes)
{
    const QByteArray bytes = written(CsvPreset::excel(QLocale(QLocale::Persian)), [](CsvWriter &writer) {
        writer.addText(QStringLiteral("Nguyễn Thị Hồng Nhung"));
        writer.addText(QStringLiteral("سارا محمدی"));
        writer.addText(QStringLiteral("@سارا"));
        writer.endRow();
    });
    EXPECT_EQ(bytes, QByteArray("\xEF\xBB\xBF"
                                "Nguy\xE1\xBB\x85n Th\xE1\xBB\x8B H\xE1\xBB\x93ng Nhung;"
                                "\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7 \xD9\x85\xD8\xAD\xD9\x85\xD8\xAF\xDB\x8C;"
                                "@\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7\r\n"));
}

TEST(CsvWriterTest, TheReaderGivesBackEveryTextInEveryPreset)
{
    const QStringList texts{QStringLiteral("Nguyễn Thị Hồng Nhung"), QStringLiteral("سارا محمدی"),
                            QStringLiteral("Dewi, Sari; \"Bu\"\tTab"),
                            QStringLiteral("line\nbreak\r\nand CR\r"), QStringLiteral("=1+1"),
                            QStringLiteral("'=x"), QStringLiteral("@maya"), QStringLiteral("-5"),
                            QStringLiteral("'@maya"), QStringLiteral("@SUM(1)"),
                            QStringLiteral("\tTab"), QStringLiteral("'tis"), QString()};
    for (const CsvPreset &preset :
         {CsvPreset::excel(QLocale(QLocale::Vietnamese)), CsvPreset::excel(QLocale(QLocale::Persian)),
          CsvPreset::excel(QLocale(QLocale::English)), CsvPreset::plain()}) {
        SCOPED_TRACE(preset.key().toStdString() + ' ' + preset.delimiter.toLatin1());
        QByteArray bytes = written(preset, [&](CsvWriter &writer) {
            writer.writeRow({QStringLiteral("text"), QStringLiteral("number")});
            for (const QString &text : texts) {
                writer.addText(text);
                writer.addNumber(-2.5);
                writer.endRow();
            }
        });
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord record;
        ASSERT_TRUE(reader.next(record));
        EXPECT_EQ(reader.delimiter(), preset.delimiter);
        for (const QString &text : texts) {
            SCOPED_TRACE(text.toStdString());
            ASSERT_TRUE(reader.next(record));
            EXPECT_FALSE(record.problem());
            EXPECT_EQ(CsvWriter::restoreNeutralised(record.text(0)), text);
            EXPECT_EQ(record.text(1), QStringLiteral("-2.5"));
        }
        EXPECT_FALSE(reader.next(record));
        EXPECT_EQ(reader.status(), CsvReader::Status::AtEnd);
    }
}

TEST(CsvWriterTest, ManyRowsPassThroughTheBufferInOrder)
{
    const QByteArray bytes = written(CsvPreset::plain(), [](CsvWriter &writer) {
        for (int i = 0; i < 20000; ++i) {
            writer.addInteger(i);
            writer.addText(QStringLiteral("Hồng Nhung"));
            writer.endRow();
        }
        EXPECT_EQ(writer.rowsWritten(), 20000);
    });
    const QList<QByteArray> lines = bytes.split('\n');
    ASSERT_EQ(lines.size(), 20001);
    EXPECT_EQ(lines.at(12345), QByteArray("12345,H\xE1\xBB\x93ng Nhung"));
}

class CsvSaveFileTest : public TempDirTest
{
protected:
    static bool writeOneRow(CsvWriter &writer)
    {
        writer.writeRow({QStringLiteral("new")});
        return true;
    }

    QStringList folderEntries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
};

TEST_F(CsvSaveFileTest, ReplacesTheFileWhenEveryRowIsWritten)
{
    const QString path = filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(writeBytes(path, "old\n"));
    Error error;
    ASSERT_TRUE(CsvWriter::saveFile(path, CsvPreset::plain(), writeOneRow, &error))
        << error.text().toStdString();
    EXPECT_EQ(fileBytes(path), QByteArray("new\n"));
    EXPECT_EQ(folderEntries(), QStringList{QStringLiteral("out.csv")});
}

TEST_F(CsvSaveFileTest, ACancelLeavesTheOldFileAndNoTemporaryFile)
{
    const QString path = filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(writeBytes(path, "old\n"));
    Error error;
    // Enough rows that some reach the temporary file before the cancel.
    const bool written = CsvWriter::saveFile(
        path, CsvPreset::plain(),
        [](CsvWriter &writer) {
            for (int i = 0; i < 50000; ++i)
                writer.writeRow({QStringLiteral("row")});
            return false;
        },
        &error);
    EXPECT_FALSE(written);
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_TRUE(error.message.contains(QStringLiteral("out.csv"))) << error.text().toStdString();
    EXPECT_EQ(fileBytes(path), QByteArray("old\n"));
    EXPECT_EQ(folderEntries(), QStringList{QStringLiteral("out.csv")});
}

TEST_F(CsvSaveFileTest, AFolderThatCannotHoldTheFileFailsWithoutWritingAnything)
{
    // The tests run as root, so a read-only folder would not stop them: a file in place of
    // the folder does.
    const QString blocker = filePath(QStringLiteral("not-a-folder"));
    ASSERT_TRUE(writeBytes(blocker, "x"));
    const QString path = blocker + QStringLiteral("/out.csv");
    Error error;
    EXPECT_FALSE(CsvWriter::saveFile(path, CsvPreset::plain(), writeOneRow, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("out.csv"))) << error.text().toStdString();
    EXPECT_EQ(fileBytes(blocker), QByteArray("x"));
    EXPECT_EQ(folderEntries(), QStringList{QStringLiteral("not-a-folder")});
}

TEST_F(CsvSaveFileTest, AFailedRenameLeavesTheExistingTargetAsItWas)
{
    // A folder where the file should go: everything is written, but the rename over it fails.
    const QString path = filePath(QStringLiteral("taken"));
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("taken")));
    ASSERT_TRUE(writeBytes(path + QStringLiteral("/inside.txt"), "kept"));
    Error error;
    EXPECT_FALSE(CsvWriter::saveFile(path, CsvPreset::plain(), writeOneRow, &error));
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_EQ(fileBytes(path + QStringLiteral("/inside.txt")), QByteArray("kept"));
    EXPECT_TRUE(folderEntries().isEmpty()) << folderEntries().join(QLatin1Char(' ')).toStdString();
}

} // namespace
} // namespace planner::test
