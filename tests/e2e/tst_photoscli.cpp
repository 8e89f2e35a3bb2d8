// `tricholog photos import`, `photos verify` and the report's before/after page, run as a
// clinic's script runs them (a camera drops files into a folder); PDFs are read back with
// poppler's pdftotext and pdfimages.
#include "core/security/UserRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/PhotoTestSupport.h"
#include "tests/TestSupport.h"
#include "tests/e2e/ProcessRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;

namespace {

test::Run runApp(const QStringList &args)
{
    QProcessEnvironment account;
    account.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("camera"));
    account.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("camera-pass-1"));
    return test::runProcess(QStringLiteral(TRICHOLOG_BINARY), args, account);
}

int photoCount(const QString &path)
{
    auto db = Database::open(path);
    QSqlQuery q(db.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM photo")) && q.next() ? q.value(0).toInt()
                                                                            : -1;
}

} // namespace

class TestPhotosCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_before, m_after, m_tricho, m_text;

    QStringList importArgs(const QString &mrn, const QString &date, const QString &view,
                           const QStringList &files) const
    {
        return QStringList{QStringLiteral("photos"),     QStringLiteral("import"),
                           QStringLiteral("--database"), m_db,
                           QStringLiteral("--patient"),  mrn,
                           QStringLiteral("--date"),     date,
                           QStringLiteral("--view"),     view} +
               files;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("clinic.sqlite"));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        UserRepository users(*db.value());
        QVERIFY(
            users.add(QStringLiteral("admin"), Role::Administrator, QStringLiteral("admin-pass-1"))
                .ok());
        QVERIFY(users.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1")).ok());
        // The photo station signs in as an assistant: attaching photos is theirs to do.
        QVERIFY(
            users.add(QStringLiteral("camera"), Role::Assistant, QStringLiteral("camera-pass-1"))
                .ok());
        Patient consenting = test::samplePatient(QStringLiteral("PH-1"));
        QVERIFY(PatientRepository(*db.value()).add(consenting).ok());
        Patient refusing = test::samplePatient(QStringLiteral("PH-2"));
        refusing.photoConsent = false;
        refusing.photoConsentDate = QDate();
        QVERIFY(PatientRepository(*db.value()).add(refusing).ok());
        for (const auto &[patient, at] :
             {std::pair{consenting.id, QDateTime(QDate(2026, 1, 12), QTime(9, 30))},
              std::pair{consenting.id, QDateTime(QDate(2026, 4, 6), QTime(9, 30))},
              std::pair{consenting.id, QDateTime(QDate(2026, 4, 20), QTime(8, 0))},
              std::pair{consenting.id, QDateTime(QDate(2026, 4, 20), QTime(16, 15))},
              std::pair{refusing.id, QDateTime(QDate(2026, 1, 12), QTime(11, 0))}}) {
            MicroneedlingSession s;
            s.patientId = patient;
            s.performedAt = at;
            s.sessionNumber = at.date().month() == 1 ? 1 : 6;
            s.plannedSessions = 6;
            s.device = Device::Pen;
            s.needleLength = NeedleLength(1.0);
            s.zones = {ScalpSite::Vertex};
            QVERIFY(SessionRepository(*db.value()).add(s).ok());
        }
        m_before = m_dir.filePath(QStringLiteral("IMG_0101.JPG"));
        m_after = m_dir.filePath(QStringLiteral("IMG_0455.JPG"));
        m_tricho = m_dir.filePath(QStringLiteral("tricho-vertex.png"));
        m_text = m_dir.filePath(QStringLiteral("notes.jpg"));
        QVERIFY(test::writeFile(m_before,
                                test::jpegWithExif(test::markedImage({1600, 1200}), 1,
                                                   QDateTime(QDate(2026, 1, 12), QTime(9, 41)))));
        QVERIFY(test::writeFile(
            m_after, test::jpegWithExif(test::markedImage({1600, 1200}, qRgb(40, 160, 70)), 1,
                                        QDateTime(QDate(2026, 4, 6), QTime(9, 44)))));
        QVERIFY(test::writeFile(m_tricho, test::encode(test::markedImage({640, 480}), "png", -1)));
        QVERIFY(test::writeFile(m_text, "not a photo\n"));
    }

    void importAttachesToTheSessionOfThatDate()
    {
        auto r = runApp(importArgs(QStringLiteral("PH-1"), QStringLiteral("2026-01-12"),
                                   QStringLiteral("global_vertex"), {m_before}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Attached to the session of 2026-01-12 09:30 of "
                                               "PH-1: photo ids 1.")),
                 qPrintable(r.out));
        r = runApp(importArgs(QStringLiteral("PH-1"), QStringLiteral("2026-04-06"),
                              QStringLiteral("global_vertex"), {m_after}));
        QCOMPARE(r.exitCode, 0);
        r = runApp(QStringList{
            QStringLiteral("photos"), QStringLiteral("import"), QStringLiteral("--database"), m_db,
            QStringLiteral("--patient"), QStringLiteral("PH-1"), QStringLiteral("--date"),
            QStringLiteral("2026-04-20T16:15"), QStringLiteral("--view"),
            QStringLiteral("trichoscopic"), QStringLiteral("--site"), QStringLiteral("vertex"),
            QStringLiteral("--magnification"), QStringLiteral("20"), m_tricho});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Stored byte for byte, on the right sessions, with the camera's time.
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        const auto patient = PatientRepository(*db.value()).findByMrn(QStringLiteral("PH-1"));
        const auto photos = PhotoRepository(*db.value()).forPatient(patient.value().id).value();
        QCOMPARE(photos.size(), 3);
        QFile before(m_before);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        QCOMPARE(photos.at(0).sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(PhotoRepository(*db.value()).original(photos.at(0).id).value(), bytes);
        QCOMPARE(photos.at(0).takenAt, QDateTime(QDate(2026, 1, 12), QTime(9, 41)));
        QCOMPARE(photos.at(0).takenAtSource, TakenAtSource::Exif);
        QCOMPARE(photos.at(2).view, PhotoView::Trichoscopic);
        QCOMPARE(photos.at(2).site, std::optional<ScalpSite>(ScalpSite::Vertex));
        QCOMPARE(photos.at(2).magnification, std::optional<int>(20));
        const auto session = SessionRepository(*db.value()).find(photos.at(2).sessionId).value();
        QCOMPARE(session.performedAt, QDateTime(QDate(2026, 4, 20), QTime(16, 15)));
    }

    void importRefusesAndStoresNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no consent")
            << importArgs(QStringLiteral("PH-2"), QStringLiteral("2026-01-12"),
                          QStringLiteral("global_vertex"), {m_before})
            << 1 << QStringLiteral("photo consent");
        QTest::newRow("no session that day")
            << importArgs(QStringLiteral("PH-1"), QStringLiteral("2026-02-01"),
                          QStringLiteral("global_vertex"), {m_before})
            << 1 << QStringLiteral("no session on 2026-02-01");
        QTest::newRow("two sessions that day")
            << importArgs(QStringLiteral("PH-1"), QStringLiteral("2026-04-20"),
                          QStringLiteral("global_vertex"), {m_before})
            << 1 << QStringLiteral("2 sessions on 2026-04-20 (08:00, 16:15)");
        QTest::newRow("not an image among images")
            << importArgs(QStringLiteral("PH-1"), QStringLiteral("2026-04-06"),
                          QStringLiteral("left"), {m_after, m_text})
            << 1 << QStringLiteral("notes.jpg: It is not an image");
        QTest::newRow("missing file")
            << importArgs(QStringLiteral("PH-1"), QStringLiteral("2026-04-06"),
                          QStringLiteral("left"), {m_dir.filePath(QStringLiteral("gone.jpg"))})
            << 1 << QStringLiteral("gone.jpg");
        QTest::newRow("trichoscopic without site")
            << importArgs(QStringLiteral("PH-1"), QStringLiteral("2026-04-06"),
                          QStringLiteral("trichoscopic"), {m_tricho})
            << 1 << QStringLiteral("scalp site");
        QTest::newRow("unknown patient")
            << importArgs(QStringLiteral("NOPE"), QStringLiteral("2026-04-06"),
                          QStringLiteral("left"), {m_after})
            << 1 << QStringLiteral("NOPE");
        QTest::newRow("unknown view")
            << importArgs(QStringLiteral("PH-1"), QStringLiteral("2026-04-06"),
                          QStringLiteral("top"), {m_after})
            << 2 << QStringLiteral("global_frontal, global_vertex");
        QTest::newRow("bad date") << importArgs(QStringLiteral("PH-1"),
                                                QStringLiteral("2026-13-06"),
                                                QStringLiteral("left"), {m_after})
                                  << 2 << QStringLiteral("not a date");
        QTest::newRow("no files") << importArgs(QStringLiteral("PH-1"),
                                                QStringLiteral("2026-04-06"),
                                                QStringLiteral("left"), {})
                                  << 2 << QStringLiteral("at least one FILE");
    }

    void importRefusesAndStoresNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const int before = photoCount(m_db);
        const auto r = runApp(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(QStringLiteral("tricholog: ")) && r.err.contains(message),
                 qPrintable(r.err));
        QCOMPARE(photoCount(m_db), before); // nothing half-stored
    }

    void reportHasTheBeforeAfterPage()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        auto r = test::runProcess(
            QStringLiteral(TRICHOLOG_BINARY),
            {QStringLiteral("report"), QStringLiteral("--database"), m_db,
             QStringLiteral("--patient"), QStringLiteral("PH-1"), QStringLiteral("--output"), pdf},
            [] {
                QProcessEnvironment e;
                e.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("admin"));
                e.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("admin-pass-1"));
                return e;
            }());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Typeset text may use the "fi" ligature: read it as two letters.
        const QString text = test::runProcess(QStringLiteral("pdftotext"),
                                              {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                 .out.replace(QChar(0xFB01), QStringLiteral("fi"));
        QVERIFY(text.contains(QStringLiteral("Photos: first and latest")));
        QVERIFY(text.contains(QStringLiteral("Global vertex")));
        QVERIFY(text.contains(QStringLiteral("Trichoscopic, Vertex, 20×")));
        QVERIFY(text.contains(QStringLiteral("Only one photo of this view")));
        // Labelled with the dates taken (C locale: "12 Jan 2026 09:41").
        const QLocale c = QLocale::c();
        QVERIFY2(text.contains(QStringLiteral("First: ") +
                               c.toString(QDate(2026, 1, 12), QLocale::ShortFormat) +
                               QStringLiteral(" 09:41")),
                 qPrintable(text.right(1500)));
        QVERIFY(text.contains(QStringLiteral("Latest: ") +
                              c.toString(QDate(2026, 4, 6), QLocale::ShortFormat) +
                              QStringLiteral(" 09:44")));
        QVERIFY(text.contains(QStringLiteral("session 1 of 6")));
        // Three photos embedded as images (the charts stay vector drawings).
        const QString images =
            test::runProcess(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out;
        QCOMPARE(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() - 2, 3);

        // Without consent the report has no photos, though they are still stored.
        {
            auto db = Database::open(m_db);
            QVERIFY(UserRepository(*db.value())
                        .signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1"))
                        .ok());
            Patient p = PatientRepository(*db.value()).findByMrn(QStringLiteral("PH-1")).value();
            p.photoConsent = false;
            QVERIFY(PatientRepository(*db.value()).update(p).ok());
        }
        QFile::remove(pdf);
        r = test::runProcess(
            QStringLiteral(TRICHOLOG_BINARY),
            {QStringLiteral("report"), QStringLiteral("--database"), m_db,
             QStringLiteral("--patient"), QStringLiteral("PH-1"), QStringLiteral("--output"), pdf},
            [] {
                QProcessEnvironment e;
                e.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("admin"));
                e.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("admin-pass-1"));
                return e;
            }());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                     .out.replace(QChar(0xFB01), QStringLiteral("fi"))
                     .contains(QStringLiteral("Photos: first and latest")));
        QCOMPARE(photoCount(m_db), 3);
        {
            auto db = Database::open(m_db);
            QVERIFY(UserRepository(*db.value())
                        .signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1"))
                        .ok());
            Patient p = PatientRepository(*db.value()).findByMrn(QStringLiteral("PH-1")).value();
            p.photoConsent = true;
            QVERIFY(PatientRepository(*db.value()).update(p).ok());
        }
    }

    void verifyNamesADamagedOriginal()
    {
        const QStringList args{QStringLiteral("photos"), QStringLiteral("verify"),
                               QStringLiteral("--database"), m_db};
        auto r = runApp(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("intact")));
        {
            auto db = Database::open(m_db);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE photo_original SET bytes = substr(bytes, 1, 2000) || x'0000' || "
                "substr(bytes, 2003) WHERE photo_id = (SELECT min(id) FROM photo)")));
        }
        r = runApp(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("PH-1")) &&
                     r.err.contains(QStringLiteral("damaged")) &&
                     r.err.contains(QStringLiteral("Global vertex")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPhotosCli)
#include "tst_photoscli.moc"
