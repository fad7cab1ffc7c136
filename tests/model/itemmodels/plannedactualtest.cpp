// Planned against actual: the shortlist's actual columns and the campaign's delivered
// totals beside the projected ones, and the projection check over completed campaigns.
#include "resultsfixture.h"

#include "itemmodels/deliveredcolumns.h"
#include "itemmodels/shortlisttablemodel.h"
#include "planning/projectioncheck.h"
#include "storage/candidatestore.h"
#include "storage/exchangeratestore.h"
#include "text/localformat.h"

#include <QAbstractItemModelTester>
#include <cmath>

namespace planner::test {
namespace {

class PlannedActualTestFixture : public ResultsTest
{
protected:
    std::unique_ptr<ShortlistTableModel> shortlist(qint64 campaignId)
    {
        auto model = std::make_unique<ShortlistTableModel>(&m_file->campaigns(), &m_file->candidates(),
                                                           &m_file->assumptions(), &m_file->rates());
        model->setResults(&m_file->results());
        model->setCampaignId(campaignId);
        return model;
    }

    // A result for an entry: reach and impressions as given, a fee paid in USD.
    void deliver(qint64 entryId, qint64 reach, qint64 impressions, std::optional<qint64> feeCents = std::nullopt)
    {
        DeliveryResult result;
        result.entryId = entryId;
        result.date = QDate(2026, 3, 14);
        result.setFigure(ResultMeasure::Reach, reach);
        result.setFigure(ResultMeasure::Impressions, impressions);
        result.setFigure(ResultMeasure::Likes, 100);
        if (feeCents)
            result.feePaid = Money(*feeCents, QStringLiteral("USD"));
        Error error;
        ASSERT_TRUE(results().add(result, &error)) << error.text().toStdString();
    }
};

using PlannedActualTest = OnBothBackends<PlannedActualTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(PlannedActualTest);

TEST_P(PlannedActualTest, ActualColumnsShowTheDeliveredFigureAndItsDifferenceInWords)
{
    addEntry(m_campaignId, QStringLiteral("Mai"), QStringLiteral("@mai"), 50000);
    auto model = shortlist(m_campaignId);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_FALSE(model->hasResults());
    EXPECT_EQ(model->index(0, ShortlistTableModel::ActualReachColumn).data().toString(), QStringLiteral("—"));

    const ProjectedFigures projected = *model->figuresAt(0);
    ASSERT_GT(projected.uniqueReach, 0.0);
    ASSERT_TRUE(projected.cost);
    // 20 % less reach than projected, and a fee half the projected cost.
    const qint64 reach = std::llround(projected.uniqueReach * 0.8);
    deliver(model->entryAt(0)->id, reach, std::llround(projected.impressions * 1.5), projected.cost->minorUnits() / 2);
    model->reload();

    ASSERT_TRUE(model->hasResults());
    const QModelIndex actualReach = model->index(0, ShortlistTableModel::ActualReachColumn);
    const QString shown = actualReach.data().toString();
    EXPECT_TRUE(shown.contains(LocalFormat::count(reach))) << shown.toStdString();
    const double share = (double(reach) - projected.uniqueReach) / projected.uniqueReach * 100.0;
    EXPECT_TRUE(shown.contains(LocalFormat::percent(std::abs(share)))) << shown.toStdString();
    EXPECT_EQ(actualReach.data(ShortlistTableModel::VerdictRole).toInt(), DeliveredColumns::Worse);
    const QString spoken = actualReach.data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(spoken.contains(QStringLiteral("below the projected"))) << spoken.toStdString();
    EXPECT_TRUE(spoken.contains(LocalFormat::count(std::llround(projected.uniqueReach)))) << spoken.toStdString();

    EXPECT_EQ(model->index(0, ShortlistTableModel::ActualImpressionsColumn).data(ShortlistTableModel::VerdictRole).toInt(),
              DeliveredColumns::Better);
    // Paying less than planned is good news.
    const QModelIndex fee = model->index(0, ShortlistTableModel::FeePaidColumn);
    EXPECT_EQ(fee.data(ShortlistTableModel::VerdictRole).toInt(), DeliveredColumns::Better);
    EXPECT_TRUE(fee.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("50.0%")))
        << fee.data(Qt::AccessibleTextRole).toString().toStdString();
    EXPECT_FALSE(model->headerData(ShortlistTableModel::FeePaidColumn, Qt::Horizontal).toString().isEmpty());
}

TEST_P(PlannedActualTest, CampaignTotalsSetTheDeliveredSumAgainstTheProjectedOne)
{
    addEntry(m_campaignId, QStringLiteral("Mai"), QStringLiteral("@mai"), 50000);
    addEntry(m_campaignId, QStringLiteral("Lan"), QStringLiteral("@lan"), 20000);
    auto model = shortlist(m_campaignId);
    deliver(model->entryAt(0)->id, 3000, 9000);
    deliver(model->entryAt(0)->id, 1000, 1000);
    deliver(model->entryAt(1)->id, 2000, 5000);
    model->reload();
    const DeliveredFigures &totals = model->deliveredTotals();
    EXPECT_EQ(totals.pieces, 3);
    EXPECT_EQ(totals.figure(ResultMeasure::Reach), 6000);
    const DeliveredColumns::Comparison reach =
        DeliveredColumns::compare(DeliveredColumns::Reach, model->totals(), totals);
    EXPECT_DOUBLE_EQ(*reach.difference(), (6000.0 - model->totals().uniqueReach) / model->totals().uniqueReach);
    const QString summary = DeliveredColumns::summary(model->totals(), totals, QStringLiteral("USD"));
    EXPECT_TRUE(summary.contains(LocalFormat::count(6000))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("3 pieces"))) << summary.toStdString();
}

TEST_P(PlannedActualTest, ProjectionCheckCountsOnlyCompletedCampaignsAndGivesTheMedianError)
{
    QList<qint64> entries;
    for (const QString &name : {QStringLiteral("An"), QStringLiteral("Binh"), QStringLiteral("Chi")})
        entries << addEntry(m_campaignId, name, QLatin1Char('@') + name.toLower(), 40000);
    const qint64 open = addCampaign(QStringLiteral("Still running"));
    const qint64 running = addEntry(open, QStringLiteral("Dung"), QStringLiteral("@dung"), 40000);
    auto model = shortlist(m_campaignId);
    const double projected = model->figuresAt(0)->uniqueReach;
    const QList<double> factors{1.1, 1.2, 0.7};
    for (int i = 0; i < 3; ++i)
        deliver(entries.at(i), std::llround(projected * factors.at(i)), 1000);
    deliver(running, std::llround(projected * 5.0), 1000);

    Error error;
    EXPECT_TRUE(ProjectionCheck::collect(*m_file, ProjectionCheck::Measure::Reach).isEmpty());
    ASSERT_TRUE(results().complete(m_campaignId, QDate(2026, 4, 1), &error));
    const QList<ProjectionCheck::Point> points = ProjectionCheck::collect(*m_file, ProjectionCheck::Measure::Reach);
    ASSERT_EQ(points.size(), 3); // the campaign still running teaches nothing
    for (const ProjectionCheck::Point &point : points)
        EXPECT_DOUBLE_EQ(point.projected, projected);
    const QList<ProjectionCheck::GroupError> groups = ProjectionCheck::errors(points);
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.first().points, 3);
    EXPECT_NEAR(groups.first().typicalError, 0.2, 1e-4);
    EXPECT_NEAR(groups.first().bias, 0.1, 1e-4);
}

} // namespace
} // namespace planner::test
