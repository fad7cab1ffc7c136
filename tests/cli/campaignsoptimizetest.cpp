// "campaigns optimize": the shortlist it puts in place of the unlocked entries, how locks,
// exclusions, the share cap and kind minimums bend it, and what it refuses.
#include "campaignclitest.h"

#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/database.h"

namespace planner::test {
namespace {

const QString campaigns = QStringLiteral("campaigns");
const QString optimize = QStringLiteral("optimize");
const QString glow = QStringLiteral("Glow");

class CampaignsOptimizeTestFixture : public CampaignCliTest
{
protected:
    // Reach (VN, food) brings the most people, Trust (Indonesia, beauty) the most niche
    // engagements, Small (Saigon, beauty) a little of both; fees in đồng.
    void SetUp() override
    {
        CampaignCliTest::SetUp();
        m_reach = addCandidate(QStringLiteral("Reach"), QStringLiteral("influencer"),
                               QStringLiteral("instagram"), QStringLiteral("500000"),
                               QStringLiteral("1"), QStringLiteral("8000000"),
                               QStringLiteral("food"), QStringLiteral("VN"));
        m_trust = addCandidate(QStringLiteral("Trust"), QStringLiteral("kol"),
                               QStringLiteral("instagram"), QStringLiteral("40000"),
                               QStringLiteral("6"), QStringLiteral("6000000"),
                               QStringLiteral("beauty"), QStringLiteral("ID"));
        m_small = addCandidate(QStringLiteral("Small"), QStringLiteral("koc"), QStringLiteral("tiktok"),
                               QStringLiteral("20000"), QStringLiteral("4"), QStringLiteral("3000000"),
                               QStringLiteral("beauty"), QStringLiteral("VN-SG"),
                               {QStringLiteral("--avg-views"), QStringLiteral("5000")});
    }

    qint64 addCandidate(const QString &name, const QString &kind, const QString &platform,
                        const QString &followers, const QString &engagement, const QString &fee,
                        const QString &niche, const QString &region, const QStringList &more = {})
    {
        return add(QStringList{QStringLiteral("--name"), name, QStringLiteral("--kind"), kind,
                               QStringLiteral("--platform"), platform, QStringLiteral("--followers"),
                               followers, QStringLiteral("--engagement-rate"), engagement,
                               QStringLiteral("--fee"), fee, QStringLiteral("--currency"),
                               QStringLiteral("VND"), QStringLiteral("--authenticity"),
                               QStringLiteral("90"), QStringLiteral("--niche"), niche,
                               QStringLiteral("--region"), region}
                   + more);
    }

    void createGlow(const QString &goal = QStringLiteral("awareness"),
                    const QString &budget = QStringLiteral("10000000"))
    {
        createCampaign(glow, {QStringLiteral("--goal"), goal, QStringLiteral("--budget"), budget,
                              QStringLiteral("--currency"), QStringLiteral("VND"), QStringLiteral("--niche"),
                              QStringLiteral("beauty"), QStringLiteral("--region"), QStringLiteral("VN")});
    }

    CliResult runOptimize(const QStringList &options = {}) const
    {
        return runOnDb(QStringList{campaigns, optimize, glow} + options);
    }

    QList<qint64> shortlistedIds() const
    {
        QList<qint64> ids;
        for (const ShortlistEntry &entry : open()->entries(glow))
            ids << entry.candidateId;
        return ids;
    }

    void lockEntries() const
    {
        const auto stored = open();
        for (ShortlistEntry entry : stored->entries(glow)) {
            entry.locked = true;
            ASSERT_TRUE(stored->campaigns->updateEntry(entry));
        }
    }

    qint64 m_reach = 0, m_trust = 0, m_small = 0;
};

using CampaignsOptimizeTest = OnBothBackends<CampaignsOptimizeTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CampaignsOptimizeTest);

TEST_P(CampaignsOptimizeTest, TheUnlockedEntriesGiveWayToTheBestShortlist)
{
    createGlow();
    addToShortlist({glow, QString::number(m_small)});
    const CliResult result = runOptimize();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    // Reach and Small together cost 11 million: Reach alone reaches by far the most.
    EXPECT_EQ(shortlistedIds(), QList<qint64>{m_reach});
    const ShortlistEntry entry = open()->entries(glow).first();
    EXPECT_EQ(entry.platform, Platform::Instagram);
    EXPECT_EQ(entry.format, DeliverableFormat::Post);
    EXPECT_EQ(entry.status, EntryStatus::Prospect);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Reach"))) << result.out.toStdString();
    EXPECT_FALSE(result.out.contains(QStringLiteral("Small"))) << result.out.toStdString();
    EXPECT_EQ(plainNumber(valueAfter(result.out, QStringLiteral("Cost")).chopped(4)), 8000000.0);
    EXPECT_EQ(plainNumber(valueAfter(result.out, QStringLiteral("Entries counted"))), 1.0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Proven optimal"))) << result.out.toStdString();
}

TEST_P(CampaignsOptimizeTest, NicheTrustBuysNicheEngagements)
{
    createGlow(QStringLiteral("niche-trust"));
    const CliResult result = runOptimize();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    // Trust works in beauty but in Indonesia: outside the brief's "VN" it brings nothing
    // (issue 21). Small (VN-SG, beauty) is the only candidate in both niche and region.
    EXPECT_EQ(shortlistedIds(), (QList<qint64>{m_small}));
    EXPECT_FALSE(result.out.contains(QStringLiteral("Trust"))) << result.out.toStdString();
    EXPECT_EQ(plainNumber(valueAfter(result.out, QStringLiteral("Cost")).chopped(4)), 3000000.0);
}

TEST_P(CampaignsOptimizeTest, NicheTrustWithRegionVnNeverPicksOutsideVietnam)
{
    // Two more beauty candidates outside Vietnam, cheaper per engagement than Small.
    const qint64 kuala = addCandidate(QStringLiteral("Kuala"), QStringLiteral("kol"), QStringLiteral("instagram"),
                                      QStringLiteral("90000"), QStringLiteral("7"), QStringLiteral("2000000"),
                                      QStringLiteral("beauty"), QStringLiteral("MY"));
    const qint64 tehran = addCandidate(QStringLiteral("Tehran"), QStringLiteral("influencer"),
                                       QStringLiteral("instagram"), QStringLiteral("60000"), QStringLiteral("5"),
                                       QStringLiteral("1000000"), QStringLiteral("beauty"), QStringLiteral("IR"));
    createGlow(QStringLiteral("niche-trust"), QStringLiteral("50000000"));
    const CliResult result = runOptimize();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QList<qint64> ids = shortlistedIds();
    EXPECT_FALSE(ids.contains(kuala));
    EXPECT_FALSE(ids.contains(tehran));
    EXPECT_FALSE(ids.contains(m_trust));
    EXPECT_EQ(ids, QList<qint64>{m_small});
}

TEST_P(CampaignsOptimizeTest, LockedEntriesAndLockedCandidatesStay)
{
    createGlow();
    addToShortlist({glow, QString::number(m_small), QStringLiteral("--fee"), QStringLiteral("2500000")});
    lockEntries();
    const QList<ShortlistEntry> before = open()->entries(glow);
    ASSERT_EQ(runOptimize().exitCode, 0);
    // 2.5 million are spent on Small: Reach's 8 million no longer fit.
    EXPECT_EQ(open()->entries(glow), before);

    ASSERT_EQ(runOnDb({QStringLiteral("shortlist"), QStringLiteral("remove"), glow,
                       QString::number(m_small)}).exitCode, 0);
    const CliResult locked = runOptimize({QStringLiteral("--lock"), QString::number(m_small)});
    ASSERT_EQ(locked.exitCode, 0) << locked.err.toStdString();
    EXPECT_EQ(shortlistedIds(), QList<qint64>{m_small});
}

TEST_P(CampaignsOptimizeTest, ExclusionsTheShareCapAndKindMinimumsBendTheChoice)
{
    createGlow(QStringLiteral("awareness"), QStringLiteral("20000000"));
    ASSERT_EQ(runOptimize({QStringLiteral("--exclude"), QString::number(m_reach)}).exitCode, 0);
    EXPECT_EQ(shortlistedIds(), QList<qint64>{m_small});
    ASSERT_EQ(runOptimize({QStringLiteral("--max-share"), QStringLiteral("35%")}).exitCode, 0);
    EXPECT_EQ(shortlistedIds(), QList<qint64>{m_small}); // 7 million: Reach costs 8
    ASSERT_EQ(runOptimize({QStringLiteral("--min-kind"), QStringLiteral("kol=1")}).exitCode, 0);
    EXPECT_EQ(shortlistedIds(), (QList<qint64>{m_reach, m_trust, m_small}));
    ASSERT_EQ(runOptimize().exitCode, 0);
    EXPECT_EQ(shortlistedIds(), (QList<qint64>{m_reach, m_small}));

    // A candidate who declined keeps the record and is not suggested again.
    ASSERT_EQ(runOnDb({QStringLiteral("shortlist"), QStringLiteral("status"), glow,
                       QString::number(m_reach), QStringLiteral("declined")}).exitCode, 0);
    ASSERT_EQ(runOptimize().exitCode, 0);
    const QList<ShortlistEntry> entries = open()->entries(glow);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).candidateId, m_reach);
    EXPECT_EQ(entries.at(0).status, EntryStatus::Declined);
    EXPECT_EQ(entries.at(1).candidateId, m_small);
}

TEST_P(CampaignsOptimizeTest, AnInfeasibleRequestSaysWhyAndChangesNothing)
{
    createGlow();
    addToShortlist({glow, QString::number(m_reach), QStringLiteral("--count"), QStringLiteral("2")});
    addToShortlist({glow, QString::number(m_small)});
    QList<ShortlistEntry> before = open()->entries(glow);
    {
        const auto stored = open();
        ShortlistEntry entry = before.first();
        entry.locked = true;
        ASSERT_TRUE(stored->campaigns->updateEntry(entry));
        before.first().locked = true;
    }
    expectRefused({campaigns, optimize, glow},
                  QStringLiteral("The locked candidates cost more than the budget."));
    EXPECT_EQ(open()->entries(glow), before);

    const auto stored = open();
    ASSERT_TRUE(stored->campaigns->removeEntry(before.first().id));
    before.removeFirst();
    expectRefused({campaigns, optimize, glow, QStringLiteral("--min-kind"), QStringLiteral("creator=1")},
                  QStringLiteral("minimum"));
    EXPECT_EQ(open()->entries(glow), before);
}

TEST_P(CampaignsOptimizeTest, BadValuesAndUsageErrorsNameTheArgument)
{
    createGlow();
    expectRefused({campaigns, optimize, QStringLiteral("Nowhere")}, QStringLiteral("NAME"));
    expectRefused({campaigns, optimize, glow, QStringLiteral("--lock"), QStringLiteral("999")},
                  QStringLiteral("--lock: there is no candidate with the id 999"));
    expectRefused({campaigns, optimize, glow, QStringLiteral("--exclude"), QStringLiteral("abc")},
                  QStringLiteral("--exclude"));
    expectRefused({campaigns, optimize, glow, QStringLiteral("--max-share"), QStringLiteral("150")},
                  QStringLiteral("--max-share"));
    expectRefused({campaigns, optimize, glow, QStringLiteral("--max-share"), QStringLiteral("half")},
                  QStringLiteral("--max-share"));
    expectRefused({campaigns, optimize, glow, QStringLiteral("--min-kind"), QStringLiteral("kol")},
                  QStringLiteral("--min-kind"));
    expectRefused({campaigns, optimize, glow, QStringLiteral("--min-kind"), QStringLiteral("star=1")},
                  QStringLiteral("--min-kind"));
    expectUsageError({campaigns, optimize}, QStringLiteral("NAME"));
    expectUsageError({campaigns, optimize, glow, QStringLiteral("--max-share"), QStringLiteral("10"),
                      QStringLiteral("--max-share"), QStringLiteral("20")},
                     QStringLiteral("--max-share"));
    EXPECT_TRUE(open()->entries(glow).isEmpty());
}

} // namespace
} // namespace planner::test
