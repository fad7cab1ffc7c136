#pragma once

#include <QObject>

namespace planner {

class Database;
class StoreWrite;

// What every store of a campaign file shares: the file it reads and writes, and the signal
// its views read again on, sent once a write holds.
class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(Database &database, QObject *parent = nullptr);

signals:
    void changed();

protected:
    // Commits the write and, when it holds, tells the views.
    bool finish(StoreWrite &write);

    Database &m_database;
};

} // namespace planner
