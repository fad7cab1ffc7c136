#include "commands/adoptassumptioncommand.h"

#include "storage/assumptionstore.h"

namespace planner {

AdoptAssumptionCommand::AdoptAssumptionCommand(AssumptionStore *store, const QString &key, const QString &label,
                                               Figure before, Figure after, ErrorSink sink)
    : m_store(store)
    , m_key(key)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_sink(std::move(sink))
{
    //: Undo menu: %1 the assumption adopted from the team's own history
    setText(tr("Adopt own history for %1").arg(label));
}

void AdoptAssumptionCommand::apply(const Figure &figure)
{
    Error error;
    const bool ok = m_store->adopt(m_key, figure.value, figure.source, &error);
    if (!ok) {
        if (!m_done)
            setObsolete(true); // the first redo failed: nothing to undo
        if (m_sink)
            m_sink(error);
    }
    m_done = true;
}

void AdoptAssumptionCommand::redo()
{
    apply(m_after);
}

void AdoptAssumptionCommand::undo()
{
    apply(m_before);
}

} // namespace planner
