#pragma once

#include <QString>

namespace planner {

// One editable figure behind the projections, with the seeded value and where it comes from.
struct Assumption
{
    QString key; // "reach_rate.instagram.micro.post"
    double value = 0.0;
    double defaultValue = 0.0;
    QString unit;   // "share of followers", "%", "USD"
    QString source; // who published the figure, or that it is a planner default

    bool isDefault() const { return value == defaultValue; }
};

} // namespace planner
