#pragma once

#include <QSqlDatabase>
#include <QString>

namespace planner {

// Which currency a campaign file uses most: counted over channel fees and campaign budgets.
class CurrencyUsage
{
public:
    // The code used most (ties: the first in alphabetical order), or empty for a file that
    // holds no amount yet (a new file).
    static QString mostUsed(const QSqlDatabase &db);
};

} // namespace planner
