// Numeric fields take Latin, Persian (۰-۹) and Arabic-Indic (٠-٩) digits in every interface
// language: spin boxes, the campaign budget, channel figures and fees, rial typed as toman.
#include "campaigneditordialog.h"
#include "channeltableeditor.h"
#include "digitspinbox.h"
#include "text/localformat.h"
#include "shortlistdelegate.h"
#include "itemmodels/shortlisttablemodel.h"
#include "suggestoptionsdialog.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTest>
#include <memory>

using namespace planner;

namespace {

// Restores English after a test that switched the default locale.
class DigitInputTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        LocalFormat::setTomanShown(false);
    }
    static void useLocale(QLocale::Language language, QLocale::Territory territory)
    {
        QLocale::setDefault(QLocale(language, territory));
    }
};

// Types text into a spin box key by key, as a keyboard of that script would.
int typeInto(QSpinBox &box, const QString &text)
{
    box.selectAll();
    QTest::keyClick(&box, Qt::Key_Delete);
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, &box, Qt::Key_unknown, QString(c), Qt::NoModifier);
    box.interpretText();
    return box.value();
}

QLineEdit *budgetField(CampaignEditorDialog &dialog)
{
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->placeholderText().contains(QStringLiteral("250")) || edit->placeholderText().contains(QStringLiteral("۲۵۰")))
            return edit;
    }
    return nullptr;
}

Campaign campaignIn(const QString &currency)
{
    Campaign campaign;
    campaign.name = QStringLiteral("Tết 2026");
    campaign.budget = Money(0, currency);
    return campaign;
}

} // namespace

TEST_F(DigitInputTest, SpinBoxTakesEveryDigitFormInEnglish)
{
    useLocale(QLocale::English, QLocale::UnitedStates);
    DigitSpinBox box;
    box.setRange(0, 1000);
    box.show();
    EXPECT_EQ(typeInto(box, QStringLiteral("12")), 12);
    EXPECT_EQ(typeInto(box, QStringLiteral("۱۲۵")), 125);
    EXPECT_EQ(box.text(), QStringLiteral("125"));
    EXPECT_EQ(typeInto(box, QStringLiteral("٣٤")), 34);
    EXPECT_EQ(typeInto(box, QStringLiteral("۹x")), 9); // a letter is refused, the digit kept
}

TEST_F(DigitInputTest, SpinBoxTakesEveryDigitFormInPersianAndShowsPersianDigits)
{
    useLocale(QLocale::Persian, QLocale::Iran);
    DigitSpinBox box;
    box.setRange(0, 1000);
    box.show();
    EXPECT_EQ(typeInto(box, QStringLiteral("۴۰")), 40);
    EXPECT_EQ(typeInto(box, QStringLiteral("75")), 75);
    EXPECT_EQ(box.text(), QStringLiteral("۷۵"));
    EXPECT_EQ(typeInto(box, QStringLiteral("٢٥")), 25);
    EXPECT_EQ(box.text(), QStringLiteral("۲۵"));
}

TEST_F(DigitInputTest, EverySpinBoxOfTheDialogsTakesEveryDigitForm)
{
    useLocale(QLocale::Vietnamese, QLocale::Vietnam);
    SuggestOptionsDialog dialog;
    const QList<QSpinBox *> boxes = dialog.findChildren<QSpinBox *>();
    ASSERT_FALSE(boxes.isEmpty());
    EXPECT_EQ(dialog.findChildren<DigitSpinBox *>().size(), boxes.size());

    // The shortlist's deliverables count is edited in one too.
    ShortlistDelegate delegate;
    QStandardItemModel model(1, ShortlistTableModel::CountColumn + 1);
    QWidget parent;
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(),
                                                          model.index(0, ShortlistTableModel::CountColumn)));
    auto *count = qobject_cast<DigitSpinBox *>(editor.get());
    ASSERT_TRUE(count);
    count->show();
    EXPECT_EQ(typeInto(*count, QStringLiteral("۳")), 3);
}

TEST_F(DigitInputTest, CampaignBudgetTakesEveryDigitForm)
{
    const struct
    {
        QLocale::Language language;
        QLocale::Territory territory;
        const char *typed;
    } cases[] = {
        {QLocale::English, QLocale::UnitedStates, "250,000,000"},
        {QLocale::English, QLocale::UnitedStates, "۲۵۰٬۰۰۰٬۰۰۰"},
        {QLocale::English, QLocale::UnitedStates, "٢٥٠٠٠٠٠٠٠"},
        {QLocale::Vietnamese, QLocale::Vietnam, "250.000.000"},
        {QLocale::Vietnamese, QLocale::Vietnam, "۲۵۰۰۰۰۰۰۰"},
        {QLocale::Indonesian, QLocale::Indonesia, "٢٥٠٬٠٠٠٬٠٠٠"},
        {QLocale::Persian, QLocale::Iran, "۲۵۰٬۰۰۰٬۰۰۰"},
        {QLocale::Persian, QLocale::Iran, "250000000"},
        {QLocale::Persian, QLocale::Iran, "٢٥٠٠٠٠٠٠٠"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.typed);
        useLocale(c.language, c.territory);
        CampaignEditorDialog dialog({QStringLiteral("VND")});
        dialog.setCampaign(campaignIn(QStringLiteral("VND")));
        QLineEdit *budget = budgetField(dialog);
        ASSERT_TRUE(budget);
        budget->setText(QString::fromUtf8(c.typed));
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
        EXPECT_EQ(dialog.campaign().budget, Money(250000000, QStringLiteral("VND")));
    }
}

TEST_F(DigitInputTest, RialBudgetIsTypedInTomanWhenChosenAndStoredInRial)
{
    useLocale(QLocale::Persian, QLocale::Iran);
    LocalFormat::setTomanShown(true);
    CampaignEditorDialog dialog({QStringLiteral("IRR")});
    Campaign campaign = campaignIn(QStringLiteral("IRR"));
    campaign.budget = Money(5000000000, QStringLiteral("IRR"));
    dialog.setCampaign(campaign);
    QLineEdit *budget = budgetField(dialog);
    ASSERT_TRUE(budget);
    EXPECT_EQ(budget->text(), QStringLiteral("۵۰۰٬۰۰۰٬۰۰۰")); // toman
    budget->setText(QStringLiteral("۶۰۰٬۰۰۰٬۰۰۰"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.campaign().budget, Money(6000000000, QStringLiteral("IRR")));
}

TEST_F(DigitInputTest, ChannelFiguresAndFeesTakeEveryDigitForm)
{
    useLocale(QLocale::Indonesian, QLocale::Indonesia);
    ChannelTableEditor editor;
    Channel channel;
    channel.platform = Platform::Instagram;
    channel.handle = QStringLiteral("@aisyah.glow");
    channel.followers = 1;
    channel.fee = Money(1, QStringLiteral("IDR"));
    editor.setChannels({channel});
    editor.table()->item(0, ChannelTableEditor::FollowersColumn)->setText(QStringLiteral("۱۲۰٬۰۰۰"));
    editor.table()->item(0, ChannelTableEditor::EngagementColumn)->setText(QStringLiteral("٣٫٥"));
    editor.table()->item(0, ChannelTableEditor::FeeColumn)->setText(QStringLiteral("7.500.000"));
    Error error;
    const QList<Channel> channels = editor.channels(&error);
    ASSERT_EQ(channels.size(), 1) << error.text().toStdString();
    EXPECT_EQ(channels.at(0).followers, 120000);
    EXPECT_DOUBLE_EQ(*channels.at(0).engagementRatePct, 3.5);
    EXPECT_EQ(*channels.at(0).fee, Money(7500000, QStringLiteral("IDR")));
}
