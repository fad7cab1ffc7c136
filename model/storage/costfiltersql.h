#pragma once

#include "domain/costfilterinputs.h"

#include <QString>
#include <QVariantList>

namespace planner {

// The projected CPM and CPE of a channel ch for one campaign as SQL expressions over its
// stored figures, with the campaign's tier defaults and rates as bound values: no table to
// fill, so every connection (the window's, the background counter's, the CLI's) can filter
// on them. The arithmetic follows Projection::project step for step in double precision,
// so a channel's value is the one its goal-fit projection shows (one deliverable in the
// platform's natural format). The expression is NULL where the figure is undefined: cost
// unknown (no fee and no tier default, or no exchange rate), zero cost, or no impressions
// (engagements). One known difference: a fee in another currency is converted in double
// rather than long double, which can move a cost by one minor unit when the converted
// amount lies within a rounding error of half a unit.
class CostFilterSql
{
public:
    struct Expression
    {
        QString sql;
        QVariantList values; // bound in the order of the ? in sql
    };
    // Cost per thousand impressions, in major units of the campaign's currency.
    static Expression cpm(const CostFilterInputs &inputs);
    // Cost per engagement, in major units of the campaign's currency.
    static Expression cpe(const CostFilterInputs &inputs);
};

} // namespace planner
