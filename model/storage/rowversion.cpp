#include "storage/rowversion.h"

#include "storage/sqldialect.h"
#include "storage/storewrite.h"
#include "text/localformat.h"

#include <QDir>
#include <QLocale>
#include <QSqlQuery>

namespace planner {

QString RowVersion::currentUser(const QSqlDatabase &db)
{
    if (SqlDialect::of(db).engine() == SqlDialect::Engine::PostgreSQL) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            return query.value(0).toString();
    }
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    return QDir::home().dirName();
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
    change.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
    return change;
}

bool RowVersion::claim(StoreWrite &write, const QSqlDatabase &db, const QString &table, qint64 id,
                       qint64 version)
{
    if (!write.isOk())
        return false;
    const QString stamp = QStringLiteral("UPDATE %1 SET row_version = row_version + 1, changed_by = ?,"
                                         " changed_at = ? WHERE id = ?").arg(table);
    const QVariantList values = {currentUser(db),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id};
    if (version <= 0)
        return write.exec(stamp, values, StoreWrite::Rows::Any);
    if (!write.exec(stamp + QStringLiteral(" AND row_version = ?"), values + QVariantList{version},
                    StoreWrite::Rows::Any))
        return false;
    if (write.rowsChanged() == 1)
        return true;
    // Gone or changed: a deleted row is the store's own failure (exactly one row).
    const std::optional<Change> change = lastChange(db, table, id);
    if (!change)
        return write.step(false);
    return write.refuse(conflict(*change));
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
    //: %1 a colleague's user name, %2 a date and time
    error.message = tr("%1 changed this on %2, after you opened it. Your change was not saved, so "
                       "that theirs is not lost: reload to see their version, then make your change "
                       "again.")
                        .arg(change.by.isEmpty() ? tr("A colleague") : change.by,
                             when(change.at));
    return error;
}

} // namespace planner
