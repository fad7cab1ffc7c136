// Team databases are named by libpq's URI (issue 15): what is taken, what is refused and why,
// and a server that is not there.
#include "modeltestsupport.h"

#include "storage/serveraddress.h"

namespace planner::test {
namespace {

TEST(ServerAddress, OnlyPostgresUrisNameAServer)
{
    EXPECT_TRUE(ServerAddress::isServerUri(QStringLiteral("postgresql://ana@db.example:5432/agency")));
    EXPECT_TRUE(ServerAddress::isServerUri(QStringLiteral(" postgres://db.example/agency")));
    EXPECT_FALSE(ServerAddress::isServerUri(QStringLiteral("/home/ana/postgresql://x.sqlite")));
    EXPECT_FALSE(ServerAddress::isServerUri(QStringLiteral("campaign.sqlite")));
}

TEST(ServerAddress, AnAddressWithSettingsIsTakenAsWritten)
{
    Error error;
    const QString uri = QStringLiteral("postgresql://ana@db.example:6543/agency?sslmode=require&connect_timeout=5");
    const auto address = ServerAddress::parse(uri, &error);
    ASSERT_TRUE(address) << error.text().toStdString();
    EXPECT_EQ(address->text(), uri);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("address-test"));
    address->applyTo(db);
    EXPECT_EQ(db.hostName(), QStringLiteral("db.example"));
    EXPECT_EQ(db.port(), 6543);
    EXPECT_EQ(db.userName(), QStringLiteral("ana"));
    EXPECT_EQ(db.databaseName(), QStringLiteral("agency"));
    EXPECT_EQ(db.password(), QString());
    // The address's own settings first, then the program's for those it leaves out.
    EXPECT_EQ(db.connectOptions(), QStringLiteral("sslmode='require';connect_timeout='5';keepalives_idle='30';"
                                                  "keepalives_interval='10';keepalives_count='3';"
                                                  "tcp_user_timeout='30000'"));
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("address-test"));
}

TEST(ServerAddress, AnAddressWithoutSettingsGetsTimeoutsAndKeepalives)
{
    Error error;
    const auto address = ServerAddress::parse(QStringLiteral("postgresql://ana@db.example/agency?keepalives_idle=120"), &error);
    ASSERT_TRUE(address) << error.text().toStdString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("address-defaults-test"));
    address->applyTo(db);
    EXPECT_EQ(db.connectOptions(), QStringLiteral("keepalives_idle='120';connect_timeout='10';keepalives_interval='10';"
                                                  "keepalives_count='3';tcp_user_timeout='30000'"));
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("address-defaults-test"));
}

TEST(ServerAddress, APasswordOrAnUnknownSettingIsRefusedWithoutShowingThePassword)
{
    for (const QString &uri : {QStringLiteral("postgresql://ana:s3cret@db.example/agency"),
                               QStringLiteral("postgresql://ana@db.example/agency?password=s3cret")}) {
        Error error;
        EXPECT_FALSE(ServerAddress::parse(uri, &error));
        EXPECT_TRUE(error.text().contains(QStringLiteral("~/.pgpass"))) << error.text().toStdString();
        EXPECT_FALSE(error.text().contains(QStringLiteral("s3cret"))) << error.text().toStdString();
    }
    Error error;
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("postgresql://db.example/agency?sslmode=a;host=evil"), &error));
    EXPECT_TRUE(error.text().contains(QStringLiteral("“sslmode” cannot be used"))) << error.text().toStdString();
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("postgresql://db.example/agency?dropall=1"), &error));
    EXPECT_TRUE(error.text().contains(QStringLiteral("“dropall”"))) << error.text().toStdString();
}

TEST(ServerAddress, AServerThatIsNotThereIsReportedByItsAddress)
{
    // Port 1 on this machine: nothing listens, the refusal is immediate.
    const QString uri = QStringLiteral("postgresql://ana@127.0.0.1:1/agency?connect_timeout=2");
    Error error;
    EXPECT_FALSE(Database::open(uri, Database::OpenMode::CreateIfMissing, &error));
    EXPECT_TRUE(error.text().startsWith(QStringLiteral("The team database “") + uri + QStringLiteral("” cannot be reached")))
        << error.text().toStdString();
}

} // namespace
} // namespace planner::test
