// Attacks on the stored files (issue 18, items 5 and 6). Pages of the SQLite file overwritten (a
// failing disk, a bad copy) must stop every reader with an error, never read as fewer rows, and
// the verbs that copy data out refuse a damaged file, naming it and the latest backup. Patient
// data is created private (files 0600, folders 0700) whatever the umask, and a restore keeps the
// mode of the file it replaces.
#include "core/demo/DemoGenerator.h"
#include "core/io/CsvExporter.h"
#include "core/security/UserRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"
#include "tests/e2e/ProcessRun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace tricholog;

namespace {

// The process umask for a scope; programs started meanwhile inherit it.
class UmaskScope
{
public:
    explicit UmaskScope(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~UmaskScope() { ::umask(m_previous); }
    UmaskScope(const UmaskScope &) = delete;
    UmaskScope &operator=(const UmaskScope &) = delete;

private:
    mode_t m_previous;
};

// The permission bits of a file or folder, as stat(2) reports them; -1 when it is missing.
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

// The leaf pages of a table's b-tree in key (rowid) order, from SQLite's dbstat table.
QList<int> leafPages(Database &db, const QString &table)
{
    QList<int> pages;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path"));
    q.addBindValue(table);
    if (!q.exec())
        qFatal("dbstat: %s", qPrintable(q.lastError().text()));
    while (q.next())
        pages << q.value(0).toInt();
    return pages;
}

// Overwrites whole pages of a closed SQLite file with junk (the same junk on every run).
bool overwritePages(const QString &path, int pageSize, const QList<int> &pages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QRandomGenerator rng(18);
    for (const int page : pages) {
        QByteArray junk(pageSize, Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng.bounded(256));
        if (!file.seek(qint64(page - 1) * pageSize) || file.write(junk) != pageSize)
            return false;
    }
    return true;
}

// Rows a statement reads before next() says there are no more, and whether it said so because a
// step failed. -1 when the statement failed at once (exec).
struct Scan
{
    int rows = -1;
    bool failedAfterwards = false;
};

Scan scan(Database &db, const QString &sql, const QVariant &bound = {})
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (bound.isValid())
        q.addBindValue(bound);
    Scan s;
    if (!q.exec())
        return s;
    s.rows = 0;
    while (q.next())
        ++s.rows;
    s.failedAfterwards = q.lastError().isValid();
    return s;
}

} // namespace

class TestAttackStorage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_intact;          // 300 generated patients, closed; only ever copied
    QString m_latestBackup;    // its good backup, where the program looks for one
    QString m_patientsDamaged; // a copy with a leaf of the patient table overwritten
    int m_patients = 0;
    int m_pageSize = 0;
    QHash<qint64, int> m_sessionsOf; // patient id: sessions, before any damage
    QList<int> m_patientLeaves, m_sessionLeaves;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The tricholog program, signed in as the demo's administrator, with settings of its own.
    test::Run app(const QStringList &args,
                  const QProcessEnvironment &extra = QProcessEnvironment()) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("admin"));
        env.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("tricholog-admin"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        return test::runProcess(QStringLiteral(TRICHOLOG_BINARY), args, env);
    }

    // A copy of the intact file with `pages` overwritten.
    QString damagedCopy(const QString &name, const QList<int> &pages) const
    {
        const QString copy = path(QStringLiteral("clinic/") + name);
        QFile::remove(copy);
        if (!QFile::copy(m_intact, copy) || !overwritePages(copy, m_pageSize, pages))
            qFatal("cannot damage %s", qPrintable(copy));
        return copy;
    }

private slots:
    void initTestCase()
    {
        // Settings (the backup folder) of this process and of the program: defaults, not the
        // user's.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("clinic"))));
        m_intact = path(QStringLiteral("clinic/intact.sqlite"));
        {
            auto opened = Database::open(m_intact, std::make_shared<FixedClock>(test::fixedNow()));
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            Database &db = *opened.value();
            DemoOptions options;
            options.patients = 300;
            options.photoPatients = 0;
            const auto made = generateDemo(db, options);
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
            m_patients = made.value().patients;
            QCOMPARE(m_patients, 300);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT patient_id, count(*) FROM session GROUP BY "
                                          "patient_id")));
            while (q.next())
                m_sessionsOf.insert(q.value(0).toLongLong(), q.value(1).toInt());
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            m_pageSize = q.value(0).toInt();
            q.finish();
            m_patientLeaves = leafPages(db, QStringLiteral("patient"));
            m_sessionLeaves = leafPages(db, QStringLiteral("session"));
            // Many pages per table: the damage below is in the middle of each.
            QVERIFY2(m_patientLeaves.size() >= 8,
                     qPrintable(QString::number(m_patientLeaves.size())));
            QVERIFY2(m_sessionLeaves.size() >= 8,
                     qPrintable(QString::number(m_sessionLeaves.size())));
            // A good backup where the program looks for the latest one (the default folder).
            m_latestBackup = path(QStringLiteral("clinic/backups/manual-20260615-103000.sqlite"));
            QVERIFY(backup::create(db, m_latestBackup).ok());
        }
        QVERIFY(!QFile::exists(m_intact + QStringLiteral("-wal"))); // all in the main file
        m_patientsDamaged = damagedCopy(QStringLiteral("patients-damaged.sqlite"),
                                        {m_patientLeaves.at(m_patientLeaves.size() / 2)});
    }

    // --- Item 5: damaged files are an error, never fewer rows -----------------------------

    void csvExportOfADamagedTableIsAnError()
    {
        auto opened = Database::open(m_patientsDamaged);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        Database &db = *opened.value();
        // The attack as QSqlQuery::next() sees it: the export's scan in name order starts, then a
        // step fails on the overwritten page, which next() reports as the end of the rows.
        const Scan raw =
            scan(db, QStringLiteral("SELECT * FROM patient ORDER BY family_key, given_key, id"));
        QVERIFY2(raw.rows > 0 && raw.rows < m_patients && raw.failedAfterwards,
                 qPrintable(QStringLiteral("rows %1 of %2; choose another page to damage")
                                .arg(raw.rows)
                                .arg(m_patients)));
        QVERIFY(UserRepository(db)
                    .signIn(QStringLiteral("admin"), QStringLiteral("tricholog-admin"))
                    .ok());

        const auto found = PatientRepository(db).search(PatientQuery{{}, true, -1});
        QVERIFY2(!found.ok(), found.ok() ? qPrintable(QStringLiteral("%1 of %2 patients listed")
                                                          .arg(found.value().size())
                                                          .arg(m_patients))
                                         : "");
        QCOMPARE(found.error().kind, Error::Kind::Storage);
        QVERIFY2(found.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(found.error().message));

        const QString out = path(QStringLiteral("csv-of-damaged"));
        const auto exported = exportCsv(db, out);
        QVERIFY2(!exported.ok(),
                 exported.ok() ? qPrintable(QStringLiteral("exported %1 of %2 patients as complete")
                                                .arg(exported.value().value(CsvKind::Patients))
                                                .arg(m_patients))
                               : "");
        QCOMPARE(exported.error().kind, Error::Kind::Storage);
        QVERIFY(!QFile::exists(out + QStringLiteral("/patients.csv")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/sessions.csv")));
    }

    void sessionsOfAPatientAreAllOrAnError()
    {
        const QString damaged = damagedCopy(QStringLiteral("sessions-damaged.sqlite"),
                                            {m_sessionLeaves.at(m_sessionLeaves.size() / 3),
                                             m_sessionLeaves.at(m_sessionLeaves.size() / 2),
                                             m_sessionLeaves.at(2 * m_sessionLeaves.size() / 3)});
        auto opened = Database::open(damaged);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        Database &db = *opened.value();
        int cutShort = 0, errors = 0;
        for (auto it = m_sessionsOf.cbegin(); it != m_sessionsOf.cend(); ++it) {
            // The repository's own statement, read raw: some patients' lists stop early.
            const Scan raw = scan(db,
                                  QStringLiteral("SELECT * FROM session WHERE patient_id = ? "
                                                 "ORDER BY performed_at DESC, id DESC"),
                                  it.key());
            if (raw.rows >= 0 && raw.rows < it.value())
                ++cutShort;
            const auto sessions = SessionRepository(db).forPatient(it.key());
            if (!sessions.ok()) {
                ++errors;
                continue;
            }
            QVERIFY2(sessions.value().size() == it.value(),
                     qPrintable(QStringLiteral("patient %1: %2 of %3 sessions, as if complete")
                                    .arg(it.key())
                                    .arg(sessions.value().size())
                                    .arg(it.value())));
        }
        QVERIFY2(cutShort > 0,
                 "the damage must stop a list after its first row; choose other pages");
        QVERIFY(errors >= cutShort);
    }

    void quickCheckNamesTheFileAndTheLatestBackup()
    {
        for (const QString &file :
             {m_patientsDamaged, path(QStringLiteral("clinic/sessions-damaged.sqlite"))}) {
            auto opened = Database::open(file);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            const auto checked = opened.value()->quickCheck();
            QVERIFY2(!checked.ok(), qPrintable(file));
            QCOMPARE(checked.error().kind, Error::Kind::Storage);
            QVERIFY2(checked.error().message.contains(QFileInfo(file).absoluteFilePath()),
                     qPrintable(checked.error().message));
            QVERIFY2(checked.error().message.contains(m_latestBackup),
                     qPrintable(checked.error().message));
        }
        // The intact file and its backup pass.
        for (const QString &file : {m_intact, m_latestBackup}) {
            auto opened = Database::open(file);
            QVERIFY(opened.ok());
            const auto checked = opened.value()->quickCheck();
            QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
        }
    }

    void exportAndBackupVerbsRefuseADamagedFile()
    {
        const QString file = QFileInfo(m_patientsDamaged).absoluteFilePath();
        const QString out = path(QStringLiteral("cli-csv"));
        auto r = app({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--database"),
                      file, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(file) && r.err.contains(m_latestBackup), qPrintable(r.err));
        QVERIFY(!QFile::exists(out + QStringLiteral("/patients.csv")));

        const QString bundle = path(QStringLiteral("cli-bundle.json"));
        r = app({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("--database"),
                 file, QStringLiteral("--out"), bundle});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        QVERIFY(!QFile::exists(bundle));

        const QString copy = path(QStringLiteral("clinic/backups/of-damaged.sqlite"));
        r = app({QStringLiteral("backup"), QStringLiteral("--database"), file,
                 QStringLiteral("--out"), copy});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(file) && r.err.contains(m_latestBackup), qPrintable(r.err));
        QVERIFY(!QFile::exists(copy));

        // The intact file exports completely.
        r = app({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--database"),
                 m_intact, QStringLiteral("--out"), path(QStringLiteral("cli-csv-intact"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("300 patients")), qPrintable(r.out));
    }

    void theRestoreTheMessageOffersRepairsADamagedFile()
    {
        // The damaged file cannot be copied through SQLite (VACUUM INTO reads every page): it is
        // kept aside as it is, privately, and the backup takes its place.
        const int page = m_patientLeaves.at(m_patientLeaves.size() / 2);
        const QString file =
            QFileInfo(damagedCopy(QStringLiteral("restore-damaged.sqlite"), {page}))
                .absoluteFilePath();
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        const QByteArray damagedBytes = damaged.readAll();
        damaged.close();
        const auto r = app({QStringLiteral("restore"), QStringLiteral("--database"), file,
                            QStringLiteral("--from"), m_latestBackup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList aside =
            QDir(path(QStringLiteral("clinic")))
                .entryList({QStringLiteral("restore-damaged.sqlite.before-restore-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(path(QStringLiteral("clinic/") + aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        // As it was, the damage included (signing in may have written a page or two since).
        const QByteArray keptBytes = kept.readAll();
        QCOMPARE(keptBytes.size(), damagedBytes.size());
        const qint64 at = qint64(page - 1) * m_pageSize;
        QVERIFY(keptBytes.mid(at, m_pageSize) == damagedBytes.mid(at, m_pageSize));
        QCOMPARE(octal(modeOf(kept.fileName())), octal(0600));
        auto restored = Database::open(file);
        QVERIFY(restored.ok());
        QVERIFY(restored.value()->quickCheck().ok());
        QCOMPARE(PatientRepository(*restored.value()).count(true), m_patients);
    }

    // --- Item 6: patient data is private whatever the umask -------------------------------

    void newDatabaseAndBackupsArePrivate()
    {
        const UmaskScope umask022(022);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("new/folder/clinic.sqlite"));
        auto opened = Database::open(file);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(octal(modeOf(file)), octal(0600));
        QCOMPARE(octal(modeOf(file + QStringLiteral("-wal"))), octal(0600));
        QCOMPARE(octal(modeOf(file + QStringLiteral("-shm"))), octal(0600));
        QCOMPARE(octal(modeOf(dir.filePath(QStringLiteral("new")))), octal(0700));
        QCOMPARE(octal(modeOf(dir.filePath(QStringLiteral("new/folder")))), octal(0700));

        const QString copy = dir.filePath(QStringLiteral("kept/manual-1.sqlite"));
        QVERIFY(backup::create(*opened.value(), copy).ok());
        QCOMPARE(octal(modeOf(copy)), octal(0600));
        QCOMPARE(octal(modeOf(dir.filePath(QStringLiteral("kept")))), octal(0700));
        const auto rotated = backup::rotate(*opened.value(), dir.filePath(QStringLiteral("auto")),
                                            3, test::fixedNow());
        QVERIFY(rotated.ok());
        QCOMPARE(octal(modeOf(rotated.value())), octal(0600));
    }

    void copyKeptBeforeAMigrationIsPrivate()
    {
        const UmaskScope umask022(022);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QFile script(qEnvironmentVariable("TRICHOLOG_TEST_DATA") +
                         QStringLiteral("/schema_v1.sql"));
            QVERIFY(script.open(QIODevice::ReadOnly));
            QStringList lines;
            for (const auto &line : QString::fromUtf8(script.readAll()).split(QLatin1Char('\n')))
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    lines << line;
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-v1"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const auto &sql : lines.join(QLatin1Char('\n')).split(QStringLiteral(";\n")))
                if (!sql.trimmed().isEmpty())
                    QVERIFY2(q.exec(sql), qPrintable(sql.left(80)));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema-v1"));
        auto opened = Database::open(file, std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const QString kept = opened.value()->migrationBackupPath();
        QVERIFY(QFile::exists(kept));
        QCOMPARE(octal(modeOf(kept)), octal(0600));
    }

    void verbsUnderUmask022CreatePrivateFiles()
    {
        const UmaskScope umask022(022);
        QTemporaryDir dir;
        const QString practice = dir.filePath(QStringLiteral("practice"));
        const QString db = practice + QStringLiteral("/data/clinic.sqlite");
        auto r = app({QStringLiteral("demo"), QStringLiteral("--database"), db,
                      QStringLiteral("--patients"), QStringLiteral("6")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcessEnvironment owner;
        owner.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("owner-password-1"));
        r = app({QStringLiteral("init"), QStringLiteral("--database"),
                 practice + QStringLiteral("/second/new.sqlite"), QStringLiteral("--admin"),
                 QStringLiteral("owner")},
                owner);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A patient with photo consent, a session and densities, for the photo, report and chart.
        QString mrn, when;
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            Database &d = *opened.value();
            const auto patients = PatientRepository(d).search(PatientQuery{{}, true, -1});
            QVERIFY(patients.ok());
            for (const Patient &p : patients.value()) {
                const auto sessions = SessionRepository(d).forPatient(p.id);
                const auto measured = MeasurementRepository(d).forPatient(p.id);
                if (!p.photoConsent || sessions.value().isEmpty() || measured.value().isEmpty())
                    continue;
                mrn = p.mrn;
                when = sessions.value().first().performedAt.toLocalTime().toString(
                    QStringLiteral("yyyy-MM-ddTHH:mm"));
                break;
            }
        }
        QVERIFY(!mrn.isEmpty());
        QTemporaryDir inputs; // the camera's folder: the test's own files, not the program's
        const QString photo = inputs.filePath(QStringLiteral("IMG_0001.png"));
        QImage picture(320, 240, QImage::Format_RGB32);
        picture.fill(qRgb(120, 90, 60));
        QVERIFY(picture.save(photo, "PNG"));

        const QString backups = practice + QStringLiteral("/backups");
        const QList<QStringList> verbs{
            {QStringLiteral("backup"), QStringLiteral("--database"), db, QStringLiteral("--out"),
             backups + QStringLiteral("/manual-1.sqlite")},
            {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--database"), db,
             QStringLiteral("--out"), practice + QStringLiteral("/csv")},
            {QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("--database"), db,
             QStringLiteral("--out"), practice + QStringLiteral("/bundle.json")},
            {QStringLiteral("report"), QStringLiteral("--database"), db,
             QStringLiteral("--patient"), mrn, QStringLiteral("--output"),
             practice + QStringLiteral("/report.pdf")},
            {QStringLiteral("chart"), QStringLiteral("--database"), db, QStringLiteral("--patient"),
             mrn, QStringLiteral("--metric"), QStringLiteral("density"), QStringLiteral("--output"),
             practice + QStringLiteral("/chart.png")},
            {QStringLiteral("photos"), QStringLiteral("import"), QStringLiteral("--database"), db,
             QStringLiteral("--patient"), mrn, QStringLiteral("--date"), when,
             QStringLiteral("--view"), QStringLiteral("global_vertex"), photo},
        };
        for (const QStringList &verb : verbs) {
            r = app(verb);
            QVERIFY2(r.exitCode == 0, qPrintable(verb.mid(0, 2).join(QLatin1Char(' ')) +
                                                 QStringLiteral(": ") + r.err));
        }
        // A backup brought in from elsewhere, readable by everyone, restored over the database.
        const QString brought = inputs.filePath(QStringLiteral("brought.sqlite"));
        QVERIFY(QFile::copy(backups + QStringLiteral("/manual-1.sqlite"), brought));
        QVERIFY(QFile::setPermissions(brought, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadGroup |
                                                   QFileDevice::ReadOther));
        r = app({QStringLiteral("restore"), QStringLiteral("--database"), db,
                 QStringLiteral("--from"), brought});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QDir(practice + QStringLiteral("/data"))
                     .entryList({QStringLiteral("clinic.sqlite.before-restore-*")})
                     .size(),
                 1);

        // What the verbs wrote is there...
        for (const QString &made : QStringList{db, practice + QStringLiteral("/second/new.sqlite"),
                                               backups + QStringLiteral("/manual-1.sqlite"),
                                               practice + QStringLiteral("/csv/patients.csv"),
                                               practice + QStringLiteral("/csv/measurements.csv"),
                                               practice + QStringLiteral("/bundle.json"),
                                               practice + QStringLiteral("/report.pdf"),
                                               practice + QStringLiteral("/chart.png")})
            QVERIFY2(QFileInfo(made).size() > 0, qPrintable(made));
        // ...and every file is 0600, every folder 0700.
        QStringList notPrivate;
        QCOMPARE(octal(modeOf(practice)), octal(0700));
        for (QDirIterator it(practice, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString entry = it.next();
            const int wanted = it.fileInfo().isDir() ? 0700 : 0600;
            if (modeOf(entry) != wanted)
                notPrivate << QStringLiteral("%1 %2").arg(octal(modeOf(entry)), entry);
        }
        QVERIFY2(notPrivate.isEmpty(), qPrintable(notPrivate.join(QLatin1Char('\n'))));
    }

    void restoreKeepsTheModeOfTheFileItReplaces()
    {
        const UmaskScope umask022(022);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("clinic.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("elsewhere/backup.sqlite"));
        {
            auto opened = Database::open(file);
            QVERIFY(opened.ok());
            QVERIFY(backup::create(*opened.value(), copy).ok());
        }
        // The backup readable by everyone: the restored file must not take its mode.
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QDateTime now = test::fixedNow();
        for (const int mode : {0640, 0600}) {
            QCOMPARE(::chmod(QFile::encodeName(file).constData(), mode_t(mode)), 0);
            const auto aside = backup::restore(file, copy, now.addSecs(mode));
            QVERIFY2(aside.ok(), aside.ok() ? "" : qPrintable(aside.error().message));
            QCOMPARE(octal(modeOf(file)), octal(mode));
            QCOMPARE(octal(modeOf(aside.value())), octal(0600)); // kept aside: private
            QVERIFY(Database::open(file).ok());
            QCOMPARE(octal(modeOf(file)), octal(mode));
        }
        // No file before: the restored one is private.
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        QVERIFY(backup::restore(fresh, copy, now).ok());
        QCOMPARE(octal(modeOf(fresh)), octal(0600));
    }
};

QTEST_GUILESS_MAIN(TestAttackStorage)
#include "tst_attack_storage.moc"
