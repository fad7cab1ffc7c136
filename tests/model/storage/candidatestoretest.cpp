// Writing and reading candidates: round trips, refusals, all-or-nothing batches, signals.
#include "modeltestsupport.h"

#include <QSignalSpy>

namespace planner::test {
namespace {

// Every test here holds on both engines (an SQLite file, a PostgreSQL schema).
using CandidateStoreTest = OnBothBackends<StoreTest>;
INSTANTIATE_ON_BOTH_BACKENDS(CandidateStoreTest);

Candidate vietnameseCandidate()
{
    Channel instagram = makeChannel(Platform::Instagram, QStringLiteral("@lan.beauty"), 45200);
    instagram.engagementRatePct = 4.7;
    instagram.avgViews = 9000;
    instagram.fee = Money(15000000, QStringLiteral("VND"));
    instagram.authenticityPct = 88.5;
    Channel tiktok = makeChannel(Platform::TikTok, QStringLiteral("@lan_tiktok"), 310000);
    Candidate candidate = makeCandidate(QStringLiteral("Nguyễn Thị Lan"), CandidateKind::Kol,
                                        {instagram, tiktok},
                                        {QStringLiteral("beauty"), QStringLiteral("fashion")},
                                        {QStringLiteral("VN-SG"), QStringLiteral("VN")});
    candidate.notes = QStringLiteral("Liên hệ qua Zalo");
    return candidate;
}

Candidate persianCandidate()
{
    Channel youtube = makeChannel(Platform::YouTube, QStringLiteral("@sara.ahmadi"), 120000);
    youtube.fee = Money(2500000000, QStringLiteral("IRR"));
    return makeCandidate(QStringLiteral("سارا احمدی"), CandidateKind::Influencer, {youtube},
                         {QStringLiteral("food")}, {QStringLiteral("IR-23")});
}

Candidate simpleCandidate(const QString &name, qint64 followers = 1000)
{
    return makeCandidate(name, CandidateKind::Creator,
                         {makeChannel(Platform::Blog, QStringLiteral("@simple"), followers)});
}

TEST_P(CandidateStoreTest, VietnameseAndPersianCandidatesRoundTripExactly)
{
    for (const Candidate &candidate : {vietnameseCandidate(), persianCandidate()}) {
        Error error;
        const auto id = m_store->add(candidate, &error);
        ASSERT_TRUE(id) << error.text().toStdString();
        const auto found = m_store->find(*id);
        ASSERT_TRUE(found);
        EXPECT_EQ(found->id, *id);
        EXPECT_EQ(withoutIds(*found), candidate);
        ASSERT_EQ(found->channels.size(), candidate.channels.size());
        for (const Channel &channel : found->channels)
            EXPECT_GT(channel.id, 0);
    }
    EXPECT_EQ(m_store->candidateCount(), 2);
}

TEST_P(CandidateStoreTest, MissingFiguresStayEmptyAndGivenOnesAreKept)
{
    const auto id = m_store->add(vietnameseCandidate());
    ASSERT_TRUE(id);
    const auto found = m_store->find(*id);
    ASSERT_TRUE(found);
    const Channel &full = found->channels.at(0);
    ASSERT_TRUE(full.engagementRatePct && full.avgViews && full.fee && full.authenticityPct);
    EXPECT_EQ(*full.engagementRatePct, 4.7);
    EXPECT_EQ(*full.avgViews, 9000);
    EXPECT_EQ(*full.fee, Money(15000000, QStringLiteral("VND")));
    EXPECT_EQ(*full.authenticityPct, 88.5);
    const Channel &bare = found->channels.at(1);
    EXPECT_FALSE(bare.engagementRatePct);
    EXPECT_FALSE(bare.avgViews);
    EXPECT_FALSE(bare.fee);
    EXPECT_FALSE(bare.authenticityPct);
    // Stored as SQL NULL, not as zero.
    EXPECT_TRUE(queryValue(connection(), QStringLiteral("SELECT fee_minor FROM channels WHERE id = ?"),
                           {bare.id})
                    .isNull());
}

TEST_P(CandidateStoreTest, MoneyBeyondDoublePrecisionIsStoredExactly)
{
    // 2^53 + 1 has no double of its own: a detour through floating point would lose the 1.
    const qint64 minor = 9007199254740993;
    Candidate candidate = simpleCandidate(QStringLiteral("Exact"));
    candidate.channels[0].fee = Money(minor, QStringLiteral("IDR"));
    const auto id = m_store->add(candidate);
    ASSERT_TRUE(id);
    const auto found = m_store->find(*id);
    ASSERT_TRUE(found && found->channels.at(0).fee);
    EXPECT_EQ(found->channels.at(0).fee->minorUnits(), minor);
    EXPECT_EQ(found->channels.at(0).fee->currency(), QStringLiteral("IDR"));
}

TEST_P(CandidateStoreTest, UpdateReplacesFieldsAndChannels)
{
    const auto id = m_store->add(vietnameseCandidate());
    ASSERT_TRUE(id);
    Candidate changed = *m_store->find(*id);
    changed.name = QStringLiteral("Nguyễn Thị Lan Anh");
    changed.kind = CandidateKind::Koc;
    changed.niches = {QStringLiteral("food")};
    changed.regions = {QStringLiteral("VN-HN")};
    changed.notes.clear();
    changed.channels[0].followers = 47000;
    changed.channels[0].fee.reset();
    changed.channels.removeLast();
    Error error;
    ASSERT_TRUE(m_store->update(changed, &error)) << error.text().toStdString();
    EXPECT_EQ(m_store->find(*id), changed);
    EXPECT_EQ(count(QStringLiteral("channels")), 1);
}

TEST_P(CandidateStoreTest, UpdateOfUnknownCandidateFailsWithMessage)
{
    Candidate ghost = simpleCandidate(QStringLiteral("Ghost"));
    ghost.id = 999;
    Error error;
    EXPECT_FALSE(m_store->update(ghost, &error));
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_EQ(count(QStringLiteral("candidates")), 0);
    EXPECT_EQ(count(QStringLiteral("channels")), 0);
}

TEST_P(CandidateStoreTest, RemoveDeletesTheCandidateAndItsChannels)
{
    const auto keep = m_store->add(persianCandidate());
    const auto id = m_store->add(vietnameseCandidate());
    ASSERT_TRUE(keep && id);
    const QString channelsOf = QStringLiteral("SELECT count(*) FROM channels WHERE candidate_id = ?");
    ASSERT_EQ(queryValue(connection(), channelsOf, {*id}).toInt(), 2);
    Error error;
    ASSERT_TRUE(m_store->remove(*id, &error)) << error.text().toStdString();
    EXPECT_FALSE(m_store->find(*id));
    EXPECT_EQ(queryValue(connection(), channelsOf, {*id}).toInt(), 0);
    EXPECT_EQ(queryValue(connection(), channelsOf, {*keep}).toInt(), 1);
    EXPECT_EQ(m_store->candidateCount(), 1);
}

TEST_P(CandidateStoreTest, RemoveOfUnknownCandidateFails)
{
    Error error;
    EXPECT_FALSE(m_store->remove(12345, &error));
    EXPECT_FALSE(error.message.isEmpty());
}

TEST_P(CandidateStoreTest, AddWithExplicitIdRestoresDeletedCandidateUnderSameIds)
{
    m_store->add(persianCandidate());
    const auto id = m_store->add(vietnameseCandidate());
    m_store->add(simpleCandidate(QStringLiteral("Later")));
    ASSERT_TRUE(id);
    const Candidate deleted = *m_store->find(*id);
    ASSERT_TRUE(m_store->remove(*id));
    Error error;
    const auto restored = m_store->add(deleted, &error);
    ASSERT_TRUE(restored) << error.text().toStdString();
    EXPECT_EQ(*restored, *id);
    // Channel ids come back too, so rows sort and select as before the delete.
    EXPECT_EQ(m_store->find(*id), deleted);
}

TEST_P(CandidateStoreTest, NameIsStoredTrimmed)
{
    const auto id = m_store->add(simpleCandidate(QStringLiteral("  Putri Ayu \t")));
    ASSERT_TRUE(id);
    EXPECT_EQ(m_store->find(*id)->name, QStringLiteral("Putri Ayu"));
}

struct Refusal
{
    const char *behaviour;
    std::function<void(Candidate &)> spoil;
    const char *fieldKey;
    int channelIndex;
};

void PrintTo(const Refusal &refusal, std::ostream *out)
{
    *out << refusal.behaviour;
}

class CandidateRefusalTest : public StoreTest, public ::testing::WithParamInterface<Refusal>
{
};

TEST_P(CandidateRefusalTest, InvalidCandidateIsRefusedWithFieldAndNothingChanges)
{
    const auto existing = m_store->add(persianCandidate());
    ASSERT_TRUE(existing);
    const Candidate before = *m_store->find(*existing);
    const qint64 candidates = count(QStringLiteral("candidates"));
    const qint64 channels = count(QStringLiteral("channels"));
    QSignalSpy changedSpy(m_store.get(), &CandidateStore::changed);

    Candidate added = vietnameseCandidate();
    GetParam().spoil(added);
    Error error;
    EXPECT_FALSE(m_store->add(added, &error));
    EXPECT_EQ(error.fieldKey, QString::fromLatin1(GetParam().fieldKey));
    EXPECT_EQ(error.channelIndex, GetParam().channelIndex);
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_FALSE(error.field.isEmpty());

    Candidate updated = before;
    GetParam().spoil(updated);
    Error updateError;
    EXPECT_FALSE(m_store->update(updated, &updateError));
    EXPECT_EQ(updateError.fieldKey, QString::fromLatin1(GetParam().fieldKey));

    EXPECT_EQ(count(QStringLiteral("candidates")), candidates);
    EXPECT_EQ(count(QStringLiteral("channels")), channels);
    EXPECT_EQ(m_store->find(*existing), before);
    EXPECT_EQ(changedSpy.count(), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Refusals, CandidateRefusalTest,
    ::testing::Values(
        Refusal{"NegativeFollowers", [](Candidate &c) { c.channels.first().followers = -1; },
                "followers", 0},
        Refusal{"EngagementAbove100", [](Candidate &c) { c.channels.first().engagementRatePct = 100.5; },
                "engagement_rate", 0},
        Refusal{"EmptyName", [](Candidate &c) { c.name.clear(); }, "name", -1},
        Refusal{"WhitespaceName", [](Candidate &c) { c.name = QStringLiteral(" \t\u00a0 "); }, "name", -1},
        Refusal{"NoChannels", [](Candidate &c) { c.channels.clear(); }, "channels", -1},
        Refusal{"NegativeFee", [](Candidate &c) { c.channels.first().fee = Money(-1, QStringLiteral("VND")); },
                "fee", 0},
        Refusal{"AuthenticityBelowZero", [](Candidate &c) { c.channels.first().authenticityPct = -0.1; },
                "authenticity", 0}),
    [](const ::testing::TestParamInfo<Refusal> &info) { return std::string(info.param.behaviour); });

// The index refers to the channel at fault, as the user counts from the dialog.
TEST_P(CandidateStoreTest, RefusalNamesTheSecondChannel)
{
    Candidate candidate = vietnameseCandidate();
    candidate.channels[1].followers = -5;
    Error error;
    EXPECT_FALSE(m_store->add(candidate, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("followers"));
    EXPECT_EQ(error.channelIndex, 1);
    EXPECT_TRUE(error.field.contains(QStringLiteral("2"))) << error.field.toStdString();
}

// Feeds candidates one by one to addMany.
std::function<bool(Candidate &)> feed(const QList<Candidate> &candidates)
{
    auto next = std::make_shared<int>(0);
    return [candidates, next](Candidate &candidate) {
        if (*next >= candidates.size())
            return false;
        candidate = candidates.at((*next)++);
        return true;
    };
}

TEST_P(CandidateStoreTest, AddManyStoresEveryCandidateAndReturnsTheCount)
{
    const auto added = m_store->addMany(feed({vietnameseCandidate(), persianCandidate(),
                                              simpleCandidate(QStringLiteral("Budi"))}));
    ASSERT_TRUE(added);
    EXPECT_EQ(*added, 3);
    EXPECT_EQ(count(QStringLiteral("candidates")), 3);
    EXPECT_EQ(count(QStringLiteral("channels")), 4);
}

TEST_P(CandidateStoreTest, AddManyKeepsNothingWhenACandidateInTheMiddleIsInvalid)
{
    ASSERT_TRUE(m_store->add(simpleCandidate(QStringLiteral("Already there"))));
    Candidate invalid = simpleCandidate(QStringLiteral("Invalid"));
    invalid.channels[0].engagementRatePct = 100.5;
    Error error;
    const auto added = m_store->addMany(
        feed({vietnameseCandidate(), persianCandidate(), invalid, simpleCandidate(QStringLiteral("After"))}),
        &error);
    EXPECT_FALSE(added);
    EXPECT_EQ(error.fieldKey, QStringLiteral("engagement_rate"));
    EXPECT_EQ(count(QStringLiteral("candidates")), 1);
    EXPECT_EQ(count(QStringLiteral("channels")), 1);
}

TEST_P(CandidateStoreTest, AddManyKeepsNothingWhenTheDatabaseRefusesACandidate)
{
    const auto existing = m_store->add(simpleCandidate(QStringLiteral("Already there")));
    ASSERT_TRUE(existing);
    Candidate clash = simpleCandidate(QStringLiteral("Same id"));
    clash.id = *existing; // the primary key is taken
    Error error;
    EXPECT_FALSE(m_store->addMany(feed({vietnameseCandidate(), clash}), &error));
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_EQ(count(QStringLiteral("candidates")), 1);
    EXPECT_EQ(count(QStringLiteral("channels")), 1);
}

TEST_P(CandidateStoreTest, WritesAnnounceThemselvesBeforeAndAfter)
{
    QStringList events;
    QObject::connect(m_store.get(), &CandidateStore::aboutToChange, [&] { events << QStringLiteral("about"); });
    QObject::connect(m_store.get(), &CandidateStore::changed, [&] { events << QStringLiteral("changed"); });
    QSignalSpy aboutSpy(m_store.get(), &CandidateStore::aboutToChange);
    QSignalSpy changedSpy(m_store.get(), &CandidateStore::changed);

    const auto id = m_store->add(vietnameseCandidate());
    ASSERT_TRUE(id);
    EXPECT_EQ(aboutSpy.count(), 1);
    EXPECT_EQ(changedSpy.count(), 1);
    Candidate candidate = *m_store->find(*id);
    candidate.name = QStringLiteral("Lan");
    ASSERT_TRUE(m_store->update(candidate));
    ASSERT_TRUE(m_store->addMany(feed({persianCandidate()})));
    ASSERT_TRUE(m_store->remove(*id));
    EXPECT_EQ(aboutSpy.count(), 4);
    EXPECT_EQ(changedSpy.count(), 4);
    const QString pair = QStringLiteral("about,changed");
    EXPECT_EQ(events.join(QLatin1Char(',')), QStringList(4, pair).join(QLatin1Char(',')));
}

TEST_P(CandidateStoreTest, ChangedIsSeenAfterTheWriteIsCommitted)
{
    qint64 seen = -1;
    QObject::connect(m_store.get(), &CandidateStore::changed, [&] { seen = m_store->candidateCount(); });
    ASSERT_TRUE(m_store->add(persianCandidate()));
    EXPECT_EQ(seen, 1);
}

} // namespace
} // namespace planner::test
