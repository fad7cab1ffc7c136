// Changes by others without a restart (issue 15, schema 12): two real connections to one
// database. On the server a colleague's write of a candidate, a campaign or a shortlist entry
// reaches the other connection's ChangeListener, its own writes do not; a connection the
// server ends is noticed, opened again, and listens again (ConnectionKeeper). Every insert
// says who made the row and when, on both engines.
#include "colleaguetestsupport.h"
#include "schemafilesupport.h"

#include "storage/campaignfile.h"
#include "storage/campaignstore.h"
#include "storage/changelistener.h"
#include "storage/connectionkeeper.h"
#include "storage/rowversion.h"
#include "storage/sqldialect.h"

#include <QSignalSpy>
#include <QTest>

namespace planner::test {
namespace {

class TeamChangesFixture : public ColleagueStoreTest
{
protected:
    bool onServer() const { return m_backend == Backend::PostgreSQL; }

    static Candidate creator(const QString &name, const QString &handle)
    {
        return makeCandidate(name, CandidateKind::Creator, {makeChannel(Platform::TikTok, handle, 52000)});
    }

    static Campaign campaign(const QString &name)
    {
        Campaign campaign;
        campaign.name = name;
        campaign.budget = Money(250000000, QStringLiteral("VND"));
        return campaign;
    }

    // Every table a spy of changedElsewhere has reported so far.
    static QStringList reported(const QSignalSpy &spy)
    {
        QStringList tables;
        for (const QList<QVariant> &report : spy)
            tables += report.at(0).toStringList();
        return tables;
    }
};

using TeamChangesTest = OnBothBackends<TeamChangesFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(TeamChangesTest);

TEST_P(TeamChangesTest, InsertsOfCandidatesCampaignsAndShortlistEntriesSayWhoAndWhen)
{
    Error error;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto candidateId = m_store->add(creator(QStringLiteral("Nguyễn Thu Hà"), QStringLiteral("@thuha")), &error);
    ASSERT_TRUE(candidateId) << error.text().toStdString();
    const auto campaignId = m_campaigns->create(campaign(QStringLiteral("Tết 2027")), &error);
    ASSERT_TRUE(campaignId) << error.text().toStdString();
    ShortlistEntry entry;
    entry.campaignId = *campaignId;
    entry.candidateId = *candidateId;
    entry.platform = Platform::TikTok;
    const auto entryId = m_campaigns->addEntry(entry, &error);
    ASSERT_TRUE(entryId) << error.text().toStdString();
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    const std::pair<const char *, qint64> rows[] = {
        {"candidates", *candidateId}, {"campaigns", *campaignId}, {"shortlist_entries", *entryId}};
    for (const auto &[table, id] : rows) {
        const auto change = RowVersion::lastChange(connection(), QLatin1String(table), id);
        ASSERT_TRUE(change) << table;
        EXPECT_EQ(change->version, 1) << table;
        EXPECT_EQ(change->by, RowVersion::currentUser(connection())) << table;
        EXPECT_FALSE(change->by.isEmpty()) << table;
        EXPECT_TRUE(change->at >= before && change->at <= after)
            << table << " " << change->at.toString(Qt::ISODateWithMs).toStdString();
    }
    // Entries put back in one write (undo of a candidate's removal) are stamped too.
    const QList<ShortlistEntry> entries = m_campaigns->entries(*campaignId);
    ASSERT_TRUE(m_campaigns->removeCandidate(*campaignId, *candidateId, &error)) << error.text().toStdString();
    ASSERT_TRUE(m_campaigns->restoreEntries(entries, *candidateId, &error)) << error.text().toStdString();
    EXPECT_EQ(queryValue(connection(), QStringLiteral("SELECT count(*) FROM shortlist_entries"
                                                      " WHERE changed_by <> '' AND changed_at <> ''")).toInt(), 1);
}

TEST_P(TeamChangesTest, AColleaguesWritesReachTheListenerTheConnectionsOwnDoNot)
{
    ChangeListener listener(connection());
    listener.setDelay(50);
    if (!onServer()) {
        EXPECT_FALSE(listener.listen()); // a file has no one else to hear from
        return;
    }
    ASSERT_TRUE(listener.listen());
    QSignalSpy spy(&listener, &ChangeListener::changedElsewhere);
    Error error;
    // My own write first: heard by the server, not reported.
    ASSERT_TRUE(m_campaigns->create(campaign(QStringLiteral("Ramadan 2027")), &error)) << error.text().toStdString();

    const auto id = m_colleague->candidates().add(creator(QStringLiteral("Budi Santoso"), QStringLiteral("@budi")), &error);
    ASSERT_TRUE(id) << error.text().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(reported(spy).contains(QStringLiteral("candidates")), 10000);
    EXPECT_TRUE(reported(spy).contains(QStringLiteral("channels")));
    EXPECT_FALSE(reported(spy).contains(QStringLiteral("campaigns"))) << reported(spy).join(u' ').toStdString();

    // Their update and their delete, and a campaign and shortlist entry of theirs.
    spy.clear();
    Candidate budi = *m_colleague->candidates().find(*id);
    budi.notes = QStringLiteral("Sudah dihubungi");
    ASSERT_TRUE(m_colleague->candidates().update(budi, &error)) << error.text().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(reported(spy).contains(QStringLiteral("candidates")), 10000);
    spy.clear();
    const auto campaignId = m_colleague->campaigns().create(campaign(QStringLiteral("Harbolnas")), &error);
    ASSERT_TRUE(campaignId) << error.text().toStdString();
    ShortlistEntry entry;
    entry.campaignId = *campaignId;
    entry.candidateId = *id;
    entry.platform = Platform::TikTok;
    ASSERT_TRUE(m_colleague->campaigns().addEntry(entry, &error)) << error.text().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(reported(spy).contains(QStringLiteral("shortlist_entries")), 10000);
    EXPECT_TRUE(reported(spy).contains(QStringLiteral("campaigns")));
    spy.clear();
    ASSERT_TRUE(m_colleague->candidates().remove(*id, &error)) << error.text().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(reported(spy).contains(QStringLiteral("candidates")), 10000);
    // Each report names a table once.
    for (const QList<QVariant> &report : spy) {
        const QStringList tables = report.at(0).toStringList();
        EXPECT_EQ(QSet<QString>(tables.begin(), tables.end()).size(), tables.size());
    }
}

TEST_P(TeamChangesTest, AConnectionTheServerEndsIsOpenedAgainListensAgainAndLosesNothing)
{
    if (!onServer())
        GTEST_SKIP() << "a file's connection cannot drop";
    ChangeListener listener(connection());
    listener.setDelay(50);
    ASSERT_TRUE(listener.listen());
    ConnectionKeeper keeper(connection(), [this] { return m_database->reconnect(); });
    keeper.setRetryDelays(50, 400);
    keeper.watch();
    QSignalSpy lost(&keeper, &ConnectionKeeper::lost);
    QSignalSpy restored(&keeper, &ConnectionKeeper::restored);
    ASSERT_TRUE(keeper.check());
    EXPECT_EQ(lost.count(), 0);

    // An administrator ends this connection's session (as a server restart would, without
    // disturbing the other tests on the same server).
    const qint64 pid = queryValue(connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    ASSERT_TRUE(TestDatabase::run(QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)));

    // A write meanwhile fails with a clear error and leaves nothing.
    Error error;
    EXPECT_FALSE(m_campaigns->create(campaign(QStringLiteral("Tết 2027")), &error));
    EXPECT_FALSE(error.text().isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    EXPECT_EQ(lost.count(), 1);
    EXPECT_FALSE(keeper.isLost());
    EXPECT_NE(queryValue(connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong(), pid);
    EXPECT_EQ(count(QStringLiteral("campaigns")), 0);

    // Listening again, it hears a colleague.
    ASSERT_TRUE(listener.listen());
    QSignalSpy spy(&listener, &ChangeListener::changedElsewhere);
    ASSERT_TRUE(m_colleague->campaigns().create(campaign(QStringLiteral("Harbolnas")), &error)) << error.text().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(reported(spy).contains(QStringLiteral("campaigns")), 10000);
}

// Schema 12 from a real database of schema 11 (the steps up to 11, its rows): on the server
// every table the window shows gets its statement-level trigger; in a file nothing changes.
using SchemaTwelveTest = OnBothBackends<SchemaUpgradeFixture>;
INSTANTIATE_ON_BOTH_BACKENDS(SchemaTwelveTest);

TEST_P(SchemaTwelveTest, ADatabaseOfSchemaElevenGetsItsTriggersAndKeepsItsRows)
{
    const QString address = m_place.create(m_backend, m_dir, QStringLiteral("v11.sqlite"));
    ASSERT_FALSE(address.isEmpty());
    const QStringList rows{
        QStringLiteral("INSERT INTO candidates (id, name, kind, notes) VALUES (1, 'Nguyễn Thu Hà', 'kol', 'đã liên hệ')"),
        QStringLiteral("INSERT INTO channels (id, candidate_id, platform, handle, followers)"
                       " VALUES (10, 1, 'tiktok', '@thuha', 1200000)"),
        QStringLiteral("INSERT INTO candidate_search (rowid, terms) VALUES (1, 'nguyen thu ha thuha')"),
        QStringLiteral("INSERT INTO campaigns (id, name, goal, budget_minor, currency)"
                       " VALUES (7, 'Tết', 'awareness', 100000000000, 'VND')")};
    ASSERT_TRUE(makeDatabaseOfSchema(address, m_backend, 11, rows));

    Error error;
    auto file = CampaignFile::open(address, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(file) << error.text().toStdString();
    const QSqlDatabase db = file->database().connection();
    EXPECT_EQ(queryValue(db, dialect().versionQuery()).toInt(), Database::currentSchemaVersion);
    const auto ha = file->candidates().find(1);
    ASSERT_TRUE(ha);
    EXPECT_EQ(ha->notes, QStringLiteral("đã liên hệ"));
    const auto tet = file->campaigns().find(7);
    ASSERT_TRUE(tet);
    EXPECT_EQ(tet->name, QStringLiteral("Tết"));
    if (m_backend == Backend::SQLite) {
        EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                                " AND name LIKE '%_changed'")).toInt(), 0);
        return;
    }
    EXPECT_EQ(queryValue(db, QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                                            " WHERE c.relnamespace = current_schema()::regnamespace"
                                            " AND t.tgname = c.relname || '_changed'")).toInt(),
              CampaignFile::shownTables().size());
    // A colleague's edit of an old row is heard.
    ChangeListener listener(db);
    listener.setDelay(50);
    ASSERT_TRUE(listener.listen());
    QSignalSpy spy(&listener, &ChangeListener::changedElsewhere);
    auto colleague = CampaignFile::open(address, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(colleague) << error.text().toStdString();
    Campaign theirs = *colleague->campaigns().find(7);
    theirs.notes = QStringLiteral("ngân sách đã duyệt");
    ASSERT_TRUE(colleague->campaigns().update(theirs, &error)) << error.text().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
    EXPECT_EQ(spy.first().at(0).toStringList(), QStringList{QStringLiteral("campaigns")});
    colleague.reset();
    file.reset();
}

} // namespace
} // namespace planner::test
