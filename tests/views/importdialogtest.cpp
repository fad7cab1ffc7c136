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
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QFile>
#include <QProgressDialog>
#include <QTableWidget>
#include <QTimer>

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
    dialog.setPlatform(Platform::Instagram); // nothing in the file says it
    const ImportReport report = dialog.runImport();
    ASSERT_EQ(report.imported, 1) << dialog.reportText().toStdString();
    m_window.store()->changed(); // as the window does after the dialog
    QApplication::processEvents();
    const CandidateRow *row = m_window.panel()->model()->rowAt(0);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->name, QStringLiteral("Dewi"));
    EXPECT_EQ(row->channel.followers, 45000);
}

namespace {

QString corpus(const QString &name)
{
    return QDir(QStringLiteral(PLANNER_TEST_DATA_DIR "/import")).filePath(name);
}

} // namespace

TEST_F(ImportDialogTest, AFileThatDoesNotSayItsPlatformAsksForIt)
{
    ImportDialog dialog(m_window.store()->databasePath(), corpus(QStringLiteral("instagram-top-channel-info.csv")), &m_window);
    QPushButton *importButton = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(dialog.preview().platformStated);
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_EQ(dialog.platformBox()->currentIndex(), 0);
    EXPECT_EQ(dialog.dryRun().imported, 0); // no dry run before the platform is known
    dialog.setPlatform(Platform::Instagram);
    EXPECT_TRUE(importButton->isEnabled());
    EXPECT_EQ(dialog.dryRun().imported, 4);
    EXPECT_EQ(m_window.store()->candidateCount(), 0); // the dry run wrote nothing
    // "N/A" cells are marked: the rate and the country of the fourth row.
    EXPECT_FALSE(dialog.cellProblem(3, 7).isEmpty());
    EXPECT_TRUE(dialog.cellProblem(3, 7).contains(QStringLiteral("N/A")));
    EXPECT_FALSE(dialog.table()->item(4, 7)->toolTip().isEmpty());
    EXPECT_TRUE(dialog.cellProblem(0, 7).isEmpty());
    const ImportReport report = dialog.runImport();
    EXPECT_EQ(report.imported, 4);
    EXPECT_EQ(m_window.store()->candidateCount(), 4);
}

TEST_F(ImportDialogTest, DryRunCountsMarkedCellsAndASavedReport)
{
    ImportDialog dialog(m_window.store()->databasePath(), corpus(QStringLiteral("analytics-engagement-counts.csv")), &m_window);
    EXPECT_TRUE(dialog.preview().platformStated); // the profile links say Instagram
    EXPECT_EQ(dialog.dryRun().imported, 5);
    EXPECT_EQ(dialog.dryRun().rejected, 0);
    EXPECT_EQ(dialog.dryRun().warningCount, 5);
    // Row 3 (NULL followers) goes in with its follower count unknown; row 4's engagement
    // "<span>29%</span>" is left empty.
    EXPECT_TRUE(dialog.cellProblem(2, 5).contains(QStringLiteral("NULL"))) << dialog.cellProblem(2, 5).toStdString();
    EXPECT_FALSE(dialog.cellProblem(3, 8).isEmpty());
    EXPECT_TRUE(dialog.cellProblem(3, 8).contains(QStringLiteral("span"))) << dialog.cellProblem(3, 8).toStdString();
    const ImportReport report = dialog.runImport();
    EXPECT_EQ(report.imported, 5);
    const QString text = dialog.reportText();
    EXPECT_TRUE(text.contains(QStringLiteral("span"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Engagement avg"))) << text.toStdString(); // counts made rates
    const QString saved = filePath(QStringLiteral("report.csv"));
    Error error;
    ASSERT_TRUE(dialog.saveReport(saved, &error)) << error.text().toStdString();
    QFile file(saved);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_EQ(csv.count(QLatin1Char('\n')), 6) << csv.toStdString(); // a header, five warnings
    EXPECT_TRUE(csv.contains(QStringLiteral("analytics-engagement-counts.csv"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("value left empty"))) << csv.toStdString();
}

// The dry run reads the whole file on a thread of its own behind a progress dialog with
// Cancel, as the import does: cancelled, it says the counts are unknown and nothing is stored.
TEST_F(ImportDialogTest, TheDryRunRunsInTheBackgroundAndCanBeCancelled)
{
    QByteArray bytes = "name,handle,platform,followers\n";
    for (int i = 0; i < 200000; ++i)
        bytes += "Person " + QByteArray::number(i) + ",@p" + QByteArray::number(i) + ",tiktok,"
            + QByteArray::number(1000 + i) + "\n";
    const QString path = writeCsv(QStringLiteral("big.csv"), bytes);
    ImportDialog dialog(m_window.store()->databasePath(), path, &m_window);
    EXPECT_FALSE(dialog.dryRun().cancelled);
    EXPECT_EQ(dialog.dryRun().imported, 200000); // the whole file, read on the worker thread
    const auto *counts = dialog.findChild<QLabel *>(QStringLiteral("importCounts"));
    ASSERT_TRUE(counts);
    EXPECT_TRUE(counts->text().contains(QLocale().toString(200000))) << counts->text().toStdString();

    // Cancel as the marketer would: the first events the waiting dialog handles press it.
    bool pressed = false;
    QTimer::singleShot(0, &dialog, [&] {
        for (QProgressDialog *progress : dialog.findChildren<QProgressDialog *>()) {
            progress->cancel();
            pressed = true;
        }
    });
    dialog.setDuplicatePolicy(DuplicatePolicy::Update); // a changed choice checks the file again
    EXPECT_TRUE(pressed);
    EXPECT_TRUE(dialog.dryRun().cancelled);
    EXPECT_EQ(dialog.dryRun().imported, 0);
    EXPECT_TRUE(counts->text().contains(QStringLiteral("cancelled"))) << counts->text().toStdString();
    EXPECT_EQ(m_window.store()->candidateCount(), 0);
}
