#pragma once

#include "domain/candidate.h"

#include <QRandomGenerator>

namespace planner {

// Produces any number of plausible candidates from a fixed seed, for measurements at scale.
class SyntheticCandidates
{
public:
    explicit SyntheticCandidates(quint32 seed = 20261123);
    Candidate next();

private:
    QRandomGenerator m_random;
    qint64 m_serial = 0;
};

} // namespace planner
