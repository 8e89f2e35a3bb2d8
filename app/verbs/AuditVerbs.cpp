// tricholog audit verify: the hash chain, the triggers that keep the trail, the clinical rows
// against what the trail logged, and the trail's head against every anchor kept outside it.
#include "app/verbs/DataVerbs.h"
#include "app/verbs/VerbSupport.h"
#include "core/security/Anchors.h"
#include "core/security/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Integrity.h"
#include "core/storage/ServerRoles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace tricholog {

namespace {

// The chain: false when broken (said on stderr).
bool reportChain(Database &db)
{
    const auto v = AuditLog(db).verify();
    if (!v) {
        printError(v.error().message);
        return false;
    }
    if (!v.value().intact()) {
        printError(QCoreApplication::translate("Cli", "the audit trail is broken at entry %1: %2.")
                       .arg(v.value().firstBrokenId)
                       .arg(v.value().reason));
        return false;
    }
    printLine(QCoreApplication::translate(
                  "Cli", "The audit trail is intact: %1 entries, each linked to the one before.")
                  .arg(v.value().records));
    return true;
}

bool reportTriggers(const Database &db)
{
    if (db.integrityProblems().isEmpty()) {
        printLine(QCoreApplication::translate(
            "Cli", "The triggers that write and guard the trail are Tricholog's own, "
                   "unchanged."));
        return true;
    }
    for (const QString &problem : db.integrityProblems())
        printError(QCoreApplication::translate("Cli", "audit protection: %1.").arg(problem));
    return false;
}

bool reportRows(const Database &db)
{
    const auto rows = integrity::rowsChangedOutside(db, 50);
    if (!rows) {
        printError(rows.error().message);
        return false;
    }
    if (rows.value().changes == 0) {
        printLine(QCoreApplication::translate(
                      "Cli",
                      "%1 rows (clinical records and accounts) compared with the trail: each "
                      "holds what the trail last logged.")
                      .arg(rows.value().rowsCompared));
        return true;
    }
    printError(QCoreApplication::translate(
                   "Cli",
                   "%1 of %2 rows (clinical records and accounts) differ from what the trail "
                   "last logged:")
                   .arg(rows.value().changes)
                   .arg(rows.value().rowsCompared));
    for (const auto &change : rows.value().listed)
        printError(QStringLiteral("  ") + integrity::describe(change));
    if (rows.value().changes > rows.value().listed.size())
        printError(QCoreApplication::translate("Cli", "  ... and %1 more.")
                       .arg(rows.value().changes - rows.value().listed.size()));
    return false;
}

bool reportAnchors(const Database &db, const QStringList &files)
{
    QList<anchors::Finding> findings;
    const QString store = anchors::defaultStorePath();
    if (QFileInfo::exists(store)) {
        auto stored = anchors::readFile(store);
        if (!stored) {
            printError(stored.error().message);
            return false;
        }
        auto checked = anchors::check(db, stored.value(), store, false);
        if (!checked) {
            printError(checked.error().message);
            return false;
        }
        findings << checked.value();
    }
    for (const QString &file : files) {
        auto read = anchors::readFile(file);
        if (!read) {
            printError(read.error().message);
            return false;
        }
        auto checked = anchors::check(db, read.value(), file, true);
        if (!checked) {
            printError(checked.error().message);
            return false;
        }
        findings << checked.value();
    }
    int problems = 0, setAside = 0;
    for (const auto &f : std::as_const(findings)) {
        if (f.setAside)
            ++setAside;
        if (f.problem.isEmpty())
            continue;
        ++problems;
        printError(QCoreApplication::translate("Cli", "anchor from %1 (%2): %3.")
                       .arg(f.origin, f.anchor.shortText(), f.problem));
    }
    if (problems > 0)
        return false;
    printLine(
        setAside > 0
            ? QCoreApplication::translate(
                  "Cli", "%1 anchors checked; the trail agrees with each (%2 recorded "
                         "before a restore were set aside).")
                  .arg(findings.size() - setAside)
                  .arg(setAside)
            : QCoreApplication::translate("Cli", "%1 anchors checked; the trail agrees with each.")
                  .arg(findings.size()));
    return true;
}

} // namespace

int runAudit(const QStringList &arguments)
{
    if (arguments.value(2) != QLatin1String("verify")) {
        printError(QCoreApplication::translate(
            "Cli", "audit needs a sub-command: tricholog audit verify --database PATH."));
        return 2;
    }
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("Cli", "Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption anchor(
        QStringLiteral("anchor"),
        QCoreApplication::translate(
            "Cli", "Also check the trail against the anchors in FILE: an anchor store "
                   "(audit-anchors.jsonl) or a backup. May be given more than once."),
        QStringLiteral("FILE"));
    if (const int code = parseVerb(
            parser, arguments,
            QCoreApplication::translate(
                "Cli",
                "Checks the audit trail's hash chain, the triggers that write and guard it, every "
                "clinical row against what the trail last logged, and the trail's head against "
                "the anchors kept outside the database; then records the head as a new anchor."),
            {database, anchor}, {database}, 2, false, {anchor});
        code >= 0)
        return code;
    auto db = openSignedIn(parser.value(database), Permission::ViewAudit, true);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    // Every part is reported, whatever the first finds.
    bool ok = reportChain(*db.value());
    ok = reportTriggers(*db.value()) && ok;
    ok = reportRows(*db.value()) && ok;
    ok = reportAnchors(*db.value(), parser.values(anchor)) && ok;
    if (!ok)
        return 1;
    // Only a head that verified becomes an anchor.
    const auto recorded = anchors::recordHead(*db.value(), QStringLiteral("audit verify"));
    if (!recorded) {
        printError(
            QCoreApplication::translate("Cli", "The head could not be recorded as an anchor: %1")
                .arg(recorded.error().message));
        return 1;
    }
    printLine(QCoreApplication::translate("Cli", "Head recorded as an anchor: %1, in %2.")
                  .arg(recorded.value().shortText(), anchors::defaultStorePath()));
    return 0;
}

int runServer(const QStringList &arguments)
{
    if (arguments.value(2) != QLatin1String("grant")) {
        printError(QCoreApplication::translate(
            "Cli", "server needs a sub-command: tricholog server grant --database URL --role "
                   "NAME."));
        return 2;
    }
    QCommandLineParser parser;
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate(
            "Cli", "The server database, as its owner: postgresql://OWNER@HOST:PORT/DATABASE."),
        QStringLiteral("URL"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        QCoreApplication::translate("Cli", "The application role the workstations connect as."),
        QStringLiteral("NAME"));
    if (const int code = parseVerb(
            parser, arguments,
            QCoreApplication::translate(
                "Cli",
                "Run by the owner of a server database: creates or upgrades its schema, then "
                "grants the application role what the program needs day to day (read and write "
                "clinical data, append to the audit trail) and nothing more: it cannot alter, "
                "disable or drop triggers, update, delete or truncate the trail, or drop or "
                "alter tables."),
            {database, role}, {database, role}, 2);
        code >= 0)
        return code;
    if (!Database::isServerUrl(parser.value(database))) {
        printError(QCoreApplication::translate(
            "Cli", "--database must be a postgresql:// address: an SQLite file has no roles."));
        return 2;
    }
    auto db = Database::open(parser.value(database), {}, serverPassword(parser.value(database)));
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    if (auto granted = serverroles::grantApplicationRole(*db.value(), parser.value(role));
        !granted) {
        printError(granted.error().message);
        return 1;
    }
    printLine(
        QCoreApplication::translate(
            "Cli", "%1 may now work in %2, without changing its structure or its audit trail.")
            .arg(parser.value(role), db.value()->displayName()));
    return 0;
}

} // namespace tricholog
