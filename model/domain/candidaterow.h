#pragma once

#include "domain/candidatekind.h"
#include "domain/channel.h"

#include <QStringList>

namespace planner {

// One line of the candidate list: a candidate on one of their channels.
struct CandidateRow
{
    qint64 candidateId = 0;
    QString name;
    CandidateKind kind = CandidateKind::Influencer;
    QStringList niches;
    QStringList regions;
    Channel channel;
};

} // namespace planner
