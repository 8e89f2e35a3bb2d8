#include "core/storage/Integrity.h"

#include "core/security/Sha256.h"
#include "core/storage/CanonicalJson.h"
#include "core/storage/Database.h"
#include "core/storage/IntegritySql.h"
#include "core/storage/Migrations.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <functional>

namespace tricholog::integrity {

using namespace detail;

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

// The audit trail's own table and indexes as the migrations made them, what its triggers cannot
// show: a column or constraint added to it could drop entries with no gap in the chain (SQLite's
// UNIQUE ... ON CONFLICT IGNORE over a generated column: no disclosure ever written; on a
// server, a rule).
void compareTrailObjects(const QHash<QString, QString> &expected,
                         const QHash<QString, QString> &found, QStringList &problems)
{
    QStringList names = expected.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        if (!found.contains(name))
            problems << QCoreApplication::translate(
                            "Integrity", "the audit trail's table or index %1 is missing")
                            .arg(name);
        else if (found.value(name) != expected.value(name))
            problems << QCoreApplication::translate(
                            "Integrity", "the audit trail's table or index %1 was altered")
                            .arg(name);
    }
    QStringList extra = found.keys();
    extra.sort();
    for (const QString &name : std::as_const(extra))
        if (!expected.contains(name))
            problems << QCoreApplication::translate(
                            "Integrity", "the index or constraint %1 on the audit trail is not "
                                         "Tricholog's")
                            .arg(name);
}

// The rows of `sql` (a name, a text) as name -> text.
Result<QHash<QString, QString>> namedTexts(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Error::storage(Database::describe(q));
    QHash<QString, QString> found;
    while (q.next())
        found.insert(q.value(0).toString(), q.value(1).toString());
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return found;
}

QString trailObjectName(const QString &sql)
{
    static const QRegularExpression name(
        QStringLiteral("^CREATE (?:UNIQUE )?(?:TABLE|INDEX) (\\w+)"));
    return name.match(sql.trimmed()).captured(1);
}

Result<void> sqliteTrailTableProblems(QSqlDatabase &db, QStringList &problems)
{
    QHash<QString, QString> expected;
    for (const QString &sql : sqliteAuditLogStatements())
        expected.insert(trailObjectName(sql), sql);
    // An index SQLite makes for a UNIQUE constraint has no statement: found, and not expected.
    const auto found =
        namedTexts(db, QStringLiteral("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE "
                                      "tbl_name = 'audit_log' AND type <> 'trigger'"));
    if (!found)
        return found.error();
    compareTrailObjects(expected, found.value(), problems);
    return {};
}

Result<QStringList> sqliteProblems(QSqlDatabase &db, int version)
{
    const auto expected = byName(sqliteTriggerStatements(db, version), QStringLiteral("TRIGGER"));
    const auto found = namedTexts(
        db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
    if (!found)
        return found.error();
    QStringList problems;
    compareSets(
        expected, found.value(), [](const QString &a, const QString &b) { return a == b; },
        problems);
    if (auto table = sqliteTrailTableProblems(db, problems); !table)
        return table.error();
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

// An index as pg_get_indexdef() writes it, or as its statement does: lower case, without the
// schema, the default method and the punctuation.
QString indexForm(QString sql, const QString &schema)
{
    sql = sql.toLower();
    sql.remove(schema.toLower() + QLatin1Char('.'));
    sql.remove(QLatin1String(" using btree"));
    for (const char c : {'(', ')', ','})
        sql.replace(QLatin1Char(c), QLatin1Char(' '));
    return sql.simplified();
}

// The server's audit_log as its statements made it: each column (name, type, NOT NULL, identity;
// none generated or with a default) and each index; no other constraint, no table inheriting
// from it. No rule and no row-level security on any table: Tricholog makes neither (a rule
// could drop the trail's entries, a policy hide rows from the program).
Result<void> postgresTrailTableProblems(QSqlDatabase &db, const QString &schema,
                                        QStringList &problems)
{
    QHash<QString, QString> expected, found;
    for (const QString &sql : postgresAuditLogStatements()) {
        const QString name = trailObjectName(sql);
        if (!sql.startsWith(QLatin1String("CREATE TABLE"))) {
            expected.insert(name, indexForm(sql, schema));
            continue;
        }
        // One column a line: name, type, then NOT NULL or the identity's PRIMARY KEY.
        QStringList columns;
        const qsizetype open = sql.indexOf(QLatin1Char('('));
        for (QString column : sql.mid(open + 1, sql.lastIndexOf(QLatin1Char(')')) - open - 1)
                                  .split(QLatin1Char(','))) {
            column = column.simplified();
            const QStringList words = column.split(QLatin1Char(' '));
            const bool key = column.contains(QLatin1String("PRIMARY KEY"));
            columns << QStringList{words.value(0), words.value(1),
                                   key || column.contains(QLatin1String("NOT NULL"))
                                       ? QStringLiteral("not null")
                                       : QStringLiteral("null"),
                                   column.contains(QLatin1String("IDENTITY"))
                                       ? QStringLiteral("identity")
                                       : QStringLiteral("-")}
                           .join(QLatin1Char(' '));
            if (key)
                expected.insert(name + QStringLiteral("_pkey"),
                                QStringLiteral("create unique index %1_pkey on %1 %2")
                                    .arg(name, words.value(0)));
        }
        expected.insert(name, columns.join(QStringLiteral(", ")));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto read = [&](const QString &sql, const std::function<void()> &row) -> Result<void> {
        if (!q.exec(sql))
            return Error::storage(Database::describe(q));
        while (q.next())
            row();
        if (q.lastError().isValid())
            return Error::storage(Database::describe(q));
        return {};
    };
    QStringList columns;
    auto done = read(
        QStringLiteral(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity, "
            "a.attgenerated, d.adbin IS NOT NULL FROM pg_attribute a LEFT JOIN pg_attrdef d ON "
            "d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = "
            "to_regclass('audit_log') AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"),
        [&] {
            const bool plain = q.value(4).toString().isEmpty() && !q.value(5).toBool();
            columns << QStringList{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toBool() ? QStringLiteral("not null")
                                                       : QStringLiteral("null"),
                                   q.value(3).toString() == QLatin1String("d")
                                       ? QStringLiteral("identity")
                                   : plain ? QStringLiteral("-")
                                           : QStringLiteral("generated or default")}
                           .join(QLatin1Char(' '));
        });
    found.insert(QStringLiteral("audit_log"), columns.join(QStringLiteral(", ")));
    if (done)
        done = read(
            QStringLiteral("SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                           "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = "
                           "to_regclass('audit_log')"),
            [&] { found.insert(q.value(0).toString(), indexForm(q.value(1).toString(), schema)); });
    if (done)
        done = read(QStringLiteral(
                        "SELECT conname FROM pg_constraint WHERE conrelid = "
                        "to_regclass('audit_log') AND contype NOT IN ('p', 'n') UNION ALL SELECT "
                        "inhrelid::regclass::text FROM pg_inherits WHERE inhparent = "
                        "to_regclass('audit_log')"),
                    [&] { found.insert(q.value(0).toString(), QString()); });
    if (done)
        done = read(QStringLiteral("SELECT rulename, tablename FROM pg_rules WHERE schemaname = "
                                   "current_schema() ORDER BY 2, 1"),
                    [&] {
                        problems << QCoreApplication::translate(
                                        "Integrity", "the rule %1 on %2 is not Tricholog's")
                                        .arg(q.value(0).toString(), q.value(1).toString());
                    });
    if (done)
        done = read(QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = (SELECT oid "
                                   "FROM pg_namespace WHERE nspname = current_schema()) AND "
                                   "(relrowsecurity OR relforcerowsecurity) ORDER BY 1"),
                    [&] {
                        problems << QCoreApplication::translate(
                                        "Integrity", "row-level security on %1 is not Tricholog's")
                                        .arg(q.value(0).toString());
                    });
    if (!done)
        return done;
    compareTrailObjects(expected, found, problems);
    return {};
}

QString functionBody(const QString &statement)
{
    const qsizetype open = statement.indexOf(QLatin1String("$$"));
    const qsizetype close = statement.lastIndexOf(QLatin1String("$$"));
    return open >= 0 && close > open ? statement.mid(open + 2, close - open - 2) : QString();
}

Result<QStringList> postgresProblems(QSqlDatabase &db, int version)
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
        byName(postgresTriggerStatements(version), QStringLiteral("TRIGGER")), found,
        [&](const QString &a, const QString &b) {
            return normalised(a, schema) == normalised(b, schema);
        },
        problems);

    q.finish();
    const auto read =
        namedTexts(db, QStringLiteral("SELECT proname, prosrc FROM pg_proc WHERE pronamespace = "
                                      "(SELECT oid FROM pg_namespace WHERE nspname = "
                                      "current_schema())"));
    if (!read)
        return read.error();
    const QHash<QString, QString> &bodies = read.value();
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
    if (auto table = postgresTrailTableProblems(db, schema, problems); !table)
        return table.error();
    return problems;
}

} // namespace

Result<QList<RecordedImport>> recordedImports(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, new_values FROM audit_log WHERE action = 'import' ORDER BY id")))
        return Error::storage(Database::describe(q));
    QList<RecordedImport> out;
    while (q.next()) {
        RecordedImport entry{q.value(0).toLongLong(), {}};
        const QJsonObject tables = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                       .object()
                                       .value(QStringLiteral("tables"))
                                       .toObject();
        for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
            const QJsonObject t = it.value().toObject();
            ImportScope scope{it.key(),
                              {},
                              t.value(QStringLiteral("rows")).toInteger(),
                              t.value(QStringLiteral("sha256")).toString()};
            for (const QJsonValue &range : t.value(QStringLiteral("ranges")).toArray())
                scope.ranges << IdRange{range.toArray().at(0).toInteger(),
                                        range.toArray().at(1).toInteger()};
            // Blocks of another size than today's are not compared (the import as a whole is).
            const QJsonObject blocks = t.value(QStringLiteral("blocks")).toObject();
            if (blocks.value(QStringLiteral("ids")).toInteger() == kImportBlockIds) {
                scope.firstBlock = blocks.value(QStringLiteral("first")).toInteger();
                for (const QJsonValue &block : blocks.value(QStringLiteral("sha")).toArray())
                    scope.blocks << block.toString();
            }
            entry.scopes << scope;
        }
        out << entry;
    }
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

namespace {

// Each row's logged values, replayed (+1 for every logged new value, -1 for every old one), set
// against the rows as they are: what does not cancel out was changed outside the program. The
// rows of imports, and what the trail logged of them after their import, are left to their
// import's digest (importDigest).
QString differenceQuery(const Database &db, const Table &t, const QList<RecordedImport> &imports)
{
    const QString table = QLatin1String(t.name);
    const QString rid = QLatin1String(t.recordId);
    QStringList currentOutside{QStringLiteral("1 = 1")}, loggedOutside{QStringLiteral("1 = 1")};
    for (const RecordedImport &entry : imports)
        for (const ImportScope &scope : entry.scopes)
            if (scope.table == table) {
                currentOutside << QStringLiteral("NOT ") + inRanges(db, rid, scope.ranges);
                loggedOutside << QStringLiteral("NOT (id > %1 AND %2)")
                                     .arg(entry.entryId)
                                     .arg(inRanges(db, QStringLiteral("record_id"), scope.ranges));
            }
    const QString logged = loggedOutside.join(QStringLiteral(" AND "));
    return QStringLiteral(
               "WITH ev AS ("
               "SELECT record_id AS rid, patient_id AS pid, %5 AS v, 1 AS n "
               "FROM audit_log WHERE table_name = '%1' AND new_values IS NOT NULL AND "
               "action IN ('insert', 'update', 'archive', 'unarchive') AND %7 "
               "UNION ALL SELECT record_id, patient_id, %6, -1 FROM audit_log "
               "WHERE table_name = '%1' AND old_values IS NOT NULL AND "
               "action IN ('update', 'archive', 'unarchive', 'delete') AND %7), "
               "expected AS (SELECT rid, max(pid) AS pid, v, sum(n) AS n FROM ev "
               "GROUP BY rid, v HAVING sum(n) <> 0), "
               "cur AS (SELECT rid, pid, v, count(*) AS n FROM (SELECT %2 AS rid, %3 AS pid, "
               "%4 AS v FROM %1 R WHERE %8) x GROUP BY rid, pid, v) "
               "SELECT coalesce(e.rid, c.rid), coalesce(c.pid, e.pid), e.v, e.n, c.v, c.n, "
               "(SELECT count(*) FROM %1) "
               "FROM expected e FULL OUTER JOIN cur c ON e.rid = c.rid AND e.v = c.v "
               "WHERE e.n IS DISTINCT FROM c.n ORDER BY 1")
        .arg(table, rid, QLatin1String(t.patientId), bookkeepingRemoved(db, t, currentJson(db, t)),
             bookkeepingRemoved(db, t, loggedJson(db, "new_values")),
             bookkeepingRemoved(db, t, loggedJson(db, "old_values")), logged,
             currentOutside.join(QStringLiteral(" AND ")));
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

// Calls `each(block, removed)` for each of `blocks` (differingBlocks: in order) with the ids the
// import wrote there that are gone now without a deletion the trail logged since the import
// (entry `after`): one reading of the ids in the blocks, in order, and one of the logged
// deletions, whatever the number of blocks. `removed` is empty for the tables whose rows are
// known by their session (a session's zones) and for an import recorded without blocks.
Result<void>
eachDifferingBlock(const Database &db, const ImportScope &recorded, qint64 after,
                   const QList<IdRange> &blocks,
                   const std::function<void(const IdRange &, const QList<qint64> &)> &each)
{
    const Table *t = tableNamed(recorded.table);
    if (!t || qstrcmp(t->recordId, "R.id") != 0 || blocks.isEmpty() || blocks.first().last <= 0) {
        for (const IdRange &block : blocks)
            each(block, {});
        return {};
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT record_id FROM audit_log WHERE table_name = '%1' AND "
                               "action = 'delete' AND id > %2 AND %3")
                    .arg(QLatin1String(t->name))
                    .arg(after)
                    .arg(inRanges(db, QStringLiteral("record_id"), blocks))))
        return Error::storage(Database::describe(q));
    QSet<qint64> deleted; // through Tricholog, logged
    while (q.next())
        deleted.insert(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    q.finish();
    if (!q.exec(QStringLiteral("SELECT R.id FROM %1 R WHERE %2 ORDER BY R.id")
                    .arg(QLatin1String(t->name), inRanges(db, QStringLiteral("R.id"), blocks))))
        return Error::storage(Database::describe(q));
    bool more = q.next();
    QList<IdRange> ranges = recorded.ranges;
    std::sort(ranges.begin(), ranges.end(),
              [](const IdRange &a, const IdRange &b) { return a.first < b.first; });
    qsizetype from = 0;
    for (const IdRange &block : blocks) {
        QList<qint64> removed;
        while (from < ranges.size() && ranges.at(from).last < block.first)
            ++from;
        for (qsizetype k = from; k < ranges.size() && ranges.at(k).first <= block.last; ++k) {
            const qint64 last = std::min(ranges.at(k).last, block.last);
            for (qint64 id = std::max(ranges.at(k).first, block.first); id <= last; ++id) {
                while (more && q.value(0).toLongLong() < id)
                    more = q.next();
                if (!(more && q.value(0).toLongLong() == id) && !deleted.contains(id))
                    removed << id;
            }
        }
        each(block, removed);
    }
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return {};
}

} // namespace

const QStringList &importedTables()
{
    static const QStringList tables{
        QStringLiteral("patient"),         QStringLiteral("diagnosis"),
        QStringLiteral("session"),         QStringLiteral("session_zone"),
        QStringLiteral("session_adjunct"), QStringLiteral("adverse_event"),
        QStringLiteral("measurement")};
    return tables;
}

Result<QStringList> triggerProblems(QSqlDatabase &db, Engine engine, int schemaVersion)
{
    if (schemaVersion < 3)
        return QStringList();
    return engine == Engine::Postgres ? postgresProblems(db, schemaVersion)
                                      : sqliteProblems(db, schemaVersion);
}

namespace {

// The rows of each import, as a whole against what its entry recorded; each difference counted
// in `check`, the first `limit` listed.
Result<void> checkImports(const Database &db, const QList<RecordedImport> &imports, int limit,
                          RowCheck &check)
{
    for (const RecordedImport &entry : imports)
        for (const ImportScope &recorded : entry.scopes) {
            const auto now = importDigest(db, recorded.table, recorded.ranges, entry.entryId);
            if (!now)
                return now.error();
            if (now.value().rows == recorded.rows && now.value().sha256 == recorded.sha256)
                continue;
            // The blocks of ids whose rows differ, or the import as a whole when its entry has
            // no blocks.
            QList<IdRange> blocks = differingBlocks(recorded, now.value());
            if (db.isServer()) {
                // An import recorded on a server before 5 Dec 2026 hashed the server's numbers
                // with all their digits: its rows hold what it recorded when they give its
                // digest so; else the form in which fewer blocks differ names them.
                const auto asFloat8 = importDigestAs(db, recorded.table, recorded.ranges,
                                                     entry.entryId, Numbers::AsFloat8);
                if (!asFloat8)
                    return asFloat8.error();
                if (asFloat8.value().rows == recorded.rows &&
                    asFloat8.value().sha256 == recorded.sha256)
                    continue;
                const QList<IdRange> earlier = differingBlocks(recorded, asFloat8.value());
                if (!earlier.isEmpty() && earlier.size() < blocks.size())
                    blocks = earlier;
            }
            if (blocks.isEmpty())
                blocks << IdRange{};
            // Each row of a block that is gone without a logged deletion, by its id; then the
            // block (other rows of it may have been changed too).
            const auto named = eachDifferingBlock(
                db, recorded, entry.entryId, blocks,
                [&](const IdRange &ids, const QList<qint64> &removed) {
                    for (const qint64 id : removed) {
                        OutsideChange gone{OutsideChange::Kind::Removed, recorded.table, id};
                        if (++check.changes; check.listed.size() < limit)
                            check.listed << gone;
                    }
                    OutsideChange change{OutsideChange::Kind::Imported, recorded.table,
                                         entry.entryId};
                    change.ids = ids;
                    if (++check.changes; check.listed.size() < limit)
                        check.listed << change;
                });
            if (!named)
                return named.error();
        }
    return {};
}

} // namespace

Result<RowCheck> rowsChangedOutside(const Database &db, int limit)
{
    RowCheck check;
    const auto imports = recordedImports(db);
    if (!imports)
        return imports.error();
    for (const Table &t : auditedTables()) {
        if ((qstrcmp(t.name, "device_profile") == 0 && db.schemaVersion() < 8) ||
            (qstrcmp(t.name, "image_analysis") == 0 && db.schemaVersion() < 9) ||
            (QByteArrayView(t.name) == "protocol_template" && db.schemaVersion() < 10) ||
            (QByteArrayView(t.name) == "treatment_plan" && db.schemaVersion() < 10) ||
            (QByteArrayView(t.name) == "contact_attempt" && db.schemaVersion() < 10))
            continue; // an older file opened read-only
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(differenceQuery(db, t, imports.value())))
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
    // The rows of each import, as a whole against what its entry recorded.
    if (auto held = checkImports(db, imports.value(), limit, check); !held)
        return held.error();
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
    case OutsideChange::Kind::Imported:
        if (change.ids.last > 0)
            return QCoreApplication::translate(
                       "Integrity",
                       "%1 %2 to %3: rows the import of trail entry %4 wrote there were changed, "
                       "added or removed outside Tricholog (they no longer add up to what the "
                       "import recorded)")
                .arg(change.table)
                .arg(change.ids.first)
                .arg(change.ids.last)
                .arg(change.recordId);
        return QCoreApplication::translate(
                   "Integrity", "%1: the rows the import of trail entry %2 wrote were changed, "
                                "added or removed outside Tricholog (they no longer add up to "
                                "what the import recorded)")
            .arg(change.table)
            .arg(change.recordId);
    }
    return row;
}

} // namespace tricholog::integrity
