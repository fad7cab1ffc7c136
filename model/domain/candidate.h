#pragma once

#include "domain/candidatekind.h"
#include "domain/channel.h"

#include <QList>
#include <QStringList>

namespace planner {

// A person (or collective) the marketer may hire, with every channel they can be hired on.
struct Candidate
{
    qint64 id = 0;
    QString name;
    CandidateKind kind = CandidateKind::Influencer;
    QStringList niches;  // lowercase keys such as "beauty"
    QStringList regions; // ISO 3166 codes such as "VN" or "ID-JK"
    QString notes;
    QList<Channel> channels;
    // The row's version when read (RowVersion), 0 when never read; not part of equality.
    qint64 version = 0;

    bool operator==(const Candidate &other) const;
    bool operator!=(const Candidate &other) const { return !(*this == other); }
};

} // namespace planner
