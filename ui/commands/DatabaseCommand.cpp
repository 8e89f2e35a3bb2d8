#include "ui/commands/DatabaseCommand.h"

#include <QUndoStack>

namespace tricholog {

namespace {
DatabaseCommand::ErrorHandler &errorHandler()
{
    static DatabaseCommand::ErrorHandler handler;
    return handler;
}
} // namespace

DatabaseCommand::DatabaseCommand(Database &db, ChangeNotifier &notifier, const QString &text)
    : m_db(db)
    , m_notifier(notifier)
{
    setText(text);
}

void DatabaseCommand::setErrorHandler(ErrorHandler handler)
{
    errorHandler() = std::move(handler);
}

void DatabaseCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (auto r = apply(); !r) {
        setObsolete(true);
        if (errorHandler())
            errorHandler()(r.error());
    }
}

void DatabaseCommand::undo()
{
    if (auto r = revert(); !r) {
        setObsolete(true);
        if (errorHandler())
            errorHandler()(r.error());
    }
}

Result<void> pushCommand(QUndoStack &stack, DatabaseCommand *command)
{
    if (auto r = command->apply(); !r) {
        delete command;
        return r;
    }
    command->m_skipRedo = true;
    stack.push(command);
    return {};
}

} // namespace tricholog
