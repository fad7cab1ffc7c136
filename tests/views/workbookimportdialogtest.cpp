// The import dialog on a workbook made here with libxlsxwriter: the sheet to import chosen
// in the dialog, the header found below the title row, the import, and a refused row named
// by its sheet and cell.
#include "importdialog.h"
#include "mainwindow.h"
#include "storage/candidatestore.h"
#include "testsupport.h"
#include "../model/import/workbookfixture.h"

#include <QComboBox>
#include <QTableWidget>

using namespace planner;

namespace {

class WorkbookImportDialogTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Error error;
        ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("plan.sqlite")), true, &error));
    }

    MainWindow m_window{nullptr};
};

} // namespace

TEST_F(WorkbookImportDialogTest, TheSheetIsChosenInTheDialogAndARefusedRowNamesItsCell)
{
    const QString path = filePath(QStringLiteral("roster.xlsx"));
    ASSERT_TRUE(test::writeRoster(path));
    ImportDialog dialog(m_window.store()->databasePath(), path, &m_window);
    ASSERT_TRUE(dialog.sheetBox());
    EXPECT_EQ(dialog.sheetBox()->count(), 2);
    EXPECT_EQ(dialog.sheetBox()->itemText(1), QStringLiteral("Ghi chú"));
    // The second sheet holds a note, no header: nothing to import from it.
    dialog.chooseSheet(1);
    EXPECT_FALSE(dialog.mapping().missing().isEmpty());
    dialog.chooseSheet(0);
    ASSERT_TRUE(dialog.preview().error.isEmpty()) << dialog.preview().error.text().toStdString();
    EXPECT_EQ(dialog.preview().headers.first(), QStringLiteral("Tên"));
    EXPECT_EQ(dialog.mapping().field(3), ImportField::Followers);
    EXPECT_EQ(dialog.mapping().field(4), ImportField::EngagementRate);
    EXPECT_EQ(dialog.table()->rowCount(), 5); // the field choices, then four rows
    // Cells shown as the workbook holds them, a formula-like text without an apostrophe.
    EXPECT_EQ(dialog.preview().rows.at(3).first(), QStringLiteral("=HYPERLINK(\"x\")"));
    EXPECT_EQ(dialog.preview().rows.at(3).at(2), QStringLiteral("-5"));
    const ImportReport report = dialog.runImport();
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.rejected, 1);
    const QString text = dialog.reportText();
    EXPECT_TRUE(text.contains(QStringLiteral("roster.xlsx"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("'Danh sách'!D7"))) << text.toStdString();
    EXPECT_EQ(m_window.store()->candidateCount(), 3);
}

TEST_F(WorkbookImportDialogTest, ACsvFileHasNoSheetChoice)
{
    const QString path = filePath(QStringLiteral("list.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name,handle\nA,@a\n");
    file.close();
    ImportDialog dialog(m_window.store()->databasePath(), path, &m_window);
    EXPECT_EQ(dialog.sheetBox(), nullptr);
}
