// The Assumptions dialog shows what the completed campaigns suggest and adopts it undoably.
#include "testsupport.h"

#include "assumptionsdialog.h"
#include "commands/candidatecommands.h"
#include "planning/planninginput.h"
#include "storage/assumptionstore.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/resultstore.h"

#include <QTableWidget>
#include <QUndoStack>

namespace planner::test {
namespace {

const QString reachKey = QStringLiteral("reach_rate.instagram.micro.post");

class AssumptionSuggestionTest : public TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Error error;
        m_file = CampaignFile::open(filePath(QStringLiteral("history.sqlite")), Database::OpenMode::CreateIfMissing,
                                    &error);
        ASSERT_TRUE(m_file) << error.text().toStdString();
        Campaign campaign;
        campaign.name = QStringLiteral("Tết");
        campaign.budget = Money(100000, QStringLiteral("USD"));
        const qint64 campaignId = m_file->campaigns().create(campaign).value_or(0);
        Candidate mai;
        mai.name = QStringLiteral("Mai");
        Channel channel;
        channel.handle = QStringLiteral("@mai");
        channel.followers = 50000;
        channel.authenticityPct = 80.0;
        mai.channels = {channel};
        ShortlistEntry entry;
        entry.campaignId = campaignId;
        entry.candidateId = m_file->candidates().add(mai).value_or(0);
        const qint64 entryId = m_file->campaigns().addEntry(entry).value_or(0);
        for (const qint64 reach : {6000, 6400}) {
            DeliveryResult result;
            result.entryId = entryId;
            result.date = QDate(2026, 3, 14);
            result.setFigure(ResultMeasure::Reach, reach);
            ASSERT_TRUE(m_file->results().add(result));
        }
        ASSERT_TRUE(m_file->results().complete(campaignId, QDate(2026, 4, 1)));
    }

    void TearDown() override { m_file.reset(); }

    int rowOf(const AssumptionsDialog &dialog, const QString &key) const
    {
        for (int row = 0; row < dialog.assumptionTable()->rowCount(); ++row) {
            if (dialog.assumptionTable()->item(row, 0)->data(Qt::UserRole).toString() == key)
                return row;
        }
        return -1;
    }

    std::unique_ptr<CampaignFile> m_file;
};

TEST_F(AssumptionSuggestionTest, TheSuggestionIsShownAndAdoptedOnlyWhenAskedAndUndoable)
{
    const Assumption seeded = *m_file->assumptions().load().find(reachKey);
    QUndoStack undo;
    AssumptionsDialog dialog(&m_file->assumptions(), &m_file->rates());
    const QList<LearnedEstimate> estimates =
        AssumptionLearner(PlanningInput::projection(*m_file)).learn(m_file->results().history());
    dialog.setSuggestions(estimates, [&undo](QUndoCommand *command) { return pushUndoable(&undo, command); });
    const int row = rowOf(dialog, reachKey);
    ASSERT_GE(row, 0);
    const int suggestionColumn = dialog.assumptionTable()->columnCount() - 1;
    const QString shown = dialog.assumptionTable()->item(row, suggestionColumn)->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("from 2 deliveries"))) << shown.toStdString();
    // Showing changes nothing.
    EXPECT_DOUBLE_EQ(m_file->assumptions().load().value(reachKey).value(), seeded.value);

    ASSERT_TRUE(dialog.adoptSuggestion(reachKey));
    const Assumption adopted = *m_file->assumptions().load().find(reachKey);
    // Reach 6,000 and 6,400 of 40,000 real followers: 0.155 on average, pooled with 0.229.
    EXPECT_NEAR(adopted.value, (10 * seeded.value + 2 * 0.155) / 12, 1e-9);
    EXPECT_EQ(adopted.source, QStringLiteral("own history, 2 deliveries, ") + QDate::currentDate().toString(Qt::ISODate));
    EXPECT_TRUE(dialog.assumptionTable()->item(row, 4)->text().startsWith(QStringLiteral("own history, 2 deliveries")));

    undo.undo();
    const Assumption back = *m_file->assumptions().load().find(reachKey);
    EXPECT_DOUBLE_EQ(back.value, seeded.value);
    EXPECT_EQ(back.source, seeded.source);
    undo.redo();
    EXPECT_NEAR(m_file->assumptions().load().value(reachKey).value(), adopted.value, 1e-12);
}

TEST_F(AssumptionSuggestionTest, AFigureTheHistoryDoesNotTouchHasNoSuggestion)
{
    AssumptionsDialog dialog(&m_file->assumptions(), &m_file->rates());
    dialog.setSuggestions(AssumptionLearner(PlanningInput::projection(*m_file)).learn(m_file->results().history()),
                          [](QUndoCommand *command) { delete command; return false; });
    const int row = rowOf(dialog, QStringLiteral("reach_rate.tiktok"));
    ASSERT_GE(row, 0);
    EXPECT_TRUE(dialog.assumptionTable()->item(row, dialog.assumptionTable()->columnCount() - 1)->text().isEmpty());
    EXPECT_FALSE(dialog.adoptSuggestion(QStringLiteral("reach_rate.tiktok")));
}

} // namespace
} // namespace planner::test
