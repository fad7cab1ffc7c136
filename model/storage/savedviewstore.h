#pragma once

#include "domain/error.h"
#include "domain/savedview.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace planner {

class Database;

// The saved views of the candidate list, kept in the file (table saved_views). A view
// saved under a name a view already has replaces it.
class SavedViewStore
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewStore)

public:
    explicit SavedViewStore(Database &database);

    // Every view, those that came with the file first, then the marketer's by name. A view
    // whose filter this program cannot read is left out (and reported in *error).
    QList<SavedView> all(Error *error = nullptr) const;
    // Stores the view under its name (replacing a view of that name) and returns its id.
    std::optional<qint64> save(const SavedView &view, Error *error = nullptr);
    bool remove(qint64 id, Error *error = nullptr);
    // The name shown: a view that came with the file in the interface's language.
    static QString displayName(const SavedView &view);

private:
    Database &m_database;
};

} // namespace planner
