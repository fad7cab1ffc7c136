// Every language loads and switches live: window title, every menu, table headers, chart
// titles and Qt's own buttons and context menus change, Persian turns the layout right to
// left, numbers and dates follow the language, and the first start picks the system's language.
#include "storage/campaignfile.h"
#include "aboutdialog.h"
#include "assumptionsdialog.h"
#include "campaigneditordialog.h"
#include "campaignpanel.h"
#include "candidatepanel.h"
#include "itemmodels/candidatetablemodel.h"
#include "charts/chartspanel.h"
#include "charts/shortlistchart.h"
#include "storage/exchangeratestore.h"
#include "languagemanager.h"
#include "text/localformat.h"
#include "helpactions.h"
#include "mainwindow.h"
#include "itemmodels/shortlisttablemodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <memory>

using namespace planner;

namespace {

struct Texts
{
    QString title;
    QStringList menus;
    QString nameHeader, followersHeader, shortlistHeader, chartTitle, status;
    QString cancelButton;       // Qt's standard button
    QStringList lineEditMenu;   // Qt's context menu of a text field
};

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

Texts textsOf(MainWindow &window)
{
    QCoreApplication::processEvents(); // LanguageChange events are posted
    const CandidateTableModel *model = window.panel()->model();
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList menuTexts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            menuTexts << action->text().section(QLatin1Char('\t'), 0, 0); // without the shortcut
    }
    return {window.windowTitle(),
            menuTitles(window),
            model->headerData(CandidateTableModel::NameColumn, Qt::Horizontal).toString(),
            model->headerData(CandidateTableModel::FollowersColumn, Qt::Horizontal).toString(),
            window.campaignPanel()->model()->headerData(ShortlistTableModel::CostColumn, Qt::Horizontal).toString(),
            window.chartsPanel()->shortlistChart()->title(),
            window.panel()->countsText(),
            buttons.button(QDialogButtonBox::Cancel)->text(),
            menuTexts};
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
    window.show();
    const Texts english = textsOf(window);
    EXPECT_EQ(english.nameHeader, QStringLiteral("Name"));
    EXPECT_EQ(english.cancelButton, QStringLiteral("Cancel"));
    EXPECT_TRUE(english.lineEditMenu.contains(QStringLiteral("&Copy")));
    EXPECT_FALSE(english.chartTitle.isEmpty());
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);

    for (const QString code : {QStringLiteral("vi"), QStringLiteral("id"), QStringLiteral("fa")}) {
        SCOPED_TRACE(code.toStdString());
        ASSERT_TRUE(m_languages.setLanguage(code));
        const Texts translated = textsOf(window);
        EXPECT_NE(translated.title, english.title);
        ASSERT_EQ(translated.menus.size(), english.menus.size());
        for (int i = 0; i < english.menus.size(); ++i)
            EXPECT_NE(translated.menus.at(i), english.menus.at(i)) << english.menus.at(i).toStdString();
        EXPECT_NE(translated.nameHeader, english.nameHeader);
        EXPECT_NE(translated.followersHeader, english.followersHeader);
        EXPECT_NE(translated.shortlistHeader, english.shortlistHeader);
        EXPECT_NE(translated.chartTitle, english.chartTitle);
        EXPECT_FALSE(translated.chartTitle.isEmpty());
        EXPECT_NE(translated.status, english.status);
        // Qt's own strings: from qtbase_fa, and from the program's files for vi and id.
        EXPECT_NE(translated.cancelButton, english.cancelButton);
        ASSERT_EQ(translated.lineEditMenu.size(), english.lineEditMenu.size());
        for (int i = 0; i < english.lineEditMenu.size(); ++i)
            EXPECT_NE(translated.lineEditMenu.at(i), english.lineEditMenu.at(i));
        EXPECT_EQ(QLocale().name().left(2), code);
        const Qt::LayoutDirection expected = code == QLatin1String("fa") ? Qt::RightToLeft : Qt::LeftToRight;
        EXPECT_EQ(QApplication::layoutDirection(), expected);
        EXPECT_EQ(window.layoutDirection(), expected);
        EXPECT_EQ(window.menuBar()->layoutDirection(), expected);
        EXPECT_EQ(window.chartsPanel()->layoutDirection(), expected);
    }
    // Persian counts are written in Persian digits.
    const QString status = textsOf(window).status;
    EXPECT_TRUE(status.contains(QChar(0x06F6)) || status.contains(QChar(0x06F5))) << status.toStdString();

    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    const Texts back = textsOf(window);
    EXPECT_EQ(back.title, english.title);
    EXPECT_EQ(back.menus, english.menus);
    EXPECT_EQ(back.nameHeader, english.nameHeader);
    EXPECT_EQ(back.chartTitle, english.chartTitle);
    EXPECT_EQ(back.cancelButton, english.cancelButton);
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
}

TEST_F(LanguageSwitchTest, CompactCountsAndMoneyAsEachLanguageSaysThem)
{
    const struct
    {
        const char *code, *count, *percent, *compactMoney;
    } expected[] = {
        {"en", "1.2M", "12.5%", "₫\u00a01.2M"},
        {"vi", "1,2 triệu", "12,5%", "1,2 triệu\u00a0₫"},
        {"id", "1,2 jt", "12,5%", "Rp\u00a01,2 jt"},
        // Persian writes the unit after the number, read from the right: ۱٫۲ میلیون ₫.
        {"fa", "۱٫۲ میلیون", "۱۲٫۵٪", "۱٫۲ میلیون\u00a0₫"},
    };
    for (const auto &language : expected) {
        SCOPED_TRACE(language.code);
        ASSERT_TRUE(m_languages.setLanguage(QLatin1String(language.code)));
        EXPECT_EQ(LocalFormat::compact(1234567), QString::fromUtf8(language.count));
        EXPECT_EQ(LocalFormat::percent(12.5), QString::fromUtf8(language.percent));
        const QString currency = QLatin1String(language.code) == QLatin1String("id") ? QStringLiteral("IDR")
                                                                                    : QStringLiteral("VND");
        EXPECT_EQ(LocalFormat::compactMoney(1234567, currency), QString::fromUtf8(language.compactMoney));
    }
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("fa")));
    EXPECT_EQ(LocalFormat::money(Money(25000000, QStringLiteral("IRR"))), QStringLiteral("۲۵٬۰۰۰٬۰۰۰\u00a0ریال"));
}

TEST_F(LanguageSwitchTest, PersianCampaignDatesAreSolarHijriInTheEditorAndTheSummary)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("fa")));
    MainWindow window(&m_languages);
    Error error;
    ASSERT_TRUE(window.openFile(filePath(QStringLiteral("dates.sqlite")), true, &error));
    Campaign campaign;
    campaign.name = QStringLiteral("کمپین نوروز");
    campaign.budget = Money(5000000000, QStringLiteral("IRR"));
    campaign.startDate = QDate(2026, 3, 21);
    campaign.endDate = QDate(2026, 4, 20);
    ASSERT_TRUE(window.campaignPanel()->createCampaign(campaign));
    QCoreApplication::processEvents();
    const QString summary = window.campaignPanel()->summaryText();
    EXPECT_TRUE(summary.contains(QStringLiteral("۱ فروردین ۱۴۰۵"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("۳۱ فروردین ۱۴۰۵"))) << summary.toStdString();

    CampaignEditorDialog dialog({QStringLiteral("IRR")});
    dialog.setCampaign(*window.campaignPanel()->currentCampaign());
    const QList<QDateEdit *> dates = dialog.findChildren<QDateEdit *>();
    ASSERT_EQ(dates.size(), 2);
    EXPECT_EQ(dates.at(0)->calendar().name(), QStringLiteral("Jalali"));
    EXPECT_EQ(dates.at(0)->date(), QDate(2026, 3, 21));
    // Qt lays a right-to-left date edit's sections out itself; the screenshots show it reads
    // ۱ فروردین ۱۴۰۵ from the right. Here: Persian digits and the Persian month's name.
    EXPECT_TRUE(dates.at(0)->text().contains(QStringLiteral("فروردین"))) << dates.at(0)->text().toStdString();
    EXPECT_TRUE(dates.at(0)->text().contains(QStringLiteral("۱۴۰۵"))) << dates.at(0)->text().toStdString();
    // The day stored is the Gregorian one the user picked in the Persian calendar.
    dates.at(1)->setDate(QDate(1405, 2, 10, LocalFormat::calendar()));
    dialog.accept();
    EXPECT_EQ(dialog.campaign().endDate, QDate(2026, 4, 30));

    // Switching live back to English turns both to the Gregorian calendar.
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_TRUE(window.campaignPanel()->summaryText().contains(QStringLiteral("March 21, 2026")))
        << window.campaignPanel()->summaryText().toStdString();
    CampaignEditorDialog english({QStringLiteral("IRR")});
    english.setCampaign(*window.campaignPanel()->currentCampaign());
    EXPECT_EQ(english.findChildren<QDateEdit *>().at(0)->text(), QStringLiteral("March 21, 2026"));
}

TEST_F(LanguageSwitchTest, ExchangeRateDaysFollowTheLanguagesCalendarLive)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&m_languages);
    Error error;
    ASSERT_TRUE(window.openFile(filePath(QStringLiteral("rates.sqlite")), true, &error));
    ASSERT_TRUE(window.file()->rates().setRate(QStringLiteral("IRR"), 1050000, &error)) << error.text().toStdString();
    AssumptionsDialog dialog(&window.file()->assumptions(), &window.file()->rates());
    QTableWidget *rates = nullptr;
    for (QTableWidget *table : dialog.findChildren<QTableWidget *>())
        rates = table->columnCount() == 3 ? table : rates;
    ASSERT_TRUE(rates);
    const auto dayOfIrr = [rates] {
        for (int row = 0; row < rates->rowCount(); ++row) {
            if (rates->item(row, 0)->text() == QLatin1String("IRR"))
                return rates->item(row, 2)->text();
        }
        return QString();
    };
    const QDate today = QDate::currentDate();
    EXPECT_EQ(dayOfIrr(), QLocale(QLocale::English, QLocale::UnitedStates).toString(today, QStringLiteral("MMMM d, yyyy")));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("fa")));
    QCoreApplication::processEvents();
    const QCalendar jalali(QCalendar::System::Jalali);
    const QCalendar::YearMonthDay persianDay = jalali.partsFromDate(today);
    const QString expected = QLocale(QLocale::Persian, QLocale::Iran)
                                 .toString(persianDay.day) + QLatin1Char(' ')
                             + jalali.monthName(QLocale(QLocale::Persian, QLocale::Iran), persianDay.month, persianDay.year)
                             + QLatin1Char(' ') + QLocale(QLocale::Persian, QLocale::Iran).toString(persianDay.year).remove(QChar(0x066C));
    EXPECT_EQ(dayOfIrr(), expected);
    EXPECT_TRUE(dayOfIrr().contains(QStringLiteral("۱۴۰"))) << dayOfIrr().toStdString(); // years 1400-1409
}

TEST_F(LanguageSwitchTest, SeededAssumptionSourcesReadInEachLanguage)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&m_languages);
    Error error;
    ASSERT_TRUE(window.openFile(filePath(QStringLiteral("sources.sqlite")), true, &error));
    AssumptionsDialog dialog(&window.file()->assumptions(), &window.file()->rates());
    QTableWidget *figures = dialog.assumptionTable();
    ASSERT_TRUE(figures);
    const auto sources = [figures] {
        QStringList texts;
        for (int row = 0; row < figures->rowCount(); ++row)
            texts << figures->item(row, 4)->text();
        return texts;
    };
    const QStringList english = sources();
    ASSERT_GT(english.size(), 30);
    for (const QString code : {QStringLiteral("vi"), QStringLiteral("id"), QStringLiteral("fa")}) {
        SCOPED_TRACE(code.toStdString());
        ASSERT_TRUE(m_languages.setLanguage(code));
        QCoreApplication::processEvents();
        const QStringList translated = sources();
        ASSERT_EQ(translated.size(), english.size());
        for (int i = 0; i < english.size(); ++i)
            EXPECT_NE(translated.at(i), english.at(i)) << english.at(i).toStdString();
    }
}

TEST_F(LanguageSwitchTest, TomanChoiceRedrawsRialAmountsAtOnceAndIsRemembered)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("fa")));
    auto window = std::make_unique<MainWindow>(&m_languages);
    Error error;
    ASSERT_TRUE(window->openFile(filePath(QStringLiteral("toman.sqlite")), true, &error));
    Campaign campaign;
    campaign.name = QStringLiteral("کمپین یلدا");
    campaign.budget = Money(5000000000, QStringLiteral("IRR"));
    ASSERT_TRUE(window->campaignPanel()->createCampaign(campaign));
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->campaignPanel()->summaryText().contains(QStringLiteral("۵٬۰۰۰٬۰۰۰٬۰۰۰\u00a0ریال")))
        << window->campaignPanel()->summaryText().toStdString();
    EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("tomanAction"))->isChecked());
    EXPECT_TRUE(window->findChild<QMenu *>(QStringLiteral("viewMenu"))->actions().contains(window->findChild<QAction *>(QStringLiteral("tomanAction"))));

    window->findChild<QAction *>(QStringLiteral("tomanAction"))->trigger();
    QCoreApplication::processEvents();
    const QString summary = window->campaignPanel()->summaryText();
    EXPECT_TRUE(summary.contains(QStringLiteral("۵۰۰٬۰۰۰٬۰۰۰\u00a0تومان"))) << summary.toStdString();
    // Stored amounts stay in rial.
    EXPECT_EQ(window->campaignPanel()->currentCampaign()->budget, Money(5000000000, QStringLiteral("IRR")));

    // A new window (the next start) remembers the choice.
    window.reset();
    LocalFormat::setTomanShown(false);
    MainWindow next(&m_languages);
    EXPECT_TRUE(next.findChild<QAction *>(QStringLiteral("tomanAction"))->isChecked());
    EXPECT_TRUE(LocalFormat::tomanShown());
    next.findChild<QAction *>(QStringLiteral("tomanAction"))->trigger();
    EXPECT_FALSE(LocalFormat::tomanShown());
}

TEST_F(LanguageSwitchTest, LanguageMenuListsEachLanguageInItsOwnName)
{
    MainWindow window(&m_languages);
    QStringList names;
    for (QAction *action : window.findChild<QMenu *>(QStringLiteral("languageMenu"))->actions())
        names << action->text();
    EXPECT_EQ(names, (QStringList{QStringLiteral("English"), QStringLiteral("Tiếng Việt"),
                                  QStringLiteral("Bahasa Indonesia"), QStringLiteral("فارسی")}));
    // The names stay in their own languages whatever the interface speaks.
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("fa")));
    QCoreApplication::processEvents();
    QStringList inPersian;
    for (QAction *action : window.findChild<QMenu *>(QStringLiteral("languageMenu"))->actions())
        inPersian << action->text();
    EXPECT_EQ(inPersian, names);
}

TEST_F(LanguageSwitchTest, FirstStartPicksTheFirstSystemLanguageWeSpeak)
{
    EXPECT_EQ(LanguageManager::pickLanguage(QString(), {QStringLiteral("fa-IR"), QStringLiteral("en-US")}),
              QStringLiteral("fa"));
    EXPECT_EQ(LanguageManager::pickLanguage(QString(), {QStringLiteral("de-DE"), QStringLiteral("vi-VN")}),
              QStringLiteral("vi"));
    EXPECT_EQ(LanguageManager::pickLanguage(QString(), {QStringLiteral("id")}), QStringLiteral("id"));
    EXPECT_EQ(LanguageManager::pickLanguage(QString(), {QStringLiteral("de-DE"), QStringLiteral("fr")}),
              QStringLiteral("en"));
    EXPECT_EQ(LanguageManager::pickLanguage(QString(), {}), QStringLiteral("en"));
    // A language chosen in the menu wins over the system's.
    EXPECT_EQ(LanguageManager::pickLanguage(QStringLiteral("id"), {QStringLiteral("fa-IR")}), QStringLiteral("id"));
    EXPECT_EQ(LanguageManager::pickLanguage(QStringLiteral("xx"), {QStringLiteral("fa-IR")}), QStringLiteral("fa"));
}

TEST_F(LanguageSwitchTest, UnknownLanguageIsRefusedAndChoiceIsRemembered)
{
    EXPECT_FALSE(m_languages.setLanguage(QStringLiteral("xx")));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("vi")));
    EXPECT_EQ(LanguageManager::initialLanguage(), QStringLiteral("vi"));
}

// Help > About in Persian, with the version in Persian digits, read from the .qm files on
// disk as an installed program reads them (scripts/check-package.sh checks the installed copy).
TEST_F(LanguageSwitchTest, AboutSpeaksPersianWithPersianDigitsFromTheQmFilesOnDisk)
{
    const QString folder = LanguageManager::translationsFolder();
    EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("campaign-planner_fa.qm"))))
        << folder.toStdString();
    MainWindow window(&m_languages);
    window.helpActions()->showAbout();
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("fa")));
    QCoreApplication::processEvents(); // LanguageChange events are posted
    const AboutDialog *about = window.helpActions()->about();
    EXPECT_EQ(about->windowTitle(), QStringLiteral("درباره Campaign Planner"));
    const QLocale persian(QStringLiteral("fa"));
    QStringList parts = QStringLiteral(PLANNER_PROJECT_VERSION).split(QLatin1Char('.'));
    for (QString &part : parts)
        part = persian.toString(part.toInt());
    QString text;
    for (const QLabel *label : about->findChildren<QLabel *>())
        text += label->text();
    EXPECT_TRUE(text.contains(parts.join(QLatin1Char('.')))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1String("Version")));
    EXPECT_FALSE(text.contains(QLatin1String("published figures")));
    EXPECT_TRUE(text.contains(QLatin1String("Minter.io")));
}
