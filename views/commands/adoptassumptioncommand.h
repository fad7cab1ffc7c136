#pragma once

#include "commands/candidatecommands.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace planner {

class AssumptionStore;

// Adopts what the team's own history suggests for one assumption: the value with its source
// ("own history, N deliveries, DATE"); undo puts back the value and source before.
class AdoptAssumptionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdoptAssumptionCommand)

public:
    struct Figure
    {
        double value = 0.0;
        QString source;
    };
    AdoptAssumptionCommand(AssumptionStore *store, const QString &key, const QString &label, Figure before,
                           Figure after, ErrorSink sink);

    void redo() override;
    void undo() override;

private:
    void apply(const Figure &figure);

    AssumptionStore *m_store;
    QString m_key;
    Figure m_before;
    Figure m_after;
    ErrorSink m_sink;
    bool m_done = false;
};

} // namespace planner
