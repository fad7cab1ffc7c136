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
    // The row's version when read (RowVersion), 0 when never read; not part of equality.
    qint64 version = 0;

    QString currency() const { return budget.currency(); }
    // Whether a target list (the niches, the languages) admits values: any of them is on it,
    // spaces around and case aside; an empty list admits everything.
    static bool admits(const QStringList &targets, const QStringList &values);
    bool operator==(const Campaign &other) const;
    bool operator!=(const Campaign &other) const { return !(*this == other); }
};

} // namespace planner
