#pragma once

#include "domain/candidatekind.h"
#include "domain/deliverableformat.h"
#include "domain/entrystatus.h"
#include "domain/goal.h"
#include "domain/platform.h"
#include "domain/tier.h"

#include <QCoreApplication>
#include <QString>

namespace planner {

// The words the marketer reads for kinds, tiers, platforms and niches, in the current language.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString kind(CandidateKind kind);
    static QString kindPlural(CandidateKind kind);
    static QString tier(Tier tier);
    // "Unknown" when the follower count is unknown.
    static QString tier(const std::optional<Tier> &tier);
    static QString platform(Platform platform);
    static QString goal(Goal goal);
    static QString format(DeliverableFormat format);
    static QString status(EntryStatus status);
    // A known niche key ("beauty") in the current language; unknown keys as they are.
    static QString niche(const QString &key);
    static QStringList knownNicheKeys();
};

} // namespace planner
