#include "core/storage/SqliteFunctions.h"

#include "core/security/Sha256.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace tricholog {

namespace {

void resultText(sqlite3_context *ctx, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(ctx, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void userFunction(sqlite3_context *ctx, int, sqlite3_value **)
{
    auto *context = static_cast<SqlContext *>(sqlite3_user_data(ctx));
    resultText(ctx, context && context->user ? context->user() : QStringLiteral("system"));
}

void nowFunction(sqlite3_context *ctx, int, sqlite3_value **)
{
    auto *context = static_cast<SqlContext *>(sqlite3_user_data(ctx));
    resultText(ctx, context && context->now ? context->now() : QString());
}

void importingFunction(sqlite3_context *ctx, int, sqlite3_value **)
{
    auto *context = static_cast<SqlContext *>(sqlite3_user_data(ctx));
    sqlite3_result_int(ctx, context && context->importing ? 1 : 0);
}

void sha256Function(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray hash = Sha256::hex(QByteArrayView(text, bytes));
    sqlite3_result_text(ctx, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
}

int progressHandler(void *check)
{
    const auto *keepGoing = static_cast<const std::function<bool()> *>(check);
    return (*keepGoing)() ? 0 : 1;
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

QSqlError sqliteError(sqlite3 *db, const QString &text)
{
    return QSqlError(text, QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

void setInterruptCheck(const QSqlDatabase &db, const std::function<bool()> *keepGoing)
{
    sqlite3 *sqlite = sqliteHandle(db);
    if (!sqlite)
        return;
    if (keepGoing)
        sqlite3_progress_handler(sqlite, 20000, progressHandler,
                                 const_cast<void *>(static_cast<const void *>(keepGoing)));
    else
        sqlite3_progress_handler(sqlite, 0, nullptr, nullptr);
}

bool registerSqlFunctions(const QSqlDatabase &db, SqlContext *context, QString *error)
{
    sqlite3 *sqlite = sqliteHandle(db);
    if (!sqlite) {
        *error = QStringLiteral("the connection is not an open SQLite connection");
        return false;
    }
    const int flags = SQLITE_UTF8;
    int rc = sqlite3_create_function(sqlite, "tricholog_user", 0, flags, context, userFunction,
                                     nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function(sqlite, "tricholog_now", 0, flags, context, nowFunction,
                                     nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function(sqlite, "tricholog_importing", 0, flags, context,
                                     importingFunction, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function(sqlite, "tricholog_sha256", 1, flags | SQLITE_DETERMINISTIC,
                                     nullptr, sha256Function, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace tricholog
