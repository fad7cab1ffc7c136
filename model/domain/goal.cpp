#include "domain/goal.h"

#include "domain/enumkeys.h"

namespace planner {

const QList<Goal> &allGoals()
{
    static const QList<Goal> values{Goal::Awareness, Goal::NicheTrust};
    return values;
}

QString goalKey(Goal value)
{
    switch (value) {
    case Goal::Awareness: return QStringLiteral("awareness");
    case Goal::NicheTrust: return QStringLiteral("niche_trust");
    }
    return {};
}

std::optional<Goal> goalFromKey(const QString &key)
{
    // The CLI spells it "niche-trust".
    QString normalized = key;
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    return enumFromKey(allGoals(), &goalKey, normalized);
}

QStringList allGoalKeys()
{
    return enumKeys(allGoals(), &goalKey);
}

} // namespace planner
