// Campaign > Media Plan Report… on a real file: the report is written in the language
// asked for while the window speaks another, and the window's language is back afterwards.
#include "campaignpanel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "reportactions.h"
#include "testsupport.h"

#include <QAction>
#include <QFile>
#include <QProcess>

using namespace planner;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

class ReportActionsTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("fa")));
        m_window = std::make_unique<MainWindow>(&m_languages);
        Error error;
        ASSERT_TRUE(m_window->openFile(filePath(QStringLiteral("plan.sqlite")), true, &error))
            << error.text().toStdString();
        ASSERT_TRUE(m_window->loadDemo(&error)) << error.text().toStdString();
    }
    void TearDown() override
    {
        m_window.reset();
        m_languages.setLanguage(QStringLiteral("en"));
    }

    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(ReportActionsTest, AnEnglishReportFromAPersianWindowLeavesTheWindowPersian)
{
    ReportActions *reports = m_window->reportActions();
    ASSERT_TRUE(m_window->campaignPanel()->currentCampaign().has_value());
    EXPECT_TRUE(reports->reportAction()->isEnabled());
    const QString persianTitle = reports->reportAction()->text();
    EXPECT_NE(persianTitle, QStringLiteral("Media Plan &Report…"));

    const QString path = filePath(QStringLiteral("plan.pdf"));
    Error error;
    ASSERT_TRUE(reports->writeReport(QStringLiteral("en"), path, &error)) << error.text().toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Media plan"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Assumptions and their sources")));
    EXPECT_TRUE(text.contains(m_window->campaignPanel()->currentCampaign()->name));

    // The window's translator and locale are back.
    EXPECT_EQ(QCoreApplication::translate("planner::ReportActions", "Media Plan &Report…"), persianTitle);
    EXPECT_EQ(QLocale().language(), QLocale::Persian);
}

TEST_F(ReportActionsTest, AReportThatCannotBeWrittenSaysWhereAndLeavesNoFile)
{
    const QString path = filePath(QStringLiteral("missing-folder/plan.pdf"));
    Error error;
    EXPECT_FALSE(m_window->reportActions()->writeReport(QStringLiteral("fa"), path, &error));
    EXPECT_TRUE(error.text().contains(path)) << error.text().toStdString();
    EXPECT_FALSE(QFile::exists(path));
}
