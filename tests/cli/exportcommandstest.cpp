// "shortlist export" and "candidates export" on real files: the presets' bytes, the same
// rows as "campaigns project" and "candidates list --format csv", filters, neutralised
// cells, and refusals that leave no file and no changed file.
#include "campaignclitest.h"
#include "import/workbookreader.h"

#include "csvtext.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace planner::test {
namespace {

const QString shortlist = QStringLiteral("shortlist");
const QString candidates = QStringLiteral("candidates");
const QString exportWord = QStringLiteral("export");
const QString launch = QStringLiteral("Tết launch");
const QByteArray bom("\xEF\xBB\xBF");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

class ExportCommandsTestFixture : public CampaignCliTest
{
protected:
    void SetUp() override
    {
        CampaignCliTest::SetUp();
        m_vietnamese = add({QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Hồng Nhung"),
                            QStringLiteral("--kind"), QStringLiteral("koc"),
                            QStringLiteral("--platform"), QStringLiteral("facebook"),
                            QStringLiteral("--followers"), QStringLiteral("15000"),
                            QStringLiteral("--handle"), QStringLiteral("@hồngnhung"),
                            QStringLiteral("--fee"), QStringLiteral("3000000"),
                            QStringLiteral("--currency"), QStringLiteral("VND")});
        m_persian = add({QStringLiteral("--name"), QStringLiteral("سارا محمدی"), QStringLiteral("--kind"),
                         QStringLiteral("influencer"), QStringLiteral("--platform"),
                         QStringLiteral("instagram"), QStringLiteral("--followers"),
                         QStringLiteral("80000"), QStringLiteral("--engagement-rate"),
                         QStringLiteral("2.5")});
        m_formula = add({QStringLiteral("--name"), QStringLiteral("=1+1"), QStringLiteral("--kind"),
                         QStringLiteral("kol"), QStringLiteral("--platform"), QStringLiteral("tiktok"),
                         QStringLiteral("--followers"), QStringLiteral("2000000"),
                         QStringLiteral("--avg-views"), QStringLiteral("300000")});
        createCampaign(launch, {QStringLiteral("--goal"), QStringLiteral("awareness"),
                                QStringLiteral("--budget"), QStringLiteral("500000000"),
                                QStringLiteral("--currency"), QStringLiteral("VND")});
        addToShortlist({launch, QString::number(m_vietnamese), QStringLiteral("--count"),
                        QStringLiteral("2")});
        addToShortlist({launch, QString::number(m_persian)});
        addToShortlist({launch, QString::number(m_formula)});
    }

    // Runs with "--db dbPath()" in a locale other than the fixture's C.UTF-8.
    CliResult runInLocale(const QString &locale, const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(CLI_PATH),
                      QStringList{QStringLiteral("--db"), dbPath()} + arguments);
        CliResult result;
        result.finished = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    void expectWritten(const CliResult &result, int rows) const
    {
        EXPECT_TRUE(result.finished);
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_EQ(result.out, QStringLiteral("Rows written: %1\n").arg(rows));
        EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    }

    QStringList folderEntries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    qint64 m_vietnamese = 0, m_persian = 0, m_formula = 0;
};

using ExportCommandsTest = OnBothBackends<ExportCommandsTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ExportCommandsTest);

TEST_P(ExportCommandsTest, ShortlistPlainPresetIsWhatCampaignsProjectWrites)
{
    const QString path = filePath(QStringLiteral("plain.csv"));
    expectWritten(runOnDb({shortlist, exportWord, launch, path, QStringLiteral("--preset"),
                           QStringLiteral("plain")}),
                  3);
    const CliResult project = runOnDb({QStringLiteral("campaigns"), QStringLiteral("project"), launch});
    ASSERT_EQ(project.exitCode, 0) << project.err.toStdString();
    const QByteArray bytes = fileBytes(path);
    EXPECT_EQ(bytes, project.out.toUtf8());
    EXPECT_FALSE(bytes.startsWith(bom));
    EXPECT_FALSE(bytes.contains('\r'));
    const QList<QStringList> rows = CsvText::parse(QString::fromUtf8(bytes));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0).size(), 24);
    EXPECT_EQ(rows.at(1).at(1), QStringLiteral("Nguyễn Thị Hồng Nhung"));
    EXPECT_EQ(rows.at(1).at(16), QStringLiteral("@hồngnhung"));
    EXPECT_EQ(rows.at(1).at(17), QStringLiteral("3000000"));
    EXPECT_EQ(rows.at(1).at(19), QStringLiteral("listed"));
    EXPECT_EQ(rows.at(2).at(1), QStringLiteral("سارا محمدی"));
    EXPECT_EQ(rows.at(3).at(1), QStringLiteral("'=1+1"));
}

TEST_P(ExportCommandsTest, ShortlistExcelPresetIsTheDefault)
{
    const QString path = filePath(QStringLiteral("excel.csv"));
    expectWritten(runOnDb({shortlist, exportWord, launch, path}), 3);
    const QByteArray bytes = fileBytes(path);
    ASSERT_TRUE(bytes.startsWith(bom));
    EXPECT_TRUE(bytes.mid(3).startsWith("candidate_id,name,kind,tier,platform,format,count,"));
    EXPECT_EQ(bytes.count("\r\n"), 4);
    EXPECT_EQ(bytes.count('\n'), 4);
    EXPECT_TRUE(bytes.contains(",Nguy\xE1\xBB\x85n Th\xE1\xBB\x8B H\xE1\xBB\x93ng Nhung,koc,"));
    EXPECT_TRUE(bytes.contains(",\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA7 \xD9\x85\xD8\xAD\xD9\x85\xD8\xAF\xDB\x8C,"));
}

TEST_P(ExportCommandsTest, ExcelPresetUsesSemicolonsInAVietnameseLocale)
{
    const QString path = filePath(QStringLiteral("vi.csv"));
    expectWritten(runInLocale(QStringLiteral("vi_VN.UTF-8"),
                              {shortlist, exportWord, launch, path, QStringLiteral("--preset"),
                               QStringLiteral("excel")}),
                  3);
    const QByteArray bytes = fileBytes(path);
    ASSERT_TRUE(bytes.startsWith(QByteArray(bom + "candidate_id;name;kind;tier;platform;format;count;")));
    // Numbers keep '.' and no grouping whatever the locale: 3,000,000 đồng stays 3000000.
    EXPECT_TRUE(bytes.contains(";@h\xE1\xBB\x93ngnhung;3000000;VND;listed;")) << bytes.toStdString();
    EXPECT_FALSE(bytes.contains("3.000.000"));
}

TEST_P(ExportCommandsTest, CandidatesPlainPresetIsWhatTheCsvListWrites)
{
    const QString path = filePath(QStringLiteral("candidates.csv"));
    expectWritten(runOnDb({candidates, exportWord, path, QStringLiteral("--preset=plain")}), 3);
    const CliResult list = runOnDb({candidates, QStringLiteral("list"), QStringLiteral("--format"),
                                    QStringLiteral("csv")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(fileBytes(path), list.out.toUtf8());
}

TEST_P(ExportCommandsTest, CandidatesExportFollowsTheFiltersOfTheList)
{
    const QString path = filePath(QStringLiteral("filtered.csv"));
    const QStringList filters{QStringLiteral("--kind"), QStringLiteral("koc"), QStringLiteral("--search"),
                              QStringLiteral("nhung")};
    expectWritten(runOnDb(QStringList{candidates, exportWord, path} + filters), 1);
    const QByteArray bytes = fileBytes(path);
    ASSERT_TRUE(bytes.startsWith(QByteArray(bom + "id,name,kind,tier,platform,handle,followers,")));
    EXPECT_TRUE(bytes.endsWith(",koc,micro,facebook,@h\xE1\xBB\x93ngnhung,15000,,,3000000,VND,,,,\r\n"))
        << bytes.toStdString();
    expectWritten(runOnDb({candidates, exportWord, path, QStringLiteral("--platform"),
                           QStringLiteral("youtube")}),
                  0);
    EXPECT_EQ(fileBytes(path).count('\n'), 1);
}

TEST_P(ExportCommandsTest, HeadersTitlesWritesTheColumnNamesPeopleRead)
{
    const QString path = filePath(QStringLiteral("titles.csv"));
    expectWritten(runOnDb({candidates, exportWord, path, QStringLiteral("--preset=plain"),
                           QStringLiteral("--headers"), QStringLiteral("titles")}),
                  3);
    EXPECT_TRUE(fileBytes(path).startsWith("ID,Name,Kind,Tier,Platform,Handle,Followers,"
                                           "Engagement rate (%),"))
        << fileBytes(path).toStdString();
    expectWritten(runOnDb({candidates, exportWord, path, QStringLiteral("--preset=plain"),
                           QStringLiteral("--headers=keys")}),
                  3);
    EXPECT_TRUE(fileBytes(path).startsWith("id,name,kind,"));
    const CliResult wrong = runOnDb({candidates, exportWord, path, QStringLiteral("--headers=fa")});
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("--headers"))) << wrong.err.toStdString();
    EXPECT_TRUE(fileBytes(path).startsWith("id,name,kind,"));
}

TEST_P(ExportCommandsTest, PresetXlsxWritesAWorkbookOfTypedCells)
{
    const QString path = filePath(QStringLiteral("candidates.xlsx"));
    expectWritten(runOnDb({candidates, exportWord, path, QStringLiteral("--preset"),
                           QStringLiteral("xlsx")}),
                  3);
    WorkbookReader reader;
    Error error;
    ASSERT_TRUE(reader.open(path, &error)) << error.text().toStdString();
    const WorkbookTable table = reader.table(0);
    ASSERT_EQ(table.rows.size(), 4);
    // English keys by default, as in the CSV.
    EXPECT_EQ(table.rows.at(0).at(7).text, QStringLiteral("engagement_rate_pct"));
    EXPECT_EQ(table.rows.at(1).at(6).type, WorkbookCell::Type::Number);
    const QString shortlistPath = filePath(QStringLiteral("tet.xlsx"));
    expectWritten(runOnDb({shortlist, exportWord, launch, shortlistPath,
                           QStringLiteral("--preset=xlsx"), QStringLiteral("--headers=titles")}),
                  3);
    ASSERT_TRUE(reader.open(shortlistPath, &error)) << error.text().toStdString();
    EXPECT_EQ(reader.table(0).rows.at(0).at(13).text, QStringLiteral("CPE"));
}

TEST_P(ExportCommandsTest, RefusalsLeaveNoFileAndNoChangedFile)
{
    const QString path = filePath(QStringLiteral("kept.csv"));
    ASSERT_TRUE(writeBytes(path, "kept\n"));
    expectRefused({shortlist, exportWord, QStringLiteral("Nowhere"), path}, QStringLiteral("CAMPAIGN"));
    expectRefused({shortlist, exportWord, launch, path, QStringLiteral("--preset"), QStringLiteral("ods")},
                  QStringLiteral("--preset"));
    expectRefused({candidates, exportWord, path, QStringLiteral("--kind"), QStringLiteral("star")},
                  QStringLiteral("--kind"));
    expectRefused({candidates, exportWord, QStringLiteral(" ")}, QStringLiteral("FILE"));
    EXPECT_EQ(fileBytes(path), QByteArray("kept\n"));

    // The tests run as root, so a read-only folder stops nothing: a file stands in the way.
    const QString blocker = filePath(QStringLiteral("blocker"));
    ASSERT_TRUE(writeBytes(blocker, "x"));
    expectRefused({shortlist, exportWord, launch, blocker + QStringLiteral("/out.csv")},
                  QStringLiteral("out.csv"));
    expectRefused({candidates, exportWord, blocker + QStringLiteral("/out.csv")},
                  QStringLiteral("out.csv"));
    EXPECT_EQ(fileBytes(blocker), QByteArray("x"));
    EXPECT_EQ(folderEntries().filter(QStringLiteral(".csv")), QStringList{QStringLiteral("kept.csv")});
}

TEST_P(ExportCommandsTest, UsageErrors)
{
    expectUsageError({shortlist, exportWord, launch}, QStringLiteral("FILE"));
    expectUsageError({candidates, exportWord}, QStringLiteral("FILE"));
    expectUsageError({candidates, exportWord, QStringLiteral("a.csv"), QStringLiteral("b.csv")},
                     QStringLiteral("b.csv"));
    expectUsageError({shortlist, exportWord, launch, QStringLiteral("a.csv"), QStringLiteral("--kind"),
                      QStringLiteral("kol")},
                     QStringLiteral("--kind"));
    const CliResult help = run({candidates, exportWord, QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--preset excel"))) << help.out.toStdString();
}

} // namespace
} // namespace planner::test
