#pragma once

#include "candidate.h"
#include "error.h"

#include <QList>

namespace planner {

// The demo candidates shipped with the program (resources/demo/candidates.json).
class DemoData
{
public:
    static QList<Candidate> candidates(Error *error = nullptr);
};

} // namespace planner
