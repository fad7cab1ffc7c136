// Moving a file to the team and back (issue 15, point 5), against the real test server:
// TeamTransfer copies candidates, campaigns with their shortlists and brand fit, and the
// assumptions, all or nothing, under the target's own ids.
#include "modeltestsupport.h"
#include "teamrolestestsupport.h"

#include "storage/assumptionstore.h"
#include "storage/brandfitstore.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "storage/teamroles.h"
#include "storage/teamtransfer.h"

#include <algorithm>

namespace planner::test {
namespace {

// A candidate by name with the entries of the one campaign's shortlist, as a marketer reads
// them: ids are the database's own, so the shortlist is compared by the candidates' names.
struct CopyView
{
    QList<Candidate> candidates; // without ids, by name
    QList<Campaign> campaigns;   // without ids
    QStringList shortlist;       // "candidate name|platform|status|deliverables|notes"
    QStringList fits;            // "candidate name|rating|note"
    QList<Assumption> assumptions;
    qint64 microFrom = 0;
};

CopyView viewOf(const CampaignFile &file)
{
    CopyView view;
    QHash<qint64, QString> names;
    for (const Candidate &candidate : file.candidates().allCandidates()) {
        names.insert(candidate.id, candidate.name);
        view.candidates << withoutIds(candidate);
    }
    std::sort(view.candidates.begin(), view.candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.name < b.name; });
    const BrandFitStore fits(file.database());
    for (Campaign campaign : file.campaigns().campaigns()) {
        for (const ShortlistEntry &entry : file.campaigns().entries(campaign.id)) {
            view.shortlist << QStringLiteral("%1|%2|%3|%4|%5").arg(names.value(entry.candidateId),
                                                                  platformKey(entry.platform),
                                                                  entryStatusKey(entry.status))
                                  .arg(entry.deliverables).arg(entry.notes);
        }
        for (const BrandFit &fit : fits.forCampaign(campaign.id))
            view.fits << QStringLiteral("%1|%2|%3").arg(names.value(fit.candidateId)).arg(fit.rating.value_or(-1)).arg(fit.note);
        campaign.id = 0;
        view.campaigns << campaign;
    }
    view.fits.sort();
    view.assumptions = file.assumptions().load().all();
    view.microFrom = file.assumptions().tierThresholds().lowerBound(Tier::Micro);
    return view;
}

class TeamTransferTest : public TeamServerTest
{
protected:
    // Two candidates (one with two channels and languages), a campaign with both on its
    // shortlist and a brand fit, an adopted assumption and a moved tier threshold. A
    // candidate added and removed first makes the local ids differ from the server's. The
    // local file is opened here.
    void fillLocal()
    {
        m_local = openCampaignFile(m_dir.filePath(QStringLiteral("local.sqlite")));
        ASSERT_TRUE(m_local);
        CandidateStore &candidates = m_local->candidates();
        const auto gone = candidates.add(makeCandidate(QStringLiteral("Gone"), CandidateKind::Creator,
                                                       {makeChannel(Platform::TikTok, QStringLiteral("gone"), 1000)}));
        ASSERT_TRUE(gone && candidates.remove(*gone));
        Channel youtube = makeChannel(Platform::YouTube, QStringLiteral("thuha.vlog"), 85000);
        youtube.languages = QStringList{QStringLiteral("vi"), QStringLiteral("en")};
        youtube.fee = Money(1500000000, QStringLiteral("VND"));
        Channel instagram = makeChannel(Platform::Instagram, QStringLiteral("thuha"), 42000);
        instagram.engagementRatePct = 3.5;
        const auto ha = candidates.add(makeCandidate(QStringLiteral("Nguyễn Thu Hà"), CandidateKind::Creator,
                                                     {youtube, instagram}, {QStringLiteral("beauty")},
                                                     {QStringLiteral("VN")}));
        const auto dewi = candidates.add(makeCandidate(QStringLiteral("Dewi Lestari"), CandidateKind::Kol,
                                                       {makeChannel(Platform::TikTok, QStringLiteral("dewi"), 250000)}));
        ASSERT_TRUE(ha && dewi);
        Campaign campaign;
        campaign.name = QStringLiteral("Tết launch");
        campaign.budget = Money(30000000000, QStringLiteral("VND"));
        campaign.languages = QStringList{QStringLiteral("vi")};
        campaign.startDate = QDate(2027, 1, 10);
        const auto campaignId = m_local->campaigns().create(campaign);
        ASSERT_TRUE(campaignId);
        ShortlistEntry entry;
        entry.campaignId = *campaignId;
        entry.candidateId = *ha;
        entry.platform = Platform::YouTube;
        entry.deliverables = 2;
        entry.notes = QStringLiteral("ưu tiên");
        ASSERT_TRUE(m_local->campaigns().addEntry(entry));
        entry.candidateId = *dewi;
        entry.platform = Platform::TikTok;
        entry.status = EntryStatus::Contacted;
        ASSERT_TRUE(m_local->campaigns().addEntry(entry));
        BrandFit fit;
        fit.campaignId = *campaignId;
        fit.candidateId = *dewi;
        fit.rating = 4;
        fit.note = QStringLiteral("dùng sản phẩm");
        ASSERT_TRUE(BrandFitStore(m_local->database()).save(fit));
        ASSERT_TRUE(m_local->assumptions().adopt(Assumptions::benchmarkCpmKey(), 7.25, QStringLiteral("own history")));
        ASSERT_TRUE(m_local->assumptions().setTierThreshold(Tier::Micro, 12000));
    }

    std::unique_ptr<CampaignFile> m_local;
};

TEST_F(TeamTransferTest, PushThenPullGivesTheSameCandidatesCampaignsShortlistAndAssumptions)
{
    ASSERT_NO_FATAL_FAILURE(fillLocal());
    const CopyView local = viewOf(*m_local);
    ASSERT_EQ(local.candidates.size(), 2);
    ASSERT_EQ(local.shortlist.size(), 2);

    Error error;
    const auto pushed = TeamTransfer::copy(m_local->database(), m_admin->database(), &error);
    ASSERT_TRUE(pushed) << error.text().toStdString();
    EXPECT_EQ(pushed->candidates, 2);
    EXPECT_EQ(pushed->campaigns, 1);
    EXPECT_EQ(pushed->assumptions, local.assumptions.size());

    auto pulledFile = openCampaignFile(m_dir.filePath(QStringLiteral("pulled.sqlite")));
    ASSERT_TRUE(pulledFile);
    const auto pulled = TeamTransfer::copy(m_admin->database(), pulledFile->database(), &error);
    ASSERT_TRUE(pulled) << error.text().toStdString();
    EXPECT_EQ(pulled->candidates, 2);
    EXPECT_EQ(pulled->campaigns, 1);

    for (const CampaignFile *copy : {m_admin.get(), pulledFile.get()}) {
        const CopyView view = viewOf(*copy);
        EXPECT_EQ(view.candidates, local.candidates);
        EXPECT_EQ(view.campaigns, local.campaigns);
        EXPECT_EQ(view.shortlist, local.shortlist);
        EXPECT_EQ(view.fits, local.fits);
        EXPECT_EQ(view.microFrom, 12000);
        ASSERT_EQ(view.assumptions.size(), local.assumptions.size());
        for (int i = 0; i < view.assumptions.size(); ++i) {
            EXPECT_EQ(view.assumptions.at(i).key, local.assumptions.at(i).key);
            EXPECT_DOUBLE_EQ(view.assumptions.at(i).value, local.assumptions.at(i).value);
            EXPECT_EQ(view.assumptions.at(i).source, local.assumptions.at(i).source);
        }
    }
    // The search terms came along: the copied candidate is found by its name as in the file.
    CandidateFilter filter;
    filter.search = QStringLiteral("Dewi");
    ASSERT_EQ(m_local->candidates().rowCount(filter), 1);
    EXPECT_EQ(m_admin->candidates().rowCount(filter), 1);
    EXPECT_EQ(pulledFile->candidates().rowCount(filter), 1);
    // On the server too, by the start of any word of a name or handle, case and accents aside.
    for (const CampaignFile *copy : {m_admin.get(), pulledFile.get()}) {
        for (const QString &typed : {QStringLiteral("nguyen ha"), QStringLiteral("THU"), QStringLiteral("vlog")}) {
            filter.search = typed;
            const QList<CandidateRow> rows = allRows(copy->candidates(), filter);
            ASSERT_FALSE(rows.isEmpty()) << typed.toStdString();
            for (const CandidateRow &row : rows)
                EXPECT_EQ(row.name, QStringLiteral("Nguyễn Thu Hà")) << typed.toStdString();
        }
        filter.search = QStringLiteral("hu"); // inside words only: no term begins with it
        EXPECT_EQ(copy->candidates().rowCount(filter), 0);
    }
}

TEST_F(TeamTransferTest, ATargetHoldingCandidatesIsRefusedAndLeftAsItWas)
{
    ASSERT_NO_FATAL_FAILURE(fillLocal());
    ASSERT_TRUE(m_admin->candidates().add(makeCandidate(QStringLiteral("Budi Santoso"), CandidateKind::Creator,
                                                         {makeChannel(Platform::YouTube, QStringLiteral("budi"), 5000)})));
    const CopyView before = viewOf(*m_admin);
    Error error;
    EXPECT_FALSE(TeamTransfer::copy(m_local->database(), m_admin->database(), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("already holds candidates or campaigns"))) << error.text().toStdString();
    const CopyView after = viewOf(*m_admin);
    EXPECT_EQ(after.candidates, before.candidates);
    EXPECT_TRUE(after.campaigns.isEmpty());
    EXPECT_EQ(after.microFrom, before.microFrom);
}

TEST_F(TeamTransferTest, ARowTheTargetRefusesMidwayLeavesItExactlyAsItWas)
{
    ASSERT_NO_FATAL_FAILURE(fillLocal());
    // An assumption the target does not hold: its update, after every candidate and the
    // campaign were written, changes no row and stops the copy.
    ASSERT_TRUE(runSqlOnFile(m_dir.filePath(QStringLiteral("local.sqlite")),
                             {QStringLiteral("INSERT INTO assumptions (key, value, default_value, unit, source)"
                                             " VALUES ('zz_local_only', 1, 1, '%', 'test')")}));
    const CopyView before = viewOf(*m_admin);
    Error error;
    EXPECT_FALSE(TeamTransfer::copy(m_local->database(), m_admin->database(), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("Nothing was copied"))) << error.text().toStdString();
    const CopyView after = viewOf(*m_admin);
    EXPECT_TRUE(after.candidates.isEmpty());
    EXPECT_TRUE(after.campaigns.isEmpty());
    EXPECT_EQ(after.microFrom, before.microFrom);
    ASSERT_EQ(after.assumptions.size(), before.assumptions.size());
    for (int i = 0; i < after.assumptions.size(); ++i)
        EXPECT_EQ(after.assumptions.at(i).value, before.assumptions.at(i).value) << after.assumptions.at(i).key.toStdString();
    // Once the cause is gone the same copy goes through: the failed one left nothing behind.
    ASSERT_TRUE(runSqlOnFile(m_dir.filePath(QStringLiteral("local.sqlite")),
                             {QStringLiteral("DELETE FROM assumptions WHERE key = 'zz_local_only'")}));
    error = Error();
    EXPECT_TRUE(TeamTransfer::copy(m_local->database(), m_admin->database(), &error)) << error.text().toStdString();
}

TEST_F(TeamTransferTest, AViewersPushIsRefusedByTheServer)
{
    ASSERT_NO_FATAL_FAILURE(fillLocal());
    Error error;
    ASSERT_TRUE(TeamRoles::init(m_admin->database(), m_team.m_plan, &error)) << error.text().toStdString();
    auto viewer = openCampaignFile(m_team.uriAs(QStringLiteral("budi")));
    ASSERT_TRUE(viewer);
    EXPECT_FALSE(TeamTransfer::copy(m_local->database(), viewer->database(), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("may only view the team database"))) << error.text().toStdString();
    EXPECT_EQ(m_admin->candidates().candidateCount(), 0);
    EXPECT_TRUE(m_admin->campaigns().campaigns().isEmpty());
}

} // namespace
} // namespace planner::test
