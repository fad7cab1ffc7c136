#include "backgroundwork.h"

#include <QApplication>
#include <QProgressDialog>
#include <QThread>
#include <memory>

namespace planner {

void BackgroundWork::run(QWidget *parent, const QString &title, const QString &label,
                         const std::function<void(Done &done)> &work, const std::function<void()> &cancel)
{
    QProgressDialog progress(label, QCoreApplication::translate("planner::BackgroundWork", "Cancel"), 0,
                             1000, parent);
    if (!title.isEmpty())
        progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);
    Done done{0};
    const std::unique_ptr<QThread> worker(QThread::create([&] { work(done); }));
    worker->start();
    bool cancelled = false;
    while (!worker->wait(30)) {
        progress.setValue(done.load());
        QApplication::processEvents();
        if (progress.wasCanceled() && !cancelled) {
            cancelled = true;
            cancel();
        }
    }
    progress.reset();
}

} // namespace planner
