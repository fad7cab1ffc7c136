#pragma once

#include "storage/backgroundconnection.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

namespace planner {

// Reads the niches and regions in use (the filter bar's choices) on a connection of its own
// in a worker thread: on a large file each is a full scan (issue 14: with the candidate
// count they held the window's thread 729 ms as a million candidates opened).
class FilterChoicesReader : public QObject
{
    Q_OBJECT

public:
    explicit FilterChoicesReader(const QString &databasePath, QObject *parent = nullptr);

    // Reads them again (the file changed); the answer comes as read().
    void request();
    // The distinct items of a '|'-separated column of candidates ("niches" or "regions"),
    // sorted: the choices read on any connection.
    static QStringList valuesInUse(const QSqlDatabase &db, const QString &column);

signals:
    void read(const QStringList &niches, const QStringList &regions);

private:
    BackgroundConnection m_background; // last: its thread ends before the rest goes
};

} // namespace planner
