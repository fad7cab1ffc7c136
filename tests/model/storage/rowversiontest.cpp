// Two people at once (issue 15, schema 11): two real connections to the same database (an
// SQLite file, a PostgreSQL schema) edit the same candidate. The second edit of a row the
// first changed since it was read is refused, saying who and when; every other edit of
// either side is kept.
#include "colleaguetestsupport.h"

#include "domain/changedfields.h"
#include "storage/campaignstore.h"
#include "storage/rowversion.h"
#include "storage/shortlistclaim.h"

#include <QRegularExpression>
#include <functional>

namespace planner::test {
namespace {

class RowVersionFixture : public ColleagueStoreTest
{
protected:
    qint64 added(const QString &name, const QString &handle)
    {
        const auto id = m_store->add(makeCandidate(name, CandidateKind::Creator,
                                                   {makeChannel(Platform::TikTok, handle, 52000)}));
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    // A campaign with the candidate shortlisted on TikTok; returns the entry's id.
    qint64 shortlisted(qint64 candidateId)
    {
        Campaign campaign;
        campaign.name = QStringLiteral("Tết 2027");
        campaign.budget = Money(250000000, QStringLiteral("VND"));
        Error error;
        const auto campaignId = m_campaigns->create(campaign, &error);
        EXPECT_TRUE(campaignId) << error.text().toStdString();
        ShortlistEntry entry;
        entry.campaignId = campaignId.value_or(0);
        entry.candidateId = candidateId;
        entry.platform = Platform::TikTok;
        entry.format = DeliverableFormat::Video;
        const auto entryId = m_campaigns->addEntry(entry, &error);
        EXPECT_TRUE(entryId) << error.text().toStdString();
        return entryId.value_or(0);
    }
};

using RowVersionTest = OnBothBackends<RowVersionFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(RowVersionTest);

TEST_P(RowVersionTest, AnEditOfARowAColleagueChangedMeanwhileIsRefusedAndNothingIsLost)
{
    const qint64 lan = added(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("@lan"));
    const qint64 sara = added(QStringLiteral("سارا احمدی"), QStringLiteral("@sara"));
    // Both read both candidates.
    Candidate mineLan = *m_store->find(lan);
    Candidate mineSara = *m_store->find(sara);
    Candidate theirsLan = *m_colleague->candidates().find(lan);
    EXPECT_EQ(mineLan.version, 1);
    EXPECT_EQ(theirsLan.version, 1);

    // The colleague changes Lan's notes first.
    theirsLan.notes = QStringLiteral("Liên hệ qua Zalo");
    Error error;
    ASSERT_TRUE(m_colleague->candidates().update(theirsLan, &error)) << error.text().toStdString();

    // My change of Lan, read before theirs, is refused: who and when, nothing written.
    mineLan.name = QStringLiteral("Nguyễn Thị Lan Anh");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    EXPECT_FALSE(m_store->update(mineLan, &error));
    EXPECT_TRUE(RowVersion::isConflict(error));
    const QString colleague = RowVersion::currentUser(m_colleague->database().connection());
    ASSERT_FALSE(colleague.isEmpty());
    EXPECT_TRUE(error.message.startsWith(colleague + QStringLiteral(" changed this on "))) << error.text().toStdString();
    const auto change = RowVersion::lastChange(connection(), QStringLiteral("candidates"), lan);
    ASSERT_TRUE(change);
    EXPECT_EQ(change->version, 2);
    EXPECT_EQ(change->by, colleague);
    EXPECT_GE(change->at, before);
    EXPECT_TRUE(error.message.contains(RowVersion::when(change->at)));
    const Candidate stored = *m_store->find(lan);
    EXPECT_EQ(stored.name, QStringLiteral("Nguyễn Thị Lan"));
    EXPECT_EQ(stored.notes, QStringLiteral("Liên hệ qua Zalo"));

    // My edit of the other candidate goes through; after a reload, so does my change of Lan,
    // on top of the colleague's notes.
    mineSara.notes = QStringLiteral("قیمت را دوباره بپرس");
    ASSERT_TRUE(m_store->update(mineSara, &error)) << error.text().toStdString();
    Candidate reloaded = *m_store->find(lan);
    reloaded.name = QStringLiteral("Nguyễn Thị Lan Anh");
    ASSERT_TRUE(m_store->update(reloaded, &error)) << error.text().toStdString();

    const Candidate lanNow = *m_colleague->candidates().find(lan);
    EXPECT_EQ(lanNow.name, QStringLiteral("Nguyễn Thị Lan Anh"));
    EXPECT_EQ(lanNow.notes, QStringLiteral("Liên hệ qua Zalo"));
    EXPECT_EQ(lanNow.version, 3);
    EXPECT_EQ(m_colleague->candidates().find(sara)->notes, QStringLiteral("قیمت را دوباره بپرس"));
    // The colleague's stale copy of Lan is now refused in turn.
    theirsLan.version = 2;
    theirsLan.notes = QStringLiteral("Gọi lại sau Tết");
    EXPECT_FALSE(m_colleague->candidates().update(theirsLan, &error));
    EXPECT_EQ(m_store->find(lan)->notes, QStringLiteral("Liên hệ qua Zalo"));
}

TEST_P(RowVersionTest, ACampaignEditAfterAColleaguesIsRefusedAndBothSidesOtherEditsAreKept)
{
    const qint64 lan = added(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("@lan"));
    const qint64 entryId = shortlisted(lan);
    Campaign mine = *m_campaigns->findByName(QStringLiteral("Tết 2027"));
    Campaign theirs = *m_colleague->campaigns().find(mine.id);
    ShortlistEntry myEntry = *m_campaigns->findEntry(entryId);
    EXPECT_EQ(mine.version, 1);
    EXPECT_EQ(myEntry.version, 1);

    theirs.notes = QStringLiteral("Duyệt ngân sách với sếp");
    theirs.budget = Money(300000000, QStringLiteral("VND"));
    Error error;
    ASSERT_TRUE(m_colleague->campaigns().update(theirs, &error)) << error.text().toStdString();

    mine.name = QStringLiteral("Tết 2027 – miền Nam");
    EXPECT_FALSE(m_campaigns->update(mine, &error));
    EXPECT_TRUE(RowVersion::isConflict(error));
    EXPECT_TRUE(error.message.startsWith(colleague() + QStringLiteral(" changed this on "))) << error.text().toStdString();
    EXPECT_EQ(ChangedFields::between(*m_campaigns->findByName(QStringLiteral("Tết 2027")), theirs), QStringList());
    Campaign read = mine;
    read.name = QStringLiteral("Tết 2027");
    EXPECT_EQ(ChangedFields::between(read, *m_campaigns->find(mine.id)),
              (QStringList{QStringLiteral("the budget"), QStringLiteral("the notes")}));

    // My edit of the shortlist entry (another row) goes through; so does my rename, reloaded.
    myEntry.deliverables = 3;
    ASSERT_TRUE(m_campaigns->updateEntry(myEntry, &error)) << error.text().toStdString();
    Campaign reloaded = *m_campaigns->find(mine.id);
    reloaded.name = mine.name;
    ASSERT_TRUE(m_campaigns->update(reloaded, &error)) << error.text().toStdString();

    const Campaign stored = *m_colleague->campaigns().find(mine.id);
    EXPECT_EQ(stored.name, mine.name);
    EXPECT_EQ(stored.notes, theirs.notes);
    EXPECT_EQ(stored.budget, theirs.budget);
    EXPECT_EQ(stored.version, 3);
    EXPECT_EQ(m_colleague->campaigns().findEntry(entryId)->deliverables, 3);
}

TEST_P(RowVersionTest, AShortlistEntryEditAfterAColleaguesIsRefusedAndTheirsIsKeptWhole)
{
    const qint64 entryId = shortlisted(added(QStringLiteral("Budi Santoso"), QStringLiteral("@budi")));
    ShortlistEntry mine = *m_campaigns->findEntry(entryId);
    ShortlistEntry theirs = *m_colleague->campaigns().findEntry(entryId);

    theirs.status = EntryStatus::Contacted;
    theirs.agreedFee = Money(15000000, QStringLiteral("VND"));
    Error error;
    ASSERT_TRUE(m_colleague->campaigns().updateEntry(theirs, &error)) << error.text().toStdString();

    const ShortlistEntry read = mine;
    mine.deliverables = 4;
    mine.notes = QStringLiteral("Minta harga paket");
    EXPECT_FALSE(m_campaigns->updateEntry(mine, &error));
    EXPECT_TRUE(RowVersion::isConflict(error));
    const ShortlistEntry stored = *m_campaigns->findEntry(entryId);
    EXPECT_EQ(stored.deliverables, 1);
    EXPECT_TRUE(stored.notes.isEmpty());
    EXPECT_EQ(stored.status, EntryStatus::Contacted);
    EXPECT_EQ(stored.version, 2);
    EXPECT_EQ(ChangedFields::between(read, stored),
              (QStringList{QStringLiteral("the agreed fee"), QStringLiteral("the status")}));
    const Error said = RowVersion::withWhatChanged(error, ChangedFields::between(read, stored));
    EXPECT_TRUE(said.message.endsWith(QStringLiteral("What they changed: %1.").arg(QLocale().createSeparatedList(
                    {QStringLiteral("the agreed fee"), QStringLiteral("the status")}))))
        << said.message.toStdString();

    // A status set for the whole candidate moves the entry on too: the colleague's copy is stale.
    ASSERT_EQ(m_campaigns->setCandidateStatus(stored.campaignId, stored.candidateId, EntryStatus::Confirmed, &error),
              1) << error.text().toStdString();
    theirs.version = 2;
    theirs.notes = QStringLiteral("Sudah DM");
    EXPECT_FALSE(m_colleague->campaigns().updateEntry(theirs, &error));
    EXPECT_EQ(m_campaigns->findEntry(entryId)->status, EntryStatus::Confirmed);
}

TEST_P(RowVersionTest, EveryChangeIsStampedWithTheWritersNameAndTheTimeInUtc)
{
    const qint64 lan = added(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("@lan"));
    Candidate theirs = *m_colleague->candidates().find(lan);
    theirs.notes = QStringLiteral("Đã gửi brief");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Error error;
    ASSERT_TRUE(m_colleague->candidates().update(theirs, &error)) << error.text().toStdString();
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const QString at = queryValue(connection(), QStringLiteral("SELECT changed_at FROM candidates WHERE id = %1")
                                                    .arg(lan)).toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                    .match(at).hasMatch()) << at.toStdString();
    const auto change = RowVersion::lastChange(connection(), QStringLiteral("candidates"), lan);
    ASSERT_TRUE(change);
    EXPECT_EQ(change->at.timeSpec(), Qt::UTC);
    EXPECT_GE(change->at, before.addMSecs(-1));
    EXPECT_LE(change->at, after.addMSecs(1));
    if (m_backend == Backend::PostgreSQL) {
        // The server says who: the role the colleague's connection logged in as.
        EXPECT_EQ(change->by, queryValue(m_colleague->database().connection(),
                                         QStringLiteral("SELECT current_user")).toString());
    } else {
        EXPECT_FALSE(change->by.isEmpty());
        if (!qEnvironmentVariable("USER").isEmpty())
            EXPECT_EQ(change->by, qEnvironmentVariable("USER"));
    }
}

TEST_P(RowVersionTest, AnEditOfARowThatIsGoneFailsWithoutPretendingAColleagueChangedIt)
{
    const qint64 entryId = shortlisted(added(QStringLiteral("Sara"), QStringLiteral("@sara")));
    const ShortlistEntry mine = *m_campaigns->findEntry(entryId);
    Error error;
    ASSERT_TRUE(m_colleague->campaigns().removeEntry(entryId, &error)) << error.text().toStdString();
    EXPECT_FALSE(m_campaigns->updateEntry(mine, &error));
    EXPECT_FALSE(RowVersion::isConflict(error));
    EXPECT_EQ(error.message, QStringLiteral("The shortlist entry could not be saved.")) << error.text().toStdString();
}

TEST_P(RowVersionTest, AStatusSetFromEntriesReadBeforeAColleaguesChangeIsRefusedWhole)
{
    // The command line reads the entries with their versions, then sets their status.
    const qint64 lan = added(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("@lan"));
    const qint64 entryId = shortlisted(lan);
    ShortlistEntry second = *m_campaigns->findEntry(entryId);
    second.id = 0;
    second.format = DeliverableFormat::Story;
    Error error;
    ASSERT_TRUE(m_campaigns->addEntry(second, &error)) << error.text().toStdString();
    const qint64 campaignId = second.campaignId;
    const QList<ShortlistEntry> read = m_campaigns->entries(campaignId);
    ASSERT_EQ(read.size(), 2);

    // Meanwhile a colleague changes the second entry.
    ShortlistEntry theirs = *m_colleague->campaigns().findEntry(read.at(1).id);
    theirs.notes = QStringLiteral("Chốt giá rồi");
    ASSERT_TRUE(m_colleague->campaigns().updateEntry(theirs, &error)) << error.text().toStdString();

    EXPECT_FALSE(m_campaigns->setStatus(read, EntryStatus::Declined, &error));
    EXPECT_TRUE(RowVersion::isConflict(error));
    EXPECT_TRUE(error.message.startsWith(colleague() + QStringLiteral(" changed this on "))) << error.text().toStdString();
    // Neither entry changed: one transaction.
    for (const ShortlistEntry &entry : m_campaigns->entries(campaignId))
        EXPECT_EQ(entry.status, EntryStatus::Prospect) << entry.id;
    EXPECT_EQ(m_campaigns->findEntry(read.at(1).id)->notes, theirs.notes);

    // Read again (as "shortlist status" does), it goes through, on top of the colleague's notes.
    error = Error();
    ASSERT_EQ(m_campaigns->setCandidateStatus(campaignId, lan, EntryStatus::Declined, &error), 2)
        << error.text().toStdString();
    EXPECT_EQ(m_campaigns->findEntry(read.at(1).id)->status, EntryStatus::Declined);
    EXPECT_EQ(m_campaigns->findEntry(read.at(1).id)->notes, theirs.notes);
    EXPECT_EQ(m_campaigns->findEntry(read.at(0).id)->version, read.at(0).version + 1);
}

TEST_P(RowVersionTest, ASuggestionReplacingAShortlistAColleagueChangedIsRefusedAndNothingIsReplaced)
{
    const qint64 lan = added(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("@lan"));
    const qint64 budi = added(QStringLiteral("Budi Santoso"), QStringLiteral("@budi"));
    const qint64 entryId = shortlisted(lan);
    const Campaign campaign = *m_campaigns->find(m_campaigns->findEntry(entryId)->campaignId);
    ShortlistEntry suggested;
    suggested.candidateId = budi;
    suggested.platform = Platform::TikTok;
    suggested.format = DeliverableFormat::Video;
    Error error;

    const auto refusedAfter = [&](const std::function<void()> &colleaguesChange) {
        const Campaign readCampaign = *m_campaigns->find(campaign.id);
        const QList<ShortlistEntry> read = m_campaigns->entries(campaign.id);
        colleaguesChange();
        const QList<ShortlistEntry> theirs = m_campaigns->entries(campaign.id);
        Error refusal;
        EXPECT_FALSE(m_campaigns->replaceUnlocked(campaign.id, {suggested}, ShortlistClaim(readCampaign, read), &refusal));
        EXPECT_TRUE(RowVersion::isConflict(refusal)) << refusal.text().toStdString();
        // The shortlist is exactly the colleague's.
        const QList<ShortlistEntry> now = m_campaigns->entries(campaign.id);
        EXPECT_EQ(now.size(), theirs.size());
        for (int i = 0; i < std::min(now.size(), theirs.size()); ++i) {
            EXPECT_EQ(now.at(i).id, theirs.at(i).id);
            EXPECT_EQ(now.at(i).version, theirs.at(i).version);
        }
        return refusal;
    };
    // A colleague changes the entry the suggestion would replace.
    const Error changed = refusedAfter([&] {
        ShortlistEntry theirs = *m_colleague->campaigns().findEntry(entryId);
        theirs.deliverables = 2;
        ASSERT_TRUE(m_colleague->campaigns().updateEntry(theirs, &error)) << error.text().toStdString();
    });
    EXPECT_TRUE(changed.message.startsWith(colleague() + QStringLiteral(" changed this on "))) << changed.text().toStdString();
    // ... or the campaign's budget, which the suggestion was made for.
    refusedAfter([&] {
        Campaign theirs = *m_colleague->campaigns().find(campaign.id);
        theirs.budget = Money(400000000, QStringLiteral("VND"));
        ASSERT_TRUE(m_colleague->campaigns().update(theirs, &error)) << error.text().toStdString();
    });
    // ... or takes the entry off the shortlist (the row no longer says who or when).
    const Error removed = refusedAfter([&] {
        ASSERT_TRUE(m_colleague->campaigns().removeEntry(entryId, &error)) << error.text().toStdString();
    });
    EXPECT_TRUE(removed.message.startsWith(QStringLiteral("A colleague changed this after you opened it."))) << removed.text().toStdString();
    // ... or puts one on.
    refusedAfter([&] {
        ShortlistEntry added;
        added.campaignId = campaign.id;
        added.candidateId = lan;
        added.platform = Platform::TikTok;
        added.format = DeliverableFormat::Story;
        ASSERT_TRUE(m_colleague->campaigns().addEntry(added, &error)) << error.text().toStdString();
    });

    // Read as it is now, the suggestion goes in.
    ASSERT_TRUE(m_campaigns->replaceUnlocked(campaign.id, {suggested},
                                             ShortlistClaim(*m_campaigns->find(campaign.id), m_campaigns->entries(campaign.id)),
                                             &error)) << error.text().toStdString();
    const QList<ShortlistEntry> now = m_campaigns->entries(campaign.id);
    ASSERT_EQ(now.size(), 1);
    EXPECT_EQ(now.first().candidateId, budi);
}

TEST(RowVersion, WhenIsSaidInTheInterfacesLanguageAndCalendar)
{
    const RowVersion::Change change{2, QStringLiteral("minh.anh"),
                                    QDateTime(QDate(2026, 3, 21), QTime(9, 30), Qt::UTC)};
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
    const QString persian = RowVersion::conflict(change).message;
    QLocale::setDefault(before);
    // 21 March 2026 is the first of Farvardin 1405 in the Solar Hijri calendar.
    EXPECT_TRUE(persian.contains(QStringLiteral("۱۴۰۵"))) << persian.toStdString();
    EXPECT_TRUE(persian.startsWith(QStringLiteral("minh.anh"))) << persian.toStdString();
}

} // namespace
} // namespace planner::test
