#pragma once

#include "backendtestsupport.h"
#include "testsupport.h"

#include "domain/candidate.h"
#include "domain/candidaterow.h"
#include "storage/candidatestore.h"
#include "storage/database.h"

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <memory>
#include <ostream>

namespace planner {

// Readable gtest output for the value types the model tests compare.
inline void PrintTo(const Money &money, std::ostream *out)
{
    *out << money.toDecimalString().toStdString() << ' ' << money.currency().toStdString();
}

inline void PrintTo(const Channel &channel, std::ostream *out)
{
    *out << "{id " << channel.id << ", " << platformKey(channel.platform).toStdString() << ' '
         << channel.handle.toStdString() << ", followers ";
    if (channel.followers)
        *out << *channel.followers;
    else
        *out << "unknown";
    *out << '}';
}

inline void PrintTo(const Candidate &candidate, std::ostream *out)
{
    *out << "{id " << candidate.id << ", " << candidate.name.toStdString() << ", "
         << candidate.channels.size() << " channels}";
}

} // namespace planner

namespace planner::test {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs statements on an SQLite file through a private connection that is gone afterwards,
// so the file can be made the way another program (or a newer version) would leave it. A
// server's address (postgresql://) is run there the same way.
inline bool runSqlOnFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("test-raw-connection");
    bool ok = true;
    {
        const bool server = ServerAddress::isServerUri(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        Error error;
        if (const auto address = server ? ServerAddress::parse(path, &error) : std::nullopt)
            address->applyTo(db);
        else
            db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!ok || !query.exec(statement)) {
                ADD_FAILURE() << statement.toStdString() << ": "
                              << query.lastError().text().toStdString();
                ok = false;
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The first column of the first row of a query with bound values.
inline QVariant queryValue(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.value(0);
}

inline Channel makeChannel(Platform platform, const QString &handle, qint64 followers)
{
    Channel channel;
    channel.platform = platform;
    channel.handle = handle;
    channel.followers = followers;
    return channel;
}

inline Candidate makeCandidate(const QString &name, CandidateKind kind, const QList<Channel> &channels,
                               const QStringList &niches = {}, const QStringList &regions = {})
{
    Candidate candidate;
    candidate.name = name;
    candidate.kind = kind;
    candidate.channels = channels;
    candidate.niches = niches;
    candidate.regions = regions;
    return candidate;
}

// The candidate as it was handed in: ids are given by the store, so compare without them.
inline Candidate withoutIds(Candidate candidate)
{
    candidate.id = 0;
    for (Channel &channel : candidate.channels)
        channel.id = 0;
    return candidate;
}

// Every row of a filtered, sorted list.
inline QList<CandidateRow> allRows(const CandidateStore &store, const CandidateFilter &filter,
                                   const CandidateSort &sort = {})
{
    QList<CandidateRow> rows;
    const auto cursor = store.rows(filter, sort);
    while (!cursor->atEnd())
        rows += cursor->fetch(100);
    return rows;
}

// A fresh campaign database with a candidate store over it: an SQLite file, or a schema on the
// test server when run through OnBothBackends.
class StoreTest : public TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        m_path = m_place.create(m_backend, m_dir, QStringLiteral("campaign.sqlite"));
        ASSERT_FALSE(m_path.isEmpty());
        Error error;
        m_database = Database::open(m_path, Database::OpenMode::CreateIfMissing, &error);
        ASSERT_TRUE(m_database) << error.text().toStdString();
        m_store = std::make_unique<CandidateStore>(*m_database);
    }

    void TearDown() override
    {
        // Queries of the store must end before the connection is removed.
        m_store.reset();
        m_database.reset();
        m_place.drop();
    }

    QSqlDatabase connection() const { return m_database->connection(); }
    qint64 count(const QString &table) const
    {
        return queryValue(connection(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

    Backend m_backend = Backend::SQLite;
    TestDatabase m_place;
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CandidateStore> m_store;
};

} // namespace planner::test
