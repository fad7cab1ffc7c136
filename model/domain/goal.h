#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// What a campaign buys, as the domain notes contrast them.
enum class Goal { Awareness, NicheTrust };

// Stable lowercase key used in the database, the CLI and CSV ("niche_trust").
QString goalKey(Goal value);
std::optional<Goal> goalFromKey(const QString &key);
QStringList allGoalKeys();
const QList<Goal> &allGoals();

} // namespace planner
