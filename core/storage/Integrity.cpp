#include "core/storage/Integrity.h"

#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog::integrity {

namespace {

// name -> statement, for CREATE TRIGGER / CREATE FUNCTION statements.
QHash<QString, QString> byName(const QStringList &statements, const QString &kind)
{
    const QRegularExpression name(QStringLiteral("^CREATE %1 (\\w+)").arg(kind));
    QHash<QString, QString> out;
    for (const QString &sql : statements)
        if (const auto m = name.match(sql.trimmed()); m.hasMatch())
            out.insert(m.captured(1), sql);
    return out;
}

void compareSets(const QHash<QString, QString> &expected, const QHash<QString, QString> &found,
                 const std::function<bool(const QString &, const QString &)> &same,
                 QStringList &problems)
{
    QStringList names = expected.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        if (!found.contains(name))
            problems
                << QCoreApplication::translate("Integrity", "the trigger %1 is missing").arg(name);
        else if (!same(expected.value(name), found.value(name)))
            problems
                << QCoreApplication::translate("Integrity", "the trigger %1 was altered").arg(name);
    }
    QStringList extra = found.keys();
    extra.sort();
    for (const QString &name : std::as_const(extra))
        if (!expected.contains(name))
            problems << QCoreApplication::translate("Integrity",
                                                    "the trigger %1 is not Tricholog's")
                            .arg(name);
}

Result<QStringList> sqliteProblems(QSqlDatabase &db, int version)
{
    const auto expected = byName(sqliteTriggerStatements(db, version), QStringLiteral("TRIGGER"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")))
        return Error::storage(Database::describe(q));
    QHash<QString, QString> found;
    while (q.next())
        found.insert(q.value(0).toString(), q.value(1).toString());
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    QStringList problems;
    compareSets(
        expected, found, [](const QString &a, const QString &b) { return a == b; }, problems);
    return problems;
}

// pg_get_triggerdef() writes the statement in its own way (schema-qualified table, its own
// parentheses, case and order of events): compared without them.
QString normalised(QString sql, const QString &schema)
{
    sql = sql.toLower();
    sql.remove(schema.toLower() + QLatin1Char('.'));
    sql.remove(QLatin1Char('('));
    sql.remove(QLatin1Char(')'));
    sql.remove(QLatin1Char(','));
    // Its own order of events too ("INSERT OR DELETE OR UPDATE"): compared as a set of words.
    QStringList words = sql.simplified().split(QLatin1Char(' '));
    words.sort();
    return words.join(QLatin1Char(' '));
}

QString functionBody(const QString &statement)
{
    const qsizetype open = statement.indexOf(QLatin1String("$$"));
    const qsizetype close = statement.lastIndexOf(QLatin1String("$$"));
    return open >= 0 && close > open ? statement.mid(open + 2, close - open - 2) : QString();
}

Result<QStringList> postgresProblems(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT current_schema()")) || !q.next())
        return Error::storage(Database::describe(q));
    const QString schema = q.value(0).toString();
    if (!q.exec(QStringLiteral(
            "SELECT t.tgname, t.tgenabled, pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND "
            "c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())")))
        return Error::storage(Database::describe(q));
    QHash<QString, QString> found;
    QStringList problems;
    while (q.next()) {
        found.insert(q.value(0).toString(), q.value(2).toString());
        if (q.value(1).toString() != QLatin1String("O"))
            problems << QCoreApplication::translate("Integrity", "the trigger %1 is disabled")
                            .arg(q.value(0).toString());
    }
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    compareSets(
        byName(postgresTriggerStatements(), QStringLiteral("TRIGGER")), found,
        [&](const QString &a, const QString &b) {
            return normalised(a, schema) == normalised(b, schema);
        },
        problems);

    if (!q.exec(QStringLiteral("SELECT proname, prosrc FROM pg_proc WHERE pronamespace = "
                               "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())")))
        return Error::storage(Database::describe(q));
    QHash<QString, QString> bodies;
    while (q.next())
        bodies.insert(q.value(0).toString(), q.value(1).toString());
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    const auto functions = byName(postgresFunctionStatements(), QStringLiteral("FUNCTION"));
    QStringList names = functions.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        if (!bodies.contains(name))
            problems
                << QCoreApplication::translate("Integrity", "the function %1 is missing").arg(name);
        else if (bodies.value(name) != functionBody(functions.value(name)))
            problems << QCoreApplication::translate("Integrity", "the function %1 was altered")
                            .arg(name);
    }
    return problems;
}

// An audited clinical table: the SQL of its row's id and patient over the alias R.
struct Table
{
    const char *name;
    const char *recordId;
    const char *patientId;
};

const Table kTables[] = {
    {"patient", "R.id", "R.id"},
    {"diagnosis", "R.id", "R.patient_id"},
    {"session", "R.id", "R.patient_id"},
    {"measurement", "R.id", "R.patient_id"},
    {"outcome", "R.id", "R.patient_id"},
    {"photo", "R.id", "R.patient_id"},
    {"session_zone", "R.session_id",
     "(SELECT s.patient_id FROM session s WHERE s.id = R.session_id)"},
    {"session_adjunct", "R.session_id",
     "(SELECT s.patient_id FROM session s WHERE s.id = R.session_id)"},
    {"adverse_event", "R.session_id",
     "(SELECT s.patient_id FROM session s WHERE s.id = R.session_id)"},
};

// Each row's logged values, replayed (+1 for every logged new value, -1 for every old one), set
// against the rows as they are: what does not cancel out was changed outside the program.
QString differenceQuery(const Database &db, const Table &t)
{
    QSqlDatabase connection = db.connection();
    const QString table = QLatin1String(t.name);
    // Both sides without their empty (null) columns: a column a later schema added is null in
    // the rows that existed then and absent from what the trail logged of them.
    const QString json = db.isServer()
                             ? QStringLiteral("tricholog_row_json(jsonb_strip_nulls(to_jsonb(R)))")
                             : QStringLiteral("json_patch('{}', %1)")
                                   .arg(sqliteRowJson(connection, table, QStringLiteral("R")));
    auto logged = [&db](const char *column) {
        return (db.isServer() ? QStringLiteral("jsonb_strip_nulls(%1::jsonb)::text")
                              : QStringLiteral("json_patch('{}', %1)"))
            .arg(QLatin1String(column));
    };
    return QStringLiteral(
               "WITH ev AS ("
               "SELECT record_id AS rid, patient_id AS pid, %5 AS v, 1 AS n "
               "FROM audit_log WHERE table_name = '%1' AND new_values IS NOT NULL AND "
               "action IN ('insert', 'update', 'archive', 'unarchive') "
               "UNION ALL SELECT record_id, patient_id, %6, -1 FROM audit_log "
               "WHERE table_name = '%1' AND old_values IS NOT NULL AND "
               "action IN ('update', 'archive', 'unarchive', 'delete')), "
               "expected AS (SELECT rid, max(pid) AS pid, v, sum(n) AS n FROM ev "
               "GROUP BY rid, v HAVING sum(n) <> 0), "
               "cur AS (SELECT rid, pid, v, count(*) AS n FROM (SELECT %2 AS rid, %3 AS pid, "
               "%4 AS v FROM %1 R) x GROUP BY rid, pid, v) "
               "SELECT coalesce(e.rid, c.rid), coalesce(c.pid, e.pid), e.v, e.n, c.v, c.n, "
               "(SELECT count(*) FROM %1) "
               "FROM expected e FULL OUTER JOIN cur c ON e.rid = c.rid AND e.v = c.v "
               "WHERE e.n IS DISTINCT FROM c.n ORDER BY 1")
        .arg(table, QLatin1String(t.recordId), QLatin1String(t.patientId), json,
             logged("new_values"), logged("old_values"));
}

QStringList differingFields(const QString &logged, const QString &current)
{
    const QJsonObject a = QJsonDocument::fromJson(logged.toUtf8()).object();
    const QJsonObject b = QJsonDocument::fromJson(current.toUtf8()).object();
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList out;
    for (const QString &key : std::as_const(keys))
        if (a.value(key) != b.value(key))
            out << key;
    return out;
}

} // namespace

Result<QStringList> triggerProblems(QSqlDatabase &db, Engine engine, int schemaVersion)
{
    if (schemaVersion < 3)
        return QStringList();
    return engine == Engine::Postgres ? postgresProblems(db) : sqliteProblems(db, schemaVersion);
}

Result<RowCheck> rowsChangedOutside(const Database &db, int limit)
{
    RowCheck check;
    for (const Table &t : kTables) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(differenceQuery(db, t)))
            return Error::storage(Database::describe(q));
        // Rows of one id arrive together: a logged value and a current one make a change.
        QList<OutsideChange> pending;
        QHash<qint64, qsizetype> pendingIndex;
        auto flush = [&] {
            // Unpaired rows carry their JSON, not field names: drop it.
            for (auto &c : pending)
                if (c.kind != OutsideChange::Kind::Changed)
                    c.fields.clear();
            check.changes += pending.size();
            for (const auto &c : std::as_const(pending))
                if (check.listed.size() < limit)
                    check.listed << c;
            pending.clear();
            pendingIndex.clear();
        };
        qint64 previousId = -1;
        bool counted = false;
        while (q.next()) {
            if (!counted) {
                check.rowsCompared += q.value(6).toLongLong();
                counted = true;
            }
            const qint64 id = q.value(0).toLongLong();
            if (id != previousId)
                flush();
            previousId = id;
            OutsideChange change;
            change.table = QLatin1String(t.name);
            change.recordId = id;
            if (!q.value(1).isNull())
                change.patientId = q.value(1).toLongLong();
            const bool logged = q.value(4).isNull();
            const bool present = !q.value(4).isNull();
            change.kind = present ? OutsideChange::Kind::Added : OutsideChange::Kind::Removed;
            // A logged value and a current value of the same row: it was changed.
            const auto other = pendingIndex.find(id);
            if (other != pendingIndex.end() && pending[other.value()].kind != change.kind) {
                OutsideChange &first = pending[other.value()];
                first.kind = OutsideChange::Kind::Changed;
                first.fields = logged
                                   ? differingFields(q.value(2).toString(), first.fields.value(0))
                                   : differingFields(first.fields.value(0), q.value(4).toString());
                pendingIndex.erase(other);
                continue;
            }
            // Kept for the pairing above: the JSON this side holds.
            change.fields = {present ? q.value(4).toString() : q.value(2).toString()};
            pendingIndex.insert(id, pending.size());
            pending << change;
        }
        if (q.lastError().isValid())
            return Error::storage(Database::describe(q));
        flush();
        if (!counted) {
            QSqlQuery count(db.connection());
            if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t.name))) ||
                !count.next())
                return Error::storage(Database::describe(count));
            check.rowsCompared += count.value(0).toLongLong();
        }
    }
    return check;
}

QString describe(const OutsideChange &change)
{
    const QString row = change.patientId
                            ? QCoreApplication::translate("Integrity", "%1 %2 (patient %3)")
                                  .arg(change.table)
                                  .arg(change.recordId)
                                  .arg(*change.patientId)
                            : QCoreApplication::translate("Integrity", "%1 %2")
                                  .arg(change.table)
                                  .arg(change.recordId);
    switch (change.kind) {
    case OutsideChange::Kind::Changed:
        return QCoreApplication::translate("Integrity", "%1: %2 changed outside Tricholog")
            .arg(row, change.fields.join(QStringLiteral(", ")));
    case OutsideChange::Kind::Added:
        return QCoreApplication::translate(
                   "Integrity", "%1: added outside Tricholog (the trail never logged it)")
            .arg(row);
    case OutsideChange::Kind::Removed:
        return QCoreApplication::translate("Integrity",
                                           "%1: removed outside Tricholog (no deletion was logged)")
            .arg(row);
    }
    return row;
}

} // namespace tricholog::integrity
