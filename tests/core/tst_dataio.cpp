// CSV import and export, and backups, through core: round trips, all-or-nothing rejection of bad
// files with the line and column of each problem, duplicates, and restores that refuse damage.
#include "core/clinical/Salt.h"
#include "core/demo/DemoGenerator.h"
#include "core/io/CsvExporter.h"
#include "core/io/CsvImporter.h"
#include "core/io/FhirExporter.h"
#include "core/storage/Backup.h"
#include "core/storage/PatientRecordLoader.h"
#include "tests/TestSupport.h"
#include "tests/core/ImportSamples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>

using namespace tricholog;
using test::kMeasurementsHeader;
using test::kPatients;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

int rows(Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toInt() : -1;
}

// The committed schema version of a file, read on a plain connection (no migration); -1 when
// it cannot be read yet.
int schemaVersionOf(const QString &path)
{
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return -1;
    int version = -1;
    {
        auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}

QString counts(Database &db)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(rows(db, "patient"))
        .arg(rows(db, "diagnosis"))
        .arg(rows(db, "session"))
        .arg(rows(db, "measurement"));
}

ImportFiles filesIn(const QString &dir)
{
    return {QDir(dir).filePath(QStringLiteral("patients.csv")),
            QDir(dir).filePath(QStringLiteral("diagnoses.csv")),
            QDir(dir).filePath(QStringLiteral("sessions.csv")),
            QDir(dir).filePath(QStringLiteral("measurements.csv"))};
}

} // namespace

class TestDataIo : public QObject
{
    Q_OBJECT

private slots:
    void exportImportRoundTripIsIdentical()
    {
        test::TempDatabase source;
        DemoOptions demo;
        demo.patients = 12;
        demo.seed = 7;
        QVERIFY(generateDemo(*source, demo).ok());
        QTemporaryDir dir;
        const auto written = exportCsv(*source, dir.filePath(QStringLiteral("a")));
        QVERIFY(written.ok());
        QCOMPARE(written.value().value(CsvKind::Patients), 12);

        test::TempDatabase target;
        CsvImporter importer(*target);
        const auto summary = importer.importFiles(filesIn(dir.filePath(QStringLiteral("a"))));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary.value().counts.value(CsvKind::Patients).added, 12);
        QCOMPARE(counts(*target), counts(*source));

        // Every record equals the source's, field by field (ids aside).
        const auto a = recordsForExport(*source).value();
        const auto b = recordsForExport(*target).value();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            Patient pa = a[i].patient, pb = b[i].patient;
            pa.id = pb.id = 0;
            QCOMPARE(pa, pb);
            QCOMPARE(a[i].sessions.size(), b[i].sessions.size());
            for (qsizetype s = 0; s < a[i].sessions.size(); ++s) {
                auto sa = a[i].sessions[s], sb = b[i].sessions[s];
                sa.id = sb.id = sa.patientId = sb.patientId = 0;
                QCOMPARE(sa, sb);
            }
            for (qsizetype m = 0; m < a[i].measurements.size(); ++m) {
                auto ma = a[i].measurements[m], mb = b[i].measurements[m];
                QCOMPARE(ma.sessionId.has_value(), mb.sessionId.has_value());
                ma.id = mb.id = ma.patientId = mb.patientId = 0;
                ma.sessionId = mb.sessionId = std::nullopt;
                QCOMPARE(ma, mb);
            }
            for (qsizetype d = 0; d < a[i].diagnoses.size(); ++d) {
                auto da = a[i].diagnoses[d], db = b[i].diagnoses[d];
                da.id = db.id = da.patientId = db.patientId = 0;
                QCOMPARE(da, db);
            }
        }
        // And the export of the copy is byte for byte the export of the source.
        QVERIFY(exportCsv(*target, dir.filePath(QStringLiteral("b"))).ok());
        for (const char *name :
             {"patients.csv", "diagnoses.csv", "sessions.csv", "measurements.csv"})
            QCOMPARE(readAll(dir.filePath(QStringLiteral("b/") + QLatin1String(name))),
                     readAll(dir.filePath(QStringLiteral("a/") + QLatin1String(name))));

        // Importing the same files again adds nothing.
        const auto again = importer.importFiles(filesIn(dir.filePath(QStringLiteral("a"))));
        QVERIFY(again.ok());
        QCOMPARE(again.value().counts.value(CsvKind::Sessions).added, 0);
        QCOMPARE(again.value().counts.value(CsvKind::Sessions).alreadyPresent,
                 rows(*source, "session"));
        QCOMPARE(counts(*target), counts(*source));
    }

    // A file that cannot be written (here: over the process's file size limit) stops the
    // export, whichever batch the writing thread was at, and leaves no file behind.
    void anExportThatCannotWriteLeavesNothing()
    {
        test::TempDatabase source;
        DemoOptions demo;
        demo.patients = 40;
        demo.seed = 9;
        QVERIFY(generateDemo(*source, demo).ok());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        Result<QMap<CsvKind, int>> exported = Error::storage(QString());
        QVERIFY(
            test::withFileSizeLimit(48 * 1024, [&] { exported = exportCsv(*source, out, {}, 3); }));
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().kind, Error::Kind::Storage);
        QVERIFY2(exported.error().message.startsWith(QStringLiteral("Cannot write ") + out) &&
                     exported.error().message.contains(QStringLiteral(".csv: ")) &&
                     !exported.error().message.contains(QStringLiteral("Unknown error")),
                 qPrintable(exported.error().message));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
        // The same export, with room, is whole.
        QVERIFY(exportCsv(*source, out, {}, 3).ok());
        QVERIFY(QFileInfo(out + QStringLiteral("/measurements.csv")).size() > 48 * 1024);
    }

    // The exports read the clinic in batches of patients, one statement per table and batch:
    // whatever the batch size, the files are the same, every record equals the record read on
    // its own, and the streamed FHIR Bundle holds exactly the entries of the one built in memory.
    void exportsReadInBatchesGiveTheSameFiles()
    {
        test::TempDatabase source;
        DemoOptions demo;
        demo.patients = 11;
        demo.seed = 5;
        QVERIFY(generateDemo(*source, demo).ok());
        QTemporaryDir dir;
        for (const qsizetype batch : {1, 4, 500})
            QVERIFY(exportCsv(*source, dir.filePath(QString::number(batch)), {}, batch).ok());
        for (const char *name :
             {"patients.csv", "diagnoses.csv", "sessions.csv", "measurements.csv"}) {
            const QByteArray whole =
                readAll(dir.filePath(QStringLiteral("500/") + QLatin1String(name)));
            QVERIFY(whole.size() > 100);
            QCOMPARE(readAll(dir.filePath(QStringLiteral("1/") + QLatin1String(name))), whole);
            QCOMPARE(readAll(dir.filePath(QStringLiteral("4/") + QLatin1String(name))), whole);
        }

        const auto scope = exportScope(*source);
        QVERIFY(scope.ok());
        QCOMPARE(scope.value().ids.size(), 11);
        QStringList sorted = scope.value().mrns;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(scope.value().mrns, sorted);
        const auto batched = recordsForExport(*source).value();
        QCOMPARE(batched.size(), 11);
        int measurements = 0;
        for (const PatientRecord &record : batched) {
            const auto alone = loadPatientRecord(*source, record.patient.id).value();
            QCOMPARE(record.patient, alone.patient);
            QCOMPARE(record.diagnoses, alone.diagnoses);
            QCOMPARE(record.sessions, alone.sessions);
            QCOMPARE(record.measurements, alone.measurements);
            QCOMPARE(record.outcomes.size(), alone.outcomes.size());
            QCOMPARE(record.photos.size(), alone.photos.size());
            measurements += int(record.measurements.size());
        }
        QCOMPARE(measurements, rows(*source, "measurement"));
        QVERIFY(!loadPatientRecord(*source, 999999).ok());

        const QString file = dir.filePath(QStringLiteral("bundle.json"));
        const auto written = fhir::exportBundle(*source, file);
        QVERIFY(written.ok());
        QJsonParseError error;
        const QJsonObject streamed = QJsonDocument::fromJson(readAll(file), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject inMemory = fhir::bundle(batched, (*source).clock().now());
        QCOMPARE(streamed.value(QStringLiteral("entry")), inMemory.value(QStringLiteral("entry")));
        QCOMPARE(streamed.value(QStringLiteral("id")), inMemory.value(QStringLiteral("id")));
        QCOMPARE(written.value(), int(inMemory.value(QStringLiteral("entry")).toArray().size()));

        // Each resource's text (Observations are put together from pieces) is exactly what
        // QJsonDocument writes for the object it holds, in both reference styles.
        int observations = 0;
        for (const auto style : {fhir::ReferenceStyle::Bundle, fhir::ReferenceStyle::Relative})
            for (const PatientRecord &record : batched)
                fhir::forEachResource(
                    record, style,
                    [&](QLatin1StringView type, const QString &id, const QByteArray &json) {
                        const QJsonObject object = QJsonDocument::fromJson(json).object();
                        QCOMPARE(QJsonDocument(object).toJson(QJsonDocument::Compact), json);
                        QCOMPARE(object.value(QStringLiteral("id")).toString(), id);
                        QCOMPARE(object.value(QStringLiteral("resourceType")).toString(), type);
                        if (type == QLatin1String("Observation") &&
                            object.contains(QStringLiteral("valueQuantity")))
                            ++observations;
                    });
        QVERIFY(observations > measurements);
    }

    // Each bad file is refused whole, with the line and column of the problem; nothing changes.
    void badFilesAreRefusedWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("measurements");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("words");
        const QByteArray h = kMeasurementsHeader;
        QTest::newRow("wrong delimiter")
            << QByteArray(QByteArray(h).replace(',', '\t') + "P-1\t2026-03-02\tvertex\n") << 1
            << QStringLiteral("mrn") << QStringLiteral("missing column");
        QTest::newRow("unbalanced quote")
            << QByteArray(h + "P-1,2026-03-02,vertex,manual,150,,,,,,,\n"
                              "P-1,\"2026-03-03,vertex,manual,150,,,,,,,\n")
            << 3 << QString() << QStringLiteral("never closed");
        QTest::newRow("missing column")
            << QByteArray(
                   "mrn,date,site,method,density_per_cm2\nP-1,2026-03-02,vertex,manual,150\n")
            << 1 << QStringLiteral("hair_count") << QStringLiteral("missing column");
        QTest::newRow("unknown MRN")
            << QByteArray(h + "P-1,2026-03-02,vertex,manual,150,,,,,,,\n"
                              "NOPE-9,2026-03-02,vertex,manual,150,,,,,,,\n")
            << 3 << QStringLiteral("mrn") << QStringLiteral("no patient with this MRN");
        QTest::newRow("impossible date")
            << QByteArray(h + "P-1,2023-02-30,vertex,manual,150,,,,,,,\n") << 2
            << QStringLiteral("date") << QStringLiteral("not a date");
        QTest::newRow("density out of range")
            << QByteArray(h + "P-1,2026-03-02,vertex,manual,150,,,,,,,\n"
                              "P-1,2026-03-03,vertex,manual,900,,,,,,,\n")
            << 3 << QStringLiteral("density_per_cm2") << QStringLiteral("0");
        QTest::newRow("percentages over 100")
            << QByteArray(h + "P-1,2026-03-02,vertex,manual,150,,,,70,40,,\n") << 2
            << QStringLiteral("terminal_pct") << QStringLiteral("100");
        QTest::newRow("duplicated rows")
            << QByteArray(h + "P-1,2026-03-02,vertex,manual,150,,,,,,,\n"
                              "P-1,2026-03-02,vertex,manual,150,,,,,,,\n")
            << 3 << QStringLiteral("site") << QStringLiteral("duplicates line 2");
        QTest::newRow("thousands, not decimals")
            << QByteArray(h + "P-1,2026-03-02,vertex,manual,\"1,500\",,,,,,,\n") << 2
            << QStringLiteral("density_per_cm2") << QStringLiteral("use a dot");
        QTest::newRow("unknown site key")
            << QByteArray(h + "P-1,2026-03-02,crown,manual,150,,,,,,,\n") << 2
            << QStringLiteral("site") << QStringLiteral("unknown key");
        QTest::newRow("comma decimal")
            << QByteArray(h + "P-1,2026-03-02,vertex,manual,\"150,5\",,,,,,,\n") << 2
            << QStringLiteral("density_per_cm2") << QStringLiteral("not a number");
    }

    void badFilesAreRefusedWithLineAndColumn()
    {
        QFETCH(QByteArray, measurements);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, words);
        test::TempDatabase db;
        test::addPatient(*db, test::samplePatient(QStringLiteral("P-1")));
        const QString before = counts(*db);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("m.csv")), measurements);
        // A good patients file in the same import is not written either.
        write(dir.filePath(QStringLiteral("p.csv")),
              "mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,email,photo_consent\n"
              "P-7,Weiß,Ana,1990-01-01,female,,,,no\n");
        ImportFiles files;
        files.patients = dir.filePath(QStringLiteral("p.csv"));
        files.measurements = dir.filePath(QStringLiteral("m.csv"));
        CsvImporter importer(*db);
        const auto result = importer.importFiles(files);
        QVERIFY(!result.ok());
        QVERIFY(!importer.issues().isEmpty());
        bool found = false;
        for (const auto &issue : importer.issues()) {
            if (issue.file == QLatin1String("m.csv") && issue.line == line &&
                (column.isEmpty() || issue.column == column) && issue.text().contains(words))
                found = true;
        }
        QVERIFY2(found, qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(counts(*db), before);
    }

    // Rows that share a key but differ are repeats (two counts of a site on one day): kept, and
    // matched in order on the next import. A stored record with other values is a conflict.
    void repeatsAreKeptAndConflictsNamed()
    {
        test::TempDatabase db;
        test::addPatient(*db, test::samplePatient(QStringLiteral("P-1")));
        QTemporaryDir dir;
        const QString m = dir.filePath(QStringLiteral("m.csv"));
        write(m, kMeasurementsHeader + "P-1,2026-03-02,vertex,manual,150,,,,,,,\n"
                                       "P-1,2026-03-02,vertex,manual,152,,,,,,,\n");
        ImportFiles files;
        files.measurements = m;
        CsvImporter importer(*db);
        auto r = importer.importFiles(files);
        QVERIFY(r.ok());
        QCOMPARE(r.value().counts.value(CsvKind::Measurements).added, 2);
        r = importer.importFiles(files);
        QVERIFY(r.ok());
        QCOMPARE(r.value().counts.value(CsvKind::Measurements).alreadyPresent, 2);
        QCOMPARE(rows(*db, "measurement"), 2);

        const QString p = dir.filePath(QStringLiteral("p.csv"));
        write(p, "mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,email,"
                 "photo_consent\nP-1,Smith,John,1999-01-01,male,III,,,no\n");
        files = ImportFiles();
        files.patients = p;
        r = importer.importFiles(files);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(
                     QStringLiteral("already in the database with other values")) &&
                     r.error().message.contains(QStringLiteral("family_name is \"Müller\" there")),
                 qPrintable(r.error().message));
    }

    void sessionRulesOfTheFormat()
    {
        test::TempDatabase db;
        test::addPatient(*db, test::samplePatient(QStringLiteral("P-1")));
        QTemporaryDir dir;
        const QString sfile = dir.filePath(QStringLiteral("s.csv"));
        write(sfile, "mrn,date,device,needle_mm,zones,endpoint,adjuncts,pain,adverse_events,notes\n"
                     "P-1,2026-03-02T10:00,pen,1.5,vertex,,,,erythema,\n"
                     "P-1,2026-03-03T10:00,pen,1.5,vertex,,,,other:moderate:contact dermatitis,\n");
        ImportFiles files;
        files.sessions = sfile;
        CsvImporter importer(*db);
        auto r = importer.importFiles(files);
        QVERIFY(!r.ok()); // line 2: an adverse event needs its severity
        QCOMPARE(importer.issues().size(), 1);
        QCOMPARE(importer.issues().first().line, 2);
        QVERIFY(importer.issues().first().reason.contains(QStringLiteral("severity")));
        // A zone given twice: named by its line and cell (the zones' table refused it before,
        // with SQLite's words and no line), the other rows' problems still listed.
        write(sfile, "mrn,date,device,needle_mm,zones,endpoint,adjuncts,pain,adverse_events,notes\n"
                     "P-1,2026-03-02T10:00,pen,1.5,vertex|frontal|vertex,,,,,\n"
                     "P-1,2026-03-03T10:00,pen,9,vertex,,,,,\n");
        r = importer.importFiles(files);
        QVERIFY(!r.ok());
        QCOMPARE(importer.issues().size(), 2);
        QCOMPARE(importer.issues().first().line, 2);
        QCOMPARE(importer.issues().first().column, QStringLiteral("zones"));
        QVERIFY2(
            importer.issues().first().reason.contains(QStringLiteral("\"vertex\" is given twice")),
            qPrintable(importer.issues().first().text()));
        QCOMPARE(importer.issues().at(1).line, 3);
        QCOMPARE(importer.issues().at(1).column, QStringLiteral("needle_mm"));
        write(sfile, "mrn,date,device,needle_mm,zones,endpoint,adjuncts,pain,adverse_events,notes\n"
                     "P-1,2026-03-03T10:00,pen,1.5,vertex,,,,other:moderate:contact dermatitis,\n");
        r = importer.importFiles(files);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const auto record =
            loadPatientRecord(*db,
                              PatientRepository(*db).findByMrn(QStringLiteral("P-1")).value().id)
                .value();
        QCOMPARE(record.sessions.first().adverseEvents.first().notes,
                 QStringLiteral("contact dermatitis"));
        QCOMPARE(csv::sessionRow(QStringLiteral("P-1"), record.sessions.first()).at(8),
                 QStringLiteral("other:moderate:contact dermatitis"));
        QCOMPARE(record.sessions.first().performedAt.toLocalTime().time(), QTime(10, 0));

        // The time of day: HH:MM of a day's 24 hours, or none (midnight).
        const QByteArray header =
            "mrn,date,device,needle_mm,zones,endpoint,adjuncts,pain,adverse_events,notes\n";
        write(sfile, header + "P-1,2026-03-04T25:10,pen,1.5,vertex,,,,,\n"
                              "P-1,2026-03-05T09:60,pen,1.5,vertex,,,,,\n"
                              "P-1,2026-03-06T9:30,pen,1.5,vertex,,,,,\n");
        r = importer.importFiles(files);
        QVERIFY(!r.ok());
        QCOMPARE(importer.issues().size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(importer.issues().at(i).line, i + 2);
            QCOMPARE(importer.issues().at(i).column, QStringLiteral("date"));
        }
        write(sfile, header + "P-1,2026-03-04T23:59,pen,1.5,vertex,,,,,\n"
                              "P-1,2026-03-05,pen,1.5,vertex,,,,,\n");
        r = importer.importFiles(files);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const auto times =
            loadPatientRecord(*db,
                              PatientRepository(*db).findByMrn(QStringLiteral("P-1")).value().id)
                .value();
        QCOMPARE(times.sessions.size(), 3); // newest first
        QCOMPARE(times.sessions.at(0).performedAt.toLocalTime(),
                 QDateTime(QDate(2026, 3, 5), QTime(0, 0)));
        QCOMPARE(times.sessions.at(1).performedAt.toLocalTime(),
                 QDateTime(QDate(2026, 3, 4), QTime(23, 59)));

        // A grade needs its scale.
        const QString dfile = dir.filePath(QStringLiteral("d.csv"));
        write(dfile, "mrn,type,icd10,diagnosed_on,scale,grade,status\n"
                     "P-1,aga_male,L64.9,2026-01-05,none,III,active\n");
        files = ImportFiles();
        files.diagnoses = dfile;
        r = importer.importFiles(files);
        QVERIFY(!r.ok());
        QCOMPARE(importer.issues().first().column, QStringLiteral("grade"));
    }

    // The same patients file as spreadsheet programs save it: Excel's "CSV (Comma delimited)" is
    // Windows-1252, its "Unicode Text" and LibreOffice's "Unicode" are UTF-16 with a byte-order
    // mark, "CSV UTF-8" has the UTF-8 mark. Every one imports to the same rows, and the summary
    // says which encoding was read.
    void spreadsheetEncodingsImportTheSameRows_data()
    {
        // Windows-1252 bytes: é E9, ü FC, ß DF, and from 80-9F: € 80, ’ 92, “ 93, ” 94, – 96.
        const QByteArray cp1252 =
            "mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,email,photo_consent,"
            "notes\r\n"
            "E-1,M\xFCller-L\xFC"
            "denscheidt,Ren\xE9"
            "e,1980-05-01,female,II,,,yes,"
            "\"paid 40 \x80 \x96 \x93"
            "fine\x94, O\x92"
            "Brien's advice\"\r\n"
            "E-2,Wei\xDF,J\xF6rg,1975-11-30,male,IV,,,no,\r\n";
        // The same text as Unicode, typed independently of the bytes above.
        const QString text = QStringLiteral(
            "mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,email,photo_consent,"
            "notes\r\n"
            "E-1,Müller-Lüdenscheidt,Renée,1980-05-01,female,II,,,yes,"
            "\"paid 40 € – “fine”, O’Brien's advice\"\r\n"
            "E-2,Weiß,Jörg,1975-11-30,male,IV,,,no,\r\n");
        auto encoded = [&](QStringConverter::Encoding e, bool bom) {
            QStringEncoder encoder(e, bom ? QStringEncoder::Flag::WriteBom
                                          : QStringEncoder::Flag::Default);
            return QByteArray(encoder.encode(text));
        };
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("Windows-1252") << cp1252 << QStringLiteral("Windows-1252");
        QTest::newRow("UTF-16 LE, BOM")
            << encoded(QStringConverter::Utf16LE, true) << QStringLiteral("UTF-16");
        QTest::newRow("UTF-16 BE, BOM")
            << encoded(QStringConverter::Utf16BE, true) << QStringLiteral("UTF-16");
        QTest::newRow("UTF-16 LE, no BOM")
            << encoded(QStringConverter::Utf16LE, false) << QStringLiteral("UTF-16");
        QTest::newRow("UTF-8, BOM")
            << encoded(QStringConverter::Utf8, true) << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8") << encoded(QStringConverter::Utf8, false) << QStringLiteral("UTF-8");
    }

    void spreadsheetEncodingsImportTheSameRows()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, encoding);
        // The files are what the row names say.
        if (QByteArray(QTest::currentDataTag()).contains("BOM") &&
            !QByteArray(QTest::currentDataTag()).contains("no BOM"))
            QVERIFY(data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF") ||
                    data.startsWith("\xEF\xBB\xBF"));
        if (encoding == QLatin1String("Windows-1252"))
            QVERIFY(data.contains('\x80') && data.contains('\x93') && data.contains('\xDF'));

        test::TempDatabase db;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patients.csv"));
        write(path, data);

        const auto preview = CsvImporter::readFile(path);
        QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
        QCOMPARE(encodingName(preview.value().encoding), encoding);
        QCOMPARE(preview.value().header.first(), QStringLiteral("mrn")); // no byte-order mark

        ImportFiles files;
        files.patients = path;
        CsvImporter importer(*db);
        const auto summary = importer.importFiles(files);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary.value().counts.value(CsvKind::Patients).added, 2);
        QCOMPARE(encodingName(summary.value().encodings.value(CsvKind::Patients)), encoding);
        QCOMPARE(summary.value().text(),
                 QStringLiteral("patients: 2 added, 0 already present (unchanged); read as ") +
                     encoding);

        const auto e1 = PatientRepository(*db).findByMrn(QStringLiteral("E-1"));
        const auto e2 = PatientRepository(*db).findByMrn(QStringLiteral("E-2"));
        QVERIFY(e1.ok() && e2.ok());
        QCOMPARE(e1.value().familyName, QStringLiteral("Müller-Lüdenscheidt"));
        QCOMPARE(e1.value().givenName, QStringLiteral("Renée"));
        QCOMPARE(e1.value().notes, QStringLiteral("paid 40 € – “fine”, O’Brien's advice"));
        QCOMPARE(e2.value().familyName, QStringLiteral("Weiß"));
        QCOMPARE(e2.value().givenName, QStringLiteral("Jörg"));
    }

    // A SALT grade given as the total alone imports as that total; the four regions are still
    // read (and preferred), and both export as they were imported.
    void saltTotalAloneImportsAsTheTotal()
    {
        test::TempDatabase db;
        test::addPatient(*db, test::samplePatient(QStringLiteral("P-1")));
        QTemporaryDir dir;
        const QString dfile = dir.filePath(QStringLiteral("d.csv"));
        write(dfile, "mrn,type,icd10,diagnosed_on,scale,grade,status\n"
                     "P-1,alopecia_areata,L63.9,2026-01-05,salt,27.8,active\n"
                     "P-1,alopecia_totalis,L63.0,2026-02-05,salt,50|25|10|0,active\n");
        ImportFiles files;
        files.diagnoses = dfile;
        CsvImporter importer(*db);
        auto r = importer.importFiles(files);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().counts.value(CsvKind::Diagnoses).added, 2);

        const auto p = PatientRepository(*db).findByMrn(QStringLiteral("P-1"));
        QVERIFY(p.ok());
        const auto record = loadPatientRecord(*db, p.value().id);
        QVERIFY(record.ok());
        QCOMPARE(record.value().diagnoses.size(), 2);
        const Diagnosis *total = nullptr, *regions = nullptr;
        for (const auto &d : record.value().diagnoses)
            (d.type == DiagnosisType::AlopeciaAreata ? total : regions) = &d;
        QVERIFY(total && regions);
        QVERIFY(total->salt.isEmpty());
        QCOMPARE(total->grade, QStringLiteral("27.8"));
        QCOMPARE(saltOf(*total)->score, 27.8);
        QCOMPARE(saltOf(*total)->band, SaltBand::S2);
        QVERIFY2(total->severityText().contains(QStringLiteral("27.8")),
                 qPrintable(total->severityText()));
        QVERIFY(regions->salt.isComplete());
        QCOMPARE(regions->grade, QString());
        QCOMPARE(saltOf(*regions)->score, 0.40 * 50 + 0.24 * 25 + 0.18 * 10);
        QCOMPARE(csv::diagnosisRow(QStringLiteral("P-1"), *total).at(5), QStringLiteral("27.8"));
        QCOMPARE(csv::diagnosisRow(QStringLiteral("P-1"), *regions).at(5),
                 QStringLiteral("50|25|10|0"));

        // The same file again: both rows match what is stored.
        r = importer.importFiles(files);
        QVERIFY(r.ok());
        QCOMPARE(r.value().counts.value(CsvKind::Diagnoses).alreadyPresent, 2);

        // The export imports into a new database with the same rows, and exports the same.
        QVERIFY(exportCsv(*db, dir.filePath(QStringLiteral("a"))).ok());
        test::TempDatabase copy;
        CsvImporter again(*copy);
        QVERIFY(again.importFiles(filesIn(dir.filePath(QStringLiteral("a")))).ok());
        QVERIFY(exportCsv(*copy, dir.filePath(QStringLiteral("b"))).ok());
        const QByteArray exported = readAll(dir.filePath(QStringLiteral("a/diagnoses.csv")));
        QVERIFY(exported.contains(",salt,27.8,"));
        QVERIFY(exported.contains(",salt,50|25|10|0,"));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("b/diagnoses.csv"))), exported);

        // A total that is not a number, or outside 0-100, is refused on its cell.
        for (const char *bad : {"27.8x", "120", "-1"}) {
            write(dfile, QByteArray("mrn,type,icd10,diagnosed_on,scale,grade,status\n"
                                    "P-1,alopecia_areata,L63.9,2026-03-05,salt,") +
                             bad + ",active\n");
            r = importer.importFiles(files);
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(importer.issues().size(), 1);
            QCOMPARE(importer.issues().first().line, 2);
            QCOMPARE(importer.issues().first().column, QStringLiteral("grade"));
        }
    }

    void backupWhileAnotherProcessWritesIsConsistent()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        QProcess writer;
        writer.start(QStringLiteral(TRICHOLOG_BINARY),
                     {QStringLiteral("demo"), QStringLiteral("--database"), live,
                      QStringLiteral("--patients"), QStringLiteral("400")});
        QVERIFY(writer.waitForStarted());
        // The writer holds the write lock for its whole demo transaction: wait until its schema
        // is committed, so that our opening reads and never has to migrate.
        QTRY_VERIFY_WITH_TIMEOUT(schemaVersionOf(live) == Database::latestSchemaVersion(), 30000);
        int taken = 0;
        while (writer.state() != QProcess::NotRunning || taken < 3) {
            auto db = Database::open(live);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            const QString copy = dir.filePath(QStringLiteral("copy-%1.sqlite").arg(taken));
            const auto made = backup::create(*db.value(), copy);
            QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
            QVERIFY(backup::verify(copy).ok()); // integrity_check ok, our schema
            ++taken;
            writer.waitForFinished(50);
        }
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(taken >= 3);
        // A copy taken after the writer finished holds everything it wrote.
        {
            auto db = Database::open(live);
            QVERIFY(db.ok());
            QVERIFY(backup::create(*db.value(), dir.filePath(QStringLiteral("final.sqlite"))).ok());
        }
        auto last = Database::open(dir.filePath(QStringLiteral("final.sqlite")));
        QVERIFY(last.ok());
        QCOMPARE(rows(*last.value(), "patient"), 400);
    }

    void restoreChecksTheBackupAndKeepsTheCurrentFile()
    {
        if (test::onServer())
            QSKIP("a server database is backed up with pg_dump, not by Tricholog");
        test::TempDatabase db;
        test::addPatient(*db, test::samplePatient(QStringLiteral("R-1")));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(backup::create(*db, copy).ok());
        QVERIFY(!backup::create(*db, copy).ok()); // never overwrites
        test::addPatient(*db, test::samplePatient(QStringLiteral("R-2")));
        const QString path = db.path();
        db.db.reset(); // closed, as before a restore

        // A damaged backup is refused and the current file is untouched.
        QByteArray damaged = readAll(copy);
        for (qsizetype i = 4096; i < std::min<qsizetype>(damaged.size(), 12288); ++i)
            damaged[i] = char(0x5A);
        const QString bad = dir.filePath(QStringLiteral("damaged.sqlite"));
        write(bad, damaged);
        const auto refused = backup::restore(path, bad, test::fixedNow());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("Not restoring")),
                 qPrintable(refused.error().message));
        write(dir.filePath(QStringLiteral("text.sqlite")), "not a database at all");
        QVERIFY(
            !backup::restore(path, dir.filePath(QStringLiteral("text.sqlite")), test::fixedNow())
                 .ok());
        {
            auto still = Database::open(path);
            QVERIFY(still.ok());
            QCOMPARE(PatientRepository(*still.value()).count(true), 2);
        }

        // Not while another connection has the file open (another workstation, say).
        {
            auto other = Database::open(path);
            QVERIFY(other.ok());
            const auto busy = backup::restore(path, copy, test::fixedNow());
            QVERIFY(!busy.ok());
            QVERIFY2(busy.error().message.contains(QStringLiteral("open in another program")),
                     qPrintable(busy.error().message));
            QCOMPARE(PatientRepository(*other.value()).count(true), 2);
        }

        // A good one replaces the file; the previous one is kept aside.
        const auto aside = backup::restore(path, copy, test::fixedNow());
        QVERIFY2(aside.ok(), qPrintable(aside.ok() ? QString() : aside.error().message));
        QVERIFY(aside.value().contains(QStringLiteral(".before-restore-20260615-103000")));
        auto restored = Database::open(path);
        QVERIFY(restored.ok());
        QCOMPARE(PatientRepository(*restored.value()).count(true), 1);
        auto previous = Database::open(aside.value());
        QVERIFY(previous.ok());
        QCOMPARE(PatientRepository(*previous.value()).count(true), 2);
        restored.value().reset();

        // A damaged database is what a restore is for: it is kept aside as it is.
        write(path, "garbage, not a database");
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        const auto repaired = backup::restore(path, copy, test::fixedNow().addSecs(1));
        QVERIFY2(repaired.ok(), qPrintable(repaired.ok() ? QString() : repaired.error().message));
        QCOMPARE(readAll(repaired.value()), QByteArray("garbage, not a database"));
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE(PatientRepository(*again.value()).count(true), 1);
    }

    void rotationKeepsTheNewestCopies()
    {
        if (test::onServer())
            QSKIP("a server database is backed up with pg_dump, not by Tricholog");
        test::TempDatabase db;
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i)
            QVERIFY(backup::rotate(*db, dir.path(), 3, test::fixedNow().addSecs(60 * i)).ok());
        const QStringList kept =
            QDir(dir.path())
                .entryList({QStringLiteral("tricholog-*.sqlite")}, QDir::Files, QDir::Name);
        QCOMPARE(kept, (QStringList{QStringLiteral("tricholog-20260615-103200.sqlite"),
                                    QStringLiteral("tricholog-20260615-103300.sqlite"),
                                    QStringLiteral("tricholog-20260615-103400.sqlite")}));
    }
};

QTEST_GUILESS_MAIN(TestDataIo)
#include "tst_dataio.moc"
