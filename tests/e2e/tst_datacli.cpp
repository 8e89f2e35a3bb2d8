// The data verbs as a clinic's script runs them: import, export csv, export fhir (validated
// against the official FHIR R4 JSON schema with Node.js), backup and restore.
#include "core/demo/DemoGenerator.h"
#include "core/io/Csv.h"
#include "core/model/Keys.h"
#include "core/model/Measurement.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/RecallQuery.h"
#include "tests/TestSupport.h"
#include "tests/e2e/ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;

namespace {

using test::Run;

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &extra = QProcessEnvironment())
{
    // The demo's administrator (README); a test overrides it through `extra`.
    QProcessEnvironment env;
    env.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("tricholog-admin"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return test::runProcess(program, args, env);
}

Run app(const QStringList &args)
{
    return run(QStringLiteral(TRICHOLOG_BINARY), args);
}

// node validate.js FILE with the validator installed by scripts/install-test-tools.sh.
Run validateFhir(const QString &file)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(TRICHOLOG_NODE_MODULES));
    return run(QStringLiteral("node"), {QStringLiteral(TRICHOLOG_FHIR_VALIDATOR), file}, env);
}

} // namespace

class TestDataCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_db = path(QStringLiteral("clinic.sqlite"));
        const auto r = app({QStringLiteral("demo"), QStringLiteral("--database"), m_db,
                            QStringLiteral("--patients"), QStringLiteral("8")});
        QCOMPARE(r.exitCode, 0);
    }

    void exportCsvAndImportIntoAnEmptyDatabase()
    {
        auto r = app({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--database"),
                      m_db, QStringLiteral("--out"), path(QStringLiteral("csv"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("8 patients")));
        const QString copy = path(QStringLiteral("copy.sqlite"));
        // A new database gets its administrator first; import refuses a database without one.
        r = app({QStringLiteral("import"), QStringLiteral("--database"), copy,
                 QStringLiteral("--patients"), path(QStringLiteral("csv/patients.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("tricholog init")), qPrintable(r.err));
        QProcessEnvironment initEnv;
        initEnv.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("tricholog-admin"));
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("init"), QStringLiteral("--database"), copy,
                 QStringLiteral("--admin"), QStringLiteral("admin")},
                initEnv);
        QCOMPARE(r.exitCode, 0);
        const QStringList files{
            QStringLiteral("--patients"),     path(QStringLiteral("csv/patients.csv")),
            QStringLiteral("--diagnoses"),    path(QStringLiteral("csv/diagnoses.csv")),
            QStringLiteral("--sessions"),     path(QStringLiteral("csv/sessions.csv")),
            QStringLiteral("--measurements"), path(QStringLiteral("csv/measurements.csv"))};
        r = app(QStringList{QStringLiteral("import"), QStringLiteral("--database"), copy} + files);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(
                     "patients: 8 added, 0 already present (unchanged); read as UTF-8")),
                 qPrintable(r.out));
        r = app(QStringList{QStringLiteral("import"), QStringLiteral("--database"), copy} + files);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("patients: 0 added, 8 already present")));
        // One patient only.
        r = app({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--database"),
                 copy, QStringLiteral("--out"), path(QStringLiteral("one")),
                 QStringLiteral("--patient"), QStringLiteral("DEMO-00003")});
        QCOMPARE(r.exitCode, 0);
        QFile patients(path(QStringLiteral("one/patients.csv")));
        QVERIFY(patients.open(QIODevice::ReadOnly));
        QCOMPARE(patients.readAll().count('\n'), 2); // header and one patient
    }

    void importErrorsListEveryBadRow()
    {
        QFile bad(path(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("mrn,date,site,method,density_per_cm2,hair_count,area_cm2,mean_diameter_um,"
                  "terminal_pct,vellus_pct,anagen_pct,telogen_pct\n"
                  "DEMO-00001,2026-01-05,vertex,manual,1200,,,,,,,\n"
                  "DEMO-00001,2026-01-06,vertex,manual,150,,,,,,60,50\n");
        bad.close();
        const auto r = app({QStringLiteral("import"), QStringLiteral("--database"), m_db,
                            QStringLiteral("--measurements"), bad.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("bad.csv, line 2, column density_per_cm2 (\"1200\")")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv, line 3, column anagen_pct")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        // Usage errors: exit code 2.
        QCOMPARE(app({QStringLiteral("import"), QStringLiteral("--database"), m_db}).exitCode, 2);
        QCOMPARE(app({QStringLiteral("export"), QStringLiteral("xml"), QStringLiteral("--database"),
                      m_db, QStringLiteral("--out"), path(QStringLiteral("x"))})
                     .exitCode,
                 2);
        QCOMPARE(app({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--database"),
                      path(QStringLiteral("missing.sqlite")), QStringLiteral("--out"),
                      path(QStringLiteral("x"))})
                     .exitCode,
                 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.sqlite")))); // not created
    }

    void fhirBundleIsValidR4()
    {
        const QString out = path(QStringLiteral("bundle.json"));
        auto r = app({QStringLiteral("export"), QStringLiteral("fhir"),
                      QStringLiteral("--database"), m_db, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QMap<QString, int> types;
        QString densityUnit, conditionSystem;
        for (const auto &e : bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject resource = e.toObject().value(QStringLiteral("resource")).toObject();
            const QString type = resource.value(QStringLiteral("resourceType")).toString();
            ++types[type];
            QCOMPARE(e.toObject().value(QStringLiteral("fullUrl")).toString(),
                     QStringLiteral("urn:uuid:") + resource.value(QStringLiteral("id")).toString());
            const auto coding = resource.value(QStringLiteral("code"))
                                    .toObject()
                                    .value(QStringLiteral("coding"))
                                    .toArray()
                                    .first()
                                    .toObject();
            if (type == QLatin1String("Observation") &&
                coding.value(QStringLiteral("code")).toString() == QLatin1String("hair-density"))
                densityUnit = resource.value(QStringLiteral("valueQuantity"))
                                  .toObject()
                                  .value(QStringLiteral("code"))
                                  .toString();
            if (type == QLatin1String("Condition"))
                conditionSystem = coding.value(QStringLiteral("system")).toString();
        }
        QCOMPARE(types.value(QStringLiteral("Patient")), 8);
        QCOMPARE(types.value(QStringLiteral("Condition")), 8);
        QVERIFY(types.value(QStringLiteral("Encounter")) > 8);
        QCOMPARE(types.value(QStringLiteral("Procedure")),
                 types.value(QStringLiteral("Encounter")));
        QVERIFY(types.value(QStringLiteral("Observation")) > 50);
        QCOMPARE(densityUnit, QStringLiteral("/cm2")); // UCUM
        QCOMPARE(conditionSystem, QStringLiteral("http://hl7.org/fhir/sid/icd-10"));

        // The official FHIR R4 JSON schema accepts it...
        const auto valid = validateFhir(out);
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.err + valid.out));
        QVERIFY(valid.out.contains(QStringLiteral("valid FHIR R4: Bundle")));
        // ... and the same validator rejects a broken copy (so it really checks).
        QJsonObject broken = bundle;
        QJsonArray entries = broken.value(QStringLiteral("entry")).toArray();
        QJsonObject first = entries.first().toObject();
        QJsonObject patient = first.value(QStringLiteral("resource")).toObject();
        patient.insert(QStringLiteral("gender"), QStringLiteral("M"));
        first.insert(QStringLiteral("resource"), patient);
        entries.replace(0, first);
        broken.insert(QStringLiteral("entry"), entries);
        QFile brokenFile(path(QStringLiteral("broken.json")));
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write(QJsonDocument(broken).toJson());
        brokenFile.close();
        QCOMPARE(validateFhir(brokenFile.fileName()).exitCode, 1);

        // Stable ids: a second export of one patient gives the same resource ids.
        const QString one = path(QStringLiteral("one.json"));
        QCOMPARE(app({QStringLiteral("export"), QStringLiteral("fhir"),
                      QStringLiteral("--database"), m_db, QStringLiteral("--out"), one,
                      QStringLiteral("--patient"), QStringLiteral("DEMO-00001")})
                     .exitCode,
                 0);
        QFile oneFile(one);
        QVERIFY(oneFile.open(QIODevice::ReadOnly));
        const auto oneEntries = QJsonDocument::fromJson(oneFile.readAll())
                                    .object()
                                    .value(QStringLiteral("entry"))
                                    .toArray();
        QCOMPARE(oneEntries.first().toObject().value(QStringLiteral("fullUrl")),
                 bundle.value(QStringLiteral("entry"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("fullUrl")));
        QVERIFY(validateFhir(one).exitCode == 0);
    }

    // FHIR Bulk Data's form: one NDJSON file per resource type, the same resources as the
    // Bundle, each line valid R4 on its own, every reference "Type/id" resolving in the set.
    void fhirNdjsonMatchesTheBundle()
    {
        const QString bundleFile = path(QStringLiteral("for-ndjson.json"));
        QCOMPARE(app({QStringLiteral("export"), QStringLiteral("fhir"),
                      QStringLiteral("--database"), m_db, QStringLiteral("--out"), bundleFile})
                     .exitCode,
                 0);
        QFile file(bundleFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QMap<QString, QSet<QString>> bundleIds; // per resource type
        for (const auto &e : QJsonDocument::fromJson(file.readAll())
                                 .object()
                                 .value(QStringLiteral("entry"))
                                 .toArray()) {
            const QJsonObject resource = e.toObject().value(QStringLiteral("resource")).toObject();
            bundleIds[resource.value(QStringLiteral("resourceType")).toString()].insert(
                resource.value(QStringLiteral("id")).toString());
        }

        const QString dir = path(QStringLiteral("ndjson"));
        auto r = app({QStringLiteral("export"), QStringLiteral("fhir"),
                      QStringLiteral("--database"), m_db, QStringLiteral("--ndjson"), dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Patient.ndjson 8")), qPrintable(r.out));
        QMap<QString, QSet<QString>> ndjsonIds;
        QStringList references;
        for (const QString &type :
             {QStringLiteral("Patient"), QStringLiteral("Condition"), QStringLiteral("Encounter"),
              QStringLiteral("Procedure"), QStringLiteral("Observation")}) {
            const QString name = QDir(dir).filePath(type + QStringLiteral(".ndjson"));
            QFile lines(name);
            QVERIFY2(lines.open(QIODevice::ReadOnly), qPrintable(name));
            while (!lines.atEnd()) {
                const QByteArray line = lines.readLine();
                QVERIFY(line.endsWith('\n'));
                QJsonParseError error;
                const QJsonObject resource = QJsonDocument::fromJson(line, &error).object();
                QCOMPARE(error.error, QJsonParseError::NoError);
                QCOMPARE(resource.value(QStringLiteral("resourceType")).toString(), type);
                ndjsonIds[type].insert(resource.value(QStringLiteral("id")).toString());
                for (const char *member : {"subject", "encounter"})
                    if (resource.contains(QLatin1String(member)))
                        references << resource.value(QLatin1String(member))
                                          .toObject()
                                          .value(QStringLiteral("reference"))
                                          .toString();
            }
            const auto valid = validateFhir(name);
            QVERIFY2(valid.exitCode == 0, qPrintable(valid.err + valid.out));
            QVERIFY2(valid.out.contains(QStringLiteral("valid FHIR R4: NDJSON")),
                     qPrintable(valid.out));
        }
        QCOMPARE(ndjsonIds, bundleIds);
        QVERIFY(references.size() > 50);
        for (const QString &reference : std::as_const(references)) {
            const QString type = reference.section(QLatin1Char('/'), 0, 0);
            QVERIFY2(ndjsonIds.value(type).contains(reference.section(QLatin1Char('/'), 1)),
                     qPrintable(reference));
        }

        // A line that breaks the schema is caught (the validator really checks each line).
        QFile broken(path(QStringLiteral("broken.ndjson")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"resourceType":"Patient","id":"x","gender":"M"})"
                     "\n");
        broken.close();
        QCOMPARE(validateFhir(broken.fileName()).exitCode, 1);

        // Both forms at once, or neither, is a usage error that writes nothing.
        r = app({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("--database"),
                 m_db, QStringLiteral("--ndjson"), path(QStringLiteral("nd2")),
                 QStringLiteral("--out"), path(QStringLiteral("nd2.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("either --out FILE")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("nd2"))));
        r = app(
            {QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("--database"), m_db});
        QCOMPARE(r.exitCode, 2);
    }

    void verbsSignInAndRespectRoles()
    {
        const QStringList exportArgs{QStringLiteral("export"),     QStringLiteral("fhir"),
                                     QStringLiteral("--database"), m_db,
                                     QStringLiteral("--out"),      path(QStringLiteral("x.json"))};
        QProcessEnvironment none;
        none.insert(QStringLiteral("TRICHOLOG_USER"), QString());
        auto r = run(QStringLiteral(TRICHOLOG_BINARY), exportArgs, none);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("TRICHOLOG_USER")), qPrintable(r.err));
        QProcessEnvironment wrong;
        wrong.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("guess-guess"));
        r = run(QStringLiteral(TRICHOLOG_BINARY), exportArgs, wrong);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("user name or the password is wrong")));
        QProcessEnvironment assistant;
        assistant.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("assistant"));
        assistant.insert(QStringLiteral("TRICHOLOG_PASSWORD"),
                         QStringLiteral("tricholog-assistant"));
        r = run(QStringLiteral(TRICHOLOG_BINARY), exportArgs, assistant);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));

        // The audit trail holds those attempts and verifies.
        r = app({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                 m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("intact")), qPrintable(r.out + r.err));

        // demo --admin adds the caller's administrator; init refuses a database with accounts.
        const QString own = path(QStringLiteral("own.sqlite"));
        QProcessEnvironment pw;
        pw.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("my-own-pass"));
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("demo"), QStringLiteral("--database"), own,
                 QStringLiteral("--patients"), QStringLiteral("2"), QStringLiteral("--admin"),
                 QStringLiteral("boss")},
                pw);
        QCOMPARE(r.exitCode, 0);
        pw.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("boss"));
        r = run(
            QStringLiteral(TRICHOLOG_BINARY),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), own},
            pw);
        QCOMPARE(r.exitCode, 0);
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("init"), QStringLiteral("--database"), own,
                 QStringLiteral("--admin"), QStringLiteral("again")},
                pw);
        QCOMPARE(r.exitCode, 1);

        // A tampered trail is reported with its first broken entry.
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(own);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 5")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        r = run(
            QStringLiteral(TRICHOLOG_BINARY),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), own},
            pw);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("broken at entry 5")), qPrintable(r.err));
    }

    void backupAndRestore()
    {
        const QString copy = path(QStringLiteral("backup.sqlite"));
        auto r = app({QStringLiteral("backup"), QStringLiteral("--database"), m_db,
                      QStringLiteral("--out"), copy});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(app({QStringLiteral("backup"), QStringLiteral("--database"), m_db,
                      QStringLiteral("--out"), copy})
                     .exitCode,
                 1); // never overwrites
        const QString target = path(QStringLiteral("restored.sqlite"));
        r = app({QStringLiteral("restore"), QStringLiteral("--database"), target,
                 QStringLiteral("--from"), copy});
        QCOMPARE(r.exitCode, 0);
        auto restored = Database::open(target);
        QVERIFY(restored.ok());
        QCOMPARE(PatientRepository(*restored.value()).count(true), 8);
        restored.value().reset();
        // A damaged backup is refused with a clear message; the database is unchanged.
        QFile damaged(path(QStringLiteral("damaged.sqlite")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        QFile source(copy);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes.replace(4096, 4096, QByteArray(4096, 'Z'));
        damaged.write(bytes);
        damaged.close();
        r = app({QStringLiteral("restore"), QStringLiteral("--database"), target,
                 QStringLiteral("--from"), damaged.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("tricholog: Not restoring")), qPrintable(r.err));
        auto still = Database::open(target);
        QVERIFY(still.ok());
        QCOMPARE(PatientRepository(*still.value()).count(true), 8);
    }

    // A measurement made by image analysis names its photo: the CSV export's photo_sha256, and
    // in FHIR an Observation derivedFrom a Media resource for the photo (valid R4, both forms).
    void analysedMeasurementNamesItsPhoto()
    {
        const QString db = path(QStringLiteral("analysed.sqlite"));
        QVERIFY(QFile::copy(m_db, db));
        QString sha, mrn;
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            Database &d = *opened.value();
            QVERIFY(UserRepository(d)
                        .signIn(QStringLiteral("admin"), QStringLiteral("tricholog-admin"))
                        .ok());
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT p.id, p.patient_id, p.session_id, t.mrn FROM "
                                          "photo p JOIN patient t ON t.id = p.patient_id WHERE "
                                          "p.site IS NOT NULL ORDER BY p.id LIMIT 1")) &&
                    q.next());
            const Photo photo = PhotoRepository(d).find(q.value(0).toLongLong()).value();
            mrn = q.value(3).toString();
            sha = photo.sha256;
            Measurement m;
            m.patientId = photo.patientId;
            m.sessionId = photo.sessionId;
            m.measuredOn = photo.takenAt.date();
            m.site = *photo.site;
            m.method = MeasurementMethod::ImageAnalysis;
            m.hairCount = 31;
            m.area = AreaCm2(0.2);
            m.density = HairDensity(155);
            ImageAnalysisRecord r;
            r.patientId = photo.patientId;
            r.photoId = photo.id;
            r.site = *photo.site;
            r.algorithm = QStringLiteral("tricholog-shafts");
            r.algorithmVersion = QStringLiteral("1.0.0");
            r.umPerPx = 5;
            r.hairCount = 31;
            r.analysis = QJsonObject{{QStringLiteral("format"), 1}};
            auto saved = ImageAnalysisRepository(d).save(r, m);
            QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        }
        QVERIFY(!sha.isEmpty());

        // CSV: the method and the photo's SHA-256 on the measurement's row, empty elsewhere.
        QCOMPARE(app({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--database"),
                      db, QStringLiteral("--out"), path(QStringLiteral("analysed-csv"))})
                     .exitCode,
                 0);
        QFile csv(path(QStringLiteral("analysed-csv/measurements.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().trimmed().endsWith(",notes,photo_sha256"));
        int withSha = 0;
        for (const QByteArray &line : lines)
            if (line.contains(sha.toLatin1())) {
                ++withSha;
                QVERIFY(line.contains(",image_analysis,"));
            }
        QCOMPARE(withSha, 1);

        // FHIR: the Media, and the Observations derived from it.
        const QString out = path(QStringLiteral("analysed.json"));
        QCOMPARE(
            app({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("--database"), db,
                 QStringLiteral("--out"), out, QStringLiteral("--patient"), mrn})
                .exitCode,
            0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString media;
        int derived = 0;
        for (const auto &e : QJsonDocument::fromJson(file.readAll())
                                 .object()
                                 .value(QStringLiteral("entry"))
                                 .toArray()) {
            const QJsonObject resource = e.toObject().value(QStringLiteral("resource")).toObject();
            if (resource.value(QStringLiteral("resourceType")).toString() ==
                QLatin1String("Media")) {
                QCOMPARE(resource.value(QStringLiteral("identifier"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toString(),
                         sha);
                media = e.toObject().value(QStringLiteral("fullUrl")).toString();
            }
            const QJsonArray from = resource.value(QStringLiteral("derivedFrom")).toArray();
            if (!from.isEmpty()) {
                ++derived;
                QCOMPARE(from.first().toObject().value(QStringLiteral("reference")).toString(),
                         media); // the Media comes first in the bundle
            }
        }
        QVERIFY(!media.isEmpty());
        QCOMPARE(derived, 3); // hair count, area and density
        const auto valid = validateFhir(out);
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.err + valid.out));
        const QString dir = path(QStringLiteral("analysed-ndjson"));
        QCOMPARE(app({QStringLiteral("export"), QStringLiteral("fhir"),
                      QStringLiteral("--database"), db, QStringLiteral("--ndjson"), dir})
                     .exitCode,
                 0);
        const auto validMedia = validateFhir(QDir(dir).filePath(QStringLiteral("Media.ndjson")));
        QVERIFY2(validMedia.exitCode == 0, qPrintable(validMedia.err + validMedia.out));
        QVERIFY(validMedia.out.contains(QStringLiteral("valid FHIR R4: NDJSON")));
    }

    // `outcomes`: the exact header, one row per group, the comparison row of an adjunct with its
    // p-value, the exclusions; bad options named; the export recorded in the audit trail.
    void outcomesVerb()
    {
        const QString out = path(QStringLiteral("outcomes.csv"));
        auto r = app({QStringLiteral("outcomes"), QStringLiteral("--database"), m_db,
                      QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                      QStringLiteral("--by"), QStringLiteral("device"), QStringLiteral("--output"),
                      out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        file.close();
        QCOMPARE(lines.first(),
                 QByteArray("group,patients,mean_baseline,mean_change,sd_change,ci95_low,"
                            "ci95_high,mean_pct_change,responders,responder_rate_pct,"
                            "responder_ci95_low_pct,responder_ci95_high_pct,p_value"));
        QVERIFY(lines.size() >= 4);
        QVERIFY(lines.at(lines.size() - 2).startsWith("excluded_no_followup,"));
        QVERIFY(lines.last().startsWith("excluded_zero_baseline,"));
        int patients = 0;
        for (qsizetype i = 1; i < lines.size() - 2; ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            QCOMPARE(cells.size(), 13);
            patients += cells[1].toInt();
            QVERIFY(cells[12].isEmpty()); // p only on a comparison row
        }
        QVERIFY2(r.out.startsWith(QString::number(patients) + QStringLiteral(" patients")),
                 qPrintable(r.out));

        r = app({QStringLiteral("outcomes"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                 QStringLiteral("--by"), QStringLiteral("adjunct:minoxidil"),
                 QStringLiteral("--at-weeks"), QStringLiteral("8"), QStringLiteral("--output"),
                 out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray adjunct = file.readAll();
        file.close();
        QVERIFY(adjunct.contains("\nwith minoxidil,"));
        QVERIFY(adjunct.contains("\nwithout minoxidil,"));
        QVERIFY(adjunct.contains("\nwith minoxidil - without minoxidil,"));

        // By adherence to the demo's plans: both groups and their comparison, always.
        r = app({QStringLiteral("outcomes"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                 QStringLiteral("--by"), QStringLiteral("adherence"), QStringLiteral("--at-weeks"),
                 QStringLiteral("8"), QStringLiteral("--output"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray adherence = file.readAll();
        file.close();
        QVERIFY2(adherence.contains("\nat least 80%,"), adherence.constData());
        QVERIFY(adherence.contains("\nunder 80%,"));
        QVERIFY(adherence.contains("\nat least 80% - under 80%,"));

        for (const QStringList &bad :
             {QStringList{QStringLiteral("--metric"), QStringLiteral("hairiness")},
              QStringList{QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                          QStringLiteral("--by"), QStringLiteral("adjunct:garlic")},
              QStringList{QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                          QStringLiteral("--site"), QStringLiteral("elbow")}}) {
            r = app(QStringList{QStringLiteral("outcomes"), QStringLiteral("--database"), m_db,
                                QStringLiteral("--output"), out} +
                    bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(bad.last()), qPrintable(r.err));
        }
        // An assistant may not take the clinic's outcomes out; nothing is written.
        const QString refused = path(QStringLiteral("outcomes-assistant.csv"));
        QProcessEnvironment assistant;
        assistant.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("assistant"));
        assistant.insert(QStringLiteral("TRICHOLOG_PASSWORD"),
                         QStringLiteral("tricholog-assistant"));
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("outcomes"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                 QStringLiteral("--output"), refused},
                assistant);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not")), qPrintable(r.err));
        QVERIFY(!QFile::exists(refused));
        QSqlDatabase audit =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outcomes-audit"));
        audit.setDatabaseName(m_db);
        QVERIFY(audit.open());
        {
            QSqlQuery q(audit);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'disclose' AND new_values LIKE '%outcomes.csv%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 3); // by none, by minoxidil, by adherence
        }
        audit.close();
    }

    // `outcomes --output FILE.pdf`: the cohort report, read back with pdftotext: the method, each
    // group with the CSV's figures, the published arms; no patient's name; recorded as a PDF
    // disclosure. A .txt output is refused.
    void outcomesReport()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QStringList common{
            QStringLiteral("outcomes"), QStringLiteral("--database"),      m_db,
            QStringLiteral("--metric"), QStringLiteral("density_per_cm2"), QStringLiteral("--by"),
            QStringLiteral("device"),   QStringLiteral("--output")};
        const QString csv = path(QStringLiteral("cohort.csv"));
        const QString pdf = path(QStringLiteral("cohort.pdf"));
        auto r = app(common + QStringList{csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = app(common + QStringList{pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = run(pdftotext, {pdf, QStringLiteral("-")}).out;
        for (const char *expected :
             {"Clinic outcomes: Hair density", "Selection", "Method", "Results by group", "Welch",
              "Published arms, for context", "Dhurat 2013", "Olsen 2002",
              "Points outside the whiskers", "Clinic outcomes · no patient names"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        int groups = 0;
        for (qsizetype i = 1; i < lines.size() - 2; ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            const auto device = fromKey<Device>(QString::fromLatin1(cells[0]));
            QVERIFY2(device, cells[0].constData());
            QVERIFY2(text.contains(label(*device)), cells[0].constData());
            // The mean change as the report writes it: one decimal, signed.
            const double mean = cells[3].toDouble();
            const QString shown =
                (mean > 0 ? QStringLiteral("+") : QString()) + QString::number(mean, 'f', 1);
            QVERIFY2(text.contains(shown), qPrintable(shown));
            ++groups;
        }
        QVERIFY(groups >= 2);
        // Not one patient's name.
        QSqlDatabase names =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cohort-names"));
        names.setDatabaseName(m_db);
        QVERIFY(names.open());
        {
            QSqlQuery q(names);
            QVERIFY(q.exec(QStringLiteral("SELECT given_name || ' ' || family_name, family_name "
                                          "|| ', ' || given_name FROM patient")));
            int checked = 0;
            while (q.next()) {
                QVERIFY2(!text.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
                QVERIFY2(!text.contains(q.value(1).toString()), qPrintable(q.value(1).toString()));
                ++checked;
            }
            QVERIFY(checked >= 8);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'disclose' AND new_values LIKE '%cohort.pdf%' AND "
                                          "new_values LIKE '%pdf_report%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        names.close();
        r = app(common + QStringList{path(QStringLiteral("cohort.txt"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral(".csv or .pdf")), qPrintable(r.err));
    }

    // `recall` as the front desk runs it (an assistant): the exact header, most overdue first
    // then by date, --overdue; `plan ics` of the first patient listed; bad outputs named.
    void recallAndCalendarVerbs()
    {
        QProcessEnvironment assistant;
        assistant.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("assistant"));
        assistant.insert(QStringLiteral("TRICHOLOG_PASSWORD"),
                         QStringLiteral("tricholog-assistant"));
        const QString csv = path(QStringLiteral("recall.csv"));
        auto r = run(QStringLiteral(TRICHOLOG_BINARY),
                     {QStringLiteral("recall"), QStringLiteral("--database"), m_db,
                      QStringLiteral("--due-within-days"), QStringLiteral("30"),
                      QStringLiteral("--output"), csv},
                     assistant);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        file.close();
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("mrn,family_name,given_name,phone,email,plan,next_due,days_overdue,"
                            "last_session,last_contact,last_contact_outcome"));
        QVERIFY(lines.size() >= 2); // the demo's plans leave someone to call
        int previousOverdue = INT_MAX;
        QDate previousDue;
        QString first;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = QString::fromUtf8(lines[i].trimmed()).split(QLatin1Char(','));
            QVERIFY(cells.size() >= 11);
            const int overdue = cells.at(cells.size() - 4).toInt();
            const QDate due = QDate::fromString(cells.at(cells.size() - 5), Qt::ISODate);
            QVERIFY(due.isValid());
            QVERIFY(overdue <= previousOverdue);
            if (overdue == previousOverdue)
                QVERIFY(due >= previousDue);
            previousOverdue = overdue;
            previousDue = due;
            if (first.isEmpty())
                first = cells.first();
        }
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("recall"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--overdue"), QStringLiteral("--output"), csv},
                assistant);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = parseCsv(file.readAll());
        file.close();
        QVERIFY(table);
        for (const CsvRecord &row : table.value().records)
            QVERIFY(row.fields.at(table.value().column(QStringLiteral("days_overdue"))).toInt() >=
                    1);
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("recall"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--output"), path(QStringLiteral("recall.txt"))},
                assistant);
        QCOMPARE(r.exitCode, 2);

        const QString ics = path(QStringLiteral("plan.ics"));
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("plan"), QStringLiteral("ics"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--patient"), first, QStringLiteral("--output"), ics},
                assistant);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile calendar(ics);
        QVERIFY(calendar.open(QIODevice::ReadOnly));
        const QByteArray text = calendar.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(text.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(text.count("BEGIN:VEVENT"), text.count("END:VEVENT"));
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("plan"), QStringLiteral("ics"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--patient"), QStringLiteral("NOBODY"), QStringLiteral("--output"),
                 ics},
                assistant);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("NOBODY")), qPrintable(r.err));
    }

    // The recall verb reads the plan tolerances from the workstation's settings, as the windows
    // do: its list equals core's with those tolerances, not the defaults.
    void recallVerbUsesTheWorkstationsTolerances()
    {
        QTemporaryDir config;
        {
            QSettings s(config.filePath(QStringLiteral("Tricholog/Tricholog.conf")),
                        QSettings::IniFormat);
            s.setValue(QStringLiteral("plans/sessionToleranceDays"), 45);
            s.setValue(QStringLiteral("plans/measurementToleranceDays"), 0);
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const QString csv = path(QStringLiteral("recall-tolerance.csv"));
        const auto r = run(QStringLiteral(TRICHOLOG_BINARY),
                           {QStringLiteral("recall"), QStringLiteral("--database"), m_db,
                            QStringLiteral("--due-within-days"), QStringLiteral("30"),
                            QStringLiteral("--output"), csv},
                           env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = parseCsv(file.readAll());
        QVERIFY(table);
        QStringList written;
        for (const CsvRecord &row : table.value().records)
            written << row.fields.at(0) + QLatin1Char(':') +
                           row.fields.at(table.value().column(QStringLiteral("next_due"))) +
                           QLatin1Char(':') +
                           row.fields.at(table.value().column(QStringLiteral("days_overdue")));

        const QString copy = path(QStringLiteral("recall-tolerance.sqlite"));
        QVERIFY(QFile::copy(m_db, copy)); // read here without the verb's disclosure entries
        auto opened = Database::open(copy);
        QVERIFY(opened.ok());
        Database &d = *opened.value();
        QVERIFY(UserRepository(d)
                    .signIn(QStringLiteral("admin"), QStringLiteral("tricholog-admin"))
                    .ok());
        auto listed = [&](plan::Tolerance tolerance) {
            RecallOptions o;
            o.today = d.clock().today();
            o.dueWithinDays = 30;
            o.tolerance = tolerance;
            QStringList out;
            for (const RecallRow &row : loadRecall(d, o).value())
                out << row.mrn + QLatin1Char(':') + row.next.due.toString(Qt::ISODate) +
                           QLatin1Char(':') + QString::number(row.daysOverdue);
            return out;
        };
        QCOMPARE(written, listed(plan::Tolerance{45, 0}));
        QVERIFY(written != listed(plan::Tolerance{})); // the setting made a difference
    }
};

QTEST_GUILESS_MAIN(TestDataCli)
#include "tst_datacli.moc"
