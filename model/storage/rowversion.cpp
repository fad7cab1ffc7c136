#include "storage/rowversion.h"

#include "domain/changedfields.h"
#include "storage/sqldialect.h"
#include "storage/storewrite.h"
#include "text/localformat.h"

#include <QDir>
#include <QLocale>
#include <QSqlQuery>

namespace planner {

namespace {

bool onServer(const QSqlDatabase &db)
{
    return SqlDialect::of(db).engine() == SqlDialect::Engine::PostgreSQL;
}

} // namespace

QString RowVersion::currentUser(const QSqlDatabase &db)
{
    if (onServer(db)) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            return query.value(0).toString();
    }
    return localUser();
}

QString RowVersion::localUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    return QDir::home().dirName();
}

QString RowVersion::stamp(const QSqlDatabase &db)
{
    // On the server the server says who writes (the role the connection logged in as).
    return QStringLiteral("row_version = row_version + 1, changed_by = %1, changed_at = ?")
        .arg(onServer(db) ? QStringLiteral("current_user") : QStringLiteral("?"));
}

QVariantList RowVersion::stampValues(const QSqlDatabase &db)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (onServer(db))
        return {now};
    return {currentUser(db), now};
}

QString RowVersion::stampedInsert(const QSqlDatabase &db, const QString &insert)
{
    QString sql = insert;
    sql.insert(sql.lastIndexOf(QLatin1String(") VALUES (")), QLatin1String(", changed_by, changed_at"));
    sql.chop(1); // the values' closing parenthesis
    return sql + (onServer(db) ? QLatin1String(", current_user, ?)") : QLatin1String(", ?, ?)"));
}

std::optional<RowVersion::Change> RowVersion::lastChange(const QSqlDatabase &db, const QString &table,
                                                          qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT row_version, changed_by, changed_at FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Change change;
    change.version = query.value(0).toLongLong();
    change.by = query.value(1).toString();
    change.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    return change;
}

bool RowVersion::update(StoreWrite &write, const QSqlDatabase &db, const QString &table,
                        const QString &assignments, const QVariantList &values, qint64 id,
                        qint64 version)
{
    if (!write.isOk())
        return false;
    QString sql = QStringLiteral("UPDATE %1 SET %2, %3 WHERE id = ?").arg(table, assignments, stamp(db));
    QVariantList bound = values + stampValues(db) + QVariantList{id};
    if (version > 0) {
        sql += QStringLiteral(" AND row_version = ?");
        bound << version;
    }
    if (!write.exec(sql, bound, StoreWrite::Rows::Any))
        return false;
    if (write.rowsChanged() == 1)
        return true;
    // No row matched: gone (the store's own failure) or changed since it was read.
    const std::optional<Change> change = lastChange(db, table, id);
    if (!change)
        return write.step(false);
    return write.refuse(conflict(*change));
}

bool RowVersion::isConflict(const Error &error)
{
    return error.fieldKey == QLatin1String(conflictFieldKey);
}

Error RowVersion::withWhatChanged(Error error, const QStringList &changedFields)
{
    if (isConflict(error) && !changedFields.isEmpty())
        error.message += QLatin1String("\n\n") + ChangedFields::sentence(changedFields);
    return error;
}

QString RowVersion::when(const QDateTime &at)
{
    // The day in the language's calendar (Solar Hijri in Persian), then the time.
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    return LocalFormat::date(local.date(), locale) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::ShortFormat);
}

Error RowVersion::conflict(const Change &change)
{
    Error error;
    error.fieldKey = QLatin1String(conflictFieldKey);
    const QString who = change.by.isEmpty() ? tr("A colleague") : change.by;
    // A row a colleague took away, or put in without a stamp, says no time.
    if (!change.at.isValid()) {
        //: %1 a colleague's user name (or "A colleague")
        error.message = tr("%1 changed this after you opened it. Your change was not saved, so that theirs "
                           "is not lost: reload to see their version, then make your change again.")
                            .arg(who);
        return error;
    }
    //: %1 a colleague's user name, %2 a date and time
    error.message = tr("%1 changed this on %2, after you opened it. Your change was not saved, so "
                       "that theirs is not lost: reload to see their version, then make your change "
                       "again.")
                        .arg(who, when(change.at));
    return error;
}

} // namespace planner
