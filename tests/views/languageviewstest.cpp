// Languages in the window, on a real file and real widgets: the language filter of "More
// filters" (names in the interface's language, unknown languages left out and counted), the
// channel editor's languages and the campaign's target languages.
#include "campaigneditordialog.h"
#include "candidatefilterbar.h"
#include "candidatepanel.h"
#include "channeltableeditor.h"
#include "itemmodels/candidatetablemodel.h"
#include "languagepicker.h"
#include "mainwindow.h"
#include "rangefilterrow.h"
#include "testsupport.h"
#include "unknowncountwait.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <memory>

using namespace planner;

namespace {

Candidate candidate(const QString &name, const QStringList &languages)
{
    Candidate result;
    result.name = name;
    result.kind = CandidateKind::Creator;
    Channel channel;
    channel.platform = Platform::TikTok;
    channel.handle = QStringLiteral("@") + name.toLower();
    channel.followers = 20000;
    channel.languages = languages;
    result.channels << channel;
    return result;
}

// Ticks or unticks the picker's language code, as a click in its menu does.
void tick(LanguagePicker *picker, const QString &code, bool on)
{
    for (QAction *action : picker->languageMenu()->actions()) {
        if (action->data().toString() == code) {
            action->setChecked(on);
            return;
        }
    }
    ADD_FAILURE() << "no " << code.toStdString() << " in the menu";
}

class LanguageViewsTest : public test::TempDirTest
{
protected:
    void TearDown() override
    {
        m_window.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void open(const QLocale &locale)
    {
        QLocale::setDefault(locale);
        m_window = std::make_unique<MainWindow>(nullptr);
        Error error;
        ASSERT_TRUE(m_window->openFile(filePath(QStringLiteral("plan.sqlite")), true, &error))
            << error.text().toStdString();
        for (const Candidate &c : {candidate(QStringLiteral("Lan"), {QStringLiteral("vi")}),
                                   candidate(QStringLiteral("Sara"), {QStringLiteral("fa"), QStringLiteral("en")}),
                                   candidate(QStringLiteral("John"), {QStringLiteral("en")}),
                                   candidate(QStringLiteral("Nobody"), {})})
            ASSERT_TRUE(m_window->addCandidateFromEditor(c));
    }

    RangeFilterRow *row() const { return m_window->panel()->filterBar()->rangeRow(); }
    QStringList names() const
    {
        CandidateTableModel *model = m_window->panel()->model();
        QStringList result;
        for (int i = 0; i < model->rowCount(); ++i)
            result << model->rowAt(i)->name;
        result.sort();
        return result;
    }

    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(LanguageViewsTest, TheLanguageFilterKeepsAnyTickedLanguageAndCountsTheUnknown)
{
    open(QLocale(QLocale::Persian, QLocale::Iran));
    m_window->panel()->filterBar()->moreFiltersButton()->setChecked(true); // the row, as the marketer opens it
    LanguagePicker *picker = row()->languagePicker();
    tick(picker, QStringLiteral("fa"), true);
    EXPECT_EQ(names(), test::texts({"Sara"}));
    // The language by its Persian name, and the unknown one said in Persian digits.
    EXPECT_EQ(picker->text(), QString::fromUtf8("فارسی"));
    // Counted by the panel's background counter, said in Persian digits.
    EXPECT_TRUE(test::unknownLabelShows(row(), m_window.get(), QStringLiteral("۱")));
    tick(picker, QStringLiteral("vi"), true);
    EXPECT_EQ(names(), test::texts({"Lan", "Sara"}));
    EXPECT_EQ(picker->text(), QString::fromUtf8("ویتنامی و فارسی"));
    row()->clearButton()->click();
    EXPECT_TRUE(picker->codes().isEmpty());
    EXPECT_EQ(names().size(), 4);
}

TEST_F(LanguageViewsTest, TheChannelEditorKeepsAndChangesLanguages)
{
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    ChannelTableEditor editor;
    editor.setChannels(candidate(QStringLiteral("Lan"), {QStringLiteral("vi")}).channels
                       + candidate(QStringLiteral("Nobody"), {}).channels);
    Error error;
    QList<Channel> channels = editor.channels(&error);
    ASSERT_EQ(channels.size(), 2);
    EXPECT_EQ(channels.at(0).languages, QStringList{QStringLiteral("vi")});
    EXPECT_TRUE(channels.at(1).languages.isEmpty());
    auto *picker = qobject_cast<LanguagePicker *>(
        editor.table()->cellWidget(0, ChannelTableEditor::LanguagesColumn));
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->text(), QString::fromUtf8("Tiếng Việt"));
    tick(picker, QStringLiteral("en"), true);
    EXPECT_EQ(editor.channels(&error).at(0).languages, (QStringList{QStringLiteral("vi"), QStringLiteral("en")}));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_F(LanguageViewsTest, TheCampaignSettingsEditTheTargetLanguages)
{
    CampaignEditorDialog dialog({});
    Campaign campaign;
    campaign.id = 7;
    campaign.name = QStringLiteral("Nowruz");
    campaign.budget = Money(4000000000, QStringLiteral("IRR"));
    campaign.languages = {QStringLiteral("fa")};
    dialog.setCampaign(campaign);
    auto *picker = dialog.findChild<LanguagePicker *>();
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->codes(), QStringList{QStringLiteral("fa")});
    tick(picker, QStringLiteral("fa"), false);
    EXPECT_EQ(picker->text(), QStringLiteral("Any language"));
    tick(picker, QStringLiteral("en"), true);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.campaign().languages, QStringList{QStringLiteral("en")});
}
