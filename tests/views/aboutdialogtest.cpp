// The program's identity: the window and its dialogs carry the program's own icon, and
// Help > About names the version, the licence and the sources of the default assumptions,
// in the interface's language (Persian digits in Persian). The translations are read from
// .qm files on disk, as an installed program reads them.
#include "aboutdialog.h"
#include "applicationicon.h"
#include "helpactions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>

using namespace planner;

namespace {

QString shownText(const QDialog &dialog)
{
    QString text;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        text += label->text() + QLatin1Char('\n');
    return text;
}

class AboutDialogTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Error error;
        ASSERT_TRUE(m_window.openFile(filePath(QStringLiteral("about.sqlite")), true, &error));
    }
    void TearDown() override { m_languages.setLanguage(QStringLiteral("en")); }

    LanguageManager m_languages;
    MainWindow m_window{&m_languages};
};

} // namespace

TEST_F(AboutDialogTest, WindowAndDialogsCarryTheProgramsIconAtEverySize)
{
    const QList<QSize> sizes = m_window.windowIcon().availableSizes();
    for (int size : ApplicationIcon::sizes())
        EXPECT_TRUE(sizes.contains(QSize(size, size))) << size;
    // Drawn, not empty: the 48 px picture has opaque pixels in its middle.
    const QImage picture = m_window.windowIcon().pixmap(48, 48).toImage();
    ASSERT_EQ(picture.size(), QSize(48, 48));
    EXPECT_EQ(qAlpha(picture.pixel(24, 24)), 255);

    m_window.helpActions()->aboutAction()->trigger();
    AboutDialog *about = m_window.helpActions()->about();
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    EXPECT_EQ(about->windowIcon().cacheKey(), m_window.windowIcon().cacheKey());
    about->close();
}

TEST_F(AboutDialogTest, AboutShowsVersionLicenceAndTheSourcesOfTheAssumptions)
{
    EXPECT_TRUE(m_window.helpMenu()->actions().contains(m_window.helpActions()->aboutAction()));
    m_window.helpActions()->showAbout();
    const AboutDialog *about = m_window.helpActions()->about();
    ASSERT_NE(about, nullptr);
    const QString text = shownText(*about);
    EXPECT_TRUE(text.contains(QStringLiteral("Version " PLANNER_PROJECT_VERSION))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("GPL-3.0-or-later")));
    EXPECT_TRUE(text.contains(QLatin1String("GNU General Public License")));
    for (const char *source : {"Minter.io", "Influencer Marketing Hub", "Untapper", "HypeAuditor",
                               "Modash", "Upfluence", "CreatorIQ", "Stellar"})
        EXPECT_TRUE(text.contains(QLatin1String(source))) << source;
    EXPECT_EQ(about->windowTitle(), QStringLiteral("About Campaign Planner"));
}

TEST_F(AboutDialogTest, AboutSpeaksPersianWithPersianDigitsFromTheQmFilesOnDisk)
{
    const QString folder = LanguageManager::translationsFolder();
    EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("campaign-planner_fa.qm")))) << folder.toStdString();

    m_window.helpActions()->showAbout();
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("fa")));
    QCoreApplication::processEvents(); // LanguageChange events are posted
    const AboutDialog *about = m_window.helpActions()->about();
    EXPECT_EQ(about->windowTitle(), QStringLiteral("درباره Campaign Planner"));
    const QLocale persian(QStringLiteral("fa"));
    QStringList parts = QStringLiteral(PLANNER_PROJECT_VERSION).split(QLatin1Char('.'));
    for (QString &part : parts)
        part = persian.toString(part.toInt());
    const QString text = shownText(*about);
    EXPECT_TRUE(text.contains(parts.join(QLatin1Char('.')))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1String("Version")));
    EXPECT_FALSE(text.contains(QLatin1String("published figures")));
    EXPECT_TRUE(text.contains(QLatin1String("Minter.io")));
}
