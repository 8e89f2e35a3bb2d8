// Benchmark, run on demand (not a test): Tricholog at clinic and clinic-chain scale.
//   build-tests/tests/bench_scale [--dataset clinic|chain|both] [--dir DIR] [--runs N] [--reuse]
// For each dataset (BulkGenerator.h: a clinic of 20,000 patients and about a million measurement
// rows; a chain of 100,000 patients and about ten million) it generates the database (rows per
// second), then measures in fresh processes, printing the median and the 95th percentile of
// repeated runs and the peak memory:
//   start-up         process start until the main window has painted the first patient rows;
//   keystroke        one character typed into the search field (a name, then an MRN) until the
//                    list has been painted again;
//   open patient     selecting the patient with the most sessions (50) until the file, its
//                    progress figures and its charts are built;
//   report           that patient's PDF report, from the database to the file;
// and, for the database part of each operation, the same SQL statements (captured from the
// connection with sqlite3_trace_v2, parameters written out) run by the sqlite3 command-line
// tool: the floor each operation is compared with (the ratio).
// With --engine postgresql each generated database is copied to a PostgreSQL database (--url, or
// a throwaway local cluster) and measured there, against psql running the statements the
// connection sent (captured with libpq's trace); then eight processes save sessions and
// measurements for 20 s while this one searches (keystroke figures), and every acknowledged save
// is looked for.
// The databases stay in DIR (default: a temporary folder, removed at the end); --reuse keeps
// using those already there.
#include "core/demo/BulkGenerator.h"
#include "core/security/AuditLog.h"
#include "core/storage/EngineCopy.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientListQuery.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SqlValues.h"
#include "tests/TestSupport.h"
#include "tests/bench/BenchSupport.h"
#include "tests/bench/SqlFloor.h"
#include "ui/MainWindow.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/patients/PatientListModel.h"
#include "ui/report/ProgressReport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <optional>

using namespace tricholog;
using bench::memoryMiB;
using bench::percentile;
using bench::psqlFloorMs;
using bench::SqlCapture;
using bench::sqliteFloorMs;

namespace {

QString figures(const QList<double> &ms)
{
    return QStringLiteral("median %1 ms, p95 %2 ms (%3 runs)")
        .arg(percentile(ms, 0.5), 0, 'f', ms.isEmpty() || percentile(ms, 0.5) >= 10 ? 0 : 1)
        .arg(percentile(ms, 0.95), 0, 'f', ms.isEmpty() || percentile(ms, 0.95) >= 10 ? 0 : 1)
        .arg(ms.size());
}

void line(const QString &text)
{
    std::printf("%s\n", qUtf8Printable(text));
    std::fflush(stdout);
}

struct Measured
{
    QString name;
    QList<double> uiMs;     // the whole operation, as the user waits for it
    QList<double> dbMs;     // its database part, through our code
    QStringList statements; // that database part's SQL
    int floorPerUnit = 1;   // the statements cover this many operations (keystrokes)
};

// Typing a text into the search field, a key at a time: each keystroke until the list is painted.
void typeIntoSearch(MainWindow &window, const QString &text, QList<double> &samples)
{
    QLineEdit *search = window.searchField();
    QWidget *viewport = window.patientList()->viewport();
    search->clear();
    QApplication::processEvents();
    for (const QChar c : text) {
        QElapsedTimer t;
        t.start();
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(search, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(search, &release);
        viewport->repaint();
        samples << t.nsecsElapsed() / 1e6;
    }
}

// The list's first page and its count, as the window opens it.
std::optional<Measured> measureList(Database &db, int runs)
{
    Measured list{QStringLiteral("patient list, first page and count"), {}, {}, {}};
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        PatientListQuery q(db, PatientListRequest{});
        const auto page = q.page(0, PatientListModel::kPageSize);
        const auto count = q.count();
        list.dbMs << t.nsecsElapsed() / 1e6;
        if (!page || !count)
            return std::nullopt;
    }
    {
        SqlCapture capture(db);
        PatientListQuery q(db, PatientListRequest{});
        (void)q.page(0, PatientListModel::kPageSize);
        (void)q.count();
        list.statements = capture.statements();
    }
    return list;
}

// The PDF report of the patient, from the database to the file; nothing when one fails.
std::optional<Measured> measureReport(Database &db, qint64 patient, int runs)
{
    Measured report{QStringLiteral("PDF report of that patient"), {}, {}, {}};
    QTemporaryDir dir;
    for (int r = 0; r < runs; ++r) {
        const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(r));
        QElapsedTimer t;
        t.start();
        const auto record = loadPatientRecord(db, patient);
        report.dbMs << t.nsecsElapsed() / 1e6;
        ReportOptions options;
        options.reportDate = db.clock().today();
        options.photoImage = [&db](qint64 id) {
            return PhotoRepository(db).display(id);
        };
        if (!record || !ProgressReport(record.value(), options).writePdf(pdf))
            return std::nullopt;
        report.uiMs << t.nsecsElapsed() / 1e6;
    }
    return report;
}

// Each operation's figures, with its database part against the engine's tool running the same
// statements (`BENCH_SCALE_SQL=1` prints them).
void printFigures(Database &db, const QString &path, const QList<Measured> &ops)
{
    for (const Measured &op : std::as_const(ops)) {
        QString text = QStringLiteral("  %1:").arg(op.name);
        if (!op.uiMs.isEmpty())
            text += QStringLiteral(" %1;").arg(figures(op.uiMs));
        const double floor =
            (db.isServer() ? psqlFloorMs(path, db.dialect().connectionSettings(), op.statements, 20)
                           : sqliteFloorMs(path, op.statements, 20)) /
            op.floorPerUnit;
        const double ours = percentile(op.dbMs, 0.5);
        if (qEnvironmentVariableIsSet("BENCH_SCALE_SQL")) // the statements behind a floor
            for (const QString &s : op.statements)
                std::fprintf(stderr, "  | %s\n", qUtf8Printable(s));
        text += QStringLiteral(" database part %1 ms, %2 floor %3 ms (%4 statements): "
                               "ratio %5")
                    .arg(ours, 0, 'f', 2)
                    .arg(db.isServer() ? QStringLiteral("psql") : QStringLiteral("sqlite3"))
                    .arg(floor, 0, 'f', 2)
                    .arg(op.statements.size())
                    .arg(ours / floor, 0, 'f', 2);
        line(text);
    }
}

int measure(const QString &path, int runs)
{
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    MainWindow window(std::move(opened).value());
    window.resize(1280, 800);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    QApplication::processEvents();
    Database &db = window.database();
    QList<Measured> ops;

    // The list as it opens, and search as you type.
    auto list = measureList(db, runs);
    if (!list)
        return 1;
    ops << *list;
    // A name with diacritics, an MRN from its start, and the digits of an MRN (looked for
    // anywhere in the MRN), as they are typed.
    const QString name = QStringLiteral("müll");
    const QString mrn = QStringLiteral("C-0123");
    const QString digits = QStringLiteral("01234");
    for (const auto &[label, text] :
         {std::pair{QStringLiteral("keystroke, name"), name},
          std::pair{QStringLiteral("keystroke, MRN"), mrn},
          std::pair{QStringLiteral("keystroke, MRN digits anywhere"), digits}}) {
        Measured key{label, {}, {}, {}};
        QList<double> warmUp; // the first round reads the indexes from the file: not counted
        typeIntoSearch(window, text, warmUp);
        for (int r = 0; r < std::max(3, runs / 3); ++r)
            typeIntoSearch(window, text, key.uiMs);
        line(QStringLiteral("  (%1, first round after opening: %2 ms per keystroke)")
                 .arg(label)
                 .arg(percentile(warmUp, 0.5), 0, 'f', 1));
        // The database part: what the model asks for at each keystroke of the text (count and
        // first page), all keystrokes together, against the same statements in sqlite3.
        auto typeAll = [&] {
            for (int n = 1; n <= text.size(); ++n) {
                PatientListRequest request;
                request.text = text.left(n);
                PatientListQuery q(db, request);
                (void)q.count(PatientListQuery::kCountCap);
                (void)q.page(0, PatientListModel::kPageSize);
            }
        };
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            typeAll();
            key.dbMs << t.nsecsElapsed() / 1e6 / text.size();
        }
        {
            SqlCapture capture(db);
            typeAll();
            key.statements = capture.statements();
        }
        key.floorPerUnit = text.size();
        ops << key;
    }
    window.searchField()->clear();

    // The patient with the most sessions.
    QSqlQuery most(db.connection());
    most.exec(QStringLiteral("SELECT patient_id, sessions FROM patient_summary ORDER BY "
                             "sessions DESC, patient_id LIMIT 2"));
    most.next();
    const qint64 patient = most.value(0).toLongLong();
    const int sessions = most.value(1).toInt();
    most.next();
    const qint64 other = most.value(0).toLongLong();
    most.finish();
    {
        Measured open{
            QStringLiteral("opening a patient with %1 sessions").arg(sessions), {}, {}, {}};
        window.patientFile()->tabs()->setCurrentIndex(PatientFileWidget::Progress);
        for (int r = 0; r < runs; ++r) {
            window.patientFile()->setPatient(other);
            QApplication::processEvents();
            QElapsedTimer t;
            t.start();
            window.patientFile()->setPatient(patient);
            window.patientFile()->repaint();
            open.uiMs << t.nsecsElapsed() / 1e6;
            t.restart();
            const auto record = loadPatientRecord(db, patient);
            open.dbMs << t.nsecsElapsed() / 1e6;
            if (!record)
                return 1;
        }
        {
            SqlCapture capture(db);
            (void)loadPatientRecord(db, patient);
            open.statements = capture.statements();
        }
        ops << open;
    }
    auto report = measureReport(db, patient, runs);
    if (!report)
        return 1;
    report->statements = ops.last().statements; // the same record load
    ops << *report;

    printFigures(db, path, ops);
    line(QStringLiteral("  peak memory of the measuring process: %1 MiB")
             .arg(memoryMiB("VmHWM:"), 0, 'f', 0));
    return 0;
}

// Start-up as a user sees it: this process is started, opens the database and the main window,
// and says so once the list has painted its first rows.
int startup(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        return 1;
    MainWindow window(std::move(opened).value());
    window.resize(1280, 800);
    QWidget *viewport = window.patientList()->viewport();
    struct PaintWatch : QObject
    {
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && !done) {
                done = true;
                QTimer::singleShot(0, [] {
                    std::printf("painted %.0f\n", memoryMiB("VmHWM:"));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            }
            return false;
        }
        bool done = false;
    } watch;
    viewport->installEventFilter(&watch);
    window.show();
    return QApplication::exec();
}

// One workstation of the load (--writer URL INDEX SECONDS FILE): for SECONDS it saves a session
// and two measurements of it, each save a transaction of its own, as fast as it can, and writes
// the ids of every save acknowledged to FILE ("s ID" / "m ID" lines), then "errors N".
int writer(const QString &url, int index, int seconds, const QString &file)
{
    auto opened = Database::open(url);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    // A database with accounts refuses writes without a sign-in (TRICHOLOG_USER, _PASSWORD).
    if (const QString refused = bench::signInFromEnvironment(db); !refused.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(refused));
        return 1;
    }
    const int patients = int(PatientRepository(db).count(true));
    QFile out(file);
    if (patients <= 0 || !out.open(QIODevice::WriteOnly))
        return 1;
    QByteArray acknowledged;
    int errors = 0;
    QString firstError; // why the first save was refused, for the report
    QElapsedTimer clock;
    clock.start();
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 0));
    for (int i = 0; clock.elapsed() < seconds * 1000; ++i) {
        MicroneedlingSession session;
        session.patientId = 1 + (index * 7919 + i * 13) % patients;
        session.performedAt = start.addSecs(-qint64(index * 200000 + i) * 60);
        session.device = Device::Pen;
        session.needleLength = NeedleLength(1.0);
        session.zones = {ScalpSite::Vertex};
        const auto saved = SessionRepository(db).add(session);
        if (!saved) {
            if (errors++ == 0)
                firstError = saved.error().message;
            continue;
        }
        acknowledged += "s " + QByteArray::number(saved.value()) + '\n';
        QList<Measurement> measurements;
        for (const ScalpSite site : {ScalpSite::Vertex, ScalpSite::Frontal}) {
            Measurement m;
            m.patientId = session.patientId;
            m.sessionId = saved.value();
            m.measuredOn = session.performedAt.date();
            m.site = site;
            m.method = MeasurementMethod::Trichoscopy;
            m.siteLabel = QStringLiteral("load %1-%2").arg(index).arg(i);
            m.density = HairDensity(150 + i % 50);
            measurements << m;
        }
        if (const auto added = MeasurementRepository(db).addAll(measurements); !added) {
            if (errors++ == 0)
                firstError = added.error().message;
            continue;
        }
        for (const Measurement &m : std::as_const(measurements))
            acknowledged += "m " + QByteArray::number(m.id) + '\n';
    }
    out.write(acknowledged + "errors " + QByteArray::number(errors) + '\n' + "first " +
              firstError.simplified().toUtf8() + '\n');
    return 0;
}

// Eight workstations saving while this one searches: the database part of each keystroke of a
// name and an MRN, then every acknowledged save looked for, and the audit chain verified.
void load(const QString &url)
{
    constexpr int kWriters = 8, kSeconds = 20;
    QTemporaryDir dir;
    QList<QProcess *> writers;
    for (int k = 0; k < kWriters; ++k) {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--writer"), url, QString::number(k), QString::number(kSeconds),
                  dir.filePath(QString::number(k))});
        writers << p;
    }
    auto opened = Database::open(url);
    if (!opened)
        return;
    Database &db = *opened.value();
    QList<double> keystrokes;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < (kSeconds - 1) * 1000)
        for (const QString &text : {QStringLiteral("müll"), QStringLiteral("C-0123")})
            for (int n = 1; n <= text.size(); ++n) {
                QElapsedTimer t;
                t.start();
                PatientListRequest request;
                request.text = text.left(n);
                PatientListQuery q(db, request);
                (void)q.count(PatientListQuery::kCountCap);
                (void)q.page(0, PatientListModel::kPageSize);
                keystrokes << t.nsecsElapsed() / 1e6;
            }
    QList<qint64> sessions, measurements;
    int errors = 0;
    QString firstError;
    for (int k = 0; k < kWriters; ++k) {
        writers.at(k)->waitForFinished(-1);
        delete writers.at(k);
        QFile in(dir.filePath(QString::number(k)));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &l : in.readAll().split('\n')) {
            if (l.startsWith("s "))
                sessions << l.mid(2).toLongLong();
            else if (l.startsWith("m "))
                measurements << l.mid(2).toLongLong();
            else if (l.startsWith("errors "))
                errors += l.mid(7).toInt();
            else if (l.startsWith("first ") && l.size() > 6 && firstError.isEmpty())
                firstError = QString::fromUtf8(l.mid(6));
        }
    }
    auto present = [&db](const char *table, const QList<qint64> &ids) {
        qint64 found = 0;
        for (qsizetype i = 0; i < ids.size(); i += 1000) {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE id IN (%2)")
                       .arg(QLatin1String(table), sql::idList(ids.mid(i, 1000))));
            if (q.next())
                found += q.value(0).toLongLong();
        }
        return found;
    };
    const qint64 sessionsFound = present("session", sessions);
    const qint64 measurementsFound = present("measurement", measurements);
    const auto chain = AuditLog(db).verify();
    line(QStringLiteral("  load: %1 workstations saving for %2 s: %3 sessions and %4 measurements "
                        "acknowledged (%5 saves a second), %6 refused; all present afterwards: "
                        "%7 of %3 sessions, %8 of %4 measurements; audit chain %9")
             .arg(kWriters)
             .arg(kSeconds)
             .arg(sessions.size())
             .arg(measurements.size())
             .arg((sessions.size() * 2.0) / kSeconds, 0, 'f', 0)
             .arg(errors)
             .arg(sessionsFound)
             .arg(measurementsFound)
             .arg(!chain ? chain.error().message
                  : chain.value().intact()
                      ? QStringLiteral("intact (%1 entries)").arg(chain.value().records)
                      : chain.value().reason));
    if (!firstError.isEmpty())
        line(QStringLiteral("  load: the first save refused: %1").arg(firstError));
    line(QStringLiteral("  load: database part of a search keystroke meanwhile: %1")
             .arg(figures(keystrokes)));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TricholugBenchScale"));
    const QStringList args = app.arguments();
    auto value = [&](const QString &option, const QString &fallback) {
        const int i = int(args.indexOf(option));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int runs = std::max(3, value(QStringLiteral("--runs"), QStringLiteral("15")).toInt());
    if (args.contains(QStringLiteral("--startup")))
        return startup(value(QStringLiteral("--startup"), {}));
    if (args.contains(QStringLiteral("--measure")))
        return measure(value(QStringLiteral("--measure"), {}), runs);
    if (args.value(1) == QLatin1String("--writer"))
        return writer(args.value(2), args.value(3).toInt(), args.value(4).toInt(), args.value(5));

    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf(
            "Usage: bench_scale [--dataset clinic|chain|both] [--dir DIR] [--runs N] [--reuse]\n"
            "                   [--engine sqlite|postgresql [--url URL]]\n"
            "Generates the clinic (20,000 patients) and/or chain (100,000 patients) datasets and\n"
            "measures start-up, search keystrokes, opening the 50-session patient and its report\n"
            "in fresh processes, against the sqlite3 tool (psql on a server) running the same\n"
            "statements.\n"
            "  --dataset   which datasets (both)\n"
            "  --dir DIR   where the databases are kept (a temporary folder, removed at the end)\n"
            "  --runs N    runs per figure, at least 3 (15)\n"
            "  --reuse     use the databases already in DIR\n"
            "  --engine    sqlite (default), or postgresql: each generated database is copied\n"
            "              (migrate) into a server database and measured there\n"
            "  --url URL   that server database (empty; password in TRICHOLOG_DB_PASSWORD; one\n"
            "              dataset); default: a throwaway local PostgreSQL 15 cluster\n"
            "  --patients N  a smaller try of the same shape (with a new --dir)\n");
        return 0;
    }
    const QString known[] = {QStringLiteral("--dataset"), QStringLiteral("--dir"),
                             QStringLiteral("--runs"),    QStringLiteral("--reuse"),
                             QStringLiteral("--engine"),  QStringLiteral("--url"),
                             QStringLiteral("--patients")};
    for (qsizetype i = 1; i < args.size(); ++i) {
        const bool option =
            std::find(std::begin(known), std::end(known), args.at(i)) != std::end(known);
        const bool optionValue =
            i > 1 && args.at(i - 1) != QLatin1String("--reuse") &&
            std::find(std::begin(known), std::end(known), args.at(i - 1)) != std::end(known);
        if (!option && !optionValue) {
            std::fprintf(stderr, "bench_scale: unknown argument \"%s\"; see --help\n",
                         qUtf8Printable(args.at(i)));
            return 2;
        }
    }
    const QString which = value(QStringLiteral("--dataset"), QStringLiteral("both"));
    QTemporaryDir temporary;
    const QString dir = value(QStringLiteral("--dir"), temporary.path());
    QDir().mkpath(dir);
    const bool reuse = args.contains(QStringLiteral("--reuse"));
    QList<std::pair<QString, BulkOptions>> datasets;
    if (which == QLatin1String("clinic") || which == QLatin1String("both"))
        datasets.append({QStringLiteral("clinic"), clinicDataset()});
    if (which == QLatin1String("chain") || which == QLatin1String("both"))
        datasets.append({QStringLiteral("chain"), chainDataset()});

    const QString engine = value(QStringLiteral("--engine"), QStringLiteral("sqlite"));
    if (engine != QLatin1String("sqlite") && engine != QLatin1String("postgresql")) {
        std::fprintf(stderr, "bench_scale: --engine is sqlite or postgresql\n");
        return 2;
    }
    const bool server = engine == QLatin1String("postgresql");
    const QString givenUrl = value(QStringLiteral("--url"), {});
    if (!givenUrl.isEmpty() && (!server || datasets.size() != 1)) {
        std::fprintf(stderr,
                     "bench_scale: --url goes with --engine postgresql and one --dataset\n");
        return 2;
    }
    // A throwaway local cluster when no server is given (tests/pg/pg_cluster.sh, as the tests).
    const QString clusterState = QDir(dir).filePath(QStringLiteral("pg.state"));
    const QString clusterScript = QStringLiteral(TRICHOLOG_SOURCE_DIR "/tests/pg/pg_cluster.sh");
    if (server && givenUrl.isEmpty()) {
        if (QProcess::execute(QStringLiteral("bash"),
                              {clusterScript, QStringLiteral("start"), clusterState}) != 0)
            return 1;
        qputenv("TRICHOLOG_TEST_PG_STATE", clusterState.toUtf8());
    }
    const auto stopCluster = qScopeGuard([&] {
        if (server && givenUrl.isEmpty())
            QProcess::execute(QStringLiteral("bash"),
                              {clusterScript, QStringLiteral("stop"), clusterState});
    });

    if (args.contains(QStringLiteral("--patients"))) // a smaller try of the same shape
        for (auto &d : datasets)
            d.second.patients = value(QStringLiteral("--patients"), {}).toInt();
    for (const auto &[name, options] : std::as_const(datasets)) {
        const QString path = QDir(dir).filePath(QStringLiteral("tricholog-%1.sqlite").arg(name));
        line(QStringLiteral("== %1 dataset: %2 patients ==").arg(name).arg(options.patients));
        if (!reuse || !QFileInfo::exists(path)) {
            for (const QString &f :
                 QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
                QFile::remove(f);
            auto db = Database::open(path);
            if (!db)
                return 1;
            const auto made = generateBulk(*db.value(), options);
            if (!made) {
                std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
                return 1;
            }
            const BulkSummary &s = made.value();
            const qint64 all = s.patients + s.sessions + s.measurements + s.otherRows;
            const double total = s.insertSeconds + s.indexSeconds + s.summarySeconds;
            line(QStringLiteral("  generated %1 sessions, %2 measurement rows (%3 rows in all): "
                                "rows written in %4 s (%5 measurement rows/s, %6 rows/s), indexes "
                                "%7 s, checks %8 s; in all %9 measurement rows/s; file %10 MB")
                     .arg(s.sessions)
                     .arg(s.measurements)
                     .arg(all)
                     .arg(s.insertSeconds, 0, 'f', 1)
                     .arg(s.measurements / s.insertSeconds, 0, 'f', 0)
                     .arg(all / s.insertSeconds, 0, 'f', 0)
                     .arg(s.indexSeconds, 0, 'f', 1)
                     .arg(s.summarySeconds, 0, 'f', 1)
                     .arg(s.measurements / total, 0, 'f', 0)
                     .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));
        }
        // On the server: the same data, copied as `migrate` copies it.
        QString target = path;
        if (server) {
            target = givenUrl.isEmpty() ? test::TestServer::get().newDatabase() : givenUrl;
            auto from = Database::open(path);
            auto to = Database::open(target);
            if (!from || !to) {
                std::fprintf(stderr, "%s\n",
                             qPrintable((!from ? from.error() : to.error()).message));
                return 1;
            }
            QElapsedTimer t;
            t.start();
            const auto copied = copyDatabase(*from.value(), *to.value());
            if (!copied) {
                std::fprintf(stderr, "%s\n", qPrintable(copied.error().message));
                return 1;
            }
            line(QStringLiteral("  copied to the server in %1 s; measured there")
                     .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1));
        }
        // Start-up, each in a new process.
        QList<double> starts;
        double startupPeak = 0;
        for (int r = 0; r < runs; ++r) {
            QProcess child;
            QElapsedTimer t;
            t.start();
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--startup"), target});
            while (child.waitForReadyRead(30000)) {
                const QByteArray out = child.readAllStandardOutput();
                if (out.startsWith("painted")) {
                    starts << t.nsecsElapsed() / 1e6;
                    startupPeak = std::max(startupPeak, out.mid(8).trimmed().toDouble());
                    break;
                }
            }
            child.waitForFinished(30000);
        }
        line(QStringLiteral("  start-up to the first painted rows: %1; peak memory %2 MiB")
                 .arg(figures(starts))
                 .arg(startupPeak, 0, 'f', 0));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--measure"), target, QStringLiteral("--runs"), QString::number(runs)});
        child.waitForFinished(-1);
        if (server)
            load(target);
        if (server && givenUrl.isEmpty())
            test::TestServer::get().dropDatabase(target);
        if (child.exitCode() != 0)
            return child.exitCode();
    }
    return 0;
}
