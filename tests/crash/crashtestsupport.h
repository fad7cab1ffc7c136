#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

namespace planner::test {

// The seed of a crash test: PLANNER_CRASH_SEED when set (to replay a failure), else the
// given one. Each test prints the one it used, so a failing run says how to repeat it.
quint32 crashSeed(quint32 fallback);

// SQLite's own check of the whole file on a connection: "ok" when sound.
QString integrityCheck(const QSqlDatabase &db);

} // namespace planner::test
