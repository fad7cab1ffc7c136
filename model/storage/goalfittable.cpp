#include "storage/goalfittable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace planner {

namespace {

// Rows per INSERT: a multi-row VALUES list binds 3 values a row and stays under the
// 999 bound values older SQLite versions accept; one statement per row would spend most of
// the time entering and leaving the statement.
constexpr int rowsPerInsert = 300;

QString insertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO goal_fit (place, channel_id, fit) VALUES (?, ?, ?)");
    sql.reserve(sql.size() + 11 * rows);
    for (int i = 1; i < rows; ++i)
        sql += QStringLiteral(", (?, ?, ?)");
    return sql;
}

bool insertAll(const QSqlDatabase &db, const std::vector<RankedChannel> &channels, QSqlError &failure)
{
    QSqlQuery insert(db);
    int prepared = 0;
    for (size_t start = 0; start < channels.size(); start += rowsPerInsert) {
        const int rows = int(std::min<size_t>(rowsPerInsert, channels.size() - start));
        if (rows != prepared && !insert.prepare(insertSql(rows))) {
            failure = insert.lastError();
            return false;
        }
        prepared = rows;
        for (int i = 0; i < rows; ++i) {
            const RankedChannel &channel = channels[start + size_t(i)];
            insert.bindValue(3 * i, qint64(start) + i + 1);
            insert.bindValue(3 * i + 1, channel.channelId);
            insert.bindValue(3 * i + 2, channel.fit);
        }
        if (!insert.exec()) {
            failure = insert.lastError();
            return false;
        }
    }
    return true;
}

} // namespace

bool GoalFitTable::fill(const QSqlDatabase &db, const std::vector<RankedChannel> &channels, Error *error)
{
    // A plain (deferred) transaction: only the temporary table is written, so other
    // programs may go on writing the file meanwhile.
    QSqlDatabase connection = db;
    QSqlQuery query(db);
    QSqlError failure;
    // Keyed by place in the ranking and filled in that order, every row goes in at the end
    // of the table's only B-tree, and the list walks it by key: no index to build, which
    // took twice as long (and DROP INDEX fails while any query of the connection is open).
    bool ok = connection.transaction()
        && query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS goal_fit ("
                                     " place INTEGER PRIMARY KEY, channel_id INTEGER NOT NULL,"
                                     " fit REAL NOT NULL)"))
        && query.exec(QStringLiteral("DELETE FROM goal_fit"));
    ok = ok && insertAll(db, channels, failure);
    ok = ok && connection.commit();
    if (!ok) {
        if (!failure.isValid())
            failure = query.lastError().isValid() ? query.lastError() : connection.lastError();
        if (error)
            error->message = tr("The candidates could not be ranked by goal fit.") + QLatin1String(" (")
                + failure.text() + QLatin1Char(')');
        connection.rollback();
    }
    return ok;
}

} // namespace planner
