#pragma once

#include "domain/goal.h"
#include "domain/money.h"

#include <QDate>
#include <QStringList>

namespace planner {

// A campaign the marketer plans: what it buys, with how much money, for whom and when.
struct Campaign
{
    qint64 id = 0;
    QString name;
    Goal goal = Goal::Awareness;
    Money budget; // its currency is the campaign's: every figure is shown in it
    QStringList niches;  // lowercase keys, as on candidates; empty means no niche target
    QStringList regions; // ISO 3166 codes; empty means anywhere
    QStringList languages; // target languages, ISO 639 codes; empty means any (LanguageMatch)
    QDate startDate; // null when not set
    QDate endDate;
    QString notes;

    QString currency() const { return budget.currency(); }
    bool operator==(const Campaign &other) const;
    bool operator!=(const Campaign &other) const { return !(*this == other); }
};

} // namespace planner
