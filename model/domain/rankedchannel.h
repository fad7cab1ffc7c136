#pragma once

#include <QtGlobal>

namespace planner {

// One candidate channel's place in a goal ranking: what it brings to the campaign's goal,
// what it costs, and the ratio of the two the ranking orders by.
struct RankedChannel
{
    qint64 channelId = 0;
    qint64 candidateId = 0;
    // Objective per unit of the campaign's currency, what the ranking orders by (best first);
    // infinite for a free channel that brings something; -1, below every real fit, when the
    // cost is unknown, so such channels rank last.
    double fit = 0.0;
    double objective = 0.0;
    // Major units of the campaign's currency; -1 when unknown (no exchange rate for the
    // fee's currency). Five plain numbers: a million of them sort in place quickly.
    double cost = 0.0;

    bool costKnown() const { return cost >= 0.0; }
};

} // namespace planner
