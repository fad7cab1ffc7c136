#include "commands/rowclaim.h"

namespace planner {

RowClaim::RowClaim(qint64 id, qint64 version)
    : m_id(id)
    , m_version(version)
{
}

qint64 RowClaim::versionFor(qint64 id, qint64 storedVersion)
{
    if (id != m_id || storedVersion < m_version) {
        m_id = id;
        m_version = storedVersion;
    }
    return m_version;
}

void RowClaim::written()
{
    if (m_version > 0)
        ++m_version;
}

} // namespace planner
