#pragma once

#include "domain/candidate.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace planner {

class CandidateStore;

// The demo candidates shipped with the program (resources/demo/candidates.json).
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static QList<Candidate> candidates(Error *error = nullptr);
    // Adds the demo candidates in one transaction and returns how many. Refuses (and adds
    // nothing) when any of their channels is stored already: a second run must not double them.
    static std::optional<qint64> addTo(CandidateStore &store, Error *error = nullptr);
};

} // namespace planner
