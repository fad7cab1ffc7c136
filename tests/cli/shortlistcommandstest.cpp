// "shortlist add", "shortlist remove" and "shortlist status": the entries they write, the
// values they refuse and their usage errors.
#include "campaignclitest.h"

#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/database.h"

namespace planner::test {
namespace {

const QString shortlist = QStringLiteral("shortlist");
const QString nowruz = QStringLiteral("Nowruz 1405");

class ShortlistCommandsTestFixture : public CampaignCliTest
{
protected:
    void SetUp() override
    {
        CampaignCliTest::SetUp();
        // Sara is on YouTube first, then Instagram; Reza only on the radio.
        m_sara = add({QStringLiteral("--name"), QStringLiteral("Sara"), QStringLiteral("--kind"),
                      QStringLiteral("creator"), QStringLiteral("--platform"), QStringLiteral("youtube"),
                      QStringLiteral("--followers"), QStringLiteral("300000")});
        Candidate sara = *open()->candidates->find(m_sara);
        Channel instagram;
        instagram.platform = Platform::Instagram;
        instagram.followers = 90000;
        sara.channels << instagram;
        ASSERT_TRUE(open()->candidates->update(sara));
        m_reza = add({QStringLiteral("--name"), QStringLiteral("Reza"), QStringLiteral("--kind"),
                      QStringLiteral("kol"), QStringLiteral("--platform"), QStringLiteral("radio"),
                      QStringLiteral("--followers"), QStringLiteral("800000")});
        createCampaign(nowruz, {QStringLiteral("--goal"), QStringLiteral("awareness"),
                                QStringLiteral("--budget"), QStringLiteral("20000"),
                                QStringLiteral("--currency"), QStringLiteral("USD")});
    }

    QList<ShortlistEntry> entries() const { return open()->entries(nowruz); }

    qint64 m_sara = 0;
    qint64 m_reza = 0;
};

using ShortlistCommandsTest = OnBothBackends<ShortlistCommandsTestFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(ShortlistCommandsTest);

TEST_P(ShortlistCommandsTest, AddBooksTheFirstChannelInItsUsualFormatByDefault)
{
    const qint64 saraEntry = addToShortlist({nowruz, QString::number(m_sara)});
    const qint64 rezaEntry = addToShortlist({QStringLiteral("1"), QString::number(m_reza)});
    const QList<ShortlistEntry> stored = entries();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.at(0).id, saraEntry);
    EXPECT_EQ(stored.at(0).candidateId, m_sara);
    EXPECT_EQ(stored.at(0).platform, Platform::YouTube);
    EXPECT_EQ(stored.at(0).format, DeliverableFormat::Video);
    EXPECT_EQ(stored.at(0).deliverables, 1);
    EXPECT_EQ(stored.at(0).status, EntryStatus::Prospect);
    EXPECT_FALSE(stored.at(0).agreedFee);
    EXPECT_FALSE(stored.at(0).locked);
    EXPECT_EQ(stored.at(1).id, rezaEntry);
    EXPECT_EQ(stored.at(1).platform, Platform::Radio);
    EXPECT_EQ(stored.at(1).format, DeliverableFormat::Appearance);
}

TEST_P(ShortlistCommandsTest, AddTakesPlatformFormatCountAndFeeInTheCampaignCurrency)
{
    addToShortlist({nowruz, QString::number(m_sara), QStringLiteral("--platform"),
                    QStringLiteral("instagram"), QStringLiteral("--format"), QStringLiteral("story"),
                    QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--fee"),
                    QStringLiteral("250.5")});
    const QList<ShortlistEntry> stored = entries();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).platform, Platform::Instagram);
    EXPECT_EQ(stored.at(0).format, DeliverableFormat::Story);
    EXPECT_EQ(stored.at(0).deliverables, 3);
    EXPECT_EQ(stored.at(0).agreedFee, Money(25050, QStringLiteral("USD")));
}

TEST_P(ShortlistCommandsTest, AddRefusesWhatItCannotBookNamingTheArgument)
{
    const QString sara = QString::number(m_sara);
    const QStringList add{shortlist, QStringLiteral("add")};
    expectRefused(add + QStringList{QStringLiteral("Nowhere"), sara}, QStringLiteral("CAMPAIGN"));
    expectRefused(add + QStringList{nowruz, QStringLiteral("99")},
                  QStringLiteral("CANDIDATE_ID: there is no candidate with the id 99"));
    expectRefused(add + QStringList{nowruz, QStringLiteral("sara")}, QStringLiteral("CANDIDATE_ID"));
    expectRefused(add + QStringList{nowruz, QStringLiteral("0")}, QStringLiteral("CANDIDATE_ID"));
    expectRefused(add + QStringList{nowruz, sara, QStringLiteral("--format"), QStringLiteral("reel")},
                  QStringLiteral("--format"));
    expectRefused(add + QStringList{nowruz, sara, QStringLiteral("--platform"), QStringLiteral("myspace")},
                  QStringLiteral("--platform"));
    expectRefused(add + QStringList{nowruz, sara, QStringLiteral("--platform"), QStringLiteral("tiktok")},
                  QStringLiteral("--platform: candidate %1 has no tiktok channel").arg(sara));
    expectRefused(add + QStringList{nowruz, sara, QStringLiteral("--count"), QStringLiteral("0")},
                  QStringLiteral("--count"));
    expectRefused(add + QStringList{nowruz, sara, QStringLiteral("--fee"), QStringLiteral("1.505")},
                  QStringLiteral("--fee"));
    expectRefused(add + QStringList{nowruz, sara, QStringLiteral("--fee"), QStringLiteral("-1")},
                  QStringLiteral("--fee"));
    EXPECT_TRUE(entries().isEmpty());

    addToShortlist({nowruz, sara});
    expectRefused(add + QStringList{nowruz, sara}, QStringLiteral("Format"));
    EXPECT_EQ(entries().size(), 1);
}

TEST_P(ShortlistCommandsTest, UsageErrorsAreExitTwo)
{
    expectUsageError({shortlist, QStringLiteral("add"), nowruz}, QStringLiteral("CANDIDATE_ID"));
    expectUsageError({shortlist, QStringLiteral("add")}, QStringLiteral("CAMPAIGN CANDIDATE_ID"));
    expectUsageError({shortlist, QStringLiteral("status"), nowruz, QString::number(m_sara)},
                     QStringLiteral("STATUS"));
    expectUsageError({shortlist, QStringLiteral("remove"), nowruz, QString::number(m_sara),
                      QStringLiteral("more")},
                     QStringLiteral("more"));
    expectUsageError({shortlist, QStringLiteral("remove"), nowruz, QString::number(m_sara),
                      QStringLiteral("--fee"), QStringLiteral("5")},
                     QStringLiteral("--fee"));
    expectUsageError({shortlist}, QStringLiteral("add, remove, status"));
}

TEST_P(ShortlistCommandsTest, RemoveTakesEveryEntryOfTheCandidateOff)
{
    const QString sara = QString::number(m_sara);
    addToShortlist({nowruz, sara});
    addToShortlist({nowruz, sara, QStringLiteral("--platform"), QStringLiteral("instagram")});
    addToShortlist({nowruz, QString::number(m_reza)});
    const CliResult result = runOnDb({shortlist, QStringLiteral("remove"), nowruz, sara});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QStringLiteral("Entries removed: 2\n"));
    const QList<ShortlistEntry> stored = entries();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).candidateId, m_reza);

    expectRefused({shortlist, QStringLiteral("remove"), nowruz, sara},
                  QStringLiteral("CANDIDATE_ID: candidate %1 is not on the shortlist of “%2”").arg(sara, nowruz));
    expectRefused({shortlist, QStringLiteral("remove"), nowruz, QStringLiteral("77")},
                  QStringLiteral("CANDIDATE_ID: there is no candidate with the id 77"));
    expectRefused({shortlist, QStringLiteral("remove"), QStringLiteral("Nowhere"), sara},
                  QStringLiteral("CAMPAIGN"));
    EXPECT_EQ(entries().size(), 1);
}

TEST_P(ShortlistCommandsTest, StatusIsSetOnEveryEntryOfTheCandidate)
{
    const QString sara = QString::number(m_sara);
    addToShortlist({nowruz, sara});
    addToShortlist({nowruz, sara, QStringLiteral("--format"), QStringLiteral("live")});
    addToShortlist({nowruz, QString::number(m_reza)});
    const CliResult result = runOnDb({shortlist, QStringLiteral("status"), nowruz, sara,
                                      QStringLiteral("Negotiating")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QStringLiteral("Entries changed: 2\n"));
    const QList<ShortlistEntry> stored = entries();
    EXPECT_EQ(stored.at(0).status, EntryStatus::Negotiating);
    EXPECT_EQ(stored.at(1).status, EntryStatus::Negotiating);
    EXPECT_EQ(stored.at(2).status, EntryStatus::Prospect);

    expectRefused({shortlist, QStringLiteral("status"), nowruz, sara, QStringLiteral("won")},
                  QStringLiteral("STATUS: “won” is not a status"));
    expectRefused({shortlist, QStringLiteral("status"), nowruz, QStringLiteral("x"),
                   QStringLiteral("declined")},
                  QStringLiteral("CANDIDATE_ID"));
    expectRefused({shortlist, QStringLiteral("status"), QStringLiteral("Nowhere"), sara,
                   QStringLiteral("declined")},
                  QStringLiteral("CAMPAIGN"));
    for (const ShortlistEntry &entry : entries())
        EXPECT_NE(entry.status, EntryStatus::Declined);
}

} // namespace
} // namespace planner::test
