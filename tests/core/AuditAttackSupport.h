#pragma once

// What tst_attack_audit's attacks share: statements run past the trail's triggers, the database
// opened again, and a small CSV import.
#include "core/io/CsvImporter.h"
#include "core/storage/Database.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace tricholog::test {

inline void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

// Opens the database again, as the next start of the program would.
inline void reopen(test::TempDatabase &t)
{
    t.db.reset();
    auto opened = Database::open(t.location, t.clock);
    if (!opened)
        qFatal("reopen: %s", qPrintable(opened.error().message));
    t.db = std::move(opened).value();
}

inline QString dropTrigger(const test::TempDatabase &t, const char *trigger, const char *table)
{
    return t.db->isServer() ? QStringLiteral("DROP TRIGGER %1 ON %2")
                                  .arg(QLatin1String(trigger), QLatin1String(table))
                            : QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger));
}

// Three CSV files of two patients, one session with zones, adjuncts and an adverse event, and
// three measurements, imported into `db` (README, "Audit of imports").
inline ImportSummary importSample(Database &db, char prefix = 'I')
{
    static QTemporaryDir dir;
    auto write = [prefix](const QString &path, QByteArray data) {
        data.replace("I-", QByteArray(QByteArray(1, prefix) + '-'));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    };
    ImportFiles files;
    files.patients = dir.filePath(QStringLiteral("patients.csv"));
    files.sessions = dir.filePath(QStringLiteral("sessions.csv"));
    files.measurements = dir.filePath(QStringLiteral("measurements.csv"));
    write(files.patients,
          "mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,email,photo_consent\n"
          "I-1,Imported,Ada,1980-05-01,female,2,,,no\nI-2,Imported,Bo,1975-11-30,male,4,,,no\n");
    write(files.sessions, "mrn,date,device,needle_mm,zones,endpoint,adjuncts,pain,"
                          "adverse_events,notes\n"
                          "I-1,2026-03-02T10:30,dermaroller,1.5,vertex|frontal,erythema,"
                          "minoxidil:5%,3,erythema:mild,\n");
    write(files.measurements, "mrn,date,site,method,density_per_cm2,hair_count,"
                              "area_cm2,mean_diameter_um,terminal_pct,vellus_pct,"
                              "anagen_pct,telogen_pct\n"
                              "I-1,2026-03-02,vertex,phototrichogram,150,,,55,,,,\n"
                              "I-1,2026-04-02,vertex,phototrichogram,165.5,,,58.2,,,,\n"
                              "I-2,2026-04-02,frontal,phototrichogram,120,,,50,,,,\n");
    const auto summary = CsvImporter(db).importFiles(files);
    if (!summary)
        qFatal("import: %s", qPrintable(summary.error().message));
    return summary.value();
}

// Runs `statements` with the measurement trigger `trigger` off (dropped on SQLite, disabled on
// a server), then puts it back (the trigger check is quiet): what someone with the database
// file or the server's owner can do.
inline void withoutTrigger(test::TempDatabase &t, const QString &trigger,
                           const QStringList &statements)
{
    if (t.db->isServer()) {
        exec(*t, QStringLiteral("ALTER TABLE measurement DISABLE TRIGGER %1").arg(trigger));
        for (const QString &statement : statements)
            exec(*t, statement);
        exec(*t, QStringLiteral("ALTER TABLE measurement ENABLE TRIGGER %1").arg(trigger));
        return;
    }
    QSqlQuery q(t.db->connection());
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(trigger)) ||
        !q.next())
        qFatal("no trigger %s", qPrintable(trigger));
    const QString sql = q.value(0).toString();
    q.finish();
    exec(*t, QStringLiteral("DROP TRIGGER %1").arg(trigger));
    for (const QString &statement : statements)
        exec(*t, statement);
    exec(*t, sql);
}

inline void updateUnlogged(test::TempDatabase &t, const QList<qint64> &ids)
{
    QStringList updates;
    for (const qint64 id : ids)
        updates << QStringLiteral("UPDATE measurement SET density = 190 WHERE id = %1").arg(id);
    withoutTrigger(t, QStringLiteral("audit_measurement_update"), updates);
}

inline qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace tricholog::test
