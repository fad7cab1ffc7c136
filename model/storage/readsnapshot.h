#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace planner {

// While alive, the statements run on a SQLite connection see one state of the file: a read
// transaction begun when the connection has none open, ended (committed, nothing written)
// when this goes. For a read made of several statements that must agree, such as a table
// read apart from the table it joins (RankingRows). Nothing on another engine, or when the
// connection is already inside a transaction (its statements agree already).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    sqlite3 *m_handle = nullptr; // set when this began the transaction
};

} // namespace planner
