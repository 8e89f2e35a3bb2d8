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
#include "tests/TestSupport.h"
#include "tests/e2e/ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;

namespace {

using test::Run;

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &extra = QProcessEnvironment())
{
    return test::runAsDemoAdmin(program, args, extra);
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
};

QTEST_GUILESS_MAIN(TestDataCli)
#include "tst_datacli.moc"
