#include "planning/optimizer/optimizeritems.h"

#include <algorithm>

namespace planner::optimizer {

bool buildItem(const OptimizerOption &option, int index, qint64 maxCost, Item *item)
{
    std::vector<int> order;
    for (int p = 0; p < option.plans.size(); ++p) {
        if (option.plans.at(p).cost <= maxCost)
            order.push_back(p);
    }
    std::sort(order.begin(), order.end(), [&option](int a, int b) {
        const OptimizerPlan &pa = option.plans.at(a);
        const OptimizerPlan &pb = option.plans.at(b);
        if (pa.cost != pb.cost)
            return pa.cost < pb.cost;
        if (pa.value != pb.value)
            return pa.value > pb.value;
        return a < b;
    });
    item->option = index;
    item->kind = kindSlot(option.kind);
    double best = -kInfinity;
    for (int p : order) {
        // A dearer plan is worth keeping only if it brings more than every cheaper one.
        if (option.plans.at(p).value > best) {
            best = option.plans.at(p).value;
            item->plans.push_back(p);
            item->costs.push_back(option.plans.at(p).cost);
            item->values.push_back(best);
        }
    }
    if (item->plans.empty())
        return false;

    // Upper concave hull from the origin ("not chosen"): the plans an LP would ever use.
    auto x = [item](int h) { return h < 0 ? 0.0 : double(item->costs[h]); };
    auto y = [item](int h) { return h < 0 ? 0.0 : item->values[h]; };
    std::vector<int> points{-1};
    for (int p = 0; p < int(item->plans.size()); ++p) {
        if (item->values[p] <= 0.0)
            continue;
        while (points.size() >= 2) {
            const int a = points[points.size() - 2];
            const int b = points.back();
            if ((y(b) - y(a)) * (x(p) - x(b)) <= (y(p) - y(b)) * (x(b) - x(a)))
                points.pop_back();
            else
                break;
        }
        points.push_back(p);
    }
    item->hull.assign(points.begin() + 1, points.end());
    return true;
}

std::vector<Step> makeSteps(const std::vector<Item> &items, const std::vector<int> &subset)
{
    std::vector<Step> steps;
    for (int i : subset) {
        const Item &item = items[i];
        qint64 cost = 0;
        double value = 0.0;
        for (int h = 0; h < int(item.hull.size()); ++h) {
            const int p = item.hull[h];
            Step step{i, h, item.costs[p] - cost, item.values[p] - value, 0.0};
            step.slope = step.dc == 0 ? kInfinity : step.dv / double(step.dc);
            steps.push_back(step);
            cost = item.costs[p];
            value = item.values[p];
        }
    }
    // Within an item slopes fall strictly, so this order always buys its steps in turn.
    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) {
        if (a.slope != b.slope)
            return a.slope > b.slope;
        if (a.item != b.item)
            return a.item < b.item;
        return a.hullPos < b.hullPos;
    });
    return steps;
}

// The LP relaxation: whole steps by falling slope, then a fraction of the first that does not fit.


Relaxation relax(const std::vector<Item> &items, const std::vector<Step> &steps, qint64 budget)
{
    Relaxation lp;
    lp.reached.assign(items.size(), -1);
    lp.breakStep = int(steps.size());
    qint64 remaining = budget;
    for (int s = 0; s < int(steps.size()); ++s) {
        const Step &step = steps[s];
        if (step.dc <= remaining) {
            remaining -= step.dc;
            lp.value += step.dv;
            lp.reached[step.item] = step.hullPos;
        } else {
            lp.value += step.dv * double(remaining) / double(step.dc);
            lp.breakStep = s;
            break;
        }
    }
    return lp;
}

double bestRatio(const Item &item)
{
    if (item.hull.empty())
        return -kInfinity;
    const int p = item.hull.front();
    return item.costs[p] == 0 ? kInfinity : item.values[p] / double(item.costs[p]);
}

} // namespace planner::optimizer
