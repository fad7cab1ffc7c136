#pragma once

#include "domain/candidate.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace planner {

// Reads every candidate with its channels in two queries (candidates, then channels), for
// work that needs them all at once, such as suggesting a shortlist over the whole file.
class CandidateLoader
{
    Q_DECLARE_TR_FUNCTIONS(CandidateLoader)

public:
    // Ordered by id, channels in the order they were stored. Takes any connection to a
    // campaign database, so a background thread may read through its own. Empty, with
    // error set, when a query fails.
    static QList<Candidate> all(const QSqlDatabase &db, Error *error = nullptr);
};

} // namespace planner
