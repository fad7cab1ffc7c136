// "campaigns create", "campaigns list" and "campaigns show": what they store and print, the
// values they refuse and their usage errors.
#include "campaignclitest.h"

#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <cmath>

namespace planner::test {
namespace {

const QString campaigns = QStringLiteral("campaigns");
const QString create = QStringLiteral("create");
const QString glow = QStringLiteral("Tết glow");

QStringList glowOptions()
{
    return {QStringLiteral("--goal"), QStringLiteral("niche-trust"), QStringLiteral("--budget"),
            QStringLiteral("150000000"), QStringLiteral("--currency"), QStringLiteral("vnd")};
}

class CampaignsCommandsTestFixture : public CampaignCliTest
{
protected:
    qint64 campaignCount() const
    {
        const auto stored = open();
        return stored ? stored->campaigns->campaigns().size() : -1;
    }

    // Mai: every figure known. Lan: no engagement rate, so engagements rest on the default.
    void addTwoCandidates()
    {
        m_mai = add({QStringLiteral("--name"), QStringLiteral("Mai"), QStringLiteral("--kind"),
                     QStringLiteral("influencer"), QStringLiteral("--platform"), QStringLiteral("tiktok"),
                     QStringLiteral("--followers"), QStringLiteral("120000"),
                     QStringLiteral("--engagement-rate"), QStringLiteral("5"),
                     QStringLiteral("--avg-views"), QStringLiteral("40000"), QStringLiteral("--fee"),
                     QStringLiteral("6000000"), QStringLiteral("--currency"), QStringLiteral("VND"),
                     QStringLiteral("--authenticity"), QStringLiteral("90"), QStringLiteral("--niche"),
                     QStringLiteral("beauty"), QStringLiteral("--region"), QStringLiteral("VN")});
        m_lan = add({QStringLiteral("--name"), QStringLiteral("Lan"), QStringLiteral("--kind"),
                     QStringLiteral("koc"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                     QStringLiteral("--followers"), QStringLiteral("15000"), QStringLiteral("--fee"),
                     QStringLiteral("100"), QStringLiteral("--currency"), QStringLiteral("USD"),
                     QStringLiteral("--authenticity"), QStringLiteral("80")});
    }

    qint64 m_mai = 0;
    qint64 m_lan = 0;
};

using CampaignsCommandsTest = OnBothBackends<CampaignsCommandsTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CampaignsCommandsTest);

TEST_P(CampaignsCommandsTest, CreatePrintsTheIdAndStoresEveryField)
{
    const qint64 id = createCampaign(glow, glowOptions() + QStringList{
        QStringLiteral("--niche"), QStringLiteral("Beauty"), QStringLiteral("--niche"),
        QStringLiteral("skincare"), QStringLiteral("--region"), QStringLiteral("vn-sg"),
        QStringLiteral("--region"), QStringLiteral("VN-HN"), QStringLiteral("--start"),
        QStringLiteral("2026-01-05"), QStringLiteral("--end"), QStringLiteral("2026-02-20"),
        QStringLiteral("--notes"), QStringLiteral("Lunar new year, \"big\"")});
    EXPECT_EQ(id, 1);
    Campaign expected;
    expected.id = 1;
    expected.name = glow;
    expected.goal = Goal::NicheTrust;
    expected.budget = Money(150000000, QStringLiteral("VND"));
    expected.niches = {QStringLiteral("beauty"), QStringLiteral("skincare")};
    expected.regions = {QStringLiteral("VN-SG"), QStringLiteral("VN-HN")};
    expected.startDate = QDate(2026, 1, 5);
    expected.endDate = QDate(2026, 2, 20);
    expected.notes = QStringLiteral("Lunar new year, \"big\"");
    EXPECT_TRUE(open()->campaign(glow) == expected);

    EXPECT_EQ(createCampaign(QStringLiteral("Nowruz"),
                             {QStringLiteral("--goal"), QStringLiteral("awareness"),
                              QStringLiteral("--budget"), QStringLiteral("2500.5"),
                              QStringLiteral("--currency"), QStringLiteral("USD")}),
              2);
    EXPECT_EQ(open()->campaign(QStringLiteral("Nowruz")).budget, Money(250050, QStringLiteral("USD")));
}

TEST_P(CampaignsCommandsTest, CreateRefusesBadValuesNamingTheOption)
{
    const QStringList start{campaigns, create, glow};
    auto with = [&](const QString &option, const QString &value) {
        QStringList arguments = start + glowOptions();
        const qsizetype at = arguments.indexOf(option);
        if (at >= 0)
            arguments[at + 1] = value;
        else
            arguments << option << value;
        return arguments;
    };
    expectRefused(with(QStringLiteral("--goal"), QStringLiteral("fame")), QStringLiteral("--goal"));
    expectRefused(with(QStringLiteral("--currency"), QStringLiteral("dong")), QStringLiteral("--currency"));
    expectRefused(with(QStringLiteral("--budget"), QStringLiteral("1.5")), QStringLiteral("--budget"));
    expectRefused(with(QStringLiteral("--budget"), QStringLiteral("-5")), QStringLiteral("--budget"));
    expectRefused(with(QStringLiteral("--budget"), QStringLiteral("lots")), QStringLiteral("--budget"));
    expectRefused(with(QStringLiteral("--start"), QStringLiteral("2026-13-01")), QStringLiteral("--start"));
    expectRefused(with(QStringLiteral("--end"), QStringLiteral("20/02/2026")), QStringLiteral("--end"));
    expectRefused(with(QStringLiteral("--niche"), QStringLiteral("a|b")), QStringLiteral("--niche"));
    expectRefused(with(QStringLiteral("--start"), QStringLiteral("2026-03-01"))
                      + QStringList{QStringLiteral("--end"), QStringLiteral("2026-02-01")},
                  QStringLiteral("End date"));
    expectRefused(QStringList{campaigns, create, QStringLiteral("  ")} + glowOptions(),
                  QStringLiteral("Name"));
    EXPECT_EQ(campaignCount(), 0);

    createCampaign(glow, glowOptions());
    expectRefused(start + glowOptions(), QStringLiteral("another campaign is already called"));
    EXPECT_EQ(campaignCount(), 1);
}

TEST_P(CampaignsCommandsTest, CreateUsageErrorsAreExitTwo)
{
    expectUsageError(QStringList{campaigns, create} + glowOptions(), QStringLiteral("NAME"));
    expectUsageError({campaigns, create, glow, QStringLiteral("--budget"), QStringLiteral("5"),
                      QStringLiteral("--currency"), QStringLiteral("VND")},
                     QStringLiteral("--goal"));
    expectUsageError(QStringList{campaigns, create, glow, QStringLiteral("extra")} + glowOptions(),
                     QStringLiteral("extra"));
    expectUsageError(QStringList{campaigns, create, glow, QStringLiteral("--platform"),
                                 QStringLiteral("tiktok")} + glowOptions(),
                     QStringLiteral("--platform"));
    expectUsageError({campaigns}, QStringLiteral("create"));
    expectUsageError({campaigns, QStringLiteral("delete")}, QStringLiteral("campaigns delete"));

    const CliResult help = run({campaigns, create, QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--goal GOAL"))) << help.out.toStdString();
    const CliResult general = run({QStringLiteral("--help")});
    for (const QString &command : {QStringLiteral("campaigns create"), QStringLiteral("campaigns list"),
                                   QStringLiteral("campaigns show"), QStringLiteral("campaigns optimize"),
                                   QStringLiteral("campaigns project"), QStringLiteral("shortlist add"),
                                   QStringLiteral("shortlist remove"), QStringLiteral("shortlist status")})
        EXPECT_TRUE(general.out.contains(command)) << command.toStdString();
}

TEST_P(CampaignsCommandsTest, ACurrencyWithoutExchangeRateIsStoredWithAWarning)
{
    const CliResult result = runOnDb({campaigns, create, QStringLiteral("Euro"), QStringLiteral("--goal"),
                                      QStringLiteral("awareness"), QStringLiteral("--budget"),
                                      QStringLiteral("100"), QStringLiteral("--currency"),
                                      QStringLiteral("EUR")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, QStringLiteral("1\n"));
    EXPECT_TRUE(result.err.contains(QStringLiteral("EUR"))) << result.err.toStdString();
}

TEST_P(CampaignsCommandsTest, ListShowsOneLinePerCampaignWithItsShortlistSize)
{
    addTwoCandidates();
    createCampaign(glow, glowOptions());
    createCampaign(QStringLiteral("Nowruz"), {QStringLiteral("--goal"), QStringLiteral("awareness"),
                                              QStringLiteral("--budget"), QStringLiteral("99.5"),
                                              QStringLiteral("--currency"), QStringLiteral("USD")});
    addToShortlist({glow, QString::number(m_mai)});
    addToShortlist({glow, QString::number(m_lan)});
    const CliResult result = runOnDb({campaigns, QStringLiteral("list")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty());
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << result.out.toStdString();
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("Budget")));
    // By name: Nowruz, then Tết glow.
    const QStringList nowruz = lines.at(1).split(QStringLiteral("  "), Qt::SkipEmptyParts);
    const QStringList tet = lines.at(2).split(QStringLiteral("  "), Qt::SkipEmptyParts);
    ASSERT_EQ(nowruz.size(), 5) << lines.at(1).toStdString();
    ASSERT_EQ(tet.size(), 5) << lines.at(2).toStdString();
    EXPECT_EQ(nowruz.at(0).trimmed(), QStringLiteral("2"));
    EXPECT_EQ(nowruz.at(1).trimmed(), QStringLiteral("Nowruz"));
    EXPECT_EQ(nowruz.at(2).trimmed(), QStringLiteral("Awareness"));
    EXPECT_EQ(nowruz.at(3).trimmed(), QStringLiteral("99.50 USD"));
    EXPECT_EQ(nowruz.at(4).trimmed(), QStringLiteral("0"));
    EXPECT_EQ(tet.at(1).trimmed(), glow);
    EXPECT_EQ(tet.at(2).trimmed(), QStringLiteral("Niche trust"));
    EXPECT_TRUE(tet.at(3).endsWith(QStringLiteral(" VND")));
    EXPECT_EQ(plainNumber(tet.at(3).trimmed().chopped(4)), 150000000.0);
    EXPECT_EQ(tet.at(4).trimmed(), QStringLiteral("2"));
}

TEST_P(CampaignsCommandsTest, ShowPrintsTheFieldsShortlistAndTotalsWithTheirDefaults)
{
    addTwoCandidates();
    createCampaign(glow, glowOptions() + QStringList{QStringLiteral("--region"), QStringLiteral("VN"),
                                                     QStringLiteral("--notes"), QStringLiteral("big launch")});
    addToShortlist({glow, QString::number(m_mai), QStringLiteral("--count"), QStringLiteral("2")});
    const auto show = [&](const QString &campaign) {
        const CliResult result = runOnDb({campaigns, QStringLiteral("show"), campaign});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
        return result.out;
    };
    QString out = show(glow);
    EXPECT_EQ(valueAfter(out, QStringLiteral("Name")), glow);
    EXPECT_EQ(valueAfter(out, QStringLiteral("Goal")), QStringLiteral("Niche trust"));
    EXPECT_EQ(valueAfter(out, QStringLiteral("Regions")), QStringLiteral("VN"));
    EXPECT_EQ(valueAfter(out, QStringLiteral("Notes")), QStringLiteral("big launch"));
    EXPECT_TRUE(out.contains(QStringLiteral("Mai"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("No figure rests on a default."))) << out.toStdString();
    EXPECT_EQ(show(QStringLiteral("1")), out); // by id as well

    addToShortlist({glow, QString::number(m_lan)});
    out = show(glow);
    const auto stored = open();
    const Campaign campaign = stored->campaign(glow);
    const QList<ShortlistEntry> entries = stored->entries(glow);
    QHash<qint64, Candidate> candidates;
    for (const ShortlistEntry &entry : entries)
        candidates.insert(entry.candidateId, *stored->candidates->find(entry.candidateId));
    const Projection projection = stored->projection();
    const CampaignTotals totals = Projection::totals(
        entries, projection.projectEntries(campaign, entries, candidates), campaign.currency());
    // The figure after a label, without the default mark and the currency code.
    const auto figure = [&out](const QString &label) {
        QString value = valueAfter(out, label);
        value.remove(QStringLiteral(" *"));
        if (value.endsWith(QStringLiteral(" VND")))
            value.chop(4);
        return plainNumber(value);
    };
    EXPECT_EQ(figure(QStringLiteral("Entries counted")), 2.0);
    EXPECT_EQ(figure(QStringLiteral("Unique reach")), std::round(totals.uniqueReach));
    EXPECT_EQ(figure(QStringLiteral("Impressions")), std::round(totals.impressions));
    EXPECT_EQ(figure(QStringLiteral("Engagements")), std::round(totals.engagements));
    EXPECT_EQ(figure(QStringLiteral("Cost")), double(totals.cost.minorUnits()));
    EXPECT_EQ(figure(QStringLiteral("CPM")), std::round(*totals.cpm));
    EXPECT_EQ(figure(QStringLiteral("CPE")), std::round(*totals.cpe));
    EXPECT_EQ(figure(QStringLiteral("EMV")), std::round(totals.emv));
    // Lan has no engagement rate nor average views: engagements and reach rest on the tier's
    // defaults; every fee is known, so the cost does not.
    EXPECT_TRUE(valueAfter(out, QStringLiteral("Engagements")).endsWith(QStringLiteral(" *")));
    EXPECT_TRUE(valueAfter(out, QStringLiteral("Unique reach")).endsWith(QStringLiteral(" *")));
    EXPECT_FALSE(valueAfter(out, QStringLiteral("Cost")).endsWith(QStringLiteral(" *")));
    const QString defaults = valueAfter(out, QStringLiteral("* rests on defaults"));
    EXPECT_TRUE(defaults.contains(QStringLiteral("engagement rate (engagements)"))) << out.toStdString();
    EXPECT_TRUE(defaults.contains(QStringLiteral("reach rate (reach, impressions)"))) << out.toStdString();
    EXPECT_FALSE(defaults.contains(QStringLiteral("fee"))) << out.toStdString();
}

TEST_P(CampaignsCommandsTest, ShowNamesAnUnknownCampaign)
{
    createCampaign(glow, glowOptions());
    expectRefused({campaigns, QStringLiteral("show"), QStringLiteral("Nowhere")},
                  QStringLiteral("NAME: there is no campaign “Nowhere”"));
    expectRefused({campaigns, QStringLiteral("show"), QStringLiteral("7")}, QStringLiteral("NAME"));
    expectUsageError({campaigns, QStringLiteral("show")}, QStringLiteral("NAME"));
}

// SQLite only: a file another program damaged (its tables dropped), and SQLite's own words.
TEST_F(CampaignsCommandsTestFixture, ShowAndListSayWhyAFileCannotBeRead)
{
    createCampaign(glow, glowOptions());
    {
        // Stands for a file another program has damaged.
        const auto stored = open();
        ASSERT_TRUE(stored);
        QSqlQuery drop(stored->database->connection());
        ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE shortlist_entries")));
    }
    expectRefused({campaigns, QStringLiteral("show"), glow},
                  QStringLiteral("The shortlist could not be read. ("));
    expectRefused({campaigns, QStringLiteral("project"), glow},
                  QStringLiteral("no such table: shortlist_entries"));
    {
        const auto stored = open();
        ASSERT_TRUE(stored);
        QSqlQuery drop(stored->database->connection());
        ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE campaigns")));
    }
    expectRefused({campaigns, QStringLiteral("list")}, QStringLiteral("no such table: campaigns"));
    expectRefused({campaigns, QStringLiteral("show"), glow},
                  QStringLiteral("The campaign could not be read. ("));
}

} // namespace
} // namespace planner::test
