// Image analyses in the database (schema 9, core/storage/ImageAnalysisRepository.h): saved with
// their measurement in one transaction, every save in the audit trail with each edit named, a
// stale save changing nothing, and a row changed behind the program's back named. Runs on SQLite
// and, with TRICHOLOG_TEST_PG_STATE, on the throwaway PostgreSQL cluster.
#include "core/security/AuditLog.h"
#include "core/security/AuditText.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/Integrity.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/PhotoTestSupport.h"
#include "tests/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace tricholog;

namespace {

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

struct Saved
{
    qint64 patient = 0, session = 0, photo = 0;
    Measurement measurement;
    ImageAnalysisRecord record;
};

// A patient with a session and a trichoscopic vertex photo, and an analysis of it ready to save.
Saved prepare(Database &db)
{
    Saved out;
    out.patient = test::addPatient(db);
    MicroneedlingSession s;
    s.patientId = out.patient;
    s.performedAt = QDateTime(QDate(2026, 6, 2), QTime(8, 0));
    s.sessionNumber = 1;
    s.device = Device::Dermaroller;
    s.needleLength = NeedleLength(1.5);
    s.zones = {ScalpSite::Vertex};
    if (!SessionRepository(db).add(s))
        qFatal("cannot add the session");
    out.session = s.id;
    auto upload = PhotoRepository::fromBytes(test::encode(test::markedImage({640, 480}), "png"),
                                             QStringLiteral("vertex.png"), s.performedAt);
    QList<PhotoUpload> uploads{upload.value()};
    uploads[0].photo.patientId = out.patient;
    uploads[0].photo.sessionId = s.id;
    uploads[0].photo.view = PhotoView::Trichoscopic;
    uploads[0].photo.site = ScalpSite::Vertex;
    if (!PhotoRepository(db).add(uploads))
        qFatal("cannot add the photo");
    out.photo = uploads[0].photo.id;

    Measurement &m = out.measurement;
    m.patientId = out.patient;
    m.sessionId = s.id;
    m.measuredOn = QDate(2026, 6, 2);
    m.site = ScalpSite::Vertex;
    m.method = MeasurementMethod::ImageAnalysis;
    m.hairCount = 12;
    m.area = AreaCm2(0.096);
    m.density = HairDensity(125);
    ImageAnalysisRecord &r = out.record;
    r.patientId = out.patient;
    r.photoId = out.photo;
    r.site = ScalpSite::Vertex;
    r.algorithm = QStringLiteral("tricholog-shafts");
    r.algorithmVersion = QStringLiteral("1.0.0");
    r.umPerPx = 5;
    r.hairCount = 12;
    r.analysis = QJsonObject{{QStringLiteral("format"), 1}};
    r.edits = QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("remove")},
                                     {QStringLiteral("hair"), 4},
                                     {QStringLiteral("user"), QStringLiteral("dr.lee")}}};
    return out;
}

QStringList analysisSentences(Database &db)
{
    QStringList out;
    for (const auto &e : AuditLog(db).query({}).value())
        if (e.table == QLatin1String("image_analysis"))
            out << auditSentence(e);
    return out;
}

} // namespace

class TestImageAnalysisStore : public QObject
{
    Q_OBJECT

private slots:
    void savedWithItsMeasurementAndEachEditLogged()
    {
        test::TempDatabase t;
        Saved s = prepare(*t);
        ImageAnalysisRecord &r = s.record;
        Measurement &m = s.measurement;
        ImageAnalysisRepository analyses(*t);
        QVERIFY(analyses.save(r, m).ok());
        QVERIFY(r.id > 0);
        QCOMPARE(r.measurementId, std::optional<qint64>(m.id));
        QVERIFY(r.analysedAt.isValid());
        QCOMPARE(MeasurementRepository(*t).find(m.id).value().method,
                 MeasurementMethod::ImageAnalysis);
        QCOMPARE(analyses.forPhoto(s.photo).value().size(), 1);
        QCOMPARE(analyses.forPatient(s.patient).value().size(), 1);
        QCOMPARE(analyses.forMeasurement(m.id).value().edits, r.edits);
        QCOMPARE(analyses.find(r.id).value().analysis, r.analysis);

        // A second save changes both rows; a stale one changes neither.
        QJsonArray edits = r.edits;
        edits.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("width")},
                                 {QStringLiteral("hair"), 7},
                                 {QStringLiteral("width_um"), 38.0},
                                 {QStringLiteral("previous_um"), 45.0},
                                 {QStringLiteral("user"), QStringLiteral("dr.lee")}});
        r.edits = edits;
        r.hairCount = m.hairCount.emplace(11);
        m.density = HairDensity(114.6);
        QVERIFY(analyses.save(r, m).ok());
        QCOMPARE(r.rowVersion, 2);
        ImageAnalysisRecord stale = r;
        stale.rowVersion = 1;
        stale.hairCount = 3;
        Measurement staleMeasurement = m;
        staleMeasurement.hairCount = 3;
        const auto refused = analyses.save(stale, staleMeasurement);
        QVERIFY(!refused.ok());
        QCOMPARE(MeasurementRepository(*t).find(m.id).value().hairCount, std::optional<int>(11));
        QCOMPARE(analyses.find(r.id).value().hairCount, 11);

        const QString sentences = analysisSentences(*t).join(QLatin1Char('|'));
        QCOMPARE(analysisSentences(*t).size(), 2);
        QVERIFY2(sentences.contains(QStringLiteral("removed hair 4 (dr.lee)")),
                 qPrintable(sentences));
        QVERIFY2(sentences.contains(QStringLiteral("set hair 7 from 45 to 38 µm (dr.lee)")),
                 qPrintable(sentences));
        QVERIFY(
            sentences.contains(QStringLiteral("11 hairs counted, engine tricholog-shafts 1.0.0")));
        auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY2(rows.ok(), qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows.value().changes, 0);

        // Deleting the measurement keeps the analysis, its link emptied.
        QVERIFY(MeasurementRepository(*t).remove(m.id).ok());
        QVERIFY(!analyses.find(r.id).value().measurementId.has_value());
    }

    void badRecordsWriteNothing()
    {
        test::TempDatabase t;
        Saved s = prepare(*t);
        ImageAnalysisRepository analyses(*t);
        // A measurement the validation refuses (density far above any scalp's) writes nothing.
        Measurement impossible = s.measurement;
        impossible.density = HairDensity(5000);
        QVERIFY(!analyses.save(s.record, impossible).ok());
        QVERIFY(analyses.forPhoto(s.photo).ok());
        QCOMPARE(analyses.forPhoto(s.photo).value().size(), 0);
        const auto measurements = MeasurementRepository(*t).forPatient(s.patient);
        QVERIFY2(measurements.ok(),
                 qPrintable(measurements ? QString() : measurements.error().message));
        QCOMPARE(measurements.value().size(), 0);
        // Without its hairs or engine: refused, naming it.
        ImageAnalysisRecord empty = s.record;
        empty.analysis = {};
        const auto noHairs = analyses.save(empty, s.measurement);
        QVERIFY(!noHairs.ok());
        QCOMPARE(noHairs.error().kind, Error::Kind::Validation);
        // A photo that does not exist is refused by the foreign key, and nothing is left.
        ImageAnalysisRecord wrongPhoto = s.record;
        wrongPhoto.photoId = s.photo + 1000;
        QVERIFY(!analyses.save(wrongPhoto, s.measurement).ok());
        QCOMPARE(MeasurementRepository(*t).forPatient(s.patient).value().size(), 0);
    }

    void rowChangedBehindTheProgramIsNamed()
    {
        test::TempDatabase t;
        Saved s = prepare(*t);
        QVERIFY(ImageAnalysisRepository(*t).save(s.record, s.measurement).ok());
        exec(*t, t.db->isServer() ? QStringLiteral("DROP TRIGGER audit_image_analysis_update ON "
                                                   "image_analysis")
                                  : QStringLiteral("DROP TRIGGER audit_image_analysis_update"));
        exec(*t, QStringLiteral("UPDATE image_analysis SET hair_count = 40 WHERE id = %1")
                     .arg(s.record.id));
        QSqlDatabase connection = t.db->connection();
        auto problems =
            integrity::triggerProblems(connection, t.db->engine(), t.db->schemaVersion());
        QVERIFY(problems.ok());
        QCOMPARE(problems.value(),
                 QStringList{QStringLiteral("the trigger audit_image_analysis_update is missing")});
        const auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, 1);
        QCOMPARE(rows.value().listed.first().table, QStringLiteral("image_analysis"));
        QCOMPARE(rows.value().listed.first().fields, QStringList{QStringLiteral("hair_count")});
    }
};

QTEST_MAIN(TestImageAnalysisStore)
#include "tst_imageanalysisstore.moc"
