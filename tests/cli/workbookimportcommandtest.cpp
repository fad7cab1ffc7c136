// "import FILE.xlsx [--sheet NAME|N]" with the real CLI on a workbook made here: the sheet
// chosen by name or number, several sheets refused naming them and --sheet, rejections
// said as FILE:SHEET!CELL on standard error; an Excel 2003 XML workbook from tests/data.
#include "clitest.h"
#include "../model/import/workbookfixture.h"

#include <QFile>

namespace planner::test {
namespace {

using WorkbookImportCommandTest = OnBothBackends<CliTest>;
INSTANTIATE_ON_BOTH_BACKENDS(WorkbookImportCommandTest);

TEST_P(WorkbookImportCommandTest, SeveralSheetsNeedSheetAndRejectionsNameTheCell)
{
    const QString path = filePath(QStringLiteral("roster.xlsx"));
    ASSERT_TRUE(writeRoster(path));
    const CliResult refused = runOnDb({QStringLiteral("import"), path});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("“Danh sách”, “Ghi chú”"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--sheet"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty());

    const CliResult named = runOnDb({QStringLiteral("import"), path, QStringLiteral("--sheet"),
                                     QStringLiteral("Danh sách")});
    EXPECT_EQ(named.exitCode, 0) << named.err.toStdString();
    EXPECT_EQ(named.out, QStringLiteral("imported 3, updated 0, skipped 0, rejected 1, warnings 0\n"));
    EXPECT_TRUE(named.err.contains(path + QStringLiteral(":'Danh sách'!D7: Followers: ")))
        << named.err.toStdString();

    const CliResult numbered = runOnDb({QStringLiteral("import"), path, QStringLiteral("--sheet=1")});
    EXPECT_EQ(numbered.out, QStringLiteral("imported 0, updated 0, skipped 3, rejected 1, warnings 0\n"));
    const CliResult missing = runOnDb({QStringLiteral("import"), path, QStringLiteral("--sheet=9")});
    EXPECT_EQ(missing.exitCode, 1);
    const CliResult list = runOnDb({QStringLiteral("candidates"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("Nguyễn Thu Hà,influencer,mega,instagram,@thuha.skin,1200000,3.5,,15000000,VND")))
        << list.out.toStdString();
}

// An Excel 2003 XML workbook written by hand (tests/data/roster-excel2003.xml): its one
// sheet needs no --sheet; the typed percentage arrives as a rate, the text as it is.
TEST_P(WorkbookImportCommandTest, Excel2003XmlWorkbookImports)
{
    const QString path = QStringLiteral(PLANNER_TEST_DATA_DIR "/roster-excel2003.xml");
    const CliResult result = runOnDb({QStringLiteral("import"), path});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QStringLiteral("imported 2, updated 0, skipped 0, rejected 1, warnings 0\n"));
    EXPECT_TRUE(result.err.contains(path + QStringLiteral(":'Danh sách'!D4: Followers: ")))
        << result.err.toStdString();
    const CliResult list = runOnDb({QStringLiteral("candidates"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("Nguyễn Thu Hà,influencer,mega,instagram,@thuha.skin,1200000,3.5,,15000000,VND")))
        << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("سارا محمدی,influencer,micro,instagram,@سارا,80000,4.25,,2500000,VND")))
        << list.out.toStdString();
}

TEST_P(WorkbookImportCommandTest, SheetOnACsvFileIsRefused)
{
    const QString path = filePath(QStringLiteral("list.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name,handle\nA,@a\n");
    file.close();
    const CliResult result = runOnDb({QStringLiteral("import"), path, QStringLiteral("--sheet=1")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--sheet"))) << result.err.toStdString();
}

} // namespace
} // namespace planner::test
