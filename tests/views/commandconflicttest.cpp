// The campaign panel's undoable commands against a colleague on another connection (issue 15,
// point 3), on both engines: a campaign is found by its id, so a colleague's renaming is a
// conflict naming their change, not "no longer in this file"; a suggestion replacing the
// shortlist claims every entry it replaces and the campaign, and so does its undo.
#include "colleaguetestsupport.h"

#include "commands/shortlistcommands.h"
#include "domain/changedfields.h"
#include "storage/campaignstore.h"
#include "storage/rowversion.h"

#include <QUndoStack>

namespace planner::test {
namespace {

class CommandConflictFixture : public ColleagueStoreTest
{
protected:
    void SetUp() override
    {
        ColleagueStoreTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        Error error;
        Campaign campaign;
        campaign.name = QStringLiteral("Ramadan 2027");
        campaign.budget = Money(5000000000, QStringLiteral("IDR"));
        m_campaignId = m_campaigns->create(campaign, &error).value_or(0);
        ASSERT_GT(m_campaignId, 0) << error.text().toStdString();
        for (const QString &name : {QStringLiteral("Aisyah Putri"), QStringLiteral("Raka Pratama")}) {
            const auto id = m_store->add(makeCandidate(name, CandidateKind::Creator,
                                                       {makeChannel(Platform::Instagram, name.toLower().remove(QLatin1Char(' ')), 60000)}),
                                         &error);
            ASSERT_TRUE(id) << error.text().toStdString();
            m_candidates << *id;
        }
        ASSERT_TRUE(m_campaigns->addEntry(entryFor(m_candidates.at(0)), &error)) << error.text().toStdString();
    }

    void TearDown() override
    {
        m_stack.clear();
        ColleagueStoreTest::TearDown();
    }

    ShortlistEntry entryFor(qint64 candidateId) const
    {
        ShortlistEntry entry;
        entry.campaignId = m_campaignId;
        entry.candidateId = candidateId;
        entry.platform = Platform::Instagram;
        return entry;
    }

    ErrorSink sink()
    {
        return [this](const Error &error) { m_errors << error; };
    }

    qint64 m_campaignId = 0;
    QList<qint64> m_candidates;
    QList<Error> m_errors;
    QUndoStack m_stack;
};

using CommandConflictTest = OnBothBackends<CommandConflictFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(CommandConflictTest);

TEST_P(CommandConflictTest, AnEditOfACampaignAColleagueRenamedIsAConflictNamingTheirChange)
{
    const Campaign read = *m_campaigns->find(m_campaignId);
    Campaign theirs = *m_colleague->campaigns().find(m_campaignId);
    theirs.name = QStringLiteral("Ramadan 2027 – Jawa");
    Error error;
    ASSERT_TRUE(m_colleague->campaigns().update(theirs, &error)) << error.text().toStdString();

    Campaign mine = read;
    mine.notes = QStringLiteral("Fokus ke skincare");
    m_stack.push(new EditCampaignCommand(m_campaigns.get(), read, mine, sink()));
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(RowVersion::isConflict(m_errors.first())) << m_errors.first().text().toStdString();
    EXPECT_TRUE(m_errors.first().message.startsWith(colleague() + QStringLiteral(" changed this on ")));
    EXPECT_TRUE(m_errors.first().message.endsWith(QStringLiteral("What they changed: the name.")))
        << m_errors.first().text().toStdString();
    const Campaign stored = *m_campaigns->find(m_campaignId);
    EXPECT_EQ(stored.name, theirs.name);
    EXPECT_TRUE(stored.notes.isEmpty());

    // An edit of its shortlist entry, begun under the old name, still finds the entry.
    m_errors.clear();
    const ShortlistEntry readEntry = m_campaigns->entries(m_campaignId).first();
    ShortlistEntry more = readEntry;
    more.deliverables = 2;
    m_stack.push(new EditEntryCommand(m_campaigns.get(), read.name, readEntry, more, QStringLiteral("Aisyah Putri"), sink()));
    EXPECT_TRUE(m_errors.isEmpty()) << m_errors.first().text().toStdString();
    EXPECT_EQ(m_campaigns->entries(m_campaignId).first().deliverables, 2);
}

TEST_P(CommandConflictTest, AnUndoAfterAColleagueRenamedTheCampaignIsRefusedNamingTheName)
{
    const Campaign read = *m_campaigns->find(m_campaignId);
    Campaign mine = read;
    mine.notes = QStringLiteral("Fokus ke skincare");
    m_stack.push(new EditCampaignCommand(m_campaigns.get(), read, mine, sink()));
    ASSERT_TRUE(m_errors.isEmpty()) << m_errors.first().text().toStdString();

    Campaign theirs = *m_colleague->campaigns().find(m_campaignId);
    theirs.name = QStringLiteral("Lebaran 2027");
    Error error;
    ASSERT_TRUE(m_colleague->campaigns().update(theirs, &error)) << error.text().toStdString();
    m_stack.undo();
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(RowVersion::isConflict(m_errors.first())) << m_errors.first().text().toStdString();
    EXPECT_TRUE(m_errors.first().message.endsWith(QStringLiteral("What they changed: the name.")))
        << m_errors.first().text().toStdString();
    const Campaign stored = *m_campaigns->find(m_campaignId);
    EXPECT_EQ(stored.name, theirs.name);
    EXPECT_EQ(stored.notes, mine.notes);
}

TEST_P(CommandConflictTest, ASuggestionIsRefusedWhenAColleagueChangedAnEntryItWouldReplace)
{
    const Campaign campaign = *m_campaigns->find(m_campaignId);
    const QList<ShortlistEntry> read = m_campaigns->entries(m_campaignId);
    ShortlistEntry theirs = *m_colleague->campaigns().findEntry(read.first().id);
    theirs.status = EntryStatus::Negotiating;
    Error error;
    ASSERT_TRUE(m_colleague->campaigns().updateEntry(theirs, &error)) << error.text().toStdString();

    m_stack.push(new ReplaceShortlistCommand(m_campaigns.get(), campaign, read, {entryFor(m_candidates.at(1))}, sink()));
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(RowVersion::isConflict(m_errors.first()));
    EXPECT_TRUE(m_errors.first().message.startsWith(colleague() + QStringLiteral(" changed this on ")))
        << m_errors.first().text().toStdString();
    const QList<ShortlistEntry> stored = m_campaigns->entries(m_campaignId);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().candidateId, m_candidates.at(0));
    EXPECT_EQ(stored.first().status, EntryStatus::Negotiating);
}

TEST_P(CommandConflictTest, ASuggestionsUndoAndRedoClaimTheirOwnShortlistAndRefuseAColleaguesChange)
{
    const Campaign campaign = *m_campaigns->find(m_campaignId);
    m_stack.push(new ReplaceShortlistCommand(m_campaigns.get(), campaign, m_campaigns->entries(m_campaignId),
                                             {entryFor(m_candidates.at(1))}, sink()));
    ASSERT_TRUE(m_errors.isEmpty()) << m_errors.first().text().toStdString();
    // My own undo and redo go through: each claims what the other left.
    m_stack.undo();
    EXPECT_EQ(m_campaigns->entries(m_campaignId).first().candidateId, m_candidates.at(0));
    m_stack.redo();
    ASSERT_TRUE(m_errors.isEmpty()) << m_errors.first().text().toStdString();
    const QList<ShortlistEntry> suggested = m_campaigns->entries(m_campaignId);
    ASSERT_EQ(suggested.size(), 1);
    EXPECT_EQ(suggested.first().candidateId, m_candidates.at(1));

    // A colleague agrees a fee on the suggested entry; my undo would throw it away: refused.
    ShortlistEntry theirs = *m_colleague->campaigns().findEntry(suggested.first().id);
    theirs.agreedFee = Money(12000000, QStringLiteral("IDR"));
    Error error;
    ASSERT_TRUE(m_colleague->campaigns().updateEntry(theirs, &error)) << error.text().toStdString();
    m_stack.undo();
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(RowVersion::isConflict(m_errors.first())) << m_errors.first().text().toStdString();
    const QList<ShortlistEntry> stored = m_campaigns->entries(m_campaignId);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().id, suggested.first().id);
    EXPECT_EQ(stored.first().agreedFee, theirs.agreedFee);
}

} // namespace
} // namespace planner::test
