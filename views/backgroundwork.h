#pragma once

#include <QString>
#include <atomic>
#include <functional>

class QWidget;

namespace planner {

// Long work (an import, an optimisation) on a thread of its own while the window stays
// alive behind a modal progress dialog with Cancel.
class BackgroundWork
{
public:
    // Sets the share done, 0..1000, from the worker.
    using Done = std::atomic<int>;

    // Runs work on a new thread and returns when it has finished. The dialog shows `done`
    // and calls cancel (on this thread) once when the marketer presses Cancel; work must
    // then stop soon. The dialog only appears when the work lasts over 400 ms.
    static void run(QWidget *parent, const QString &title, const QString &label,
                    const std::function<void(Done &done)> &work, const std::function<void()> &cancel);
};

} // namespace planner
