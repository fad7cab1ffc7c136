// Every language loads and switches live: texts change and Persian turns the layout right to left.
#include "candidatepanel.h"
#include "candidatetablemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>

using namespace planner;

namespace {

struct Texts
{
    QString title, fileMenu, nameHeader, followersHeader, status;
};

Texts textsOf(MainWindow &window)
{
    QCoreApplication::processEvents(); // LanguageChange events are posted
    const CandidateTableModel *model = window.panel()->model();
    return {window.windowTitle(), window.menuBar()->actions().at(0)->text(),
            model->headerData(CandidateTableModel::NameColumn, Qt::Horizontal).toString(),
            model->headerData(CandidateTableModel::FollowersColumn, Qt::Horizontal).toString(),
            window.panel()->countsText()};
}

class LanguageSwitchTest : public test::TempDirTest
{
protected:
    void TearDown() override { m_languages.setLanguage(QStringLiteral("en")); }
    LanguageManager m_languages;
};

} // namespace

TEST_F(LanguageSwitchTest, EachLanguageTranslatesTheWindowLiveAndSetsDirection)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&m_languages);
    Error error;
    ASSERT_TRUE(window.openFile(filePath(QStringLiteral("i18n.sqlite")), true, &error));
    ASSERT_TRUE(window.loadDemo(&error));
    const Texts english = textsOf(window);
    EXPECT_EQ(english.nameHeader, QStringLiteral("Name"));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);

    for (const QString code : {QStringLiteral("vi"), QStringLiteral("id"), QStringLiteral("fa")}) {
        SCOPED_TRACE(code.toStdString());
        ASSERT_TRUE(m_languages.setLanguage(code));
        const Texts translated = textsOf(window);
        EXPECT_NE(translated.title, english.title);
        EXPECT_NE(translated.fileMenu, english.fileMenu);
        EXPECT_NE(translated.nameHeader, english.nameHeader);
        EXPECT_NE(translated.followersHeader, english.followersHeader);
        EXPECT_NE(translated.status, english.status);
        EXPECT_EQ(QLocale().name().left(2), code);
        const Qt::LayoutDirection expected = code == QLatin1String("fa") ? Qt::RightToLeft : Qt::LeftToRight;
        EXPECT_EQ(QApplication::layoutDirection(), expected);
        EXPECT_EQ(window.layoutDirection(), expected);
    }
    // Persian counts are written in Persian digits.
    const QString status = textsOf(window).status;
    EXPECT_TRUE(status.contains(QChar(0x06F6)) || status.contains(QChar(0x06F5))) << status.toStdString();

    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    const Texts back = textsOf(window);
    EXPECT_EQ(back.title, english.title);
    EXPECT_EQ(back.nameHeader, english.nameHeader);
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
}

TEST_F(LanguageSwitchTest, LanguageMenuListsEachLanguageInItsOwnName)
{
    MainWindow window(&m_languages);
    QStringList names;
    for (QAction *action : window.languageMenu()->actions())
        names << action->text();
    EXPECT_EQ(names, (QStringList{QStringLiteral("English"), QStringLiteral("Tiếng Việt"),
                                  QStringLiteral("Bahasa Indonesia"), QStringLiteral("فارسی")}));
}

TEST_F(LanguageSwitchTest, UnknownLanguageIsRefusedAndChoiceIsRemembered)
{
    EXPECT_FALSE(m_languages.setLanguage(QStringLiteral("xx")));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("vi")));
    EXPECT_EQ(LanguageManager::initialLanguage(), QStringLiteral("vi"));
}
