#pragma once

#include "core/Result.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace tricholog {

class Database;

// What long work tells the progress dialog, and how it learns that it was cancelled. Safe to
// use from the worker thread.
class TaskProgress
{
public:
    void setTotal(qint64 total) { m_total = total; }
    void setDone(qint64 done) { m_done = done; }
    bool cancelled() const { return m_cancelled; }
    void cancel() { m_cancelled = true; }
    qint64 total() const { return m_total; }
    qint64 done() const { return m_done; }

private:
    std::atomic<qint64> m_total{0}; // 0: unknown (a busy indicator)
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_cancelled{false};
};

// Runs `work` on a thread of its own while the window stays responsive; a progress dialog
// titled `title` with `label` and a Cancel button appears when the work takes longer than a
// moment. Returns the work's result once it has finished (after Cancel: when the work has
// stopped; it should then return an error).
// `onCancel` runs on this thread, now and then, while a cancelled work has not yet stopped.
Result<void> runInBackground(QWidget *parent, const QString &title, const QString &label,
                             const std::function<Result<void>(TaskProgress &)> &work,
                             const std::function<void()> &onCancel = {});

// The same, with a connection of its own to the database `db` uses (same file, same signed-in
// account, same clock): a connection belongs to one thread. Cancel interrupts the statement
// that is running ("interrupted"), so a transaction in progress is rolled back.
Result<void> runWithDatabase(QWidget *parent, const QString &title, const QString &label,
                             const Database &db,
                             const std::function<Result<void>(Database &, TaskProgress &)> &work);

} // namespace tricholog
