#include "core/storage/PostgresImportTriggers.h"

#include "core/storage/Integrity.h"
#include "core/storage/PatientSummary.h"

#include <QRegularExpression>

namespace tricholog {

namespace {

// Written as pg_get_triggerdef() gives it back (the casts spelled out), so that the trigger check
// finds it as made.
const QString kNotImporting = QStringLiteral(
    "current_setting('tricholog.importing'::text, true) IS DISTINCT FROM 'on'::text");

QString nameOf(const QString &statement)
{
    static const QRegularExpression name(QStringLiteral("^CREATE TRIGGER (\\w+) "));
    return name.match(statement).captured(1);
}

QString tableOf(const QString &statement)
{
    static const QRegularExpression table(QStringLiteral(" ON (\\w+) FOR EACH "));
    return table.match(statement).captured(1);
}

QString withWhen(QString statement, const QString &condition)
{
    return statement.replace(QStringLiteral(" EXECUTE FUNCTION "),
                             QStringLiteral(" WHEN (%1) EXECUTE FUNCTION ").arg(condition));
}

// What schema 15 makes of one trigger of schema 14: nothing (it stays), or the statements that
// stand for it.
QStringList changed(const QString &statement)
{
    const QString name = nameOf(statement);
    const QString table = tableOf(statement);
    if (name == table + QStringLiteral("_assign_id"))
        return {withWhen(statement, QStringLiteral("NEW.id IS NULL"))};
    // The tables whose inserts an import logs with one entry, and those whose summary trigger
    // an import leaves to itself (it marks its patients once).
    if (integrity::importedTables().contains(table) &&
        name == QStringLiteral("audit_%1_insert").arg(table))
        return {withWhen(statement, kNotImporting)};
    if (patientsummary::sourceTables().contains(table) &&
        name == QStringLiteral("summary_") + table)
        return {QString(statement).replace(QStringLiteral(" AFTER INSERT OR UPDATE OR DELETE "),
                                           QStringLiteral(" AFTER UPDATE OR DELETE ")),
                QStringLiteral("CREATE TRIGGER summary_%1_insert AFTER INSERT ON %1 FOR EACH ROW "
                               "WHEN (%2) EXECUTE FUNCTION tricholog_summary_stale()")
                    .arg(table, kNotImporting)};
    return {};
}

} // namespace

QStringList importSkippingTriggers(const QStringList &before)
{
    QStringList after;
    for (const QString &statement : before) {
        const QStringList now = changed(statement);
        after << (now.isEmpty() ? QStringList{statement} : now);
    }
    return after;
}

QStringList importSkippingTriggerSteps(const QStringList &before)
{
    // The IF EXISTS that finds nothing says so in a notice, which libpq prints on stderr.
    QStringList steps{QStringLiteral("SET LOCAL client_min_messages = warning")};
    // Each made again under its name (a changed trigger keeps its own), with IF EXISTS: a
    // database whose version was set back (by hand, or a test) may have them already.
    for (const QString &statement : before)
        for (const QString &now : changed(statement))
            steps
                << QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(nameOf(now), tableOf(now))
                << now;
    return steps;
}

} // namespace tricholog
