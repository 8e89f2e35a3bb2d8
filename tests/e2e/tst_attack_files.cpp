// Hostile files and paths, run against the real `tricholog` binary (issue 18, items 7, 8, 11):
// outputs that are symbolic links, folders or devices; inputs that never end (/dev/zero, a
// named pipe) or hold a 10 MB line; credentials in a server address; a folder, /dev/null or an
// empty file as the database; NUL characters in text; a database on a read-only medium or in a
// folder the user may not write.
#include "core/clinical/Validation.h"
#include "core/io/SafeIo.h"
#include "core/security/AuditLog.h"
#include "core/security/UserRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"
#include "tests/e2e/ProcessRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <grp.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

using namespace tricholog;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kPassword = QStringLiteral("admin-pass-1");
constexpr uid_t kNobody = 65534;

struct Outcome
{
    bool finished = false; // within the time given (else killed)
    int exitCode = -1;
    QString out, err;
    qint64 ms = 0;
};

// The binary signed in as the administrator, killed when it has not finished in `timeoutMs`.
// `asNobody`: run as the unprivileged user nobody, for whom file permissions count (root's
// writes ignore them).
Outcome runApp(const QStringList &args, bool asNobody = false,
               const QProcessEnvironment &extra = QProcessEnvironment(), int timeoutMs = 20000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TRICHOLOG_USER"), kAdmin);
    env.insert(QStringLiteral("TRICHOLOG_PASSWORD"), kPassword);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    if (asNobody)
        p.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
                ::_exit(126);
        });
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(TRICHOLOG_BINARY), args);
    Outcome o;
    o.finished = p.waitForFinished(timeoutMs);
    if (!o.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    o.ms = timer.elapsed();
    o.exitCode = o.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

bool makeLink(const QString &target, const QString &link)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) ==
           0;
}

bool exists(const QString &path) // a dangling link counts
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

// The longest run of `c` in `text`: how much of a repeated value an error quoted.
qsizetype longestRun(const QString &text, QChar c)
{
    qsizetype best = 0, run = 0;
    for (const QChar ch : text) {
        run = ch == c ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

QStringList sqliteSideFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    return found;
}

// A database with one patient (photo consent, a session on 2026-01-12, vertex densities) and
// the administrator account the runs sign in with.
void makeDatabase(const QString &path)
{
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    Patient p = test::samplePatient(QStringLiteral("ATK-1"));
    QVERIFY(PatientRepository(*db.value()).add(p).ok());
    MicroneedlingSession s;
    s.patientId = p.id;
    s.performedAt = QDateTime(QDate(2026, 1, 12), QTime(10, 0));
    s.device = Device::Dermaroller;
    s.needleLength = NeedleLength(1.5);
    s.zones = {ScalpSite::Vertex};
    QVERIFY(SessionRepository(*db.value()).add(s).ok());
    QList<Measurement> rows;
    for (const auto &[day, density] :
         {std::pair{QDate(2026, 1, 12), 150.0}, std::pair{QDate(2026, 3, 12), 180.0}}) {
        Measurement m;
        m.patientId = p.id;
        m.measuredOn = day;
        m.site = ScalpSite::Vertex;
        m.method = MeasurementMethod::Phototrichogram;
        m.density = HairDensity(density);
        rows << m;
    }
    QVERIFY(MeasurementRepository(*db.value()).addAll(rows).ok());
    QVERIFY(UserRepository(*db.value()).add(kAdmin, Role::Administrator, kPassword).ok());
}

const QStringList kSet{QStringLiteral("patients.csv"), QStringLiteral("diagnoses.csv"),
                       QStringLiteral("sessions.csv"), QStringLiteral("measurements.csv")};

} // namespace

class TestAttackFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_victim; // a file outside every output: a link must never lead to it
    QByteArray m_victimBytes;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void victimIntact() const
    {
        QCOMPARE(readAll(m_victim), m_victimBytes);
        QVERIFY(QFileInfo(m_victim).isFile() && !QFileInfo(m_victim).isSymLink());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("clinic.sqlite"));
        makeDatabase(m_db);
        // The "database" a link points at: any write through the link would change it.
        m_victim = path(QStringLiteral("victim.sqlite"));
        QVERIFY(QFile::copy(m_db, m_victim));
        m_victimBytes = readAll(m_victim);
        QVERIFY(m_victimBytes.startsWith("SQLite format 3"));
    }

    // --- core helpers -------------------------------------------------------------------

    void quoteValueKeepsAtMost80Characters()
    {
        QCOMPARE(quoteValue(QStringLiteral("short")), QStringLiteral("short"));
        const QString exactly(80, QLatin1Char('a'));
        QCOMPARE(quoteValue(exactly), exactly);
        const QString quoted = quoteValue(QString(10 * 1024 * 1024, QLatin1Char('x')));
        QCOMPARE(quoted.size(), 80);
        QVERIFY(quoted.endsWith(QStringLiteral("x…")));
        QCOMPARE(quoteValue(QStringLiteral("a") + QChar(0) + QStringLiteral("b")),
                 QStringLiteral("a\\0b"));
        // A terminal's escape sequences are shown, not obeyed: C0, DEL and C1 characters.
        QCOMPARE(quoteValue(QStringLiteral("\x1b]0;pwned\a\x1b[2J\x7f") + QChar(0x9b) +
                            QStringLiteral("\r\n\tü")),
                 QStringLiteral("\\x1b]0;pwned\\x07\\x1b[2J\\x7f\\x9b\\r\\n\\tü"));
        // Counted as shown: 40 escapes are 160 characters, cut at 80.
        QCOMPARE(quoteValue(QString(40, QChar(0x1b))).size(), 80);
    }

    void readRegularFileRefusesWhatIsNotAFile()
    {
        const QString fifo = path(QStringLiteral("core.fifo"));
        QVERIFY(makeFifo(fifo));
        QElapsedTimer timer;
        timer.start();
        auto r = readRegularFile(fifo, 1024); // would block in open() if it were opened
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("named pipe")),
                 qPrintable(r.error().message));
        QVERIFY(timer.elapsed() < 5000);
        r = readRegularFile(QStringLiteral("/dev/zero"), 1024);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("/dev/zero is a device")));
        r = readRegularFile(m_dir.path(), 1024);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("a folder")));
        // The limit holds exactly: limit bytes are read, limit + 1 are refused.
        const QString file = path(QStringLiteral("ten.bin"));
        QVERIFY(writeAll(file, QByteArray(10, 'z')));
        r = readRegularFile(file, 10);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), QByteArray(10, 'z'));
        r = readRegularFile(file, 9);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("larger than")));
        // A file that claims size 0 (procfs) is still read only up to the limit.
        QCOMPARE(QFileInfo(QStringLiteral("/proc/self/status")).size(), 0);
        r = readRegularFile(QStringLiteral("/proc/self/status"), 16);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("larger than")));
        r = readRegularFile(QStringLiteral("/proc/self/status"), 1024 * 1024);
        QVERIFY(r.ok());
        QVERIFY(r.value().contains("Pid:"));
    }

    void checkOutputPathRefusesLinksFoldersAndDevices()
    {
        const QString dangling = path(QStringLiteral("dangling.out"));
        QVERIFY(makeLink(path(QStringLiteral("nowhere/new.db")), dangling));
        QVERIFY(!QFileInfo::exists(dangling)); // what a plain exists() check would miss
        auto r = checkOutputPath(dangling);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(dangling + QStringLiteral(" is a symbolic link")));
        r = checkOutputPath(m_dir.path());
        QVERIFY(!r.ok() && r.error().message.contains(QStringLiteral("is a folder")));
        r = checkOutputPath(QStringLiteral("/dev/null"));
        QVERIFY(!r.ok() && r.error().message.contains(QStringLiteral("/dev/null is a device")));
        QVERIFY(checkOutputPath(path(QStringLiteral("new-file.pdf"))).ok());
        QVERIFY(checkOutputPath(m_victim).ok()); // a regular file is replaced, not written into
    }

    void auditExportDoesNotFollowALink()
    {
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        QVERIFY(UserRepository(*db.value()).signIn(kAdmin, kPassword).ok());
        const QString link = path(QStringLiteral("audit-link.csv"));
        QVERIFY(makeLink(m_victim, link));
        const auto written = AuditLog(*db.value()).exportCsv({}, link);
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(QStringLiteral("symbolic link")));
        victimIntact();
    }

    void validationRefusesNulInEveryTextField()
    {
        const QString nul = QStringLiteral("Mül") + QChar(0) + QStringLiteral("ler");
        const QDate today(2026, 6, 1);
        Patient p = test::samplePatient(QStringLiteral("NUL-1"));
        QVERIFY(validatePatient(p, today).ok());
        for (QString Patient::*field : {&Patient::familyName, &Patient::givenName, &Patient::mrn,
                                        &Patient::notes, &Patient::phone, &Patient::email}) {
            Patient bad = p;
            bad.*field = nul;
            const auto v = validatePatient(bad, today);
            QVERIFY(!v.ok());
            QVERIFY2(v.summary().contains(QStringLiteral("NUL character (U+0000)")),
                     qPrintable(v.summary()));
        }
        p.familyName = nul;
        QVERIFY(validatePatient(p, today).hasIssueFor(u"family_name"));
        QVERIFY(validatePatient(p, today).summary().startsWith(QStringLiteral("Family name")));
        // The other records' text fields too.
        const Patient owner = test::samplePatient();
        MicroneedlingSession s;
        s.performedAt = QDateTime(QDate(2026, 1, 12), QTime(10, 0));
        s.needleLength = NeedleLength(1.0);
        s.notes = nul;
        QVERIFY(validateSession(s, owner, QDateTime(today, QTime(12, 0))).hasIssueFor(u"notes"));
        s.notes.clear();
        s.adjuncts = {{AdjunctType::Minoxidil, nul}};
        QVERIFY(validateSession(s, owner, QDateTime(today, QTime(12, 0)))
                    .hasIssueFor(u"adjuncts[1].dose"));
        Measurement m;
        m.measuredOn = QDate(2026, 1, 12);
        m.density = HairDensity(150);
        m.instrument = nul;
        QVERIFY(validateMeasurement(m, owner, today).hasIssueFor(u"instrument"));
        Diagnosis d;
        d.diagnosedOn = QDate(2026, 1, 12);
        d.notes = nul;
        QVERIFY(validateDiagnosis(d, owner, today).hasIssueFor(u"notes"));
        PatientReportedOutcome o;
        o.recordedOn = QDate(2026, 1, 12);
        o.sheddingScore = 2;
        o.notes = nul;
        QVERIFY(validateOutcome(o, owner, today).hasIssueFor(u"notes"));
    }

    // --- item 7: outputs ----------------------------------------------------------------

    void csvExportDoesNotWriteThroughALink()
    {
        const QString out = path(QStringLiteral("export-link"));
        QVERIFY(QDir().mkpath(out));
        const QString link = out + QStringLiteral("/patients.csv");
        QVERIFY(makeLink(m_victim, link));
        const auto r = runApp({QStringLiteral("export"), QStringLiteral("csv"),
                               QStringLiteral("--database"), m_db, QStringLiteral("--out"), out});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(link + QStringLiteral(" is a symbolic link")), qPrintable(r.err));
        victimIntact();
        QVERIFY(QFileInfo(link).isSymLink());
        // Nothing of the set was written either.
        for (const QString &name : kSet.mid(1))
            QVERIFY2(!exists(out + QLatin1Char('/') + name), qPrintable(name));
    }

    void csvExportReplacesTheWholeSetOrNothing()
    {
        const QString out = path(QStringLiteral("export-set"));
        QVERIFY(QDir().mkpath(out));
        for (const QString &name : kSet)
            QVERIFY(writeAll(out + QLatin1Char('/') + name, "old " + name.toUtf8()));
        // One name of the set is taken by a folder: that file cannot be written.
        QVERIFY(QFile::remove(out + QStringLiteral("/sessions.csv")));
        QVERIFY(QDir().mkpath(out + QStringLiteral("/sessions.csv")));
        const QStringList args{QStringLiteral("export"),     QStringLiteral("csv"),
                               QStringLiteral("--database"), m_db,
                               QStringLiteral("--out"),      out};
        auto r = runApp(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("sessions.csv is a folder")), qPrintable(r.err));
        // The old set, untouched: no new file next to old ones.
        for (const QString &name : {QStringLiteral("patients.csv"), QStringLiteral("diagnoses.csv"),
                                    QStringLiteral("measurements.csv")})
            QCOMPARE(readAll(out + QLatin1Char('/') + name), "old " + name.toUtf8());
        QVERIFY(QFileInfo(out + QStringLiteral("/sessions.csv")).isDir());
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
                 4); // no temporary folder left behind

        // With the folder gone the whole new set replaces the old one.
        QVERIFY(QDir(out + QStringLiteral("/sessions.csv")).removeRecursively());
        QVERIFY(writeAll(out + QStringLiteral("/sessions.csv"), "old sessions.csv"));
        r = runApp(args);
        QCOMPARE(r.exitCode, 0);
        for (const QString &name : kSet) {
            const QByteArray now = readAll(out + QLatin1Char('/') + name);
            QVERIFY2(now.startsWith("\xEF\xBB\xBFmrn,"), qPrintable(name));
        }
        QVERIFY(readAll(out + QStringLiteral("/patients.csv")).contains("ATK-1"));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
                 4);

        // What a killed export left (its staging folder with a part of the patients' data,
        // named with its process id and machine) goes with the next export, and so does one
        // untouched for two days (an earlier version's, without either). A live process's, a
        // fresh one of another machine (a shared folder: its process is not ours to ask about)
        // or of the earlier kind, and a link (nothing removed through it) are left alone.
        QString host;
        for (const QChar c : QSysInfo::machineHostName())
            if (host.size() < 32 && c.unicode() < 0x80 && c.isLetterOrNumber())
                host += c;
        if (host.isEmpty())
            host = QStringLiteral("host");
        QProcess finished;
        finished.start(QStringLiteral("true"), {});
        QVERIFY(finished.waitForStarted());
        const qint64 gonePid = finished.processId();
        QVERIFY(finished.waitForFinished());
        const auto staging = [&](qint64 pid, const QString &machine,
                                 const char *suffix) -> QString {
            return out + QStringLiteral("/.tricholog-partial-%1@%2-%3")
                             .arg(pid)
                             .arg(machine, QLatin1String(suffix));
        };
        const QString killed = staging(gonePid, host, "Ab12Cd");
        const QString oldKind = out + QStringLiteral("/.tricholog-partial-Zz9Yy8");
        const QString live = staging(::getpid(), host, "Qq1Ww2");
        const QString elsewhere = staging(gonePid, QStringLiteral("otherworkstation7"), "Uu7Ii8");
        const QString fresh = out + QStringLiteral("/.tricholog-partial-Ee3Rr4");
        const QString target = path(QStringLiteral("not-staging"));
        for (const QString &folder : {killed, oldKind, live, elsewhere, fresh, target}) {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(writeAll(folder + QStringLiteral("/patients.csv"), "mrn,family_name\n"));
        }
        const struct timeval twoDaysAgo[2] = {{::time(nullptr) - 2 * 86400, 0},
                                              {::time(nullptr) - 2 * 86400, 0}};
        QVERIFY(::utimes(QFile::encodeName(oldKind).constData(), twoDaysAgo) == 0);
        const QString link = staging(gonePid, host, "Tt5Yy6");
        QVERIFY(makeLink(target, link));
        r = runApp(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!exists(killed));
        QVERIFY(!exists(oldKind));
        for (const QString &kept : {live, elsewhere, fresh, target})
            QVERIFY2(QFileInfo::exists(kept + QStringLiteral("/patients.csv")), qPrintable(kept));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void fhirReportChartAndBackupDoNotWriteThroughLinks()
    {
        struct Case
        {
            QString name;
            QStringList args; // the output path is appended
        };
        const QList<Case> cases{
            {QStringLiteral("bundle.json"),
             {QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("--database"), m_db,
              QStringLiteral("--out")}},
            {QStringLiteral("report.pdf"),
             {QStringLiteral("report"), QStringLiteral("--database"), m_db,
              QStringLiteral("--patient"), QStringLiteral("ATK-1"), QStringLiteral("--output")}},
            {QStringLiteral("chart.png"),
             {QStringLiteral("chart"), QStringLiteral("--database"), m_db,
              QStringLiteral("--patient"), QStringLiteral("ATK-1"), QStringLiteral("--metric"),
              QStringLiteral("density"), QStringLiteral("--output")}},
            {QStringLiteral("copy.sqlite"),
             {QStringLiteral("backup"), QStringLiteral("--database"), m_db,
              QStringLiteral("--out")}}};
        for (const Case &c : cases) {
            // A link to an existing file, and a dangling link (which would create its target).
            const QString link = path(QStringLiteral("link-") + c.name);
            QVERIFY(makeLink(m_victim, link));
            auto r = runApp(c.args + QStringList{link});
            QVERIFY2(r.exitCode == 1, qPrintable(c.name + r.err));
            QVERIFY2(r.err.contains(link + QStringLiteral(" is a symbolic link")),
                     qPrintable(c.name + QLatin1Char(' ') + r.err));
            victimIntact();
            const QString dangling = path(QStringLiteral("dangling-") + c.name);
            const QString target = path(QStringLiteral("created-through-") + c.name);
            QVERIFY(makeLink(target, dangling));
            r = runApp(c.args + QStringList{dangling});
            QVERIFY2(r.exitCode == 1, qPrintable(c.name + r.err));
            QVERIFY2(r.err.contains(dangling + QStringLiteral(" is a symbolic link")),
                     qPrintable(c.name + QLatin1Char(' ') + r.err));
            QVERIFY2(!exists(target), qPrintable(c.name));
        }
        // A device is no output file either.
        const auto r = runApp(cases.first().args + QStringList{QStringLiteral("/dev/null")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/dev/null is a device")), qPrintable(r.err));
    }

    // --- item 8: inputs -----------------------------------------------------------------

    void importRefusesEndlessInputsQuickly()
    {
        const QString fifo = path(QStringLiteral("patients.fifo"));
        QVERIFY(makeFifo(fifo));
        // Sparse files: they claim 4 GB and more, or 101 MB without a line end; they hold nothing.
        const QString sparse = path(QStringLiteral("huge.csv"));
        const QString noLineEnd = path(QStringLiteral("no-line-end.csv"));
        for (const auto &[file, size] :
             {std::pair{sparse, 4LL * 1024 * 1024 * 1024 + 1}, std::pair{noLineEnd, 101LL << 20}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(size));
        }
        for (const auto &[input, what] :
             {std::pair{QStringLiteral("/dev/zero"), QStringLiteral("/dev/zero is a device")},
              std::pair{fifo, QString(fifo + QStringLiteral(" is a named pipe (FIFO)"))},
              std::pair{m_dir.path(), QString(m_dir.path() + QStringLiteral(" is a folder"))},
              std::pair{sparse, QStringLiteral("larger than 4096 MB")},
              std::pair{noLineEnd, QStringLiteral("Line 1: a row of more than 16 million")}}) {
            const auto r = runApp({QStringLiteral("import"), QStringLiteral("--database"), m_db,
                                   QStringLiteral("--patients"), input});
            QVERIFY2(r.finished, qPrintable(input + QStringLiteral(" did not finish in 20 s")));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(what), qPrintable(r.err.left(2000)));
            QVERIFY(r.err.size() < 1024);
        }
    }

    void photoImportRefusesEndlessInputsQuickly()
    {
        const QString fifo = path(QStringLiteral("photo.fifo"));
        QVERIFY(makeFifo(fifo));
        for (const auto &[input, what] :
             {std::pair{QStringLiteral("/dev/zero"), QStringLiteral("/dev/zero is a device")},
              std::pair{fifo, QString(fifo + QStringLiteral(" is a named pipe (FIFO)"))}}) {
            const auto r = runApp({QStringLiteral("photos"), QStringLiteral("import"),
                                   QStringLiteral("--database"), m_db, QStringLiteral("--patient"),
                                   QStringLiteral("ATK-1"), QStringLiteral("--date"),
                                   QStringLiteral("2026-01-12"), QStringLiteral("--view"),
                                   QStringLiteral("global_vertex"), input});
            QVERIFY2(r.finished, qPrintable(input + QStringLiteral(" did not finish in 20 s")));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(what), qPrintable(r.err.left(2000)));
            QVERIFY(r.err.contains(QStringLiteral("nothing was stored")));
        }
    }

    void aTenMegabyteLineIsQuotedShortly()
    {
        const QByteArray huge(10 * 1024 * 1024, 'x');
        const QByteArray header =
            "mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,email,photo_consent\n";
        // A 10 MB date, and a 10 MB column name.
        const QString badCell = path(QStringLiteral("long-cell.csv"));
        QVERIFY(writeAll(badCell, header + "LONG-1,Long,Line," + huge + ",female,2,,,no\n"));
        const QString badHeader = path(QStringLiteral("long-header.csv"));
        QVERIFY(writeAll(badHeader, header.chopped(1) + ',' + huge +
                                        "\nLONG-2,Long,Head,1980-01-01,female,2,,,no,1\n"));
        for (const QString &file : {badCell, badHeader}) {
            const auto r = runApp({QStringLiteral("import"), QStringLiteral("--database"), m_db,
                                   QStringLiteral("--patients"), file});
            QVERIFY(r.finished);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.toUtf8().size() < 1024,
                     qPrintable(QString::number(r.err.toUtf8().size()) + QStringLiteral(" bytes")));
            QVERIFY2(longestRun(r.err, QLatin1Char('x')) <= 80, qPrintable(r.err));
            QVERIFY2(r.err.contains(QString(79, QLatin1Char('x')) + QStringLiteral("…")),
                     qPrintable(r.err));
        }
        // An option value is quoted the same way.
        const auto r =
            runApp({QStringLiteral("photos"), QStringLiteral("import"),
                    QStringLiteral("--database"), m_db, QStringLiteral("--patient"),
                    QStringLiteral("ATK-1"), QStringLiteral("--date"), QStringLiteral("2026-01-12"),
                    QStringLiteral("--view"), QString(100000, QLatin1Char('x')), m_victim});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.size() < 1024 && longestRun(r.err, QLatin1Char('x')) <= 80,
                 qPrintable(r.err.left(300)));
    }

    void nulInAPatientNameIsRefusedOnImport()
    {
        const QString file = path(QStringLiteral("nul.csv"));
        QVERIFY(writeAll(file, QByteArray("mrn,family_name,given_name,date_of_birth,sex,"
                                          "fitzpatrick,phone,email,photo_consent\n"
                                          "NUL-9,M\xC3\xBCl") +
                                   QByteArray(1, '\0') +
                                   QByteArray("ler,Jonas,1985-03-02,male,3,,,no\n")));
        QVERIFY(readAll(file).contains('\0'));
        const auto r = runApp({QStringLiteral("import"), QStringLiteral("--database"), m_db,
                               QStringLiteral("--patients"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 2, column family_name")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("NUL character (U+0000)")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Mül\\0ler")), qPrintable(r.err));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        QVERIFY(!PatientRepository(*db.value()).findByMrn(QStringLiteral("NUL-9")).ok());
    }

    // --- item 11 ------------------------------------------------------------------------

    void credentialsInTheServerAddressAreRefused()
    {
        // The same refusal as user:password@, whatever the credential parameter.
        for (const QString &url :
             {QStringLiteral("postgresql://clinic:hunter2@127.0.0.1:1/tricholog"),
              QStringLiteral("postgresql://clinic@127.0.0.1:1/tricholog?password=hunter2"),
              QStringLiteral("postgresql://clinic@127.0.0.1:1/tricholog?sslmode=disable&"
                             "PassWord=hunter2"),
              QStringLiteral("postgresql://clinic@127.0.0.1:1/tricholog?passfile=/tmp/hunter2"),
              QStringLiteral("postgres://clinic@127.0.0.1:1/tricholog?sslpassword=hunter2")}) {
            const auto r = runApp({QStringLiteral("audit"), QStringLiteral("verify"),
                                   QStringLiteral("--database"), url});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("A password does not belong in the address")),
                     qPrintable(url + QLatin1Char(' ') + r.err));
            QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
        }
        // An address that is not one at all (no host) is quoted without its password.
        for (const QString &url :
             {QStringLiteral("postgresql://clinic:hunter2@/tricholog"),
              QStringLiteral("postgresql://clinic@/tricholog?Password=hunter2&sslmode=require")}) {
            const auto r = runApp({QStringLiteral("audit"), QStringLiteral("verify"),
                                   QStringLiteral("--database"), url});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("is not a server address")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("hunter2")), qPrintable(r.err));
            QVERIFY(r.err.contains(QStringLiteral("***")));
        }
    }

    void aFolderOrADeviceIsNamedAsSuch()
    {
        const QString folder = path(QStringLiteral("a-folder.sqlite"));
        QVERIFY(QDir().mkpath(folder));
        auto r = runApp({QStringLiteral("audit"), QStringLiteral("verify"),
                         QStringLiteral("--database"), folder});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(folder + QStringLiteral(" is a folder")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("does not exist")));
        r = runApp({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("--database"),
                    QStringLiteral("/dev/null"), QStringLiteral("--out"),
                    path(QStringLiteral("never.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/dev/null is not a regular file (it is a device)")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("does not exist")));
        QProcessEnvironment init;
        init.insert(QStringLiteral("TRICHOLOG_PASSWORD"), kPassword);
        r = runApp({QStringLiteral("init"), QStringLiteral("--database"),
                    QStringLiteral("/dev/null"), QStringLiteral("--admin"), kAdmin},
                   false, init);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/dev/null is not a regular file")),
                 qPrintable(r.err));
        QVERIFY(QFileInfo(QStringLiteral("/dev/null")).exists() &&
                !QFileInfo(QStringLiteral("/dev/null")).isFile());
        const QString fifo = path(QStringLiteral("database.fifo"));
        QVERIFY(makeFifo(fifo));
        r = runApp({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                    fifo});
        QVERIFY(r.finished);
        QVERIFY2(r.err.contains(QStringLiteral("is not a regular file (it is a named pipe")),
                 qPrintable(r.err));
        // A restore onto a missing database signs in to the backup it is given: a pipe is
        // refused before it is read (it was copied, and the copy never ended), and so is a device.
        const QString missing = path(QStringLiteral("restored-here.sqlite"));
        for (const QString &from : {fifo, QStringLiteral("/dev/zero")}) {
            r = runApp({QStringLiteral("restore"), QStringLiteral("--database"), missing,
                        QStringLiteral("--from"), from});
            QVERIFY2(r.finished, qPrintable(from + QStringLiteral(" did not finish in 20 s")));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(from + QStringLiteral(" is a ")) &&
                         r.err.contains(QStringLiteral("not a regular file; it is not read")),
                     qPrintable(r.err));
            QVERIFY(!exists(missing));
        }
    }

    void aFailedInitLeavesNoFile()
    {
        const QString file = path(QStringLiteral("never-made.sqlite"));
        QProcessEnvironment init;
        init.insert(QStringLiteral("TRICHOLOG_PASSWORD"), kPassword);
        const auto r = runApp({QStringLiteral("init"), QStringLiteral("--database"), file,
                               QStringLiteral("--admin"), QString(65, QLatin1Char('a'))},
                              false, init);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("1 to 64 characters")), qPrintable(r.err));
        QVERIFY(!exists(file));
        QCOMPARE(sqliteSideFiles(file), QStringList());
    }

    void verifyingAnEmptyFileLeavesItEmpty()
    {
        const QString file = path(QStringLiteral("empty.sqlite"));
        QVERIFY(writeAll(file, QByteArray()));
        const auto r = runApp({QStringLiteral("audit"), QStringLiteral("verify"),
                               QStringLiteral("--database"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file + QStringLiteral(" is empty")), qPrintable(r.err));
        QCOMPARE(QFileInfo(file).size(), 0);
        QCOMPARE(sqliteSideFiles(file), QStringList());
    }

    void readOnlyMediumServesTheReadingVerbs()
    {
        // A read-only file system: even root cannot write there.
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QByteArray where = QFile::encodeName(mountPoint);
        if (::mount("tmpfs", where.constData(), "tmpfs", 0, "size=8m") != 0)
            QSKIP("cannot mount a tmpfs here (needs root)");
        const QString db = mountPoint + QStringLiteral("/clinic.sqlite");
        makeDatabase(db);
        QCOMPARE(::mount("tmpfs", where.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=8m"),
                 0);
        readingVerbsWork(db, dir.filePath(QStringLiteral("out")), false);
        QVERIFY(::umount(where.constData()) == 0);
    }

    void readOnlyFolderAndFileServeTheReadingVerbs_data()
    {
        QTest::addColumn<int>("folderMode");
        QTest::addColumn<int>("fileMode");
        QTest::addColumn<bool>("fileOwnedByUser");
        QTest::newRow("folder 0555, file 0444") << 0555 << 0444 << false;
        QTest::newRow("folder 0555, own file 0644") << 0555 << 0644 << true;
        QTest::newRow("folder 0777, file 0444") << 0777 << 0444 << false;
    }

    void readOnlyFolderAndFileServeTheReadingVerbs()
    {
        QFETCH(int, folderMode);
        QFETCH(int, fileMode);
        QFETCH(bool, fileOwnedByUser);
        if (::geteuid() != 0)
            QSKIP("needs root to run the binary as the user nobody");
        // Root ignores permissions: the verbs run as nobody, for whom they count.
        QTemporaryDir dir;
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        const QString folder = dir.filePath(QStringLiteral("db"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/clinic.sqlite");
        makeDatabase(db);
        QCOMPARE(sqliteSideFiles(db), QStringList());
        if (fileOwnedByUser)
            QVERIFY(::chown(QFile::encodeName(db).constData(), kNobody, kNobody) == 0);
        QVERIFY(::chmod(QFile::encodeName(db).constData(), mode_t(fileMode)) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), mode_t(folderMode)) == 0);
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(::chmod(QFile::encodeName(out).constData(), 0777) == 0);
        readingVerbsWork(db, out, true);
    }

private:
    void readingVerbsWork(const QString &db, const QString &out, bool asNobody)
    {
        QVERIFY(QDir().mkpath(out));
        QProcessEnvironment home; // a writable home for the settings and font caches
        home.insert(QStringLiteral("HOME"), out);
        home.insert(QStringLiteral("XDG_CONFIG_HOME"), out + QStringLiteral("/.config"));
        home.insert(QStringLiteral("XDG_CACHE_HOME"), out + QStringLiteral("/.cache"));
        const QString runtime = out + QStringLiteral("/runtime"); // private, as Qt wants it
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(::chmod(QFile::encodeName(runtime).constData(), 0700) == 0);
        if (asNobody)
            QVERIFY(::chown(QFile::encodeName(runtime).constData(), kNobody, kNobody) == 0);
        home.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        const QByteArray before = readAll(db);
        const QList<QStringList> verbs{
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db},
            {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--database"), db,
             QStringLiteral("--out"), out + QStringLiteral("/csv")},
            {QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("--database"), db,
             QStringLiteral("--out"), out + QStringLiteral("/bundle.json")},
            {QStringLiteral("report"), QStringLiteral("--database"), db,
             QStringLiteral("--patient"), QStringLiteral("ATK-1"), QStringLiteral("--output"),
             out + QStringLiteral("/r.pdf")},
            {QStringLiteral("chart"), QStringLiteral("--database"), db, QStringLiteral("--patient"),
             QStringLiteral("ATK-1"), QStringLiteral("--metric"), QStringLiteral("density"),
             QStringLiteral("--output"), out + QStringLiteral("/c.png")}};
        for (const QStringList &verb : verbs) {
            const auto r = runApp(verb, asNobody, home, 60000);
            QVERIFY2(r.exitCode == 0,
                     qPrintable(verb.mid(0, 2).join(QLatin1Char(' ')) +
                                QStringLiteral(": exit %1: ").arg(r.exitCode) + r.err));
            QVERIFY2(r.err.contains(db + QStringLiteral(" is read-only: this sign-in")) &&
                         r.err.contains(QStringLiteral("cannot be recorded in the audit trail")),
                     qPrintable(r.err));
        }
        QVERIFY(readAll(out + QStringLiteral("/csv/patients.csv")).contains("ATK-1"));
        QVERIFY(readAll(out + QStringLiteral("/bundle.json")).contains("\"Bundle\""));
        QVERIFY(readAll(out + QStringLiteral("/r.pdf")).startsWith("%PDF"));
        QVERIFY(readAll(out + QStringLiteral("/c.png")).startsWith("\x89PNG"));
        // Writes stay refused, and the file is as it was.
        const QString csv = out + QStringLiteral("/one.csv");
        QVERIFY(writeAll(csv, "mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,"
                              "email,photo_consent\nRO-2,Ro,Ro,1980-01-01,male,2,,,no\n"));
        ::chmod(QFile::encodeName(csv).constData(), 0644);
        const auto r = runApp({QStringLiteral("import"), QStringLiteral("--database"), db,
                               QStringLiteral("--patients"), csv},
                              asNobody, home, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is open read-only: nothing can be saved")),
                 qPrintable(r.err));
        QCOMPARE(readAll(db), before);
    }
};

QTEST_GUILESS_MAIN(TestAttackFiles)
#include "tst_attack_files.moc"
