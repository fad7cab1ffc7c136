// Every dialog follows a live language switch (TranslatedDialog): opened in English, its
// title is the Vietnamese one from the .qm files once the language changes, and English
// again after switching back.
#include "aboutdialog.h"
#include "campaigneditordialog.h"
#include "candidateeditordialog.h"
#include "guidedialog.h"
#include "importdialog.h"
#include "languagemanager.h"
#include "suggestoptionsdialog.h"
#include "testsupport.h"
#include "welcomedialog.h"

#include <QCoreApplication>
#include <QFile>
#include <functional>
#include <memory>

using namespace planner;

namespace {

class DialogLanguageTest : public test::TempDirTest
{
protected:
    void TearDown() override { m_languages.setLanguage(QStringLiteral("en")); }

    // Opens the dialog in English, switches to Vietnamese and back, and checks the title
    // each time against the translation of the English title in the dialog's context.
    void expectTitleFollows(const char *context, const std::function<QDialog *()> &make)
    {
        SCOPED_TRACE(context);
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        const std::unique_ptr<QDialog> dialog(make());
        const QString english = dialog->windowTitle();
        ASSERT_FALSE(english.isEmpty());

        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("vi")));
        QCoreApplication::processEvents(); // LanguageChange events are posted
        const QString vietnamese = QCoreApplication::translate(context, english.toUtf8().constData());
        EXPECT_NE(dialog->windowTitle(), english);
        EXPECT_EQ(dialog->windowTitle(), vietnamese);

        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        EXPECT_EQ(dialog->windowTitle(), english);
    }

    LanguageManager m_languages;
};

} // namespace

TEST_F(DialogLanguageTest, EveryDialogRetitlesItselfWhenTheLanguageChanges)
{
    const QString csv = filePath(QStringLiteral("creators.csv"));
    {
        QFile file(csv); // closed at the end of the block, before the import dialog reads it
        ASSERT_TRUE(file.open(QIODevice::WriteOnly) && file.write("name,platform,followers\nLan,tiktok,12000\n") > 0);
    }
    const QString database = filePath(QStringLiteral("campaign.sqlite"));

    expectTitleFollows("planner::AboutDialog", [] { return new AboutDialog; });
    expectTitleFollows("planner::GuideDialog", [] { return new GuideDialog; });
    expectTitleFollows("planner::WelcomeDialog", [] { return new WelcomeDialog; });
    expectTitleFollows("planner::SuggestOptionsDialog", [] { return new SuggestOptionsDialog; });
    expectTitleFollows("planner::CampaignEditorDialog",
                       [] { return new CampaignEditorDialog({QStringLiteral("VND")}); });
    expectTitleFollows("planner::CandidateEditorDialog", [] { return new CandidateEditorDialog; });
    expectTitleFollows("planner::ImportDialog", [&] { return new ImportDialog(database, csv); });
}
