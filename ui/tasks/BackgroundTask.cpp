#include "ui/tasks/BackgroundTask.h"

#include "core/storage/Database.h"
#include "core/storage/SqliteFunctions.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace tricholog {

Result<void> runInBackground(QWidget *parent, const QString &title, const QString &label,
                             const std::function<Result<void>(TaskProgress &)> &work,
                             const std::function<void()> &onCancel)
{
    TaskProgress progress;
    std::optional<Result<void>> result;
    std::unique_ptr<QThread> thread(QThread::create([&] { result = work(progress); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);

    QProgressDialog dialog(label, QCoreApplication::translate("BackgroundTask", "Cancel"), 0, 0,
                           parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400); // quick work shows no dialog at all
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QDialog::rejected, &dialog, [&] { progress.cancel(); });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        progress.cancel();
        dialog.setLabelText(
            QCoreApplication::translate("BackgroundTask", "Stopping: nothing is half-written…"));
    });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        // However it was cancelled (the button, Escape, closing the dialog), the work hears it.
        if (dialog.wasCanceled() && !progress.cancelled())
            emit dialog.canceled();
        if (progress.cancelled() && onCancel)
            onCancel();
        const qint64 total = progress.total();
        if (total > 0) {
            dialog.setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
            dialog.setValue(int(std::min<qint64>(progress.done(), total)));
        } else {
            dialog.setValue(0); // keeps the busy indicator and the minimum-duration clock going
        }
    });
    poll.start();
    dialog.setValue(0);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents); // paints, no clicks on the window behind
    poll.stop();
    thread->wait();
    dialog.close();
    if (!result)
        return Error::storage(QCoreApplication::translate("BackgroundTask", "The work stopped."));
    return *result;
}

Result<void> runWithDatabase(QWidget *parent, const QString &title, const QString &label,
                             const Database &db,
                             const std::function<Result<void>(Database &, TaskProgress &)> &work)
{
    const QString path = db.path();
    const auto session = db.session();
    const std::shared_ptr<const Clock> clock = db.sharedClock();
    // The worker's connection, for Cancel: its running statement is interrupted from here.
    QMutex guard;
    const Database *running = nullptr;
    return runInBackground(
        parent, title, label,
        [&](TaskProgress &progress) -> Result<void> {
            auto own = Database::open(path, clock);
            if (!own)
                return own.error();
            own.value()->setSession(session);
            {
                const QMutexLocker lock(&guard);
                running = own.value().get();
            }
            const std::function<bool()> keepGoing = [&progress] {
                return !progress.cancelled();
            };
            setInterruptCheck(own.value()->connection(), &keepGoing);
            auto done = work(*own.value(), progress);
            setInterruptCheck(own.value()->connection(), nullptr);
            {
                const QMutexLocker lock(&guard);
                running = nullptr;
            }
            if (!done && progress.cancelled())
                return Error::storage(QCoreApplication::translate(
                    "BackgroundTask", "Cancelled: nothing was changed."));
            return done;
        },
        [&] {
            const QMutexLocker lock(&guard);
            if (running)
                running->interrupt();
        });
}

} // namespace tricholog
