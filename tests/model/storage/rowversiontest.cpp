// Two people at once (issue 15, schema 11): two real connections to the same database (an
// SQLite file, a PostgreSQL schema) edit the same candidate. The second edit of a row the
// first changed since it was read is refused, saying who and when; every other edit of
// either side is kept.
#include "modeltestsupport.h"

#include "storage/rowversion.h"

namespace planner::test {
namespace {

class RowVersionFixture : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        Error error;
        m_colleagueDatabase = Database::open(m_path, Database::OpenMode::ExistingOnly, &error);
        ASSERT_TRUE(m_colleagueDatabase) << error.text().toStdString();
        m_colleague = std::make_unique<CandidateStore>(*m_colleagueDatabase);
    }

    void TearDown() override
    {
        m_colleague.reset();
        m_colleagueDatabase.reset();
        StoreTest::TearDown();
    }

    qint64 added(const QString &name, const QString &handle)
    {
        const auto id = m_store->add(makeCandidate(name, CandidateKind::Creator,
                                                   {makeChannel(Platform::TikTok, handle, 52000)}));
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    std::unique_ptr<Database> m_colleagueDatabase;
    std::unique_ptr<CandidateStore> m_colleague;
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
    Candidate theirsLan = *m_colleague->find(lan);
    EXPECT_EQ(mineLan.version, 1);
    EXPECT_EQ(theirsLan.version, 1);

    // The colleague changes Lan's notes first.
    theirsLan.notes = QStringLiteral("Liên hệ qua Zalo");
    Error error;
    ASSERT_TRUE(m_colleague->update(theirsLan, &error)) << error.text().toStdString();

    // My change of Lan, read before theirs, is refused: who and when, nothing written.
    mineLan.name = QStringLiteral("Nguyễn Thị Lan Anh");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    EXPECT_FALSE(m_store->update(mineLan, &error));
    EXPECT_EQ(error.fieldKey, QLatin1String(RowVersion::conflictFieldKey));
    const QString colleague = RowVersion::currentUser(m_colleagueDatabase->connection());
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

    const Candidate lanNow = *m_colleague->find(lan);
    EXPECT_EQ(lanNow.name, QStringLiteral("Nguyễn Thị Lan Anh"));
    EXPECT_EQ(lanNow.notes, QStringLiteral("Liên hệ qua Zalo"));
    EXPECT_EQ(lanNow.version, 3);
    EXPECT_EQ(m_colleague->find(sara)->notes, QStringLiteral("قیمت را دوباره بپرس"));
    // The colleague's stale copy of Lan is now refused in turn.
    theirsLan.version = 2;
    theirsLan.notes = QStringLiteral("Gọi lại sau Tết");
    EXPECT_FALSE(m_colleague->update(theirsLan, &error));
    EXPECT_EQ(m_store->find(lan)->notes, QStringLiteral("Liên hệ qua Zalo"));
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
