// Benchmark, run on demand (not a test): the batch and server paths at clinic scale.
//   build-tests/tests/bench_batch [--patients N] [--dir DIR] [--reuse] [--runs N] [--reports N]
// On a generated clinic (BulkGenerator.h; 20,000 patients by default) it measures, each run in a
// fresh process so that the peak memory is that operation's own:
//   migrate      copyDatabase (the `migrate` verb) into a new database on a throwaway local
//                PostgreSQL 15 cluster (tests/pg/pg_cluster.sh); floor: psql's \copy of the same
//                tables from CSV that sqlite3 wrote beforehand (triggers set aside, as the copy
//                does);
//   export csv   exportCsv of every patient (the `export csv` verb); floor: sqlite3 -csv of the
//                same four tables; then from the migrated server database, floor psql's
//                \copy (SELECT * FROM ...) TO of the same tables;
//   export fhir  exportBundle and exportNdjson (`export fhir --out`, `--ndjson`) of everyone;
//   import csv   CsvImporter (the `import` verb) of the CSV export into a new database; floor:
//                sqlite3's .import of the same four files into tables of the same columns, and
//                the size of the new database against the generated one; then into a new
//                database of the throwaway server (no floor).
//   outcomes     loadCohortRows, compute and csv (the `outcomes` verb, without its sign-in) for
//                density at the vertex by each grouping, on SQLite and on the server.
//   reports      writeReportBatch (`report --patients FILE --out-dir DIR`, without its sign-in)
//                of --reports patients spread over the clinic, one PDF each, on SQLite and on
//                the server: reports a second (the target: at least 10).
// Each figure is printed as the median and 95th percentile of --runs runs, with the peak memory
// and the ratio to its floor measured in the same run.
#include "core/Clock.h"
#include "core/clinical/Cohort.h"
#include "core/demo/BulkGenerator.h"
#include "core/io/CsvExporter.h"
#include "core/io/CsvImporter.h"
#include "core/io/FhirExporter.h"
#include "core/storage/CohortQuery.h"
#include "core/storage/Database.h"
#include "core/storage/EngineCopy.h"
#include "tests/TestSupport.h"
#include "tests/bench/BenchSupport.h"
#include "ui/report/ReportBatch.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <cstdio>

using namespace tricholog;
using bench::memoryMiB;
using bench::percentile;

namespace {

const char *const kTables[] = {
    "meta",    "app_user",     "patient",         "patient_summary", "diagnosis",
    "session", "session_zone", "session_adjunct", "adverse_event",   "measurement",
    "outcome", "photo",        "photo_original",  "photo_preview",   "audit_log",
};

void line(const QString &text)
{
    std::printf("%s\n", qUtf8Printable(text));
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &text)
{
    std::fprintf(stderr, "bench_batch: %s\n", qUtf8Printable(text));
    std::exit(1);
}

// A child's result: "seconds rows peakMiB" on its last line.
struct Run
{
    double seconds = 0;
    qint64 rows = 0;
    double peakMiB = 0;
};

Run runChild(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--child")} + arguments);
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        fail(QStringLiteral("%1 failed").arg(arguments.join(QLatin1Char(' '))));
    const QList<QByteArray> parts =
        child.readAllStandardOutput().trimmed().split('\n').last().split(' ');
    if (parts.size() != 3)
        fail(QStringLiteral("%1: no figures").arg(arguments.first()));
    return {parts.at(0).toDouble(), parts.at(1).toLongLong(), parts.at(2).toDouble()};
}

double timed(const QString &program, const QStringList &arguments, const QString &outputFile = {})
{
    QProcess p;
    if (!outputFile.isEmpty())
        p.setStandardOutputFile(outputFile);
    QElapsedTimer clock;
    clock.start();
    p.start(program, arguments);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        fail(QStringLiteral("%1 failed: %2")
                 .arg(program, QString::fromLocal8Bit(p.readAllStandardError())));
    return clock.nsecsElapsed() / 1e9;
}

QStringList columnsOf(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table)))
        fail(table);
    QStringList out;
    for (int i = 0; i < q.record().count(); ++i)
        out << q.record().fieldName(i);
    return out;
}

// --child reports DATABASE FOLDER N: the report batch of N patients spread over the clinic.
int childReports(Database &db, const QStringList &args)
{
    // A database with accounts: signed in with TRICHOLOG_USER and TRICHOLOG_PASSWORD.
    if (const QString refused = bench::signInFromEnvironment(db); !refused.isEmpty())
        fail(refused);
    QElapsedTimer clock;
    auto every = allPatientsForReports(db);
    if (!every)
        fail(every.error().message);
    const qsizetype wanted = std::max(1, args.value(3).toInt());
    QList<ReportBatchEntry> spread; // every k-th: few sessions and many alike
    const qsizetype step = std::max<qsizetype>(1, every.value().size() / wanted);
    for (qsizetype i = 0; i < every.value().size() && spread.size() < wanted; i += step)
        spread << every.value().at(i);
    clock.start();
    const auto batch = writeReportBatch(db, spread, args.value(2), {});
    if (!batch)
        fail(batch.error().message);
    if (!batch.value().failed.isEmpty())
        fail(batch.value().failed.first().text());
    std::printf("%f %d %f\n", clock.nsecsElapsed() / 1e9, batch.value().written,
                memoryMiB("VmHWM:"));
    return 0;
}

// --child: one operation in this process, its figures on the last line.
int child(const QStringList &args)
{
    pinLocalTimeZone(); // as the program's main() does
    const QString what = args.value(0);
    QElapsedTimer clock;
    if (what == QLatin1String("generate")) {
        auto db = Database::open(args.value(1));
        if (!db)
            fail(db.error().message);
        BulkOptions options;
        options.patients = args.value(2).toInt();
        clock.start();
        const auto made = generateBulk(*db.value(), options);
        if (!made)
            fail(made.error().message);
        std::printf("%f %lld %f\n", clock.nsecsElapsed() / 1e9,
                    made.value().measurements + made.value().sessions + made.value().otherRows,
                    memoryMiB("VmHWM:"));
        return 0;
    }
    if (what == QLatin1String("read")) { // the CSV reading alone (of the import's time)
        clock.start();
        const auto table = CsvImporter::readFile(args.value(1), nullptr, 0);
        if (!table)
            fail(table.error().message);
        std::printf("%f %lld %f\n", clock.nsecsElapsed() / 1e9, table.value().rowCount,
                    memoryMiB("VmHWM:"));
        return 0;
    }
    auto from = Database::open(args.value(1));
    if (!from)
        fail(from.error().message);
    if (what == QLatin1String("migrate")) {
        auto to = Database::open(args.value(2));
        if (!to)
            fail(to.error().message);
        clock.start();
        const auto copied = copyDatabase(*from.value(), *to.value());
        if (!copied)
            fail(copied.error().message);
        qint64 rows = 0;
        for (const auto &[table, n] : copied.value().rows)
            rows += n;
        std::printf("%f %lld %f\n", clock.nsecsElapsed() / 1e9, rows, memoryMiB("VmHWM:"));
        return 0;
    }
    if (what == QLatin1String("export")) {
        clock.start();
        const auto written = exportCsv(*from.value(), args.value(2));
        if (!written)
            fail(written.error().message);
        qint64 rows = 0;
        for (int n : written.value())
            rows += n;
        std::printf("%f %lld %f\n", clock.nsecsElapsed() / 1e9, rows, memoryMiB("VmHWM:"));
        return 0;
    }
    if (what == QLatin1String("import")) {
        // args: the new database, then the folder of the export
        const QDir folder(args.value(2));
        ImportFiles files;
        files.patients = folder.filePath(csv::fileName(CsvKind::Patients));
        files.diagnoses = folder.filePath(csv::fileName(CsvKind::Diagnoses));
        files.sessions = folder.filePath(csv::fileName(CsvKind::Sessions));
        files.measurements = folder.filePath(csv::fileName(CsvKind::Measurements));
        clock.start();
        CsvImporter importer(*from.value());
        const auto imported = importer.importFiles(files);
        if (!imported)
            fail(imported.error().message.left(2000));
        const double seconds = clock.nsecsElapsed() / 1e9;
        std::fprintf(stderr, "%s\n", qPrintable(imported.value().text()));
        std::printf("%f %d %f\n", seconds,
                    imported.value().counts.value(CsvKind::Measurements).added,
                    memoryMiB("VmHWM:"));
        return 0;
    }
    if (what == QLatin1String("fhir") || what == QLatin1String("ndjson")) {
        clock.start();
        qint64 resources = 0;
        if (what == QLatin1String("fhir")) {
            const auto written = fhir::exportBundle(*from.value(), args.value(2));
            if (!written)
                fail(written.error().message);
            resources = written.value();
        } else {
            const auto written = fhir::exportNdjson(*from.value(), args.value(2));
            if (!written)
                fail(written.error().message);
            for (int count : written.value())
                resources += count;
        }
        std::printf("%f %lld %f\n", clock.nsecsElapsed() / 1e9, resources, memoryMiB("VmHWM:"));
        return 0;
    }
    if (what == QLatin1String("outcomes")) { // args: the database, the grouping
        cohort::Options o;
        o.by = args.value(2);
        clock.start();
        const auto rows = loadCohortRows(*from.value(), o);
        if (!rows)
            fail(rows.error().message);
        const cohort::Outcomes outcomes = cohort::compute(rows.value(), o);
        if (cohort::csv(outcomes).isEmpty())
            fail(QStringLiteral("no CSV"));
        std::printf("%f %lld %f\n", clock.nsecsElapsed() / 1e9,
                    static_cast<long long>(outcomes.patients.size()), memoryMiB("VmHWM:"));
        return 0;
    }
    if (what == QLatin1String("reports"))
        return childReports(*from.value(), args);
    fail(QStringLiteral("unknown child %1").arg(what));
}

QString figures(const QList<double> &values, const QString &unit)
{
    return QStringLiteral("median %1 %3, p95 %2 %3")
        .arg(percentile(values, 0.5), 0, 'f', 2)
        .arg(percentile(values, 0.95), 0, 'f', 2)
        .arg(unit);
}

// The batch of progress reports, `runs` times: reports a second.
void benchReports(const QString &database, const QString &engine, const QString &dir, int count,
                  int runs)
{
    QList<double> seconds, rates, memory;
    qint64 written = 0;
    for (int i = 0; i < runs; ++i) {
        const QString out = QDir(dir).filePath(QStringLiteral("reports"));
        QDir(out).removeRecursively();
        const Run r = runChild({QStringLiteral("reports"), database, out, QString::number(count)});
        written = r.rows;
        seconds << r.seconds;
        rates << r.rows / r.seconds;
        memory << r.peakMiB;
    }
    line(QStringLiteral("report batch (%1, %2 patients): %3 (median %4 reports/s), peak %5 MiB")
             .arg(engine)
             .arg(written)
             .arg(figures(seconds, QStringLiteral("s")))
             .arg(percentile(rates, 0.5), 0, 'f', 1)
             .arg(percentile(memory, 1.0), 0, 'f', 0));
}

// The outcomes CSV of the clinic by each grouping, `runs` times each.
void benchOutcomes(const QString &database, const QString &engine, int runs)
{
    for (const QString &by :
         {QStringLiteral("none"), QStringLiteral("device"), QStringLiteral("needle"),
          QStringLiteral("diagnosis"), QStringLiteral("adjunct:minoxidil")}) {
        QList<double> seconds, memory;
        qint64 patients = 0;
        for (int i = 0; i < runs; ++i) {
            const Run r = runChild({QStringLiteral("outcomes"), database, by});
            seconds << r.seconds;
            memory << r.peakMiB;
            patients = r.rows;
        }
        line(QStringLiteral("outcomes --by %1 (%2, %3 patients): %4, peak %5 MiB")
                 .arg(by, engine)
                 .arg(patients)
                 .arg(figures(seconds, QStringLiteral("s")))
                 .arg(percentile(memory, 1.0), 0, 'f', 0));
    }
}

// psql with the cluster's address and the password in the environment.
double psql(const QString &url, const QStringList &arguments)
{
    const QUrl parsed(url);
    qputenv("PGPASSWORD", test::TestServer::get().password.toUtf8());
    return timed(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                 QStringList{QStringLiteral("-q"), QStringLiteral("-v"),
                             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), parsed.host(),
                             QStringLiteral("-p"), QString::number(parsed.port()),
                             QStringLiteral("-U"), parsed.userName(), QStringLiteral("-d"),
                             parsed.path().mid(1)} +
                     arguments);
}

// psql's \copy of every table of the file into a new database of the cluster: the floor of the
// migration. The CSV files are written by sqlite3 first (not timed).
double copyFloor(const QString &file, const QString &dir)
{
    const QString url = test::TestServer::get().newDatabase();
    QStringList script;
    {
        auto target = Database::open(url); // the schema, as Tricholog makes it
        if (!target)
            fail(target.error().message);
        auto source = Database::open(file);
        if (!source)
            fail(source.error().message);
        script << QStringLiteral("BEGIN;");
        for (const char *name : kTables) {
            const QString table = QLatin1String(name);
            const QStringList columns = columnsOf(*source.value(), table);
            const QString csv = QDir(dir).filePath(table + QStringLiteral(".csv"));
            timed(QStringLiteral("sqlite3"),
                  {QStringLiteral("-csv"), file,
                   QStringLiteral("SELECT %1 FROM %2")
                       .arg(columns.join(QStringLiteral(", ")), table)},
                  csv);
            script << QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER;").arg(table);
            if (table == QLatin1String("meta"))
                script << QStringLiteral("DELETE FROM meta;");
            script << QStringLiteral("\\copy %1 (%2) FROM '%3' CSV")
                          .arg(table, columns.join(QStringLiteral(", ")), csv);
            script << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER;").arg(table);
        }
        script << QStringLiteral("COMMIT;");
    }
    const QString scriptFile = QDir(dir).filePath(QStringLiteral("floor.sql"));
    QFile out(scriptFile);
    if (!out.open(QIODevice::WriteOnly))
        fail(scriptFile);
    out.write(script.join(QLatin1Char('\n')).toUtf8());
    out.close();
    const double seconds = psql(url, {QStringLiteral("-f"), scriptFile});
    test::TestServer::get().dropDatabase(url);
    return seconds;
}

} // namespace

// sqlite3's .import of the four CSV files into a new database (tables made from their headers).
double importFloor(const QString &exported, const QString &dir)
{
    const QString target = QDir(dir).filePath(QStringLiteral("floor-import.sqlite"));
    QFile::remove(target);
    QStringList arguments{QStringLiteral("-csv")};
    for (CsvKind kind :
         {CsvKind::Patients, CsvKind::Diagnoses, CsvKind::Sessions, CsvKind::Measurements})
        arguments << QStringLiteral("-cmd")
                  << QStringLiteral(".import '%1' t%2")
                         .arg(QDir(exported).filePath(csv::fileName(kind)))
                         .arg(int(kind));
    arguments << target << QStringLiteral("SELECT 1");
    const double seconds = timed(QStringLiteral("sqlite3"), arguments);
    QFile::remove(target);
    return seconds;
}

// export csv against sqlite3 -csv of the same tables.
void benchSqliteExport(const QString &file, const QString &dir, int runs)
{
    QList<double> exportSeconds, exportFloor, exportMemory;
    for (int i = 0; i < runs; ++i) {
        const QString out = QDir(dir).filePath(QStringLiteral("export"));
        QDir(out).removeRecursively();
        const Run r = runChild({QStringLiteral("export"), file, out});
        exportSeconds << r.seconds;
        exportMemory << r.peakMiB;
        double floor = 0;
        for (const char *table : {"patient", "diagnosis", "session", "measurement"})
            floor += timed(QStringLiteral("sqlite3"),
                           {QStringLiteral("-csv"), file,
                            QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))},
                           QDir(dir).filePath(QStringLiteral("floor.csv")));
        exportFloor << floor;
    }
    line(QStringLiteral("export csv (SQLite): %1, peak %2 MiB; floor (sqlite3 -csv): %3; ratio %4")
             .arg(figures(exportSeconds, QStringLiteral("s")))
             .arg(percentile(exportMemory, 1.0), 0, 'f', 0)
             .arg(figures(exportFloor, QStringLiteral("s")))
             .arg(percentile(exportSeconds, 0.5) / percentile(exportFloor, 0.5), 0, 'f', 1));
}

// export fhir, as one Bundle and as Bulk Data NDJSON (no floor: nothing else writes FHIR).
void benchFhirExports(const QString &file, const QString &dir, int runs)
{
    for (const QString &form : {QStringLiteral("fhir"), QStringLiteral("ndjson")}) {
        QList<double> seconds, memory;
        qint64 resources = 0;
        for (int i = 0; i < runs; ++i) {
            const QString out =
                QDir(dir).filePath(form == QLatin1String("fhir") ? QStringLiteral("bundle.json")
                                                                 : QStringLiteral("ndjson"));
            const Run r = runChild({form, file, out});
            seconds << r.seconds;
            memory << r.peakMiB;
            resources = r.rows;
        }
        line(QStringLiteral("export fhir%1 (SQLite, %2 resources): %3, peak %4 MiB")
                 .arg(form == QLatin1String("fhir") ? QString() : QStringLiteral(" --ndjson"))
                 .arg(resources)
                 .arg(figures(seconds, QStringLiteral("s")))
                 .arg(percentile(memory, 1.0), 0, 'f', 0));
    }
}

// import csv of the export just written, into a new database each run, against sqlite3's
// .import of the same files.
void benchImport(const QString &file, const QString &dir, int runs)
{
    const QString exported = QDir(dir).filePath(QStringLiteral("export"));
    QList<double> seconds, rates, floors, memory, sizes;
    qint64 rows = 0;
    for (int i = 0; i < runs; ++i) {
        const QString target = QDir(dir).filePath(QStringLiteral("imported.sqlite"));
        QFile::remove(target);
        const Run r = runChild({QStringLiteral("import"), target, exported});
        rows = r.rows;
        seconds << r.seconds;
        rates << r.rows / r.seconds;
        memory << r.peakMiB;
        sizes << QFileInfo(target).size() / double(QFileInfo(file).size());
        floors << importFloor(exported, dir);
    }
    line(QStringLiteral("import csv (%1 measurement rows): %2 (median %3 measurement rows/s), "
                        "peak %4 MiB, database %5x the generated one; floor (sqlite3 "
                        ".import): %6; ratio %7")
             .arg(rows)
             .arg(figures(seconds, QStringLiteral("s")))
             .arg(percentile(rates, 0.5), 0, 'f', 0)
             .arg(percentile(memory, 1.0), 0, 'f', 0)
             .arg(percentile(sizes, 0.5), 0, 'f', 2)
             .arg(figures(floors, QStringLiteral("s")))
             .arg(percentile(seconds, 0.5) / percentile(floors, 0.5), 0, 'f', 1));
}

// psql's \copy of the server's patient, diagnosis, session and measurement tables (the files of
// the server export's floor) into a new database with Tricholog's schema, the import's setting
// on: the floor of importing into a server (most of the same rows, already in table form).
double serverImportFloor(const QString &dir)
{
    const QString url = test::TestServer::get().newDatabase();
    {
        auto target = Database::open(url); // the schema, as Tricholog makes it
        if (!target)
            fail(target.error().message);
    }
    QStringList commands{QStringLiteral("-c"), QStringLiteral("SET tricholog.importing = 'on'")};
    for (const char *table : {"patient", "diagnosis", "session", "measurement"})
        commands << QStringLiteral("-c")
                 << QStringLiteral("\\copy %1 FROM '%2' CSV")
                        .arg(QLatin1String(table),
                             QDir(dir).filePath(
                                 QStringLiteral("floor-%1.csv").arg(QLatin1String(table))));
    const double seconds = psql(url, commands);
    test::TestServer::get().dropDatabase(url);
    return seconds;
}

// migrate into a throwaway local cluster, against psql's \copy. Then export csv, outcomes and the
// report batch from that server, and import csv into it.
void benchServer(const QString &file, const QString &dir, int runs, int reports)
{
    const QString state = QDir(dir).filePath(QStringLiteral("pg.state"));
    timed(QStringLiteral("bash"), {QStringLiteral(TRICHOLOG_SOURCE_DIR "/tests/pg/pg_cluster.sh"),
                                   QStringLiteral("start"), state});
    qputenv("TRICHOLOG_TEST_PG_STATE", state.toUtf8());
    QList<double> migrateSeconds, migrateRate, migrateFloor, migrateMemory;
    qint64 rows = 0;
    QString server; // the first copy, kept for the server's export below
    for (int i = 0; i < runs; ++i) {
        const QString url = test::TestServer::get().newDatabase();
        const Run r = runChild({QStringLiteral("migrate"), file, url});
        if (server.isEmpty())
            server = url;
        else
            test::TestServer::get().dropDatabase(url);
        rows = r.rows;
        migrateSeconds << r.seconds;
        migrateRate << r.rows / r.seconds;
        migrateMemory << r.peakMiB;
        migrateFloor << copyFloor(file, dir);
    }
    // export csv from the server, against psql's \copy (SELECT ...) TO of the same tables.
    QList<double> serverSeconds, serverFloor, serverMemory;
    for (int i = 0; i < runs; ++i) {
        const QString out = QDir(dir).filePath(QStringLiteral("export-server"));
        QDir(out).removeRecursively();
        const Run r = runChild({QStringLiteral("export"), server, out});
        serverSeconds << r.seconds;
        serverMemory << r.peakMiB;
        QStringList copies;
        for (const char *table : {"patient", "diagnosis", "session", "measurement"})
            copies << QStringLiteral("-c")
                   << QStringLiteral("\\copy (SELECT * FROM %1) TO '%2' CSV")
                          .arg(QLatin1String(table),
                               QDir(dir).filePath(
                                   QStringLiteral("floor-%1.csv").arg(QLatin1String(table))));
        serverFloor << psql(server, copies);
    }
    // import csv of the SQLite export (benchImport's files) into a new server database each run.
    QList<double> importSeconds, importRates, importMemory, importFloors;
    qint64 imported = 0;
    for (int i = 0; i < runs; ++i) {
        const QString url = test::TestServer::get().newDatabase();
        const Run r =
            runChild({QStringLiteral("import"), url, QDir(dir).filePath(QStringLiteral("export"))});
        test::TestServer::get().dropDatabase(url);
        imported = r.rows;
        importSeconds << r.seconds;
        importRates << r.rows / r.seconds;
        importMemory << r.peakMiB;
        importFloors << serverImportFloor(dir);
    }
    benchOutcomes(server, QStringLiteral("PostgreSQL"), runs);
    benchReports(server, QStringLiteral("PostgreSQL"), dir, reports, runs);
    test::TestServer::get().dropDatabase(server);
    timed(QStringLiteral("bash"), {QStringLiteral(TRICHOLOG_SOURCE_DIR "/tests/pg/pg_cluster.sh"),
                                   QStringLiteral("stop"), state});
    line(QStringLiteral("export csv (PostgreSQL): %1, peak %2 MiB; floor (psql \\copy): %3; "
                        "ratio %4")
             .arg(figures(serverSeconds, QStringLiteral("s")))
             .arg(percentile(serverMemory, 1.0), 0, 'f', 0)
             .arg(figures(serverFloor, QStringLiteral("s")))
             .arg(percentile(serverSeconds, 0.5) / percentile(serverFloor, 0.5), 0, 'f', 1));
    line(QStringLiteral("import csv into PostgreSQL (%1 measurement rows): %2 (median %3 "
                        "measurement rows/s), peak %4 MiB; floor (psql \\copy of the patient, "
                        "diagnosis, session and measurement tables): %5; ratio %6")
             .arg(imported)
             .arg(figures(importSeconds, QStringLiteral("s")))
             .arg(percentile(importRates, 0.5), 0, 'f', 0)
             .arg(percentile(importMemory, 1.0), 0, 'f', 0)
             .arg(figures(importFloors, QStringLiteral("s")))
             .arg(percentile(importSeconds, 0.5) / percentile(importFloors, 0.5), 0, 'f', 1));
    line(QStringLiteral("migrate (%1 rows): %2 (median %3 rows/s), peak %4 MiB; floor (psql "
                        "\\copy): %5; ratio %6")
             .arg(rows)
             .arg(figures(migrateSeconds, QStringLiteral("s")))
             .arg(percentile(migrateRate, 0.5), 0, 'f', 0)
             .arg(percentile(migrateMemory, 1.0), 0, 'f', 0)
             .arg(figures(migrateFloor, QStringLiteral("s")))
             .arg(percentile(migrateSeconds, 0.5) / percentile(migrateFloor, 0.5), 0, 'f', 1));
}

int main(int argc, char **argv)
{
    if (argc > 2 && qstrcmp(argv[1], "--child") == 0 && qstrcmp(argv[2], "reports") == 0) {
        // The reports' charts are Qt Charts objects: a QApplication, on no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication gui(argc, argv);
        return child(gui.arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == QLatin1String("--child"))
        return child(app.arguments().mid(2));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures export csv (both engines), export fhir (Bundle and NDJSON), import csv (both "
        "engines), "
        "migrate, outcomes and the report batch on a generated clinic against their floors."));
    parser.addHelpOption();
    const QCommandLineOption patients(QStringLiteral("patients"),
                                      QStringLiteral("Patients in the clinic (20000)."),
                                      QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Where the database is kept (a temporary "
                                                      "folder, removed at the end)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption reuse(QStringLiteral("reuse"),
                                   QStringLiteral("Use the database already in DIR."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption reportsOption(
        QStringLiteral("reports"),
        QStringLiteral("Patients whose progress reports the report batch writes (200)."),
        QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({patients, dirOption, reuse, runsOption, reportsOption});
    parser.process(app);
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString n = parser.value(patients);
    const QString file = QDir(dir).filePath(QStringLiteral("clinic-%1.sqlite").arg(n));
    if (!parser.isSet(reuse) || !QFile::exists(file)) {
        QFile::remove(file);
        const Run made = runChild({QStringLiteral("generate"), file, n});
        line(QStringLiteral("generated %1 patients: %2 rows in %3 s (%4 rows/s), peak %5 MiB")
                 .arg(n)
                 .arg(made.rows)
                 .arg(made.seconds, 0, 'f', 1)
                 .arg(made.rows / made.seconds, 0, 'f', 0)
                 .arg(made.peakMiB, 0, 'f', 0));
    }

    benchSqliteExport(file, dir, runs);

    benchOutcomes(file, QStringLiteral("SQLite"), runs);
    const int reports = std::max(1, parser.value(reportsOption).toInt());
    benchReports(file, QStringLiteral("SQLite"), dir, reports, runs);

    benchFhirExports(file, dir, runs);

    benchImport(file, dir, runs);

    benchServer(file, dir, runs, reports);
    return 0;
}
