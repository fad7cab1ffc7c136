// Changes by others show up without a restart (issue 15), in a real window on the test
// server (scripts/pg-test-server.sh): a colleague on a connection of their own adds, edits
// and removes candidates and shortlist entries, and the window's table, shortlist and chart
// follow, keeping the marketer's chosen row; the window's own writes are not read twice.
// When the server ends the window's session it says so, reconnects and shows what
// colleagues did meanwhile.
#include "backendtestsupport.h"
#include "campaignpanel.h"
#include "candidatepanel.h"
#include "charts/chartspanel.h"
#include "charts/shortlistchart.h"
#include "itemmodels/candidatetablemodel.h"
#include "itemmodels/shortlisttablemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "modeltestsupport.h"
#include "storage/assumptionstore.h"
#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/candidatestore.h"
#include "teamchangewatch.h"

#include <QSignalSpy>
#include <QTest>
#include <QLabel>
#include <QStatusBar>

using namespace planner;

namespace {

Candidate creator(const QString &name, const QString &handle)
{
    return test::makeCandidate(name, CandidateKind::Creator, {test::makeChannel(Platform::TikTok, handle, 85000)});
}

class TeamChangesWindowTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        if (test::TestDatabase::serverUri().isEmpty())
            GTEST_SKIP() << "PLANNER_TEST_PG is not set: no PostgreSQL server to connect to "
                            "(scripts/pg-test-server.sh)";
        const QString address = m_place.create(test::Backend::PostgreSQL, m_dir, QString());
        ASSERT_FALSE(address.isEmpty());
        Error error;
        ASSERT_TRUE(m_window.openFile(address, true, &error)) << error.text().toStdString();
        ASSERT_TRUE(m_window.teamChanges());
        m_colleague = CampaignFile::open(address, Database::OpenMode::ExistingOnly, &error);
        ASSERT_TRUE(m_colleague) << error.text().toStdString();
    }

    void TearDown() override { m_colleague.reset(); }

    qint64 addOwn(const QString &name, const QString &handle)
    {
        Error error;
        const auto id = m_window.store()->add(creator(name, handle), &error);
        EXPECT_TRUE(id) << error.text().toStdString();
        return id.value_or(0);
    }

    CandidateTableModel *table() const { return m_window.panel()->model(); }

    QString shownName(qint64 candidateId) const
    {
        const int row = table()->rowOfCandidate(candidateId);
        if (row < 0)
            return {};
        // The table shows a name in its own direction (LocalFormat::isolated): the letters count.
        QString name = table()->index(row, CandidateTableModel::NameColumn).data().toString();
        return name.remove(QChar(0x2068)).remove(QChar(0x2069));
    }

    // Every table the window read again for colleagues so far.
    static QStringList refreshed(const QSignalSpy &spy)
    {
        QStringList tables;
        for (const QList<QVariant> &report : spy)
            tables += report.at(0).toStringList();
        return tables;
    }

    test::TestDatabase m_place; // dropped after the window let go
    MainWindow m_window{nullptr};
    std::unique_ptr<CampaignFile> m_colleague;
};

} // namespace

TEST_F(TeamChangesWindowTest, AColleaguesCandidatesAppearChangeAndGoWhileTheChosenRowStays)
{
    const qint64 ha = addOwn(QStringLiteral("Nguyễn Thu Hà"), QStringLiteral("@thuha"));
    const qint64 putri = addOwn(QStringLiteral("Putri Ayu"), QStringLiteral("@putri"));
    ASSERT_EQ(table()->rowCount(), 2);
    m_window.panel()->selectCandidate(putri);
    ASSERT_EQ(m_window.panel()->currentCandidateId(), putri);

    Error error;
    const auto budi = m_colleague->candidates().add(creator(QStringLiteral("Budi Santoso"), QStringLiteral("@budi")), &error);
    ASSERT_TRUE(budi) << error.text().toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 3, 10000);
    EXPECT_EQ(shownName(*budi), QStringLiteral("Budi Santoso"));
    EXPECT_EQ(m_window.panel()->currentCandidateId(), putri);

    Candidate theirs = *m_colleague->candidates().find(ha);
    theirs.name = QStringLiteral("Nguyễn Thu Hà (Hà Nội)");
    ASSERT_TRUE(m_colleague->candidates().update(theirs, &error)) << error.text().toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(shownName(ha), theirs.name, 10000);

    ASSERT_TRUE(m_colleague->candidates().remove(*budi, &error)) << error.text().toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 2, 10000);
    EXPECT_EQ(table()->rowOfCandidate(*budi), -1);
    EXPECT_EQ(m_window.panel()->currentCandidateId(), putri);
}

TEST_F(TeamChangesWindowTest, AColleaguesShortlistChangesReachTheCampaignPanelAndItsChart)
{
    const qint64 ha = addOwn(QStringLiteral("Nguyễn Thu Hà"), QStringLiteral("@thuha"));
    const qint64 putri = addOwn(QStringLiteral("Putri Ayu"), QStringLiteral("@putri"));
    Error error;
    Campaign campaign;
    campaign.name = QStringLiteral("Tết 2027");
    campaign.budget = Money(250000000, QStringLiteral("VND"));
    const auto campaignId = m_window.file()->campaigns().create(campaign, &error);
    ASSERT_TRUE(campaignId) << error.text().toStdString();
    ShortlistEntry entry;
    entry.campaignId = *campaignId;
    entry.candidateId = ha;
    entry.platform = Platform::TikTok;
    ASSERT_TRUE(m_window.file()->campaigns().addEntry(entry, &error)) << error.text().toStdString();
    m_window.campaignPanel()->selectCampaign(*campaignId);
    ShortlistTableModel *shortlist = m_window.campaignPanel()->model();
    QTRY_COMPARE_WITH_TIMEOUT(shortlist->rowCount(), 1, 10000);

    // They raise the deliverables of mine and shortlist another candidate.
    ShortlistEntry theirs = m_colleague->campaigns().entries(*campaignId).first();
    theirs.deliverables = 3;
    ASSERT_TRUE(m_colleague->campaigns().updateEntry(theirs, &error)) << error.text().toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(shortlist->entryAt(0)->deliverables, 3, 10000);
    ShortlistEntry second = entry;
    second.candidateId = putri;
    ASSERT_TRUE(m_colleague->campaigns().addEntry(second, &error)) << error.text().toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(shortlist->rowCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window.chartsPanel()->shortlistChart()->values(0).size(), 2, 10000);
}

TEST_F(TeamChangesWindowTest, TheWindowsOwnWritesAreNotReadASecondTime)
{
    QSignalSpy spy(m_window.teamChanges(), &TeamChangeWatch::refreshed);
    addOwn(QStringLiteral("Dewi Lestari"), QStringLiteral("@dewi"));
    Campaign campaign;
    campaign.name = QStringLiteral("Harbolnas");
    campaign.budget = Money(5000000000, QStringLiteral("IDR"));
    Error error;
    ASSERT_TRUE(m_window.file()->campaigns().create(campaign, &error)) << error.text().toStdString();
    // The colleague's change comes after mine: when it is read, mine would have been too.
    ASSERT_TRUE(m_colleague->assumptions().adopt(QStringLiteral("benchmark_cpm"), 7.0, QStringLiteral("own history")));
    QTRY_VERIFY_WITH_TIMEOUT(refreshed(spy).contains(QStringLiteral("assumptions")), 10000);
    EXPECT_FALSE(refreshed(spy).contains(QStringLiteral("candidates"))) << refreshed(spy).join(u' ').toStdString();
    EXPECT_FALSE(refreshed(spy).contains(QStringLiteral("campaigns"))) << refreshed(spy).join(u' ').toStdString();
}

TEST_F(TeamChangesWindowTest, WhenTheServerEndsTheSessionTheWindowSaysSoReconnectsAndShowsAColleaguesChange)
{
    addOwn(QStringLiteral("Nguyễn Thu Hà"), QStringLiteral("@thuha"));
    QStringList messages;
    QObject::connect(m_window.teamChanges(), &TeamChangeWatch::noticeChanged, &m_window,
            [&messages](const QString &message) { messages << message; });
    QSignalSpy refreshedSpy(m_window.teamChanges(), &TeamChangeWatch::refreshed);
    // An administrator ends the window's session: what a restart does to it, without
    // restarting the server the other tests run on at the same time.
    const qint64 pid = test::queryValue(m_window.file()->database().connection(),
                                        QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    ASSERT_GT(pid, 0);
    ASSERT_TRUE(test::TestDatabase::run(QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)));

    QTRY_VERIFY_WITH_TIMEOUT(messages.contains(QStringLiteral("Reconnected")), 20000);
    const int lostAt = messages.indexOf(QStringLiteral("Connection to the team database lost; reconnecting…"));
    ASSERT_GE(lostAt, 0) << messages.join(u'|').toStdString();
    EXPECT_LT(lostAt, messages.indexOf(QStringLiteral("Reconnected")));
    EXPECT_EQ(m_window.teamChanges()->notice(), QStringLiteral("Reconnected"));
    bool inStatusBar = false;
    for (const QLabel *label : m_window.statusBar()->findChildren<QLabel *>())
        inStatusBar = inStatusBar || (label->text() == QStringLiteral("Reconnected") && !label->isHidden());
    EXPECT_TRUE(inStatusBar);
    EXPECT_NE(test::queryValue(m_window.file()->database().connection(), QStringLiteral("SELECT pg_backend_pid()"))
                  .toLongLong(), pid);

    Error error;
    const auto budi = m_colleague->candidates().add(creator(QStringLiteral("Budi Santoso"), QStringLiteral("@budi")), &error);
    ASSERT_TRUE(budi) << error.text().toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 2, 10000);
    EXPECT_EQ(shownName(*budi), QStringLiteral("Budi Santoso"));
}

// The connection's notice is said in the language the marketer picks while it shows.
TEST_F(TeamChangesWindowTest, TheConnectionNoticeIsSaidAgainInALanguageChosenWhileItShows)
{
    const qint64 pid = test::queryValue(m_window.file()->database().connection(),
                                        QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    ASSERT_TRUE(test::TestDatabase::run(QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)));
    QTRY_COMPARE_WITH_TIMEOUT(m_window.teamChanges()->notice(), QStringLiteral("Reconnected"), 20000);

    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("vi")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window.teamChanges()->notice(), QStringLiteral("Đã kết nối lại"), 5000);
    bool inStatusBar = false;
    for (const QLabel *label : m_window.statusBar()->findChildren<QLabel *>())
        inStatusBar = inStatusBar || (label->text() == QStringLiteral("Đã kết nối lại") && !label->isHidden());
    EXPECT_TRUE(inStatusBar);

    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window.teamChanges()->notice(), QStringLiteral("Reconnected"), 5000);
}
