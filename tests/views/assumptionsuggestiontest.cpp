// The Assumptions dialog shows what the completed campaigns suggest and adopts it undoably.
#include "testsupport.h"

#include "assumptionsdialog.h"
#include "readonlyguard.h"
#include "text/localformat.h"
#include "commands/candidatecommands.h"
#include "planning/planninginput.h"
#include "storage/assumptionstore.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/exchangeratestore.h"
#include "storage/resultstore.h"

#include <QLabel>
#include <QPushButton>
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

TEST_F(AssumptionSuggestionTest, ReadOnlyItShowsEveryFigureAndRateButChangesNothing)
{
    const Assumption seeded = *m_file->assumptions().load().find(reachKey);
    QUndoStack undo;
    AssumptionsDialog dialog(&m_file->assumptions(), &m_file->rates());
    dialog.setSuggestions(AssumptionLearner(PlanningInput::projection(*m_file)).learn(m_file->results().history()),
                          [&undo](QUndoCommand *command) { return pushUndoable(&undo, command); });
    const int rows = dialog.assumptionTable()->rowCount();
    ASSERT_FALSE(m_file->rates().load().perUsd(QStringLiteral("PHP")).has_value());
    dialog.setReadOnly(true);
    // The same figures, values and rates to read.
    EXPECT_EQ(dialog.assumptionTable()->rowCount(), rows);
    const int row = rowOf(dialog, reachKey);
    ASSERT_GE(row, 0);
    EXPECT_EQ(LocalFormat::parseNumber(dialog.assumptionTable()->item(row, 1)->text()).value_or(-1), seeded.value);
    EXPECT_GT(dialog.rateTable()->rowCount(), 1);
    // No cell can be typed into, no button changes anything, and a line says why.
    for (QTableWidget *table : {dialog.assumptionTable(), dialog.rateTable()}) {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QTableWidgetItem *item = table->item(r, column);
                EXPECT_FALSE(item && item->flags().testFlag(Qt::ItemIsEditable)) << r << "," << column;
            }
        }
    }
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (!button->text().contains(QStringLiteral("Close")))
            EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
    }
    const auto *notice = dialog.findChild<QLabel *>(QStringLiteral("viewOnlyNotice"));
    ASSERT_TRUE(notice);
    EXPECT_FALSE(notice->isHidden());
    EXPECT_EQ(notice->text(), ReadOnlyGuard::reason());
    // Asked through the dialog's own entry points, nothing is stored or adopted.
    EXPECT_FALSE(dialog.editAssumption(reachKey, QLocale().toString(0.5)));
    EXPECT_FALSE(dialog.addRate(QStringLiteral("PHP"), QLocale().toString(0.9)));
    EXPECT_DOUBLE_EQ(m_file->assumptions().load().value(reachKey).value(), seeded.value);
    EXPECT_FALSE(dialog.adoptSuggestion(reachKey));
    EXPECT_EQ(undo.count(), 0);
    EXPECT_FALSE(m_file->rates().load().perUsd(QStringLiteral("PHP")).has_value());
    dialog.restoreDefaults();
    EXPECT_DOUBLE_EQ(m_file->assumptions().load().value(reachKey).value(), seeded.value);

    // Editable again, every control comes back.
    dialog.setReadOnly(false);
    EXPECT_TRUE(notice->isHidden());
    EXPECT_TRUE(dialog.assumptionTable()->item(row, 1)->flags().testFlag(Qt::ItemIsEditable));
    ASSERT_TRUE(dialog.editAssumption(reachKey, QLocale().toString(0.5)));
    EXPECT_DOUBLE_EQ(m_file->assumptions().load().value(reachKey).value(), 0.5);
}

} // namespace
} // namespace planner::test
