#pragma once

#include "domain/error.h"

#include <QUndoCommand>
#include <functional>

namespace planner {

// Reports a store failure during undo or redo to the window, which shows it.
using ErrorSink = std::function<void(const Error &)>;

// An undoable edit of a store (candidates, campaigns, shortlists): each applies its change
// in redo(), so the first push performs it, and says through report() whether the store
// took it. A command whose first redo fails marks itself obsolete (there is nothing to
// undo) and the stack drops it; every failure goes to the sink.
class StoreCommand : public QUndoCommand
{
public:
    explicit StoreCommand(ErrorSink sink);

    bool failed() const { return m_failed; }

protected:
    void report(bool ok, const Error &error);

private:
    ErrorSink m_sink;
    bool m_failed = false;
    bool m_done = false;
};

} // namespace planner
