// After the campaign in the window: results typed and imported in the Results dialog (each
// change undoable), the shortlist's actual columns and delivered totals, and the chart of
// projected against actual over the completed campaigns.
#include "testsupport.h"

#include "campaignpanel.h"
#include "charts/projectionqualitychart.h"
#include "itemmodels/shortlisttablemodel.h"
#include "resultsdialog.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/resultstore.h"
#include "text/localformat.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QScatterSeries>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

namespace planner::test {
namespace {

class ResultsDialogTest : public TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        Error error;
        m_file = CampaignFile::open(filePath(QStringLiteral("after.sqlite")), Database::OpenMode::CreateIfMissing,
                                    &error);
        ASSERT_TRUE(m_file) << error.text().toStdString();
        m_campaign.name = QStringLiteral("Tết");
        m_campaign.budget = Money(100000, QStringLiteral("USD"));
        m_campaign.id = m_file->campaigns().create(m_campaign).value_or(0);
        Candidate mai;
        mai.name = QStringLiteral("Mai");
        Channel channel;
        channel.handle = QStringLiteral("@mai");
        channel.followers = 50000;
        channel.authenticityPct = 80.0;
        mai.channels = {channel};
        ShortlistEntry entry;
        entry.campaignId = m_campaign.id;
        entry.candidateId = m_file->candidates().add(mai).value_or(0);
        entry.platform = channel.platform;
        m_entryId = m_file->campaigns().addEntry(entry).value_or(0);
        ASSERT_GT(m_entryId, 0);
    }

    void TearDown() override { m_file.reset(); }

    std::optional<qint64> storedReach() const
    {
        const QList<DeliveryResult> stored = m_file->results().resultsOfCampaign(m_campaign.id);
        return stored.isEmpty() ? std::nullopt : stored.first().figure(ResultMeasure::Reach);
    }

    std::unique_ptr<CampaignFile> m_file;
    Campaign m_campaign;
    qint64 m_entryId = 0;
    QUndoStack m_undo;
    QStringList m_errors;
    ErrorSink sink() { return [this](const Error &error) { m_errors << error.text(); }; }
};

TEST_F(ResultsDialogTest, TypedResultsAreStoredAndEveryStepUndoes)
{
    ResultsDialog dialog(m_file.get(), m_campaign, &m_undo, sink());
    ASSERT_EQ(dialog.entryBox()->count(), 1);
    ASSERT_TRUE(dialog.addResult());
    QCoreApplication::processEvents();
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    EXPECT_EQ(m_file->results().resultsOfCampaign(m_campaign.id).size(), 1);

    dialog.table()->item(0, 2)->setText(QStringLiteral("12,400")); // reach, as typed with grouping
    EXPECT_EQ(storedReach(), 12400);
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.table()->item(0, 2)->text(), LocalFormat::count(12400));

    dialog.table()->item(0, 3)->setText(QStringLiteral("lots"));
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("Row 1, Impressions"))) << dialog.messageText().toStdString();
    EXPECT_FALSE(m_file->results().resultsOfCampaign(m_campaign.id).first().figure(ResultMeasure::Impressions));

    m_undo.undo(); // the reach
    EXPECT_FALSE(storedReach());
    m_undo.undo(); // the result itself
    EXPECT_TRUE(m_file->results().resultsOfCampaign(m_campaign.id).isEmpty());
    m_undo.redo();
    m_undo.redo();
    EXPECT_EQ(storedReach(), 12400);
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.table()->rowCount(), 1);

    dialog.completedBox()->setChecked(true);
    EXPECT_TRUE(m_file->results().completedOn(m_campaign.id).isValid());
    m_undo.undo();
    EXPECT_FALSE(m_file->results().completedOn(m_campaign.id).isValid());
    QCoreApplication::processEvents();
    EXPECT_FALSE(dialog.completedBox()->isChecked());
    EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ResultsDialogTest, AnImportedFileAddsItsRowsAndSaysWhereARowWasRefused)
{
    const QString path = filePath(QStringLiteral("insights.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Handle,Date,Reach,Impressions\n@mai,2026-03-14,9100,15000\n@nobody,2026-03-14,5000,6000\n");
    file.close();
    ResultsDialog dialog(m_file.get(), m_campaign, &m_undo, sink());
    const ImportReport report = dialog.importFile(path);
    ASSERT_FALSE(report.failed()) << report.error.text().toStdString();
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_EQ(storedReach(), 9100);
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.table()->rowCount(), 1);
    EXPECT_TRUE(dialog.messageText().contains(path + QStringLiteral(":3:1"))) << dialog.messageText().toStdString();
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("not on the shortlist")));
}

TEST_F(ResultsDialogTest, TheShortlistShowsActualColumnsAndDeliveredTotalsOnceThereAreResults)
{
    CampaignPanel panel(&m_undo, sink());
    panel.setFile(m_file.get());
    panel.selectCampaign(m_campaign.id);
    QCoreApplication::processEvents();
    EXPECT_TRUE(panel.table()->isColumnHidden(ShortlistTableModel::ActualReachColumn));
    EXPECT_FALSE(panel.totalsText().contains(QStringLiteral("Delivered")));

    DeliveryResult result;
    result.entryId = m_entryId;
    result.date = QDate(2026, 3, 14);
    result.setFigure(ResultMeasure::Reach, 2500);
    ASSERT_TRUE(m_file->results().add(result));
    QCoreApplication::processEvents();
    EXPECT_FALSE(panel.table()->isColumnHidden(ShortlistTableModel::ActualReachColumn));
    EXPECT_TRUE(panel.totalsText().contains(QStringLiteral("Delivered in 1 pieces"))) << panel.totalsText().toStdString();
    EXPECT_TRUE(panel.model()->index(0, ShortlistTableModel::ActualReachColumn).data().toString()
                    .contains(LocalFormat::count(2500)));
}

TEST_F(ResultsDialogTest, TheQualityChartPlotsCompletedCampaignsAgainstTheDiagonal)
{
    DeliveryResult result;
    result.entryId = m_entryId;
    result.date = QDate(2026, 3, 14);
    result.setFigure(ResultMeasure::Reach, 2500);
    ASSERT_TRUE(m_file->results().add(result));
    ProjectionQualityChart chart(m_file.get());
    EXPECT_TRUE(chart.points().isEmpty()); // not completed: it teaches nothing yet
    ASSERT_TRUE(m_file->results().complete(m_campaign.id, QDate(2026, 4, 1)));
    chart.rebuild();
    ASSERT_EQ(chart.points().size(), 1);
    EXPECT_EQ(chart.points().first().actual, 2500.0);
    ASSERT_EQ(chart.chart()->series().size(), 2); // the diagonal and one platform
    const auto *points = qobject_cast<QScatterSeries *>(chart.chart()->series().at(1));
    ASSERT_TRUE(points);
    EXPECT_EQ(points->count(), 1);
    EXPECT_EQ(points->at(0).y(), 2500.0);
    EXPECT_TRUE(chart.errorText().contains(QStringLiteral("typical error"))) << chart.errorText().toStdString();
}

} // namespace
} // namespace planner::test
