#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

namespace planner {

class StoreWrite;

// Optimistic concurrency for a team (issue 15, schema 11): each candidate, campaign and
// shortlist entry row carries its version, who changed it last (the server's current_user,
// or the system's user name for a file) and when (UTC, ISO 8601). An update claims the
// version it read in its own WHERE clause: when a colleague changed the row since, no row
// matches, the update is refused, saying who and when, and nothing is written.
class RowVersion
{
    Q_DECLARE_TR_FUNCTIONS(RowVersion)

public:
    // Who and when last changed a row, and its version.
    struct Change
    {
        qint64 version = 0;
        QString by;
        QDateTime at; // UTC
    };

    // Inside write: runs "UPDATE table SET assignments, <stamp> WHERE id = ? AND
    // row_version = ?", values binding the assignments; the row moves on to the next
    // version, stamped with who and when. A version of 0 (a copy never read from the
    // database, such as a command-line edit) claims whatever is stored. When no row
    // matched because a colleague changed it since, stops write with conflict() and
    // returns false; a row that is gone stops it with the store's own failure.
    static bool update(StoreWrite &write, const QSqlDatabase &db, const QString &table,
                       const QString &assignments, const QVariantList &values, qint64 id,
                       qint64 version);
    // The stamp a write without a version check adds to its SET (a bulk change of rows,
    // so that a colleague holding an older copy is refused in turn), and its values.
    static QString stamp(const QSqlDatabase &db);
    static QVariantList stampValues(const QSqlDatabase &db);
    // An insert "INSERT INTO t (columns) VALUES (?, ...)" that also says who made the row and
    // when (its version starts at 1); stampValues binds after the row's own values.
    static QString stampedInsert(const QSqlDatabase &db, const QString &insert);
    static std::optional<Change> lastChange(const QSqlDatabase &db, const QString &table, qint64 id);
    // Who the connection writes as: the server's user, or the system's user for a file.
    static QString currentUser(const QSqlDatabase &db);
    // The system's user name, who writes to a file.
    static QString localUser();
    // The refusal: who changed the row and when (in the interface's locale). Its fieldKey
    // is conflictFieldKey, so that the window can offer to reload.
    static Error conflict(const Change &change);
    // Whether error is such a refusal.
    static bool isConflict(const Error &error);
    // error, and when it is such a refusal, what the colleague changed: the fields that
    // differ between the copy the edit started from and the stored one (ChangedFields).
    static Error withWhatChanged(Error error, const QStringList &changedFields);
    // When a change was made, as the interface's language says it (its calendar, its digits).
    static QString when(const QDateTime &at);

    static constexpr const char *conflictFieldKey = "conflict";
};

} // namespace planner
