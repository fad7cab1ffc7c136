// Saved views of the candidate list: kept in the file, read back after a reopen and in
// another language, and brought to a file of schema 4 by the migration.
#include "modeltestsupport.h"

#include "storage/savedviewstore.h"
#include "storage/schema.h"

#include <QLocale>

namespace planner::test {
namespace {

class SavedViewStoreTest : public StoreTest
{
protected:
    void TearDown() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        StoreTest::TearDown();
    }

    void reopen()
    {
        m_store.reset();
        m_database.reset();
        Error error;
        m_database = Database::open(m_path, Database::OpenMode::ExistingOnly, &error);
        ASSERT_TRUE(m_database) << error.text().toStdString();
    }

    static SavedView beautyView()
    {
        SavedView view;
        view.name = QStringLiteral("Beauty micro, fee under 5 jt");
        view.filter.kind = CandidateKind::Kol;
        view.filter.tier = Tier::Micro;
        view.filter.platform = Platform::TikTok;
        view.filter.niche = QStringLiteral("beauty");
        view.filter.region = QStringLiteral("VN");
        view.filter.search = QStringLiteral("lan");
        view.filter.ranges.followers = {10000, 99999};
        view.filter.ranges.engagementPct.min = 3.5;
        view.filter.ranges.avgViews.max = 250000;
        view.filter.ranges.authenticityPct.min = 80;
        view.filter.ranges.setFee(std::nullopt, Money(5000000, QStringLiteral("VND")));
        view.sort = {CandidateSortKey::EngagementRate, true};
        view.columns = QStringList{QStringLiteral("name"), QStringLiteral("engagement"), QStringLiteral("fee")};
        return view;
    }
};

// The tests that hold on both engines run on each (an SQLite file, a PostgreSQL schema).
using SavedViewStoreBothTest = OnBothBackends<SavedViewStoreTest>;
INSTANTIATE_ON_BOTH_BACKENDS(SavedViewStoreBothTest);

QStringList seedKeys(const QList<SavedView> &views)
{
    QStringList keys;
    for (const SavedView &view : views)
        keys << view.seedKey;
    return keys;
}

TEST_P(SavedViewStoreBothTest, ANewFileComesWithSensibleViews)
{
    Error error;
    const QList<SavedView> views = SavedViewStore(*m_database).all(&error);
    EXPECT_TRUE(error.isEmpty()) << error.text().toStdString();
    ASSERT_EQ(seedKeys(views), texts({"small_engaged", "real_audience", "best_fit", "large_reach"}));
    const SavedView &small = views.at(0);
    EXPECT_EQ(small.filter.ranges.followers.max, 99999);
    EXPECT_EQ(small.filter.ranges.engagementPct.min, 3.0);
    EXPECT_EQ(small.sort.key, CandidateSortKey::EngagementRate);
    EXPECT_TRUE(small.sort.descending);
    EXPECT_EQ(views.at(2).sort.key, CandidateSortKey::GoalFit);
    EXPECT_EQ(views.at(1).filter.ranges.authenticityPct.min, 80.0);
}

TEST_P(SavedViewStoreBothTest, AViewSurvivesAReopenAndALanguageSwitch)
{
    SavedView view = beautyView();
    Error error;
    const auto id = SavedViewStore(*m_database).save(view, &error);
    ASSERT_TRUE(id) << error.text().toStdString();
    view.id = *id;
    reopen();
    QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
    const QList<SavedView> views = SavedViewStore(*m_database).all(&error);
    EXPECT_TRUE(error.isEmpty()) << error.text().toStdString();
    ASSERT_EQ(views.size(), 5);
    EXPECT_EQ(views.last(), view);
    EXPECT_EQ(SavedViewStore::displayName(views.last()), view.name);
    // The views that came with the file show their figures in the interface's digits.
    EXPECT_TRUE(SavedViewStore::displayName(views.at(1)).contains(QStringLiteral("۸۰")));
}

TEST_P(SavedViewStoreBothTest, SavingUnderAnExistingNameReplacesThatView)
{
    SavedViewStore store(*m_database);
    SavedView view = beautyView();
    ASSERT_TRUE(store.save(view));
    view.filter.ranges.followers.max = 50000;
    view.columns.clear();
    const auto id = store.save(view);
    ASSERT_TRUE(id);
    const QList<SavedView> views = store.all();
    ASSERT_EQ(views.size(), 5);
    EXPECT_EQ(views.last().id, *id);
    EXPECT_EQ(views.last().filter.ranges.followers.max, 50000);
    EXPECT_TRUE(views.last().columns.isEmpty());
    ASSERT_TRUE(store.remove(*id));
    EXPECT_EQ(store.all().size(), 4);
}

TEST_P(SavedViewStoreBothTest, AViewWithoutANameIsRefusedAndNothingIsStored)
{
    SavedView view = beautyView();
    view.name = QStringLiteral("   ");
    Error error;
    EXPECT_FALSE(SavedViewStore(*m_database).save(view, &error));
    EXPECT_EQ(error.fieldKey, QStringLiteral("name"));
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_EQ(count(QStringLiteral("saved_views")), 4);
}

TEST_F(SavedViewStoreTest, AViewWrittenByAnotherProgramIsReportedAndTheOthersStillRead)
{
    ASSERT_TRUE(runSqlOnFile(m_path, {QStringLiteral("INSERT INTO saved_views (name, filter) VALUES"
                                                     " ('Broken', '{\"kind\":\"robot\"}')")}));
    Error error;
    const QList<SavedView> views = SavedViewStore(*m_database).all(&error);
    EXPECT_EQ(views.size(), 4);
    EXPECT_TRUE(error.message.contains(QStringLiteral("Broken"))) << error.text().toStdString();
}

TEST_F(SavedViewStoreTest, AFileOfSchemaFourGetsTheViewsAndKeepsItsCandidates)
{
    const QString path = filePath(QStringLiteral("v4.sqlite"));
    QStringList statements;
    for (int step = 1; step <= 4; ++step)
        statements += Schema::migrationStep(step);
    statements << QStringLiteral("INSERT INTO candidates (id, name, kind) VALUES (7, 'Sara', 'influencer')")
               << QStringLiteral("INSERT INTO channels (candidate_id, platform, handle, followers, fee_minor, currency)"
                                 " VALUES (7, 'instagram', '@sara', 42000, 900000000, 'IRR')")
               << QStringLiteral("PRAGMA user_version = 4")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
    ASSERT_TRUE(runSqlOnFile(path, statements));
    Error error;
    auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    ASSERT_TRUE(database) << error.text().toStdString();
    EXPECT_EQ(queryValue(database->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
              Database::currentSchemaVersion);
    EXPECT_EQ(SavedViewStore(*database).all().size(), 4);
    CandidateStore store(*database);
    CandidateFilter filter;
    filter.ranges.followers.min = 42000;
    const QList<CandidateRow> rows = allRows(store, filter);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().channel.fee, Money(900000000, QStringLiteral("IRR")));
}

} // namespace
} // namespace planner::test
