#pragma once

#include <QtGlobal>
#include <algorithm>
#include <limits>
#include <vector>

namespace planner {

// A column of row ids, 32 bits to an id while every id fits in 32 bits and 64 bits from the
// first that does not (issue 14: the orders of a million candidates held two 64-bit ids per
// channel, 21 MB an order, at least half of it zeros). Appended to, read, never edited.
class IdColumn
{
public:
    void push_back(qint64 id)
    {
        if (!m_wide && id >= std::numeric_limits<qint32>::min() && id <= std::numeric_limits<qint32>::max()) {
            m_narrow.push_back(qint32(id));
            return;
        }
        if (!m_wide)
            widen();
        m_ids.push_back(id);
    }
    qint64 operator[](size_t index) const { return m_wide ? m_ids[index] : qint64(m_narrow[index]); }
    size_t size() const { return m_wide ? m_ids.size() : m_narrow.size(); }
    bool empty() const { return size() == 0; }
    // Whether the ids take 64 bits each (one of them does not fit in 32).
    bool isWide() const { return m_wide; }
    qint64 largest() const
    {
        if (m_wide)
            return m_ids.empty() ? 0 : *std::max_element(m_ids.begin(), m_ids.end());
        return m_narrow.empty() ? 0 : *std::max_element(m_narrow.begin(), m_narrow.end());
    }
    void reverse()
    {
        std::reverse(m_narrow.begin(), m_narrow.end());
        std::reverse(m_ids.begin(), m_ids.end());
    }
    // Gives back what growing by doubling reserved beyond the ids (up to a third more).
    void shrinkToFit()
    {
        m_narrow.shrink_to_fit();
        m_ids.shrink_to_fit();
    }

private:
    void widen()
    {
        m_ids.assign(m_narrow.begin(), m_narrow.end());
        m_narrow = {};
        m_wide = true;
    }

    std::vector<qint32> m_narrow;
    std::vector<qint64> m_ids; // once m_wide
    bool m_wide = false;
};

} // namespace planner
