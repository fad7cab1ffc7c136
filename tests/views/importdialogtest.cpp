// The import dialog on real CSV files: the detected mapping, a changed mapping, the import
// into the open file with its report, and refused rows named by line and column.
#include "candidatepanel.h"
#include "storage/candidatestore.h"
#include "itemmodels/candidatetablemodel.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QTableWidget>

using namespace planner;

namespace {

class ImportDialogTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Error error;
        ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("plan.sqlite")), true, &error));
    }

    QString writeCsv(const QString &name, const QByteArray &bytes)
    {
        const QString path = filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    MainWindow m_window{nullptr};
};

} // namespace

TEST_F(ImportDialogTest, AVietnameseSheetIsRecognisedImportedAndItsBadRowReported)
{
    const QString path = writeCsv(QStringLiteral("kol.csv"),
                                  "T\xc3\xaan;N\xe1\xbb\x81n t\xe1\xba\xa3ng;T\xc3\xa0i kho\xe1\xba\xa3n;Ng\xc6\xb0\xe1\xbb\x9di theo d\xc3\xb5i;Gi\xc3\xa1\n"
                                  "Nguy\xe1\xbb\x85n Thu H\xc3\xa0;TikTok;@thuha;1,2 tri\xe1\xbb\x87u;15.000.000 \xe2\x82\xab\n"
                                  "Tr\xe1\xba\xa7n Minh;Instagram;@minh;nhi\xe1\xbb\x81u l\xe1\xba\xafm;5.000.000 \xe2\x82\xab\n");
    ImportDialog dialog(m_window.store()->databasePath(), path, &m_window);
    ASSERT_TRUE(dialog.preview().error.isEmpty()) << dialog.preview().error.text().toStdString();
    EXPECT_EQ(dialog.mapping().field(0), ImportField::Name);
    EXPECT_EQ(dialog.mapping().field(3), ImportField::Followers);
    EXPECT_EQ(dialog.table()->rowCount(), 3); // the field choices, then two rows
    const ImportReport report = dialog.runImport();
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.rejected, 1);
    const QString text = dialog.reportText();
    EXPECT_TRUE(text.contains(QStringLiteral("kol.csv"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLocale().toString(3))) << "the bad row is on line 3: " << text.toStdString();
    EXPECT_EQ(m_window.store()->candidateCount(), 1);
}

TEST_F(ImportDialogTest, AChangedMappingIsWhatTheImportUses)
{
    const QString path = writeCsv(QStringLiteral("sheet.csv"), "who,where,size\nDewi,@dewi.eats,45000\n");
    ImportDialog dialog(m_window.store()->databasePath(), path, &m_window);
    dialog.setField(0, ImportField::Name);
    dialog.setField(1, ImportField::Handle);
    dialog.setField(2, ImportField::Followers);
    const ImportReport report = dialog.runImport();
    ASSERT_EQ(report.imported, 1) << dialog.reportText().toStdString();
    m_window.store()->changed(); // as the window does after the dialog
    QApplication::processEvents();
    const CandidateRow *row = m_window.panel()->model()->rowAt(0);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->name, QStringLiteral("Dewi"));
    EXPECT_EQ(row->channel.followers, 45000);
}
