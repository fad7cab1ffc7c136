#pragma once

#include "commands/storecommand.h"
#include "domain/deliveryresult.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace planner {

class ResultStore;

// One undoable change to the results of delivered pieces: a result added (no `before`),
// removed (no `after`), edited (both), or a campaign marked completed or reopened
// (ResultCommand::completion). A result put back by undo gets a new id; the command follows it.
class ResultCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResultCommand)

public:
    ResultCommand(ResultStore *store, std::optional<DeliveryResult> before, std::optional<DeliveryResult> after,
                  ErrorSink sink);
    // Marks a campaign completed on `after` (a null date reopens it); undo puts `before` back.
    static ResultCommand *completion(ResultStore *store, qint64 campaignId, const QDate &before, const QDate &after,
                                     ErrorSink sink);

    void redo() override;
    void undo() override;
    // The id the result has now (0 when it is removed).
    qint64 resultId() const;

private:
    ResultCommand(ResultStore *store, ErrorSink sink);
    void apply(std::optional<DeliveryResult> &target, std::optional<DeliveryResult> &current);
    void applyCompletion(const QDate &date);

    ResultStore *m_store;
    std::optional<DeliveryResult> m_before;
    std::optional<DeliveryResult> m_after;
    qint64 m_campaignId = 0;
    QDate m_completedBefore;
    QDate m_completedAfter;
};

} // namespace planner
