#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace planner {

class StoreWrite;

// Optimistic concurrency for a team (issue 15, schema 11): each candidate, campaign and
// shortlist entry row carries its version, who changed it last (the server's current_user,
// or the system's user name for a file) and when. An update claims the version it read:
// when a colleague changed the row since, the update is refused, saying who and when, and
// nothing is written.
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

    // Inside write: moves the row id of table from version (the one read) to the next,
    // stamped with who and when. A version of 0 (never read) claims whatever is stored.
    // When the row was changed since, stops write with conflict() and returns false.
    static bool claim(StoreWrite &write, const QSqlDatabase &db, const QString &table, qint64 id,
                      qint64 version);
    static std::optional<Change> lastChange(const QSqlDatabase &db, const QString &table, qint64 id);
    // Who the connection writes as: the server's user, or the system's user for a file.
    static QString currentUser(const QSqlDatabase &db);
    // The refusal: who changed the row and when (in the interface's locale). Its fieldKey
    // is conflictFieldKey, so that the window can offer to reload.
    static Error conflict(const Change &change);
    // When a change was made, as the interface's language says it (its calendar, its digits).
    static QString when(const QDateTime &at);

    static constexpr const char *conflictFieldKey = "conflict";
};

} // namespace planner
