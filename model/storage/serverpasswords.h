#pragma once

#include <QString>

namespace planner {

// Passwords typed for a team database, held in this process's memory only (never in the
// settings, never in the address) so that the window's background readers can connect with
// the same password the marketer typed. libpq's own places (~/.pgpass, PGPASSFILE,
// PGSERVICE) need none of this.
class ServerPasswords
{
public:
    static void set(const QString &address, const QString &password);
    // The password typed for address, empty when none was.
    static QString forAddress(const QString &address);
    static void forget(const QString &address);
};

} // namespace planner
