#include "csv/csvrecord.h"

namespace planner {

QStringView CsvRecord::field(qsizetype index) const
{
    if (index < 0 || index >= m_ends.size())
        return {};
    const qsizetype start = index == 0 ? 0 : m_ends.at(index - 1);
    return QStringView(m_text).mid(start, m_ends.at(index) - start);
}

CsvPosition CsvRecord::position(qsizetype index) const
{
    if (index >= 0 && index < m_starts.size())
        return m_starts.at(index);
    return m_end;
}

QStringList CsvRecord::toStringList() const
{
    QStringList fields;
    fields.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        fields << text(i);
    return fields;
}

void CsvRecord::clear()
{
    // Qt keeps the capacity of an unshared string or list on clear(): no reallocation per row.
    m_text.resize(0);
    m_ends.resize(0);
    m_starts.resize(0);
    m_end = {};
    m_problem.reset();
}

void CsvRecord::beginField(const CsvPosition &position)
{
    m_starts.append(position);
}

} // namespace planner
