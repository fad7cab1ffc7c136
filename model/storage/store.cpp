#include "storage/store.h"

#include "storage/storewrite.h"

namespace planner {

Store::Store(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

bool Store::finish(StoreWrite &write)
{
    if (!write.commit())
        return false;
    emit changed();
    return true;
}

} // namespace planner
