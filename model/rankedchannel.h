#pragma once

#include <QtGlobal>

namespace planner {

// One candidate channel's place in a goal ranking: what it brings to the campaign's goal,
// what it costs, and the ratio of the two the ranking orders by.
struct RankedChannel
{
    qint64 channelId = 0;
    qint64 candidateId = 0;
    // Objective per unit of the campaign's currency; infinite for a free channel that brings
    // something; 0 when the cost is unknown (costKnown false).
    double fit = 0.0;
    double objective = 0.0;
    double cost = 0.0; // major units of the campaign's currency, 0 when unknown
    bool costKnown = true; // false: no exchange rate for the fee's currency

    // What the ranking orders by, best first: the fit, or -1 (below every fit, which is
    // never negative) when the cost is unknown, so such channels rank last.
    double rankKey() const { return costKnown ? fit : -1.0; }
};

} // namespace planner
