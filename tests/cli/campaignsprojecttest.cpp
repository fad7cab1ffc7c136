// "campaigns project --format csv": the exact header, one row per entry with figures that
// match Projection's, declined entries with their status, plain numbers, and refusals.
#include "campaignclitest.h"

#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "csvtext.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace planner::test {
namespace {

const QString campaigns = QStringLiteral("campaigns");
const QString project = QStringLiteral("project");
const QString launch = QStringLiteral("Launch, \"2026\"");
const QString header = QStringLiteral(
    "candidate_id,name,kind,tier,platform,format,count,unique_reach,impressions,engagements,cost,"
    "currency,cpm,cpe,emv,status,handle,fee,fee_currency,fee_source,rests_on_defaults,notes,brand_fit,brand_fit_reasons");

class CampaignsProjectTestFixture : public CampaignCliTest
{
protected:
    void SetUp() override
    {
        CampaignCliTest::SetUp();
        m_quoted = add({QStringLiteral("--name"), QStringLiteral("Lê, \"Bé\" Na"), QStringLiteral("--kind"),
                        QStringLiteral("kol"), QStringLiteral("--platform"), QStringLiteral("tiktok"),
                        QStringLiteral("--followers"), QStringLiteral("1250000"),
                        QStringLiteral("--avg-views"), QStringLiteral("400000"),
                        QStringLiteral("--engagement-rate"), QStringLiteral("3.5"),
                        QStringLiteral("--fee"), QStringLiteral("150000000"), QStringLiteral("--currency"),
                        QStringLiteral("VND")});
        m_plain = add({QStringLiteral("--name"), QStringLiteral("Maya"), QStringLiteral("--kind"),
                       QStringLiteral("creator"), QStringLiteral("--platform"), QStringLiteral("instagram"),
                       QStringLiteral("--followers"), QStringLiteral("45000")});
        m_euro = add({QStringLiteral("--name"), QStringLiteral("Jan"), QStringLiteral("--kind"),
                      QStringLiteral("koc"), QStringLiteral("--platform"), QStringLiteral("tv"),
                      QStringLiteral("--followers"), QStringLiteral("2000000"), QStringLiteral("--fee"),
                      QStringLiteral("900"), QStringLiteral("--currency"), QStringLiteral("EUR")});
        createCampaign(launch, {QStringLiteral("--goal"), QStringLiteral("awareness"),
                                QStringLiteral("--budget"), QStringLiteral("25000"),
                                QStringLiteral("--currency"), QStringLiteral("USD")});
    }

    QList<QStringList> projectRows() const
    {
        const CliResult result = runOnDb({campaigns, project, launch, QStringLiteral("--format"),
                                          QStringLiteral("csv")});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
        EXPECT_TRUE(result.out.startsWith(header + QLatin1Char('\n'))) << result.out.toStdString();
        return CsvText::parse(result.out);
    }

    qint64 m_quoted = 0, m_plain = 0, m_euro = 0;
};

using CampaignsProjectTest = OnBothBackends<CampaignsProjectTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CampaignsProjectTest);

void expectNumber(const QString &field, double expected, const char *column)
{
    SCOPED_TRACE(column);
    static const QRegularExpression plain(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    EXPECT_TRUE(plain.match(field).hasMatch()) << field.toStdString();
    EXPECT_NEAR(field.toDouble(), expected, 1e-12 * std::max(1.0, std::abs(expected)));
}

void expectOptional(const QString &field, const std::optional<double> &expected, const char *column)
{
    if (expected)
        expectNumber(field, *expected, column);
    else
        EXPECT_TRUE(field.isEmpty()) << column << ": " << field.toStdString();
}

TEST_P(CampaignsProjectTest, OneRowPerEntryWithTheFiguresOfProjection)
{
    addToShortlist({launch, QString::number(m_quoted), QStringLiteral("--count"), QStringLiteral("3")});
    addToShortlist({launch, QString::number(m_plain), QStringLiteral("--format"), QStringLiteral("story"),
                    QStringLiteral("--fee"), QStringLiteral("120.25")});
    addToShortlist({launch, QString::number(m_euro)});
    ASSERT_EQ(runOnDb({QStringLiteral("shortlist"), QStringLiteral("status"), launch,
                       QString::number(m_plain), QStringLiteral("declined")}).exitCode, 0);

    const QList<QStringList> rows = projectRows();
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0).join(QLatin1Char(',')), header);
    const auto stored = open();
    const Campaign campaign = stored->campaign(launch);
    const QList<ShortlistEntry> entries = stored->entries(launch);
    const Projection projection = stored->projection();
    ASSERT_EQ(entries.size(), 3);
    for (int i = 0; i < entries.size(); ++i) {
        SCOPED_TRACE(i);
        const QStringList &row = rows.at(i + 1);
        ASSERT_EQ(row.size(), 24);
        const ShortlistEntry &entry = entries.at(i);
        const Candidate candidate = *stored->candidates->find(entry.candidateId);
        const ProjectedFigures figures = projection.project(candidate, entry, QStringLiteral("USD"));
        EXPECT_EQ(row.at(0), QString::number(candidate.id));
        EXPECT_EQ(row.at(1), candidate.name);
        EXPECT_EQ(row.at(2), kindKey(candidate.kind));
        EXPECT_EQ(row.at(3), tierKey(figures.tier));
        EXPECT_EQ(row.at(4), platformKey(entry.platform));
        EXPECT_EQ(row.at(5), deliverableFormatKey(entry.format));
        EXPECT_EQ(row.at(6), QString::number(entry.deliverables));
        expectNumber(row.at(7), figures.uniqueReach, "unique_reach");
        expectNumber(row.at(8), figures.impressions, "impressions");
        expectNumber(row.at(9), figures.engagements, "engagements");
        EXPECT_EQ(row.at(10), figures.cost ? figures.cost->toDecimalString() : QString());
        EXPECT_EQ(row.at(11), QStringLiteral("USD"));
        // Amounts in the campaign's currency are rounded to its minor unit (issue 20): cents.
        const auto cents = [](const std::optional<double> &value) {
            return value ? QString::number(std::round(*value * 100) / 100, 'f', 2) : QString();
        };
        EXPECT_EQ(row.at(12), cents(figures.cpm));
        EXPECT_EQ(row.at(13), cents(figures.cpe));
        EXPECT_EQ(row.at(14), cents(figures.emv));
        EXPECT_EQ(row.at(15), entryStatusKey(entry.status));
    }
    // Three videos at 150 million đồng each, converted once at the seeded 26,000 đồng per dollar.
    EXPECT_EQ(rows.at(1).at(10), QStringLiteral("17307.69"));
    EXPECT_EQ(rows.at(1).at(3), QStringLiteral("mega"));
    EXPECT_EQ(rows.at(2).at(10), QStringLiteral("120.25"));
    EXPECT_EQ(rows.at(2).at(15), QStringLiteral("declined"));
    // No rate for euros: the cost and the ratios built on it stay empty, the reach does not.
    EXPECT_TRUE(rows.at(3).at(10).isEmpty());
    EXPECT_TRUE(rows.at(3).at(12).isEmpty());
    EXPECT_EQ(rows.at(3).at(5), QStringLiteral("appearance"));
    EXPECT_GT(rows.at(3).at(7).toDouble(), 0.0);
}

TEST_P(CampaignsProjectTest, AnEmptyShortlistGivesTheHeaderAlone)
{
    const CliResult result = runOnDb({campaigns, project, QStringLiteral("1")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, header + QLatin1Char('\n'));
}

TEST_P(CampaignsProjectTest, RefusalsAndUsageErrors)
{
    expectRefused({campaigns, project, QStringLiteral("Nowhere"), QStringLiteral("--format"),
                   QStringLiteral("csv")},
                  QStringLiteral("NAME"));
    expectRefused({campaigns, project, launch, QStringLiteral("--format"), QStringLiteral("xlsx")},
                  QStringLiteral("--format"));
    expectUsageError({campaigns, project, QStringLiteral("--format"), QStringLiteral("csv")},
                     QStringLiteral("NAME"));
    expectUsageError({campaigns, project, launch, QStringLiteral("--kind"), QStringLiteral("kol")},
                     QStringLiteral("--kind"));
}

} // namespace
} // namespace planner::test
