#include "goalfittable.h"

#include "goalranking.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace planner {

namespace {

// Rows per INSERT: a multi-row VALUES list binds 2 values a row and stays under the
// 999 bound values older SQLite versions accept; one statement per row would spend most of
// the time entering and leaving the statement.
constexpr int rowsPerInsert = 400;

QString insertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO goal_fit (channel_id, fit) VALUES (?, ?)");
    sql.reserve(sql.size() + 8 * rows);
    for (int i = 1; i < rows; ++i)
        sql += QStringLiteral(", (?, ?)");
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
            insert.bindValue(2 * i, channel.channelId);
            insert.bindValue(2 * i + 1, channel.rankKey());
        }
        if (!insert.exec()) {
            failure = insert.lastError();
            return false;
        }
    }
    return true;
}

} // namespace

bool GoalFitTable::fill(const QSqlDatabase &db, const GoalRanking &ranking, Error *error)
{
    // In channel id order, as read: the table's rows then go in at its end, one after another.
    const auto channels = ranking.project(db, error);
    return channels && fill(db, *channels, error);
}

bool GoalFitTable::fill(const QSqlDatabase &db, const std::vector<RankedChannel> &channels, Error *error)
{
    // A plain (deferred) transaction: only the temporary table is written, so other
    // programs may go on writing the file meanwhile.
    QSqlDatabase connection = db;
    QSqlQuery query(db);
    QSqlError failure;
    bool ok = connection.transaction();
    // The index is dropped and built again after the rows are in: one sort instead of a
    // million inserts in random places.
    const QString statements[] = {
        QStringLiteral("DROP INDEX IF EXISTS goal_fit_by_fit"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS goal_fit ("
                       " channel_id INTEGER PRIMARY KEY, fit REAL NOT NULL)"),
        QStringLiteral("DELETE FROM goal_fit"),
    };
    for (const QString &statement : statements) {
        ok = ok && query.exec(statement);
        if (!ok)
            break;
    }
    ok = ok && insertAll(db, channels, failure);
    ok = ok && query.exec(QStringLiteral("CREATE INDEX goal_fit_by_fit ON goal_fit (fit DESC, channel_id)"));
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
