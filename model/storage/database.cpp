#include "storage/database.h"

#include "storage/schema.h"
#include "storage/serveraddress.h"
#include "storage/serverfault.h"
#include "storage/sqldialect.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace planner {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("planner-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The first value of a query's first row.
std::optional<qint64> scalarValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

Error fileError(const QString &message)
{
    Error error;
    error.message = message;
    return error;
}

} // namespace

Database::Database(const QString &connectionName, const QString &path)
    : m_connectionName(connectionName)
    , m_path(path)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isServer() const
{
    return SqlDialect::of(connection()).engine() == SqlDialect::Engine::PostgreSQL;
}

bool Database::reconnect()
{
    QSqlDatabase db = connection();
    db.close();
    // Called on the window's thread once a probe has just logged in (ConnectionKeeper): should
    // the server go quiet in between, the open gives up after 2 s instead of the address's 10.
    const QString options = db.connectOptions();
    if (isServer())
        db.setConnectOptions(options + QStringLiteral(";connect_timeout=2"));
    const bool opened = db.open();
    db.setConnectOptions(options);
    if (!opened)
        return false;
    for (const QString &setting : SqlDialect::of(db).connectionSettings())
        QSqlQuery(db).exec(setting);
    return true;
}

std::optional<Error> Database::checkFile(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        if (mode == OpenMode::ExistingOnly)
            return fileError(tr("The file “%1” does not exist.").arg(name));
        const QFileInfo dir(info.absolutePath());
        if (!dir.isDir() || !dir.isWritable())
            return fileError(tr("The file “%1” cannot be created: the folder cannot be written.")
                                 .arg(name));
        return std::nullopt;
    }
    if (!info.isFile())
        return fileError(tr("“%1” is not a file.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(tr("The file “%1” cannot be read.").arg(name));
    const QByteArray header = file.read(100);
    if (!header.isEmpty() && !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return fileError(tr("“%1” is not a Campaign Planner database.").arg(name));
    if (auto fault = checkLength(path, header, info.size()))
        return fault;
    if (!info.isWritable())
        return fileError(tr("The file “%1” cannot be written: it is read-only.").arg(name));
    // Writing needs a journal file beside the database.
    if (!QFileInfo(info.absolutePath()).isWritable())
        return fileError(tr("The file “%1” cannot be written: its folder is read-only.").arg(name));
    return std::nullopt;
}

std::optional<Error> Database::checkLength(const QString &path, const QByteArray &header, qint64 size)
{
    // A file cut short (a copy that stopped, a full USB stick) still opens in SQLite, which
    // finds the missing pages only when a query reaches them. Its header says how long it
    // is: compare. A journal or WAL beside the file may still hold the rest (a crash during
    // a checkpoint), and SQLite puts that right when it opens the file, so leave those be.
    if (header.isEmpty())
        return std::nullopt;
    const QString name = QDir::toNativeSeparators(path);
    if (header.size() < 100)
        //: %2 a size in bytes
        return fileError(tr("“%1” is damaged: it ends inside its own header (%2 bytes).")
                             .arg(name, QLocale().toString(size)));
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0
        || QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        return std::nullopt;
    const auto bigEndian = [&header](int at, int bytes) {
        quint32 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(header.at(at + i));
        return value;
    };
    const quint32 pageSizeField = bigEndian(16, 2);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const qint64 pageCount = bigEndian(28, 4);
    // The page count in the header is valid only when written by the same change as the
    // "version valid for" number (SQLite's file format, section 1.3.7).
    const bool countValid = bigEndian(24, 4) == bigEndian(92, 4);
    if (countValid && pageCount > 0 && pageSize * pageCount > size)
        //: %2 and %3 are sizes in bytes
        return fileError(tr("“%1” is damaged: it is shorter than its own header says (%2 of %3 "
                            "bytes). It may have been cut off while being copied or saved.")
                             .arg(name, QLocale().toString(size), QLocale().toString(pageSize * pageCount)));
    return std::nullopt;
}

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode, Error *error)
{
    if (ServerAddress::isServerUri(path))
        return openServer(path, error);
    if (auto fault = checkFile(path, mode)) {
        if (error)
            *error = *fault;
        return nullptr;
    }
    const QString connectionName = nextConnectionName();
    std::unique_ptr<Database> database(new Database(connectionName, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error = fileError(tr("The file “%1” cannot be opened: %2")
                                       .arg(QDir::toNativeSeparators(path), db.lastError().text()));
            return nullptr;
        }
    }
    return finishOpening(std::move(database), error);
}

std::unique_ptr<Database> Database::openServer(const QString &uri, Error *error)
{
    const std::optional<ServerAddress> address = ServerAddress::parse(uri, error);
    if (!address)
        return nullptr;
    const QString driver = SqlDialect::of(SqlDialect::Engine::PostgreSQL).driverName();
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        if (error)
            *error = fileError(tr("Team databases cannot be opened: Qt's PostgreSQL driver (the package "
                                  "libqt6sql6-psql) is not installed."));
        return nullptr;
    }
    const QString connectionName = nextConnectionName();
    std::unique_ptr<Database> database(new Database(connectionName, address->text()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
        address->applyTo(db);
        if (!db.open()) {
            if (error)
                *error = ServerFault::describe(*address, db.lastError().text());
            return nullptr;
        }
    }
    return finishOpening(std::move(database), error);
}

std::unique_ptr<Database> Database::finishOpening(std::unique_ptr<Database> database, Error *error)
{
    std::optional<Error> fault = database->checkSchema();
    if (!fault)
        fault = database->migrate();
    if (fault) {
        if (error)
            *error = *fault;
        return nullptr;
    }
    QSqlQuery settings(database->connection());
    for (const QString &statement : SqlDialect::of(database->connection()).connectionSettings())
        settings.exec(statement);
    return database;
}

Error Database::fault(const QString &what, const QString &reason) const
{
    Error error;
    error.message = what;
    if (!reason.trimmed().isEmpty())
        error.message += QLatin1String(" (") + QDir::toNativeSeparators(m_path)
            + QLatin1String(": ") + reason + QLatin1Char(')');
    return error;
}

Error Database::fault(const QString &what, const QSqlError &reason) const
{
    if (ServerFault::isRefusal(reason)) {
        const std::optional<ServerAddress> address = ServerAddress::parse(m_path, nullptr);
        return ServerFault::refused(address ? address->user() : QString(), m_path, what, reason);
    }
    return fault(what, reason.text());
}

bool Database::saveCopyAs(const QString &path, Error *error) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (query.exec())
        return true;
    if (error)
        *error = fileError(tr("A copy could not be saved as “%1”: %2")
                               .arg(QDir::toNativeSeparators(path), query.lastError().text()));
    return false;
}

std::optional<Error> Database::checkSchema() const
{
    const QSqlDatabase db = connection();
    const SqlDialect &dialect = SqlDialect::of(db);
    const QString name = QDir::toNativeSeparators(m_path);
    const auto tableCount = scalarValue(db, dialect.tableCountQuery());
    // A server's empty database has no version table yet: as if at version 0, no mark.
    const bool empty = tableCount == 0;
    auto version = scalarValue(db, dialect.versionQuery());
    auto appId = scalarValue(db, dialect.applicationIdQuery());
    if (empty && !version)
        version = appId = 0;
    if (!version || !appId || !tableCount)
        return fileError(tr("“%1” is not a Campaign Planner database, or it is damaged.").arg(name));
    const bool ours = *appId == applicationId || (*appId == 0 && *tableCount == 0);
    if (!ours)
        return fileError(tr("“%1” is an SQLite database of another program, not a Campaign Planner "
                            "database.")
                             .arg(name));
    if (*version > currentSchemaVersion)
        return fileError(tr("“%1” was saved by a newer version of Campaign Planner (schema %2; "
                            "this version reads up to %3). Please update the program.")
                             .arg(name, QLocale().toString(*version),
                                  QLocale().toString(currentSchemaVersion)));
    return std::nullopt;
}

std::optional<Error> Database::migrate()
{
    const QSqlDatabase db = connection();
    const SqlDialect &dialect = SqlDialect::of(db);
    const qint64 from = scalarValue(db, dialect.versionQuery()).value_or(0);
    const QStringList setup = dialect.migrationSetup();
    if (from < currentSchemaVersion && !setup.isEmpty()) {
        if (auto fault = runStep(int(from), setup, true))
            return fault;
    }
    for (int version = static_cast<int>(from) + 1; version <= currentSchemaVersion; ++version) {
        if (auto fault = runStep(version, dialect.migrationStep(version, Schema::migrationStep(version))))
            return fault;
    }
    // Schema 9 drops the search-term table and most indexes, schemas 10 and 14 the full-text
    // index they build again: give their pages back (a file of a million candidates shrinks by
    // about three quarters at 9, by a third at 10). A new file has a few. A
    // server reclaims its own space.
    if (isServer())
        return std::nullopt;
    const qint64 freePages = scalarValue(db, QStringLiteral("PRAGMA freelist_count")).value_or(0);
    if (from < 14 && freePages > 0)
        QSqlQuery(db).exec(QStringLiteral("VACUUM"));
    return std::nullopt;
}

std::optional<Error> Database::runStep(int version, const QStringList &statements, bool setup)
{
    const QSqlDatabase db = connection();
    const SqlDialect &dialect = SqlDialect::of(db);
    Transaction transaction(db);
    // On a server another client may have taken the step meanwhile: wait for it, then look.
    if (!setup && !dialect.migrationLock().isEmpty()) {
        QSqlQuery(db).exec(dialect.migrationLock());
        if (scalarValue(db, dialect.versionQuery()).value_or(0) >= version)
            return std::nullopt;
    }
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!transaction.isActive() || !query.exec(statement)) {
            return fileError(tr("The database “%1” could not be upgraded to schema %2: %3")
                                 .arg(QDir::toNativeSeparators(m_path), QLocale().toString(version),
                                      query.lastError().text()));
        }
    }
    if (!transaction.commit())
        return fileError(tr("The database “%1” could not be upgraded to schema %2.")
                             .arg(QDir::toNativeSeparators(m_path), QLocale().toString(version)));
    return std::nullopt;
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    m_active = query.exec(SqlDialect::of(m_db).beginWrite());
    if (!m_active)
        m_errorText = query.lastError().text();
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::rollback()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_errorText = query.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace planner
