#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// Follower tiers, smallest first.
enum class Tier { Nano, Micro, Macro, Mega };

QString tierKey(Tier tier);
std::optional<Tier> tierFromKey(const QString &key);
QStringList allTierKeys();
const QList<Tier> &allTiers();

// The lower bound (inclusive) of each tier, read from the database: thresholds are data.
class TierThresholds
{
public:
    TierThresholds(); // the seeded defaults: 0, 10,000, 100,000, 1,000,000
    void setLowerBound(Tier tier, qint64 followers);
    qint64 lowerBound(Tier tier) const;
    // Exclusive upper bound, or nullopt for the top tier.
    std::optional<qint64> upperBound(Tier tier) const;
    Tier tierFor(qint64 followers) const;
    // No tier for an unknown follower count: never filed under the smallest by accident.
    std::optional<Tier> tierFor(const std::optional<qint64> &followers) const;

private:
    qint64 m_lower[4];
};

} // namespace planner
