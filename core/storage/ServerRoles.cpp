#include "core/storage/ServerRoles.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace tricholog::serverroles {

namespace {

QString quoted(const QString &identifier)
{
    QString out = identifier;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

Result<void> grantApplicationRole(const Database &db, const QString &role)
{
    if (!db.isServer())
        return Error::storage(QCoreApplication::translate(
            "ServerRoles", "Roles are a server's: an SQLite file has none."));
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!valid.match(role).hasMatch())
        return Error::storage(
            QCoreApplication::translate("ServerRoles",
                                        "\"%1\" is not a role name (letters, digits and _).")
                .arg(role.left(80)));
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                               "current_schema() ORDER BY tablename")))
        return Error::storage(Database::describe(q));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    const QString r = quoted(role);
    QStringList statements;
    statements << QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO %s', "
                                 "current_schema(), '%1'); END $$")
                      .arg(QString(r).replace(QLatin1Char('\''), QStringLiteral("''")));
    for (const QString &table : std::as_const(tables)) {
        // The trail is read and appended to; nothing else. Truncate, references and triggers
        // are never granted, and only the owner may alter or drop.
        statements << (table == QLatin1String("audit_log")
                           ? QStringLiteral("GRANT SELECT, INSERT ON audit_log TO %1").arg(r)
                           : QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2")
                                 .arg(quoted(table), r));
    }
    // The schema's own functions; an extension's (pg_trgm, schema 12) belong to the server's
    // superuser, and PUBLIC may already run them.
    statements << QStringLiteral(
                      "DO $$ DECLARE f regprocedure; BEGIN EXECUTE format('GRANT USAGE, SELECT "
                      "ON ALL SEQUENCES IN SCHEMA %I TO %s', current_schema(), '%1'); FOR f IN "
                      "SELECT p.oid FROM pg_proc p WHERE p.pronamespace = (SELECT oid FROM "
                      "pg_namespace WHERE nspname = current_schema()) AND NOT EXISTS (SELECT 1 "
                      "FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = "
                      "p.oid AND d.deptype = 'e') LOOP EXECUTE format('GRANT EXECUTE ON "
                      "FUNCTION %s TO %s', f, '%1'); END LOOP; END $$")
                      .arg(QString(r).replace(QLatin1Char('\''), QStringLiteral("''")));
    for (const QString &sql : std::as_const(statements))
        if (!q.exec(sql))
            return Error::storage(Database::describe(q));
    return {};
}

Result<bool> connectedAsOwner(const Database &db)
{
    if (!db.isServer())
        return false;
    QSqlQuery q(db.connection());
    if (!q.exec(
            QStringLiteral("SELECT pg_has_role(current_user, c.relowner, 'USAGE') OR r.rolsuper "
                           "FROM pg_class c, pg_roles r WHERE c.oid = 'audit_log'::regclass AND "
                           "r.rolname = current_user")) ||
        !q.next())
        return Error::storage(Database::describe(q));
    return q.value(0).toBool();
}

QString ownerWarning(const Database &db)
{
    return QCoreApplication::translate(
               "ServerRoles",
               "%1 is connected as the role that owns the tables: it could disable the audit "
               "triggers or empty the trail. Connect the workstations as an application role "
               "(tricholog server grant --role NAME, see the README).")
        .arg(db.displayName());
}

} // namespace tricholog::serverroles
