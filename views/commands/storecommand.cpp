#include "commands/storecommand.h"

namespace planner {

StoreCommand::StoreCommand(ErrorSink sink)
    : m_sink(std::move(sink))
{
}

void StoreCommand::report(bool ok, const Error &error)
{
    if (!ok) {
        if (!m_done)
            setObsolete(true); // the first redo failed: nothing to undo
        m_failed = true;
        if (m_sink)
            m_sink(error);
    }
    m_done = true;
}

} // namespace planner
