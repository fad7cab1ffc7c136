// The candidate editor under the offscreen platform: what is typed becomes the candidate,
// and bad input keeps the dialog open with a message naming the field.
#include "candidateeditordialog.h"
#include "channeltableeditor.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>

using namespace planner;

namespace {

void setCell(ChannelTableEditor *editor, int row, int column, const QString &text)
{
    editor->table()->item(row, column)->setText(text);
}

Candidate sampleCandidate()
{
    Candidate candidate;
    candidate.id = 7;
    candidate.name = QStringLiteral("Nguyễn Thu Hà");
    candidate.kind = CandidateKind::Creator;
    candidate.niches = {QStringLiteral("beauty")};
    candidate.regions = {QStringLiteral("VN"), QStringLiteral("VN-SG")};
    Channel channel;
    channel.platform = Platform::YouTube;
    channel.handle = QStringLiteral("@thuha");
    channel.followers = 85000;
    channel.engagementRatePct = 4.25;
    channel.avgViews = 30000;
    channel.fee = Money(12000000, QStringLiteral("VND"));
    channel.authenticityPct = 91;
    candidate.channels << channel;
    return candidate;
}

} // namespace

TEST(CandidateEditorDialog, ShowsAndReturnsAnExistingCandidateUnchanged)
{
    CandidateEditorDialog dialog;
    const Candidate original = sampleCandidate();
    dialog.setCandidate(original);
    dialog.show();
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("candidateName"))->text(), original.name);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    Candidate result = dialog.candidate();
    result.channels[0].id = original.channels[0].id;
    EXPECT_EQ(result, original);
}

TEST(CandidateEditorDialog, TypedValuesBecomeTheCandidate)
{
    CandidateEditorDialog dialog;
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("candidateName"))->setText(QStringLiteral("سارا احمدی"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("candidateKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("kol")));
    dialog.findChild<QLineEdit *>(QStringLiteral("candidateRegions"))->setText(QStringLiteral("ir, ir-23"));
    auto *niches = dialog.findChild<QListWidget *>(QStringLiteral("candidateNiches"));
    for (int i = 0; i < niches->count(); ++i) {
        if (niches->item(i)->data(Qt::UserRole).toString() == QLatin1String("health"))
            niches->item(i)->setCheckState(Qt::Checked);
    }
    ChannelTableEditor *channels = dialog.channelEditor();
    auto *platform = qobject_cast<QComboBox *>(channels->table()->cellWidget(0, ChannelTableEditor::PlatformColumn));
    platform->setCurrentIndex(platform->findData(QStringLiteral("tv")));
    setCell(channels, 0, ChannelTableEditor::HandleColumn, QStringLiteral("Salamat show"));
    setCell(channels, 0, ChannelTableEditor::FollowersColumn, QStringLiteral("۲۵۰۰۰۰۰")); // Persian digits
    setCell(channels, 0, ChannelTableEditor::FeeColumn, QStringLiteral("1,500,000,000"));
    auto *currency = qobject_cast<QComboBox *>(channels->table()->cellWidget(0, ChannelTableEditor::CurrencyColumn));
    currency->setCurrentText(QStringLiteral("IRR"));
    dialog.accept();

    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    const Candidate result = dialog.candidate();
    EXPECT_EQ(result.name, QStringLiteral("سارا احمدی"));
    EXPECT_EQ(result.kind, CandidateKind::Kol);
    EXPECT_EQ(result.regions, (QStringList{QStringLiteral("IR"), QStringLiteral("IR-23")}));
    EXPECT_EQ(result.niches, QStringList{QStringLiteral("health")});
    ASSERT_EQ(result.channels.size(), 1);
    EXPECT_EQ(result.channels[0].platform, Platform::Tv);
    EXPECT_EQ(result.channels[0].followers, 2500000);
    ASSERT_TRUE(result.channels[0].fee.has_value());
    EXPECT_EQ(*result.channels[0].fee, Money(1500000000, QStringLiteral("IRR")));
    EXPECT_FALSE(result.channels[0].engagementRatePct.has_value());
}

TEST(CandidateEditorDialog, RefusesAnEmptyNameAndNamesTheField)
{
    CandidateEditorDialog dialog;
    dialog.show();
    Candidate candidate = sampleCandidate();
    candidate.name = QStringLiteral("   ");
    dialog.setCandidate(candidate);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Name"))) << dialog.errorText().toStdString();
}

TEST(CandidateEditorDialog, RefusesNegativeFollowersAndEngagementOverAHundred)
{
    CandidateEditorDialog dialog;
    dialog.show();
    dialog.setCandidate(sampleCandidate());
    setCell(dialog.channelEditor(), 0, ChannelTableEditor::FollowersColumn, QStringLiteral("-5"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Followers (channel 1)")))
        << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.channelEditor()->table()->currentColumn(), ChannelTableEditor::FollowersColumn);

    setCell(dialog.channelEditor(), 0, ChannelTableEditor::FollowersColumn, QStringLiteral("5000"));
    setCell(dialog.channelEditor(), 0, ChannelTableEditor::EngagementColumn, QStringLiteral("150"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Engagement rate")))
        << dialog.errorText().toStdString();
}

TEST(CandidateEditorDialog, RefusesTextWhereANumberBelongs)
{
    CandidateEditorDialog dialog;
    dialog.show();
    dialog.setCandidate(sampleCandidate());
    setCell(dialog.channelEditor(), 0, ChannelTableEditor::AvgViewsColumn, QStringLiteral("lots"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Average views")));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("lots")));
}

TEST(CandidateEditorDialog, RefusesACandidateWithoutChannels)
{
    CandidateEditorDialog dialog;
    dialog.show();
    dialog.setCandidate(sampleCandidate());
    dialog.channelEditor()->table()->setCurrentCell(0, 1);
    dialog.channelEditor()->removeSelectedChannel();
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Channels")));
}

TEST(CandidateEditorDialog, HandlesShowAsTheirOwnRunInARightToLeftTable)
{
    ChannelTableEditor editor;
    auto *delegate = qobject_cast<QStyledItemDelegate *>(
        editor.table()->itemDelegateForColumn(ChannelTableEditor::HandleColumn));
    ASSERT_TRUE(delegate);
    // First-strong isolate: "@aisyah.glow" keeps its @ in front among Persian columns.
    EXPECT_EQ(delegate->displayText(QStringLiteral("@aisyah.glow"), QLocale(QLocale::Persian)),
              QStringLiteral("\u2068@aisyah.glow\u2069"));
}

// A cleared follower count is unknown, never 0; an unknown one shows as an empty cell and
// comes back unknown.
TEST(CandidateEditorDialog, AClearedFollowerCountIsUnknown)
{
    CandidateEditorDialog dialog;
    dialog.show();
    dialog.setCandidate(sampleCandidate());
    setCell(dialog.channelEditor(), 0, ChannelTableEditor::FollowersColumn, QString());
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    const Candidate cleared = dialog.candidate();
    ASSERT_EQ(cleared.channels.size(), 1);
    EXPECT_FALSE(cleared.channels[0].followers);
    EXPECT_EQ(cleared.channels[0].avgViews, 30000);

    CandidateEditorDialog again;
    again.show();
    again.setCandidate(cleared);
    EXPECT_TRUE(again.channelEditor()->table()->item(0, ChannelTableEditor::FollowersColumn)->text().isEmpty());
    again.accept();
    ASSERT_EQ(again.result(), QDialog::Accepted) << again.errorText().toStdString();
    EXPECT_FALSE(again.candidate().channels[0].followers);
}
