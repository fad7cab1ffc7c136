// "import": real CSV files in a temporary folder (Vietnamese, Indonesian and Persian headers
// and values, UTF-16, semicolons, bad rows), what it prints, and its exit codes.
#include "csv/csvwriter.h"
#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>

namespace planner::test {
namespace {

class ImportCommandTestFixture : public CliTest
{
protected:
    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    static QByteArray utf16(const QString &text, bool bom)
    {
        QStringEncoder encoder(QStringConverter::Utf16LE,
                               bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        return encoder.encode(text);
    }

    CliResult import(const QStringList &arguments) const
    {
        return runOnDb(QStringList{QStringLiteral("import")} + arguments);
    }

    // The stored value of a column ("followers") for the channel with a handle.
    QString storedValue(const QString &handle, const QString &column) const
    {
        const QList<QStringList> rows = csvRows();
        if (rows.isEmpty())
            return {};
        const qsizetype handleAt = rows.first().indexOf(QStringLiteral("handle"));
        const qsizetype at = rows.first().indexOf(column);
        // The list writes text as CsvWriter's formula guard says ("@lan" as it is).
        const QString written = CsvWriter::neutralised(handle);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (rows.at(i).value(handleAt) == written)
                return rows.at(i).value(at);
        }
        return {};
    }
};

using ImportCommandTest = OnBothBackends<ImportCommandTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ImportCommandTest);

TEST_P(ImportCommandTest, VietnameseSemicolonFilePrintsTheCounts)
{
    write(QStringLiteral("vi.csv"),
          QStringLiteral("Tên;Tên tài khoản;Nền tảng;Người theo dõi;Tỷ lệ tương tác;Giá\r\n"
                         "Nguyễn Thu Hà;@thuha;TikTok;1,2 triệu;3,5;15 triệu\r\n"
                         "Trần Minh;@minh;Instagram;15 nghìn;4,25%;1.500.000 ₫\r\n")
              .toUtf8());
    const CliResult result = import({QStringLiteral("vi.csv")});
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QStringLiteral("imported 2, updated 0, skipped 0, rejected 0, warnings 0\n"));
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    EXPECT_EQ(storedValue(QStringLiteral("@thuha"), QStringLiteral("followers")), QStringLiteral("1200000"));
    EXPECT_EQ(storedValue(QStringLiteral("@thuha"), QStringLiteral("engagement_rate_pct")), QStringLiteral("3.5"));
    EXPECT_EQ(storedValue(QStringLiteral("@thuha"), QStringLiteral("fee")), QStringLiteral("15000000"));
    EXPECT_EQ(storedValue(QStringLiteral("@thuha"), QStringLiteral("currency")), QStringLiteral("VND"));
    EXPECT_EQ(storedValue(QStringLiteral("@minh"), QStringLiteral("followers")), QStringLiteral("15000"));
}

TEST_P(ImportCommandTest, EachRejectedRowGoesToStandardErrorAsFileLineColumn)
{
    write(QStringLiteral("id.csv"),
          QStringLiteral("Nama;Akun;Platform;Pengikut;Harga\n"
                         "Putri;@putri;Instagram;15 rb;Rp 1.500.000\n"
                         "Agus;@agus;Friendster;100;\n"
                         "Dewi;@dewi;TikTok;banyak;\n"
                         "Rizky;@rizky;YouTube;1,2 jt;Rp 150.000,-\n"
                         "\"Sari;@sari;TikTok;5;\n")
              .toUtf8());
    const CliResult result = import({QStringLiteral("id.csv")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, QStringLiteral("imported 2, updated 0, skipped 0, rejected 3, warnings 0\n"));
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << result.err.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("id.csv:3:12: "))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("Friendster")));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("id.csv:4:19: "))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("banyak")));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("id.csv:6:1: "))) << lines.at(2).toStdString(); // never closed
    EXPECT_EQ(storedValue(QStringLiteral("@rizky"), QStringLiteral("fee")), QStringLiteral("150000"));
    EXPECT_EQ(storedValue(QStringLiteral("@rizky"), QStringLiteral("currency")), QStringLiteral("IDR"));
}

TEST_P(ImportCommandTest, PersianUnicodeTextFromExcel)
{
    write(QStringLiteral("fa.txt"),
          utf16(QStringLiteral("نام\tنام کاربری\tپلتفرم\tدنبال‌کننده\tنرخ تعامل\tقیمت\r\n"
                               "سارا محمدی\t@sara\tاینستاگرام\t۱۲٬۵۰۰\t۳٫۴\t۲۵۰٬۰۰۰ تومان\r\n"),
                true));
    const CliResult result = import({QStringLiteral("fa.txt")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QStringLiteral("imported 1, updated 0, skipped 0, rejected 0, warnings 0\n"));
    EXPECT_EQ(storedValue(QStringLiteral("@sara"), QStringLiteral("name")), QStringLiteral("سارا محمدی"));
    EXPECT_EQ(storedValue(QStringLiteral("@sara"), QStringLiteral("followers")), QStringLiteral("12500"));
    EXPECT_EQ(storedValue(QStringLiteral("@sara"), QStringLiteral("fee")), QStringLiteral("2500000"));
    EXPECT_EQ(storedValue(QStringLiteral("@sara"), QStringLiteral("currency")), QStringLiteral("IRR"));
}

TEST_P(ImportCommandTest, GivenEncodingAndDelimiter)
{
    // UTF-16 without a byte order mark, and a delimiter that detection would not pick.
    write(QStringLiteral("plain16.csv"), utf16(QStringLiteral("name|handle|followers\nLan|@lan|300\n"), false));
    const CliResult result = import({QStringLiteral("plain16.csv"), QStringLiteral("--encoding"),
                                     QStringLiteral("utf-16"), QStringLiteral("--delimiter"), QStringLiteral("|"),
                                     QStringLiteral("--platform"), QStringLiteral("instagram")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QStringLiteral("imported 1, updated 0, skipped 0, rejected 0, warnings 0\n"));
    EXPECT_EQ(storedValue(QStringLiteral("@lan"), QStringLiteral("followers")), QStringLiteral("300"));
    write(QStringLiteral("tabs.csv"), QByteArray("name\thandle\tfollowers\nMai\t@mai\t1,5K\n"));
    const CliResult tab = import({QStringLiteral("tabs.csv"), QStringLiteral("--delimiter"), QStringLiteral("tab"),
                                     QStringLiteral("--platform"), QStringLiteral("tiktok")});
    EXPECT_EQ(tab.out, QStringLiteral("imported 1, updated 0, skipped 0, rejected 0, warnings 0\n"));
}

TEST_P(ImportCommandTest, DuplicatesAreSkippedByDefaultOrUpdated)
{
    write(QStringLiteral("a.csv"), QByteArray("name,handle,platform,followers,fee,currency\nLan,@lan,tiktok,300,250,USD\n"));
    EXPECT_EQ(import({QStringLiteral("a.csv")}).out, QStringLiteral("imported 1, updated 0, skipped 0, rejected 0, warnings 0\n"));
    write(QStringLiteral("b.csv"), QByteArray("name,handle,platform,followers\nLan,lan,TikTok,900\nMai,@mai,tiktok,5\n"));
    EXPECT_EQ(import({QStringLiteral("b.csv")}).out, QStringLiteral("imported 1, updated 0, skipped 1, rejected 0, warnings 0\n"));
    EXPECT_EQ(storedValue(QStringLiteral("@lan"), QStringLiteral("followers")), QStringLiteral("300"));
    const CliResult update = import({QStringLiteral("b.csv"), QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    EXPECT_EQ(update.out, QStringLiteral("imported 0, updated 2, skipped 0, rejected 0, warnings 0\n"));
    EXPECT_EQ(storedValue(QStringLiteral("@lan"), QStringLiteral("followers")), QStringLiteral("900"));
    EXPECT_EQ(storedValue(QStringLiteral("@lan"), QStringLiteral("fee")), QStringLiteral("250.00")); // not in b.csv: kept
    EXPECT_EQ(storedCandidateCount(), 2);
}

TEST_P(ImportCommandTest, AFileThatCannotBeReadExitsWithOne)
{
    QByteArray binary("name,handle\nLan,@lan\n");
    binary.append("\xFF\xFE", 2).append('\0').append("\x01garbage\n");
    write(QStringLiteral("binary.csv"), binary);
    write(QStringLiteral("nonames.csv"), QByteArray("colour,size\nred,5\n"));
    for (const QString &file : {QStringLiteral("missing.csv"), QStringLiteral("binary.csv"), QStringLiteral("nonames.csv")}) {
        const CliResult result = import({file});
        EXPECT_EQ(result.exitCode, 1) << file.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
        EXPECT_TRUE(result.err.contains(file)) << result.err.toStdString();
    }
    EXPECT_EQ(storedCandidateCount(), 0); // the good row before the bad bytes is not kept either
}

TEST_P(ImportCommandTest, AnEmptyFileImportsNothing)
{
    write(QStringLiteral("empty.csv"), QByteArray());
    const CliResult result = import({QStringLiteral("empty.csv")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, QStringLiteral("imported 0, updated 0, skipped 0, rejected 0, warnings 0\n"));
}

// A file of the corpus (tests/data/import).
QString corpus(const QString &name)
{
    return QDir(QStringLiteral(PLANNER_TEST_DATA_DIR "/import")).filePath(name);
}

TEST_P(ImportCommandTest, AFileThatDoesNotSayItsPlatformIsRefusedUntilPlatformIsGiven)
{
    const QString file = corpus(QStringLiteral("instagram-top-channel-info.csv"));
    const CliResult refused = import({file});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.isEmpty()) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--platform"))) << refused.err.toStdString();
    EXPECT_EQ(storedCandidateCount(), 0);
    const CliResult given = import({file, QStringLiteral("--platform"), QStringLiteral("instagram")});
    EXPECT_EQ(given.exitCode, 0) << given.err.toStdString();
    EXPECT_EQ(given.out, QStringLiteral("imported 4, updated 0, skipped 0, rejected 0, warnings 0\n"));
    EXPECT_EQ(storedValue(QStringLiteral("maya.tan"), QStringLiteral("platform")), QStringLiteral("instagram"));
    EXPECT_EQ(storedValue(QStringLiteral("maya.tan"), QStringLiteral("followers")), QStringLiteral("475800000"));
    const CliResult bad = import({file, QStringLiteral("--platform"), QStringLiteral("myspace")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--platform"))) << bad.err.toStdString();
}

TEST_P(ImportCommandTest, WarningsGoToStandardErrorAndAreCountedInTheSummary)
{
    const CliResult result = import({corpus(QStringLiteral("analytics-engagement-counts.csv"))});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    // NULL and N/A followers: the rows go in with the counts unknown, each said where.
    EXPECT_EQ(result.out, QStringLiteral("imported 5, updated 0, skipped 0, rejected 0, warnings 5\n"));
    EXPECT_TRUE(result.err.contains(QRegularExpression(
        QStringLiteral("analytics-engagement-counts\\.csv:4:73: warning: Followers: "))))
        << result.err.toStdString();
    EXPECT_EQ(storedValue(QStringLiteral("selenagomez"), QStringLiteral("followers")), QString());
    const QRegularExpression warning(QStringLiteral("analytics-engagement-counts\\.csv:5:\\d+: warning: Engagement rate: "));
    EXPECT_TRUE(result.err.contains(warning)) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("divided by the follower count"))) << result.err.toStdString();
    EXPECT_EQ(storedValue(QStringLiteral("leomessi"), QStringLiteral("followers")), QStringLiteral("306300000"));
}

TEST_P(ImportCommandTest, MapNamesWhatACrypticColumnHolds)
{
    write(QStringLiteral("cryptic.csv"), QByteArray("who,ig,post,price1,remark\nLan Pham,lan.pham,12000,,x\nMai,mai.eats,9000,,y\n"));
    // "post" is a count of posts for the program: no follower column until --map says so.
    const CliResult mapped = import({QStringLiteral("cryptic.csv"), QStringLiteral("--map"), QStringLiteral("who=name"),
                                     QStringLiteral("--map"), QStringLiteral("post=followers"), QStringLiteral("--map"),
                                     QStringLiteral("remark=ignore")});
    EXPECT_EQ(mapped.exitCode, 0) << mapped.err.toStdString();
    EXPECT_EQ(mapped.out, QStringLiteral("imported 2, updated 0, skipped 0, rejected 0, warnings 0\n"));
    EXPECT_EQ(storedValue(QStringLiteral("lan.pham"), QStringLiteral("name")), QStringLiteral("Lan Pham"));
    EXPECT_EQ(storedValue(QStringLiteral("lan.pham"), QStringLiteral("followers")), QStringLiteral("12000"));
    EXPECT_EQ(storedValue(QStringLiteral("lan.pham"), QStringLiteral("platform")), QStringLiteral("instagram"));
    const CliResult noColumn = import({QStringLiteral("cryptic.csv"), QStringLiteral("--map"), QStringLiteral("reach=followers")});
    EXPECT_EQ(noColumn.exitCode, 1);
    EXPECT_TRUE(noColumn.err.contains(QStringLiteral("reach"))) << noColumn.err.toStdString();
    const CliResult noField = import({QStringLiteral("cryptic.csv"), QStringLiteral("--map"), QStringLiteral("post=likes")});
    EXPECT_EQ(noField.exitCode, 1);
    EXPECT_TRUE(noField.err.contains(QStringLiteral("--map"))) << noField.err.toStdString();
    // Without the map the rows still go in, their follower counts unknown, and it is said.
    write(QStringLiteral("cryptic-more.csv"), QByteArray("who,ig,post\nHoa,hoa.cooks,5000\n"));
    const CliResult unmapped = import({QStringLiteral("cryptic-more.csv")});
    EXPECT_EQ(unmapped.exitCode, 0) << unmapped.err.toStdString();
    EXPECT_EQ(unmapped.out, QStringLiteral("imported 1, updated 0, skipped 0, rejected 0, warnings 0\n"));
    EXPECT_TRUE(unmapped.err.contains(QStringLiteral("follower counts"))) << unmapped.err.toStdString();
    EXPECT_EQ(storedValue(QStringLiteral("hoa.cooks"), QStringLiteral("followers")), QString());
}

TEST_P(ImportCommandTest, DryRunPrintsTheCountsAndChangesNothing)
{
    const QString file = corpus(QStringLiteral("tiktok-top-no-platform.csv"));
    const CliResult dry = import({file, QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(dry.out, QStringLiteral("imported 3, updated 0, skipped 0, rejected 0, warnings 0\n"));
    EXPECT_EQ(storedCandidateCount(), 0);
    EXPECT_EQ(import({file}).out, QStringLiteral("imported 3, updated 0, skipped 0, rejected 0, warnings 0\n"));
    EXPECT_EQ(storedValue(QStringLiteral("jypestraykids"), QStringLiteral("name")), QStringLiteral("Stray Kids"));
    EXPECT_EQ(storedValue(QStringLiteral("jypestraykids"), QStringLiteral("platform")), QStringLiteral("tiktok"));
    const QList<QStringList> listed = csvRows();
    const QByteArray before = [&] {
        QFile db(dbPath());
        return db.open(QIODevice::ReadOnly) ? db.readAll() : QByteArray();
    }();
    const CliResult again = import({file, QStringLiteral("--dry-run"), QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    EXPECT_EQ(again.out, QStringLiteral("imported 0, updated 3, skipped 0, rejected 0, warnings 0\n"));
    EXPECT_EQ(csvRows(), listed);
    if (m_backend == Backend::SQLite) {
        QFile db(dbPath());
        ASSERT_TRUE(db.open(QIODevice::ReadOnly));
        EXPECT_EQ(db.readAll(), before); // the file is byte for byte as it was
    }
}

TEST_P(ImportCommandTest, TheSummaryLineHasPlainDigits)
{
    QString csv = QStringLiteral("name,handle,platform,followers\n");
    for (int i = 0; i < 1200; ++i)
        csv += QStringLiteral("P%1,@p%1,tiktok,%2\n").arg(i).arg(1000 + i);
    write(QStringLiteral("many.csv"), csv.toUtf8());
    EXPECT_EQ(import({QStringLiteral("many.csv")}).out,
              QStringLiteral("imported 1200, updated 0, skipped 0, rejected 0, warnings 0\n"));
}

TEST_P(ImportCommandTest, UsageErrorsExitWithTwoAndBadValuesWithOne)
{
    EXPECT_EQ(import({}).exitCode, 2);
    EXPECT_EQ(import({QStringLiteral("a.csv"), QStringLiteral("b.csv")}).exitCode, 2);
    // (--sheet is an option since issue 20, for workbooks: --tab stands for an unknown one.)
    EXPECT_EQ(import({QStringLiteral("a.csv"), QStringLiteral("--tab"), QStringLiteral("1")}).exitCode, 2);
    // A value the option does not take is refused like any other value (exit 1, as elsewhere).
    const CliResult policy = import({QStringLiteral("a.csv"), QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
    EXPECT_EQ(policy.exitCode, 1);
    EXPECT_TRUE(policy.err.contains(QStringLiteral("--on-duplicate")));
    EXPECT_EQ(import({QStringLiteral("a.csv"), QStringLiteral("--encoding"), QStringLiteral("klingon-8")}).exitCode, 1);
    EXPECT_EQ(import({QStringLiteral("a.csv"), QStringLiteral("--delimiter"), QStringLiteral("::")}).exitCode, 1);
    const CliResult help = run({QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--on-duplicate")));
}

} // namespace
} // namespace planner::test
