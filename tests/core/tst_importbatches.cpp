// An import of many batches into an empty database, where the checks of the next batch run on
// the thread pool while the batch before is written (ImportRun::readRows): every problem is
// still found on its line, nothing is written when there is one (whichever batch it is in), a
// cancel leaves nothing behind, and the progress reaches the end.
#include "core/io/CsvImporter.h"
#include "core/io/SeenKeys.h"
#include "core/storage/BatchInsert.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tricholog;

namespace {

constexpr int kPatients = 60;
constexpr int kMeasurements = 20000; // three batches of 8,000 rows

int rows(Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next()
               ? q.value(0).toInt()
               : -1;
}

// The files: kPatients patients, kMeasurements measurements spread over them. `bad` maps a
// measurement file line (the header is line 1) to the row written there instead.
ImportFiles writeFiles(const QTemporaryDir &dir, const QHash<int, QByteArray> &bad = {})
{
    QByteArray patients =
        "mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,email,photo_consent\n";
    for (int p = 0; p < kPatients; ++p)
        patients +=
            QByteArray("B-") + QByteArray::number(p) + ",Test,Ana,1980-01-01,female,,,,no\n";
    QByteArray measurements = "mrn,date,site,method,density_per_cm2,hair_count,area_cm2,"
                              "mean_diameter_um,terminal_pct,vellus_pct,anagen_pct,telogen_pct\n";
    const QDate first(2020, 1, 1);
    for (int i = 0; i < kMeasurements; ++i) {
        const int line = i + 2;
        if (bad.contains(line)) {
            measurements += bad.value(line) + '\n';
            continue;
        }
        // Each patient's visits on their own days: no two rows share a key.
        measurements += QByteArray("B-") + QByteArray::number(i % kPatients) + ',' +
                        first.addDays(i / kPatients).toString(Qt::ISODate).toLatin1() +
                        ",vertex,trichoscopy," + QByteArray::number(100 + i % 50) + ",,,,,,,\n";
    }
    ImportFiles files;
    files.patients = dir.filePath(QStringLiteral("patients.csv"));
    files.measurements = dir.filePath(QStringLiteral("measurements.csv"));
    for (const auto &[path, data] :
         {std::pair{files.patients, patients}, std::pair{files.measurements, measurements}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    }
    return files;
}

} // namespace

class TestImportBatches : public QObject
{
    Q_OBJECT

private slots:
    // The keys an import has seen, past what it holds in memory: those moved to the temporary
    // file are found again (with every row under them, oldest first, also when a key has rows
    // on both sides), and keys never added are not.
    void seenKeysBeyondMemory()
    {
        csvimport::SeenKeys seen(150, 100);
        auto keyOf = [](int i) {
            return quint64(i) * 0x9e3779b97f4a7c15ULL;
        };
        QHash<quint64, QList<int>> expected; // key -> lines
        int line = 1;
        for (int round = 0; round < 3; ++round)
            for (int i = 0; i < 1000; ++i) {
                if (round > 0 && i % 7 != 0) // every seventh key comes back later
                    continue;
                QVERIFY2(seen.rowsOf(keyOf(i)).value().size() == expected.value(keyOf(i)).size(),
                         qPrintable(QString::number(i)));
                seen.add(keyOf(i), csvimport::SeenRow{line, quint32(i)});
                expected[keyOf(i)] << line++;
            }
        QVERIFY2(seen.keysInFile() >= 1000, qPrintable(QString::number(seen.keysInFile())));
        for (int i = 0; i < 1000; ++i) {
            const auto found = seen.rowsOf(keyOf(i));
            QVERIFY(found.ok());
            const QList<csvimport::SeenRow> &rows = found.value();
            QList<int> lines;
            for (const csvimport::SeenRow &r : rows) {
                lines << r.line;
                QCOMPARE(r.cells, quint32(i));
            }
            QCOMPARE(lines, expected.value(keyOf(i)));
        }
        for (int i = 1000; i < 3000; ++i)
            QVERIFY(seen.rowsOf(keyOf(i)).value().isEmpty());
    }

    // No room for the keys' temporary file (here: the process's file size limit, reached once
    // the file outgrows SQLite's page cache): a batch that cannot go in stays in memory, and a
    // lookup either finds exactly the rows added under its key or fails, never a wrong answer.
    void seenKeysWithoutRoomForTheirFileAreNeverWrong()
    {
        auto keyOf = [](int i) {
            return quint64(i) * 0x9e3779b97f4a7c15ULL;
        };
        constexpr int kKeys = 1'200'000;
        csvimport::SeenKeys seen(200'000, 200'000);
        QVERIFY(test::withFileSizeLimit(256 * 1024, [&] {
            for (int i = 0; i < kKeys; ++i)
                seen.add(keyOf(i), csvimport::SeenRow{i + 1, quint32(i)});
        }));
        QVERIFY2(seen.keysInFile() < kKeys, qPrintable(QString::number(seen.keysInFile())));
        int found = 0, failed = 0;
        for (int i = 0; i < kKeys + 2000; i += 97) {
            const auto rows = seen.rowsOf(keyOf(i));
            if (!rows) {
                QVERIFY2(rows.error().message.contains(QStringLiteral("temporary file")),
                         qPrintable(rows.error().message));
                ++failed;
                continue;
            }
            if (i >= kKeys) {
                QVERIFY2(rows.value().isEmpty(), qPrintable(QString::number(i)));
                continue;
            }
            QCOMPARE(rows.value().size(), 1);
            QCOMPARE(rows.value().first().line, i + 1);
            QCOMPARE(rows.value().first().cells, quint32(i));
            ++found;
        }
        // The keys added after the failed move were kept in memory and are found.
        QVERIFY2(found > 0,
                 qPrintable(QStringLiteral("%1 found, %2 failed").arg(found).arg(failed)));
        const auto last = seen.rowsOf(keyOf(kKeys - 1));
        QVERIFY(last.ok());
        QCOMPARE(last.value().size(), 1);
    }

    void allBatchesAreWrittenWithProgressToTheEnd()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        const ImportFiles files = writeFiles(dir);
        QList<qint64> done;
        qint64 total = 0;
        CsvImporter importer(*db);
        const auto summary = importer.importFiles(files, [&](qint64 d, qint64 t) {
            done << d;
            total = t;
            return true;
        });
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary.value().counts.value(CsvKind::Measurements).added, kMeasurements);
        QCOMPARE(rows(*db, "patient"), kPatients);
        QCOMPARE(rows(*db, "measurement"), kMeasurements);
        // Each measurement belongs to its own patient, on its own day.
        QSqlQuery q((*db).connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM measurement m JOIN patient p ON p.id = m.patient_id "
            "WHERE p.mrn = 'B-7' AND m.measured_on = '2020-01-02' AND m.density = 117")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(),
                 1); // row 67: patient 67 % 60 = 7, day 67 / 60 = 1, density 100 + 67 % 50
        QCOMPARE(done.size(), 2); // a report after each full batch (two of 8,000)
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QVERIFY(done.last() <= total);
        QVERIFY(done.last() > total / 2);
    }

    // Problems in the first and in a later batch: each named on its line, nothing written,
    // although the batches before the second problem were checked while others were written.
    void aProblemInAnyBatchWritesNothing()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        const ImportFiles files =
            writeFiles(dir, {{300, "B-1,2020-01-05,vertex,trichoscopy,900,,,,,,,"},
                             {9500, "B-2,2020-01-01,vertex,trichoscopy,102,,,,,,,"},
                             {18000, "NOPE,2020-01-01,vertex,trichoscopy,100,,,,,,,"}});
        CsvImporter importer(*db);
        const auto result = importer.importFiles(files);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("nothing was imported")));
        QStringList where;
        for (const ImportIssue &issue : importer.issues())
            where << QStringLiteral("%1:%2").arg(issue.line).arg(issue.column);
        // Line 9500 repeats line 4 (B-2 on its first day, density 102).
        QCOMPARE(where, (QStringList{QStringLiteral("300:density_per_cm2"),
                                     QStringLiteral("9500:site"), QStringLiteral("18000:mrn")}));
        QVERIFY(importer.issues().at(1).text().contains(QStringLiteral("duplicates line 4")));
        QCOMPARE(rows(*db, "patient"), 0);
        QCOMPARE(rows(*db, "measurement"), 0);
        QCOMPARE(rows(*db, "audit_log"), 0);

        // A problem only in the last batch: the two before it were written, then rolled back.
        const ImportFiles late =
            writeFiles(dir, {{19999, "B-3,2020-01-01,vertex,trichoscopy,-5,,,,,,,"}});
        QVERIFY(!importer.importFiles(late).ok());
        QCOMPARE(importer.issues().size(), 1);
        QCOMPARE(importer.issues().first().line, 19999);
        QCOMPARE(rows(*db, "patient"), 0);
        QCOMPARE(rows(*db, "measurement"), 0);

        // Rows the CSV reader refuses: the message names the line, and the issue's text does
        // not name it again. A quote is found while the file is opened (it is read a megabyte
        // at a time, and this one is smaller), a short row when its batch is checked.
        const QList<std::pair<QByteArray, QString>> refused{
            {"B-3,2020-01-01,vertex,trich\"oscopy,100,,,,,,,",
             QStringLiteral("measurements.csv: Line 12000: a quote inside an unquoted field")},
            {"B-3,2020-01-01,vertex,trichoscopy,100,,,,,,",
             QStringLiteral("measurements.csv: Line 12000 has 11 field(s) but the header has 12")}};
        for (const auto &[row, expected] : refused) {
            QVERIFY(!importer.importFiles(writeFiles(dir, {{12000, row}})).ok());
            QCOMPARE(importer.issues().size(), 1);
            QCOMPARE(importer.issues().first().line, 12000);
            const QString text = importer.issues().first().text();
            QVERIFY2(text.startsWith(expected), qPrintable(text));
            QCOMPARE(text.count(QStringLiteral("12000")), 1);
        }
        QCOMPARE(rows(*db, "measurement"), 0);
    }

    void aCancelInTheMiddleLeavesNothing()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        const ImportFiles files = writeFiles(dir);
        int reports = 0;
        CsvImporter importer(*db);
        const auto result = importer.importFiles(files, [&](qint64, qint64) {
            return ++reports < 2; // cancelled at the second report, a batch being checked
        });
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("cancelled")));
        QCOMPARE(reports, 2);
        QCOMPARE(rows(*db, "patient"), 0);
        QCOMPARE(rows(*db, "measurement"), 0);
        // The database is usable at once: the same files import in full.
        QVERIFY(importer.importFiles(files).ok());
        QCOMPARE(rows(*db, "measurement"), kMeasurements);
    }

    // BatchInsert's values as Qt binds them (on SQLite through SQLite's own API): a null string
    // is NULL, an empty one '', numbers as numbers; a row refused by a CHECK fails the batch
    // with SQLite's words, and the transaction around it keeps nothing.
    void batchValuesAndRefusals()
    {
        test::TempDatabase t;
        const qint64 patient = test::addPatient(*t);
        BatchInsert zones(*t, QStringLiteral("session_zone"),
                          {QStringLiteral("session_id"), QStringLiteral("zone")}, 2);
        BatchInsert sessions(*t, QStringLiteral("session"),
                             {QStringLiteral("id"), QStringLiteral("patient_id"),
                              QStringLiteral("performed_at"), QStringLiteral("device"),
                              QStringLiteral("needle_mm"), QStringLiteral("notes"),
                              QStringLiteral("operator"), QStringLiteral("pain")},
                             2);
        const QList<QVariantList> rows{
            {qint64(9001), patient, QStringLiteral("2026-03-02T09:00:00"), QStringLiteral("pen"),
             1.25, QStringLiteral("Ünïcode ✓"), QStringLiteral(""), QVariant()},
            {qint64(9002), patient, QStringLiteral("2026-03-09T09:00:00"),
             QStringLiteral("dermaroller"), 0.5, QStringLiteral("x"), QStringLiteral("Dr A"), 7},
            {qint64(9003), patient, QStringLiteral("2026-03-16T09:00:00"), QStringLiteral("pen"),
             2.0, QStringLiteral("y"), QStringLiteral("Dr B"), 3}};
        {
            Transaction tx(*t);
            QVERIFY(tx.isActive());
            QVERIFY(sessions
                        .insert(rows.size(), [&](QVariantList &values,
                                                 qsizetype row) { values << rows.at(row); })
                        .ok());
            QVERIFY(tx.commit());
        }
        QSqlQuery q((*t).connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, needle_mm, typeof(needle_mm), notes, operator, "
                                      "pain, typeof(pain) FROM session ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 9001);
        QCOMPARE(q.value(1).toDouble(), 1.25);
        QCOMPARE(q.value(2).toString(), QStringLiteral("real"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Ünïcode ✓"));
        QCOMPARE(q.value(4).toString(), QStringLiteral(""));
        QCOMPARE(q.value(6).toString(), QStringLiteral("null"));
        QVERIFY(q.next());
        QCOMPARE(q.value(5).toInt(), 7);
        QCOMPARE(q.value(6).toString(), QStringLiteral("integer"));
        QVERIFY(q.next());
        QVERIFY(!q.next());
        q.finish();

        // The second statement of the batch breaks the zone CHECK: nothing of it is kept.
        const QList<QVariantList> zoneRows{{qint64(9001), QStringLiteral("vertex")},
                                           {qint64(9001), QStringLiteral("frontal")},
                                           {qint64(9002), QStringLiteral("crown")}};
        {
            Transaction tx(*t);
            QVERIFY(tx.isActive());
            const auto written = zones.insert(
                zoneRows.size(), [&](QVariantList &v, qsizetype r) { v << zoneRows.at(r); });
            QVERIFY(!written.ok());
            QVERIFY2(written.error().message.contains(QLatin1String("CHECK constraint failed")) ||
                         written.error().message.contains(QLatin1String("violates check")),
                     qPrintable(written.error().message));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM session_zone")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportBatches)
#include "tst_importbatches.moc"
