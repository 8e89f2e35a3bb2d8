#pragma once

#include "core/Result.h"

#include <QUndoCommand>
#include <functional>

class QUndoStack;

namespace tricholog {

class ChangeNotifier;
class Database;

// Base of every undoable edit. The first redo() runs before the command enters the stack
// (see pushCommand), so a refused write never becomes an undo step and its error reaches the
// dialog, which keeps what the user typed.
class DatabaseCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const Error &)>;

    DatabaseCommand(Database &db, ChangeNotifier &notifier, const QString &text);

    void redo() final;
    void undo() final;

    // Called when a later undo or redo fails (disk full, record changed elsewhere).
    static void setErrorHandler(ErrorHandler handler);

protected:
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;

    Database &m_db;
    ChangeNotifier &m_notifier;

private:
    friend Result<void> pushCommand(QUndoStack &stack, DatabaseCommand *command);
    bool m_skipRedo = false;
};

// Runs the command once; on success pushes it onto the stack, on failure deletes it.
Result<void> pushCommand(QUndoStack &stack, DatabaseCommand *command);

} // namespace tricholog
