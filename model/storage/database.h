#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <memory>

namespace planner {

// One open campaign database, a file or a team database on a PostgreSQL server (a
// postgresql:// URI, see ServerAddress): checks it, migrates its schema, owns the connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    // Opens (and, when new or older, migrates) the file. On failure returns null, fills
    // error, and leaves the file byte for byte as it was.
    static std::unique_ptr<Database> open(const QString &path, OpenMode mode, Error *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // Writes a consistent copy of the whole database to a new file (SQLite's VACUUM INTO).
    bool saveCopyAs(const QString &path, Error *error) const;
    QString path() const { return m_path; }
    // Whether this is a team database on a server (PostgreSQL) rather than a file.
    bool isServer() const;
    // Closes the connection and opens it again with the same settings (a server that
    // restarted); false when it does not answer yet. Open queries must be let go first.
    bool reconnect();
    // A failure of this file: what went wrong, then the file and SQLite's reason in
    // parentheses ("database or disk is full"); what alone when there is no reason.
    Error fault(const QString &what, const QString &reason) const;
    // The same for a failed statement; a change the server refused this user (a viewer's
    // write) is said so (ServerFault::refused).
    Error fault(const QString &what, const QSqlError &reason) const;

    static constexpr int currentSchemaVersion = 15;
    // Marks a file as ours in the SQLite header (PRAGMA application_id): "CPLN".
    static constexpr int applicationId = 0x43504c4e;

private:
    Database(const QString &connectionName, const QString &path);
    static std::optional<Error> checkFile(const QString &path, OpenMode mode);
    static std::optional<Error> checkLength(const QString &path, const QByteArray &header, qint64 size);
    static std::unique_ptr<Database> openServer(const QString &uri, Error *error);
    static std::unique_ptr<Database> finishOpening(std::unique_ptr<Database> database, Error *error);
    std::optional<Error> checkSchema() const;
    std::optional<Error> migrate();
    // One step in one transaction (statements end with the version stamp); setup: what a
    // server needs before the steps (SqlDialect::migrationSetup).
    std::optional<Error> runStep(int version, const QStringList &statements, bool setup = false);

    QString m_connectionName;
    QString m_path;
};

// A write transaction that rolls back when it leaves scope without commit().
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    // Ends the transaction now, undoing it (a server refuses every statement after a failed
    // one until then, even the release of prepared statements).
    void rollback();
    // SQLite's reason when BEGIN or COMMIT failed ("database is locked", "database or disk
    // is full"); empty otherwise.
    QString errorText() const { return m_errorText; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_errorText;
};

} // namespace planner
