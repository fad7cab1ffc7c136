#pragma once

#include <QList>
#include <QtGlobal>

namespace planner {

// Row lookups the table models share over their lists of rows.

// The item of a row, or null for a row outside the list.
template<typename Item>
const Item *itemAtRow(const QList<Item> &items, int row)
{
    return row >= 0 && row < items.size() ? &items.at(row) : nullptr;
}

// The first row whose item belongs to the candidate (its candidateId), or -1.
template<typename Item>
int rowOfCandidateIn(const QList<Item> &items, qint64 candidateId)
{
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).candidateId == candidateId)
            return row;
    }
    return -1;
}

} // namespace planner
