// A measurement's session: the import links each measurement to the session of its day; and the
// patient list shows what an import added. On both engines (TRICHOLOG_TEST_PG_STATE: the
// server), as tst_dataio does for the rest of the CSV import.
#include "core/io/CsvImporter.h"
#include "core/model/Patient.h"
#include "core/storage/Integrity.h"
#include "core/storage/PatientListQuery.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "tests/TestSupport.h"
#include "tests/core/ImportSamples.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tricholog;
using test::kMeasurementsHeader;
using test::kPatients;

namespace {

int staleOf(Database &db, qint64 patientId)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT stale FROM patient_summary WHERE patient_id = %1")
                    .arg(patientId)) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestImportSessions : public QObject
{
    Q_OBJECT

private slots:
    // Several sessions on a measurement's day: the last one this import added, else the
    // earliest one stored before it; a day without a session links to none.
    void importTakesTheSessionOfTheDayAddedNowElseTheEarliestStored()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        const QByteArray sessionsHeader =
            "mrn;date;device;needle_mm;zones;endpoint;adjuncts;pain;adverse_events;notes\r\n";
        write(dir.filePath(QStringLiteral("p.csv")), kPatients);
        write(dir.filePath(QStringLiteral("s1.csv")),
              sessionsHeader + "P-1;2026-03-02T15:00;dermaroller;1.5;vertex;;;;;\r\n"
                               "P-1;2026-03-02T09:00;dermaroller;1.5;vertex;;;;;\r\n"
                               "P-1;2026-03-05T10:00;dermaroller;1.5;vertex;;;;;\r\n");
        write(dir.filePath(QStringLiteral("s2.csv")),
              sessionsHeader + "P-1;2026-03-05T12:00;pen;0.5;vertex;;;;;\r\n"
                               "P-1;2026-03-09T16:00;pen;0.5;vertex;;;;;\r\n"
                               "P-1;2026-03-09T10:00;pen;0.5;vertex;;;;;\r\n");
        write(dir.filePath(QStringLiteral("m.csv")),
              kMeasurementsHeader + "P-1,2026-03-02,vertex,phototrichogram,150,,,,,,,\n"
                                    "P-1,2026-03-05,vertex,phototrichogram,151,,,,,,,\n"
                                    "P-1,2026-03-09,vertex,phototrichogram,152,,,,,,,\n"
                                    "P-1,2026-03-10,vertex,phototrichogram,153,,,,,,,\n");
        ImportFiles first;
        first.patients = dir.filePath(QStringLiteral("p.csv"));
        first.sessions = dir.filePath(QStringLiteral("s1.csv"));
        QVERIFY(CsvImporter(*db).importFiles(first).ok());
        ImportFiles second;
        second.sessions = dir.filePath(QStringLiteral("s2.csv"));
        second.measurements = dir.filePath(QStringLiteral("m.csv"));
        const auto summary = CsvImporter(*db).importFiles(second);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));

        const auto p1 = PatientRepository(*db).findByMrn(QStringLiteral("P-1")).value();
        const auto record = loadPatientRecord(*db, p1.id).value();
        auto sessionAt = [&record](int day, int hour) -> qint64 {
            for (const auto &s : record.sessions)
                if (s.performedAt == QDateTime(QDate(2026, 3, day), QTime(hour, 0)))
                    return s.id;
            return -1;
        };
        QCOMPARE(record.sessions.size(), 6);
        QMap<int, std::optional<qint64>> byDay;
        for (const auto &m : record.measurements)
            byDay.insert(m.measuredOn.day(), m.sessionId);
        QCOMPARE(byDay.size(), 4);
        QCOMPARE(byDay.value(2), std::optional<qint64>(sessionAt(2, 9)));
        QCOMPARE(byDay.value(5), std::optional<qint64>(sessionAt(5, 12)));
        QCOMPARE(byDay.value(9), std::optional<qint64>(sessionAt(9, 10)));
        QVERIFY(!byDay.value(10).has_value());
        // The ids an import gave (on a server, taken from the sequences) are not given again.
        const qint64 later = test::addPatient(*db, test::samplePatient(QStringLiteral("P-9")));
        QVERIFY(later > p1.id);
    }

    void importLinksMeasurementsToTheSessionOfTheirDay()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("p.csv")), kPatients);
        write(dir.filePath(QStringLiteral("s.csv")),
              "mrn;date;device;needle_mm;zones;endpoint;adjuncts;pain;adverse_events;notes\r\n"
              "P-1;2026-03-02T10:30;dermaroller;1.5;vertex|frontal;erythema;minoxidil:5%|prp:4 ml;"
              "3;erythema:mild|itching:moderate;\"first; calm\"\r\n");
        write(dir.filePath(QStringLiteral("m.csv")),
              kMeasurementsHeader + "P-1,2026-03-02,vertex,phototrichogram,150,150,1,55,60,30,,\n"
                                    "P-1,2026-04-02,vertex,phototrichogram,165.5,,,58.2,,,85,15\n");
        CsvImporter importer(*db);
        ImportFiles files;
        files.patients = dir.filePath(QStringLiteral("p.csv"));
        files.sessions = dir.filePath(QStringLiteral("s.csv"));
        files.measurements = dir.filePath(QStringLiteral("m.csv"));
        const auto summary = importer.importFiles(files);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        const auto p1 = PatientRepository(*db).findByMrn(QStringLiteral("P-1")).value();
        QCOMPARE(p1.familyName, QStringLiteral("O'Brien"));
        QCOMPARE(p1.givenName, QStringLiteral("Siobhán"));
        QCOMPARE(p1.fitzpatrick, 2);
        QVERIFY(p1.photoConsent);
        const auto p2 = PatientRepository(*db).findByMrn(QStringLiteral("P-2")).value();
        QCOMPARE(p2.familyName, QStringLiteral("Nguyễn, Jr"));
        QCOMPARE(p2.fitzpatrick, 4);
        const auto record = loadPatientRecord(*db, p1.id).value();
        QCOMPARE(record.sessions.size(), 1);
        const auto &s = record.sessions.first();
        QCOMPARE(s.performedAt, QDateTime(QDate(2026, 3, 2), QTime(10, 30)));
        QCOMPARE(s.needleLength.valueOr(0), 1.5);
        QCOMPARE(s.zones, (QList<ScalpSite>{ScalpSite::Frontal, ScalpSite::Vertex}));
        QCOMPARE(s.adjuncts.size(), 2);
        QCOMPARE(s.adjuncts[1].dose, QStringLiteral("4 ml"));
        QCOMPARE(s.adverseEvents[1].severity, Severity::Moderate);
        QCOMPARE(s.notes, QStringLiteral("first; calm"));
        QCOMPARE(record.measurements.size(), 2);
        QCOMPARE(record.measurements[0].sessionId, s.id); // same day as the session
        QVERIFY(!record.measurements[1].sessionId.has_value());
        QCOMPARE(record.measurements[1].density.valueOr(0), 165.5);
        QCOMPARE(record.measurements[1].anagen.valueOr(0), 85.0);

        // The import's digest of the session's zones, in the form the trail entries of earlier
        // imports hold (audit verify holds them against it): SHA-256 over a line per row,
        // "id US hex(SHA-256 of the row's JSON, keys sorted, compact) US count LF", the rows of
        // one id in the order of their hashes. Computed here with Qt's own SHA-256.
        QList<QByteArray> rowHashes;
        for (const char *zone : {"frontal", "vertex"})
            rowHashes << QCryptographicHash::hash(QStringLiteral(R"({"session_id":%1,"zone":"%2"})")
                                                      .arg(s.id)
                                                      .arg(QLatin1String(zone))
                                                      .toUtf8(),
                                                  QCryptographicHash::Sha256);
        std::sort(rowHashes.begin(), rowHashes.end());
        QByteArray lines;
        for (const QByteArray &row : std::as_const(rowHashes))
            lines += QByteArray::number(s.id) + '\x1f' + row.toHex() +
                     "\x1f"
                     "1\n";
        const auto imports = integrity::recordedImports(*db);
        QVERIFY(imports.ok());
        QCOMPARE(imports.value().size(), 1);
        const auto &scopes = imports.value().first().scopes;
        const auto zones = std::find_if(scopes.cbegin(), scopes.cend(), [](const auto &scope) {
            return scope.table == QLatin1String("session_zone");
        });
        QVERIFY(zones != scopes.cend());
        QCOMPARE(zones->rows, 2);
        QCOMPARE(zones->sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex()));
    }

    // The list shows an import's sessions and measurements at once: the summaries of the
    // patients it added them to are marked stale (on a server by the import itself, once, its
    // inserts passing the summary's trigger: schema 14), and no other patient's.
    void importMarksTheSummariesOfItsPatientsStale()
    {
        test::TempDatabase db;
        const qint64 known = test::addPatient(*db, test::samplePatient(QStringLiteral("P-1")));
        const qint64 other = test::addPatient(*db, test::samplePatient(QStringLiteral("O-1")));
        auto rowOf = [&](qint64 id) {
            PatientListRequest all;
            for (const PatientListRow &r : queryPatientList(*db, all).value())
                if (r.id == id)
                    return r;
            return PatientListRow{};
        };
        QCOMPARE(rowOf(known).sessions, 0); // the list computed both summaries
        QCOMPARE(staleOf(*db, known), 0);
        QCOMPARE(staleOf(*db, other), 0);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("s.csv")),
              "mrn,date,device,needle_mm,zones,endpoint,adjuncts,pain,adverse_events,notes\n"
              "P-1,2026-03-02T10:30,dermaroller,1.5,vertex,erythema,,3,,\n"
              "P-1,2026-04-02T10:30,dermaroller,1.5,vertex,erythema,,2,,\n");
        write(dir.filePath(QStringLiteral("m.csv")),
              kMeasurementsHeader + "P-1,2026-03-02,vertex,phototrichogram,150,,,55,,,,\n"
                                    "P-1,2026-04-02,vertex,phototrichogram,165,,,58,,,,\n");
        ImportFiles files;
        files.sessions = dir.filePath(QStringLiteral("s.csv"));
        files.measurements = dir.filePath(QStringLiteral("m.csv"));
        const auto summary = CsvImporter(*db).importFiles(files);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(staleOf(*db, known), 1);
        QCOMPARE(staleOf(*db, other), 0);
        const PatientListRow row = rowOf(known);
        QCOMPARE(row.sessions, 2);
        QCOMPARE(row.lastVisit, QDate(2026, 4, 2));
        QCOMPARE(row.densityChangePercent.value_or(0), 10.0); // 150 to 165 hairs/cm2
        QCOMPARE(staleOf(*db, known), 0);
        QCOMPARE(rowOf(other).sessions, 0);
    }
};

QTEST_GUILESS_MAIN(TestImportSessions)
#include "tst_importsessions.moc"
