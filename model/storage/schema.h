#pragma once

#include <QStringList>

namespace planner {

// The schema of a campaign database, one list of statements per version step:
// step N takes a file from user_version N-1 to N.
class Schema
{
public:
    static QStringList migrationStep(int toVersion);
};

} // namespace planner
