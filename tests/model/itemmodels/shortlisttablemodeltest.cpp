// The shortlist table: projected figures per entry, totals, default marks, live updates.
#include "modeltestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/exchangeratestore.h"
#include "itemmodels/shortlisttablemodel.h"
#include "text/localformat.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <cmath>

namespace planner::test {
namespace {

class ShortlistTableModelTestFixture : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_campaigns = std::make_unique<CampaignStore>(*m_database);
        m_assumptions = std::make_unique<AssumptionStore>(*m_database);
        m_rates = std::make_unique<ExchangeRateStore>(*m_database);
        Channel measured = makeChannel(Platform::Instagram, QStringLiteral("@ha"), 50000);
        measured.engagementRatePct = 4.0;
        measured.authenticityPct = 80.0;
        measured.avgViews = 12000;
        measured.fee = Money(30000, QStringLiteral("USD")); // 300.00 USD
        m_measured = m_store->add(makeCandidate(QStringLiteral("Hà"), CandidateKind::Influencer, {measured},
                                                {QStringLiteral("beauty")}, {QStringLiteral("VN")}))
                         .value_or(0);
        // No figures but followers: every input comes from the tier's defaults.
        m_bare = m_store->add(makeCandidate(QStringLiteral("Dewi"), CandidateKind::Creator,
                                            {makeChannel(Platform::TikTok, QStringLiteral("@dewi"), 20000)}))
                     .value_or(0);
        Campaign campaign;
        campaign.name = QStringLiteral("Launch");
        campaign.budget = Money(1000000, QStringLiteral("USD")); // 10,000.00 USD
        m_campaignId = m_campaigns->create(campaign).value_or(0);
        ASSERT_GT(m_campaignId, 0);
        m_model = std::make_unique<ShortlistTableModel>(m_campaigns.get(), m_store.get(),
                                                        m_assumptions.get(), m_rates.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Warning);
        m_model->setCampaignId(m_campaignId);
    }

    void TearDown() override
    {
        m_tester.reset();
        m_model.reset();
        m_rates.reset();
        m_assumptions.reset();
        m_campaigns.reset();
        StoreTest::TearDown();
    }

    qint64 addEntry(qint64 candidateId, Platform platform, int count = 1,
                    EntryStatus status = EntryStatus::Prospect)
    {
        ShortlistEntry entry;
        entry.campaignId = m_campaignId;
        entry.candidateId = candidateId;
        entry.platform = platform;
        entry.deliverables = count;
        entry.status = status;
        Error error;
        const auto id = m_campaigns->addEntry(entry, &error);
        EXPECT_TRUE(id) << error.text().toStdString();
        QCoreApplication::processEvents(); // the model reloads after the write returns
        return id.value_or(0);
    }

    QString text(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

    std::unique_ptr<CampaignStore> m_campaigns;
    std::unique_ptr<AssumptionStore> m_assumptions;
    std::unique_ptr<ExchangeRateStore> m_rates;
    std::unique_ptr<ShortlistTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_measured = 0;
    qint64 m_bare = 0;
    qint64 m_campaignId = 0;
};

using ShortlistTableModelTest = OnBothBackends<ShortlistTableModelTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ShortlistTableModelTest);

TEST_P(ShortlistTableModelTest, ShowsEachEntryWithItsProjectionAndSumsTheTotals)
{
    addEntry(m_measured, Platform::Instagram, 2);
    addEntry(m_bare, Platform::TikTok);
    ASSERT_EQ(m_model->rowCount(), 2);
    // Measured channel, 2 posts: impressions are 2 x average views, cost 2 x 300 USD.
    EXPECT_DOUBLE_EQ(m_model->figuresAt(0)->impressions, 24000.0);
    EXPECT_EQ(m_model->figuresAt(0)->cost, Money(60000, QStringLiteral("USD")));
    EXPECT_EQ(text(0, ShortlistTableModel::ImpressionsColumn), QLocale().toString(24000));
    EXPECT_FALSE(text(0, ShortlistTableModel::CostColumn).endsWith(QLatin1String(" *")));
    // The real people reached: 40,000 real followers, r = 12,000 / 40,000, twice.
    const double reach = 40000.0 * (1.0 - std::pow(1.0 - 0.3, 2));
    EXPECT_NEAR(m_model->figuresAt(0)->uniqueReach, reach, 1e-6);
    EXPECT_EQ(m_model->totals().entries, 2);
    EXPECT_EQ(m_model->totals().cost.minorUnits(),
              60000 + m_model->figuresAt(1)->cost->minorUnits());
}

TEST_P(ShortlistTableModelTest, MarksFiguresThatRestOnTierDefaults)
{
    addEntry(m_bare, Platform::TikTok);
    ASSERT_EQ(m_model->rowCount(), 1);
    for (int column : {ShortlistTableModel::ReachColumn, ShortlistTableModel::EngagementsColumn,
                       ShortlistTableModel::CostColumn, ShortlistTableModel::FeeColumn}) {
        EXPECT_TRUE(text(0, column).endsWith(QLatin1String(" *"))) << column;
        EXPECT_FALSE(m_model->index(0, column).data(Qt::ToolTipRole).toString().isEmpty()) << column;
    }
    EXPECT_FALSE(text(0, ShortlistTableModel::CountColumn).endsWith(QLatin1String(" *")));
}

TEST_P(ShortlistTableModelTest, DeclinedEntriesStayButCountForNothing)
{
    addEntry(m_measured, Platform::Instagram);
    addEntry(m_bare, Platform::TikTok, 1, EntryStatus::Declined);
    ASSERT_EQ(m_model->rowCount(), 2);
    EXPECT_FALSE(m_model->index(1, 0).data(ShortlistTableModel::CountsRole).toBool());
    EXPECT_EQ(m_model->totals().entries, 1);
    EXPECT_EQ(m_model->totals().cost, Money(30000, QStringLiteral("USD")));
}

TEST_P(ShortlistTableModelTest, AnEditedAssumptionChangesTheFiguresAtOnce)
{
    addEntry(m_bare, Platform::TikTok);
    const double before = m_model->figuresAt(0)->uniqueReach;
    ASSERT_GT(before, 0.0);
    Error error;
    const QString key = QStringLiteral("reach_rate.tiktok");
    const double rate = m_assumptions->load().value(key).value_or(0.0);
    ASSERT_TRUE(m_assumptions->set(key, rate * 2.0, &error)) << error.text().toStdString();
    QCoreApplication::processEvents();
    EXPECT_GT(m_model->figuresAt(0)->uniqueReach, before);
}

TEST_P(ShortlistTableModelTest, AFeeInAnotherCurrencyConvertsThroughTheRateTable)
{
    Campaign campaign = *m_campaigns->find(m_campaignId);
    campaign.budget = Money(250000000, QStringLiteral("VND"));
    ASSERT_TRUE(m_campaigns->update(campaign));
    addEntry(m_measured, Platform::Instagram);
    const double perUsd = m_rates->load().perUsd(QStringLiteral("VND")).value_or(0.0);
    ASSERT_GT(perUsd, 0.0);
    EXPECT_EQ(m_model->figuresAt(0)->cost->currency(), QStringLiteral("VND"));
    EXPECT_EQ(m_model->figuresAt(0)->cost->minorUnits(), std::llround(300.0 * perUsd));
    ASSERT_TRUE(m_rates->removeRate(QStringLiteral("VND")));
    QCoreApplication::processEvents();
    EXPECT_FALSE(m_model->figuresAt(0)->cost.has_value());
}

TEST_P(ShortlistTableModelTest, TheFeeColumnShowsTheCampaignsCurrencyAndTheOriginalInTheTooltip)
{
    // Issue 21: one VND campaign's fee column never mixes đồng and dollars.
    Campaign campaign = *m_campaigns->find(m_campaignId);
    campaign.budget = Money(250000000, QStringLiteral("VND"));
    ASSERT_TRUE(m_campaigns->update(campaign));
    addEntry(m_measured, Platform::Instagram);
    const double perUsd = m_rates->load().perUsd(QStringLiteral("VND")).value_or(0.0);
    ASSERT_GT(perUsd, 0.0);
    const Money converted(std::llround(300.0 * perUsd), QStringLiteral("VND"));
    const QModelIndex fee = m_model->index(0, ShortlistTableModel::FeeColumn);
    EXPECT_EQ(fee.data().toString(), LocalFormat::money(converted));
    const QString tip = fee.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(LocalFormat::money(Money(30000, QStringLiteral("USD"))))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("VND"))) << tip.toStdString();

    // Without a rate the fee stays as listed, and the tooltip says why.
    ASSERT_TRUE(m_rates->removeRate(QStringLiteral("VND")));
    QCoreApplication::processEvents();
    EXPECT_EQ(fee.data().toString(), LocalFormat::money(Money(30000, QStringLiteral("USD"))));
    EXPECT_TRUE(fee.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no exchange rate")));
}

TEST_P(ShortlistTableModelTest, AFreeEntrysCpmAndCpeAreADashWithTheReason)
{
    Channel free = makeChannel(Platform::Instagram, QStringLiteral("@free"), 30000);
    free.fee = Money(0, QStringLiteral("USD"));
    const qint64 id = m_store->add(makeCandidate(QStringLiteral("Free"), CandidateKind::Koc, {free})).value_or(0);
    addEntry(id, Platform::Instagram);
    for (int column : {int(ShortlistTableModel::CpmColumn), int(ShortlistTableModel::CpeColumn)}) {
        const QModelIndex cell = m_model->index(0, column);
        EXPECT_EQ(cell.data().toString(), QStringLiteral("—"));
        EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("fee is zero")))
            << cell.data(Qt::ToolTipRole).toString().toStdString();
    }
    EXPECT_FALSE(m_model->totals().cpm);
}

TEST_P(ShortlistTableModelTest, EditingACellAsksForAnUndoableChangeInsteadOfWriting)
{
    addEntry(m_measured, Platform::Instagram);
    QSignalSpy spy(m_model.get(), &ShortlistTableModel::editRequested);
    EXPECT_TRUE(m_model->setData(m_model->index(0, ShortlistTableModel::CountColumn), 3));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(1).value<ShortlistEntry>().deliverables, 3);
    EXPECT_EQ(m_campaigns->entries(m_campaignId).first().deliverables, 1); // not written here
    EXPECT_TRUE(m_model->setData(m_model->index(0, ShortlistTableModel::StatusColumn),
                                 static_cast<int>(EntryStatus::Confirmed)));
    EXPECT_EQ(spy.at(1).at(1).value<ShortlistEntry>().status, EntryStatus::Confirmed);
    EXPECT_FALSE(m_model->setData(m_model->index(0, ShortlistTableModel::FeeColumn), QStringLiteral("abc")));
}

} // namespace
} // namespace planner::test
