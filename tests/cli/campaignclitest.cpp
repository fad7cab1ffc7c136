#include "campaignclitest.h"

#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/database.h"
#include "storage/exchangeratestore.h"
#include "storage/tierthresholdstore.h"

namespace planner::test {

namespace {

qint64 printedId(const CliResult &result)
{
    EXPECT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    bool ok = false;
    const qint64 id = result.out.trimmed().toLongLong(&ok);
    EXPECT_TRUE(ok) << result.out.toStdString();
    return id;
}

} // namespace

qint64 CampaignCliTest::createCampaign(const QString &name, const QStringList &options) const
{
    return printedId(runOnDb(QStringList{QStringLiteral("campaigns"), QStringLiteral("create"), name}
                             + options));
}

qint64 CampaignCliTest::addToShortlist(const QStringList &arguments) const
{
    return printedId(runOnDb(QStringList{QStringLiteral("shortlist"), QStringLiteral("add")} + arguments));
}

void CampaignCliTest::expectRefused(const QStringList &arguments, const QString &named) const
{
    const CliResult result = runOnDb(arguments);
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_TRUE(result.err.startsWith(QStringLiteral("campaign-planner-cli: "))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(named)) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains(QStringLiteral("Usage:"))) << result.err.toStdString();
}

void CampaignCliTest::expectUsageError(const QStringList &arguments, const QString &named) const
{
    const CliResult result = runOnDb(arguments);
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_TRUE(result.err.contains(named)) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("Usage:"))) << result.err.toStdString();
}

CampaignCliTest::Stored::~Stored()
{
    // Queries of the stores end before the connection goes.
    campaigns.reset();
    candidates.reset();
    database.reset();
}

Projection CampaignCliTest::Stored::projection() const
{
    const QSqlDatabase db = database->connection();
    return Projection(AssumptionStore::load(db), TierThresholdStore::load(db), ExchangeRateStore::load(db));
}

Campaign CampaignCliTest::Stored::campaign(const QString &name) const
{
    const std::optional<Campaign> found = campaigns->findByName(name);
    EXPECT_TRUE(found) << name.toStdString();
    return found.value_or(Campaign());
}

QList<ShortlistEntry> CampaignCliTest::Stored::entries(const QString &campaignName) const
{
    return campaigns->entries(campaign(campaignName).id);
}

std::unique_ptr<CampaignCliTest::Stored> CampaignCliTest::open() const
{
    auto stored = std::make_unique<Stored>();
    Error error;
    stored->database = Database::open(dbPath(), Database::OpenMode::ExistingOnly, &error);
    EXPECT_TRUE(stored->database) << error.text().toStdString();
    if (!stored->database)
        return nullptr;
    stored->candidates = std::make_unique<CandidateStore>(*stored->database);
    stored->campaigns = std::make_unique<CampaignStore>(*stored->database);
    return stored;
}

double CampaignCliTest::plainNumber(QString text)
{
    text.remove(QLatin1Char(',')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    EXPECT_TRUE(ok) << text.toStdString();
    return value;
}

QString CampaignCliTest::valueAfter(const QString &text, const QString &label)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(label + QLatin1Char(':')))
            return line.mid(label.size() + 1).trimmed();
    }
    return {};
}

} // namespace planner::test
