#include "commands/resultcommand.h"

#include "storage/resultstore.h"

namespace planner {

ResultCommand::ResultCommand(ResultStore *store, ErrorSink sink)
    : StoreCommand(std::move(sink))
    , m_store(store)
{
}

ResultCommand::ResultCommand(ResultStore *store, std::optional<DeliveryResult> before,
                             std::optional<DeliveryResult> after, ErrorSink sink)
    : StoreCommand(std::move(sink))
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(!m_before ? tr("Add Result") : !m_after ? tr("Remove Result") : tr("Edit Result"));
}

ResultCommand *ResultCommand::completion(ResultStore *store, qint64 campaignId, const QDate &before,
                                         const QDate &after, ErrorSink sink)
{
    auto *command = new ResultCommand(store, std::move(sink));
    command->m_campaignId = campaignId;
    command->m_completedBefore = before;
    command->m_completedAfter = after;
    command->setText(after.isValid() ? tr("Mark Campaign Completed") : tr("Reopen Campaign"));
    return command;
}

qint64 ResultCommand::resultId() const
{
    return m_after ? m_after->id : 0;
}

void ResultCommand::redo()
{
    if (m_campaignId > 0)
        applyCompletion(m_completedAfter);
    else
        apply(m_after, m_before);
}

void ResultCommand::undo()
{
    if (m_campaignId > 0)
        applyCompletion(m_completedBefore);
    else
        apply(m_before, m_after);
}

void ResultCommand::applyCompletion(const QDate &date)
{
    Error error;
    const bool ok = date.isValid() ? m_store->complete(m_campaignId, date, &error)
                                   : m_store->reopen(m_campaignId, &error);
    report(ok, error);
}

// Brings the stored result from `current` to `target`; an added result's new id is kept in
// both, so that the next undo or redo finds it.
void ResultCommand::apply(std::optional<DeliveryResult> &target, std::optional<DeliveryResult> &current)
{
    Error error;
    bool ok = true;
    if (!target) {
        ok = m_store->remove(current->id, &error);
    } else if (!current) {
        const std::optional<qint64> id = m_store->add(*target, &error);
        ok = id.has_value();
        if (ok) {
            if (m_before)
                m_before->id = *id;
            if (m_after)
                m_after->id = *id;
        }
    } else {
        ok = m_store->update(*target, &error);
    }
    report(ok, error);
}

} // namespace planner
