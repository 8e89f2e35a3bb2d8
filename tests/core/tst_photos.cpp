// Photos through core: originals kept byte for byte with their checksum, consent, EXIF
// orientation and date, the preview cache and its rebuilding, damaged and missing originals.
#include "core/photos/PhotoImage.h"
#include "core/security/AuditLog.h"
#include "core/security/UserRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/PhotoTestSupport.h"
#include "tests/TestSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tricholog;

namespace {

qint64 addSession(Database &db, qint64 patientId, QDateTime at, int number = 1)
{
    MicroneedlingSession s;
    s.patientId = patientId;
    s.performedAt = at;
    s.sessionNumber = number;
    s.device = Device::Dermaroller;
    s.needleLength = NeedleLength(1.5);
    s.zones = {ScalpSite::Vertex};
    auto id = SessionRepository(db).add(s);
    if (!id)
        qFatal("cannot add session: %s", qPrintable(id.error().message));
    return id.value();
}

PhotoUpload upload(const QByteArray &bytes, qint64 patient, qint64 session, PhotoView view,
                   const QString &name = QStringLiteral("photo.jpg"))
{
    auto u = PhotoRepository::fromBytes(bytes, name, QDateTime(QDate(2026, 6, 2), QTime(8, 0)));
    if (!u)
        qFatal("not an image: %s", qPrintable(u.error().message));
    PhotoUpload result = u.value();
    result.photo.patientId = patient;
    result.photo.sessionId = session;
    result.photo.view = view;
    return result;
}

int rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPhotos : public QObject
{
    Q_OBJECT

private slots:
    void attachReopenAndCompareChecksums()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photos.sqlite"));
        const QDateTime taken(QDate(2026, 6, 1), QTime(9, 50, 12));
        const QByteArray withExif =
            test::jpegWithExif(test::markedImage({640, 480}), 1, taken); // camera file
        const QByteArray png =
            test::encode(test::markedImage({300, 200}, qRgb(200, 180, 150)), "png", -1);
        const QString pngPath = dir.filePath(QStringLiteral("vertex.png"));
        QVERIFY(test::writeFile(pngPath, png));
        {
            QFile f(pngPath); // a file copied from the camera last week
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime(QDate(2026, 6, 1), QTime(9, 52, 30)),
                                  QFileDevice::FileModificationTime));
        }
        qint64 patient = 0;
        QList<qint64> ids;
        {
            auto db = Database::open(path, std::make_shared<FixedClock>(test::fixedNow()));
            QVERIFY(db.ok());
            patient = test::addPatient(*db.value());
            const qint64 session =
                addSession(*db.value(), patient, QDateTime(QDate(2026, 6, 1), QTime(9, 45)));
            auto fromFile = PhotoRepository::readFile(pngPath);
            QVERIFY2(fromFile.ok(),
                     qPrintable(fromFile.ok() ? QString() : fromFile.error().message));
            QCOMPARE(fromFile.value().photo.format, QStringLiteral("png"));
            QCOMPARE(fromFile.value().photo.takenAtSource, TakenAtSource::File);
            PhotoUpload second = fromFile.value();
            second.photo.patientId = patient;
            second.photo.sessionId = session;
            second.photo.view = PhotoView::GlobalVertex;
            second.photo.notes = QStringLiteral("Parted at the crown; “flash” off ✓");
            QList<PhotoUpload> uploads{upload(withExif, patient, session, PhotoView::GlobalFrontal,
                                              QStringLiteral("IMG_0001.JPG")),
                                       second};
            const auto added = PhotoRepository(*db.value()).add(uploads);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
            for (const auto &u : uploads) {
                QVERIFY(u.photo.id > 0);
                ids << u.photo.id;
            }
        }
        // Reopened: every original byte for byte, with the checksum of the file.
        auto db = Database::open(path);
        QVERIFY(db.ok());
        PhotoRepository photos(*db.value());
        const auto list = photos.forPatient(patient).value();
        QCOMPARE(list.size(), 2);
        const Photo &first = list.at(0);
        QCOMPARE(first.fileName, QStringLiteral("IMG_0001.JPG"));
        QCOMPARE(first.format, QStringLiteral("jpeg"));
        QCOMPARE(first.takenAtSource, TakenAtSource::Exif);
        QCOMPARE(first.takenAt, QDateTime(QDate(2026, 6, 1), QTime(9, 50))); // EXIF, to the minute
        QCOMPARE(list.at(1).takenAt, QDateTime(QDate(2026, 6, 1), QTime(9, 52))); // file time
        QCOMPARE(first.size, QSize(640, 480));
        QCOMPARE(first.byteSize, qint64(withExif.size()));
        QCOMPARE(first.sha256, sha(withExif));
        QCOMPARE(photos.original(first.id).value(), withExif);
        const Photo &pngPhoto = list.at(1);
        QCOMPARE(pngPhoto.view, PhotoView::GlobalVertex);
        QCOMPARE(pngPhoto.notes, QStringLiteral("Parted at the crown; “flash” off ✓"));
        QCOMPARE(pngPhoto.sha256, sha(png));
        QCOMPARE(photos.original(pngPhoto.id).value(), png);
        QCOMPARE(photos.check(pngPhoto.id), OriginalState::Intact);
        QVERIFY(photos.verify(patient).value().isEmpty());
        // The record carries the details only.
        QCOMPARE(loadPatientRecord(*db.value(), patient).value().photos, list);
        // Previews were made once, when stored.
        QCOMPARE(rows(*db.value(), QStringLiteral("SELECT count(*) FROM photo_preview")), 4);
        const QImage thumb = photos.thumbnail(first.id).value();
        QCOMPARE(std::max(thumb.width(), thumb.height()), photoimage::kThumbnailEdge);
        QCOMPARE(photos.display(first.id).value().size(), QSize(640, 480)); // never enlarged
    }

    void refusedWithoutConsent()
    {
        test::TempDatabase db;
        Patient p = test::samplePatient();
        p.photoConsent = false;
        p.photoConsentDate = QDate();
        const qint64 patient = test::addPatient(*db, p);
        const qint64 session = addSession(*db, patient, QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        QList<PhotoUpload> uploads{upload(test::encode(test::markedImage({64, 48}), "jpeg"),
                                          patient, session, PhotoView::GlobalVertex)};
        const auto refused = PhotoRepository(*db).add(uploads);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QCOMPARE(refused.error().issues.first().field, QStringLiteral("photo_consent"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("photo consent")) &&
                     refused.error().message.contains(QStringLiteral("Edit patient")),
                 qPrintable(refused.error().message)); // why, and where to record it
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM photo")), 0);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM photo_original")), 0);
    }

    void exifRotatedImageShowsUpright()
    {
        test::TempDatabase db;
        const qint64 patient = test::addPatient(*db);
        const qint64 session = addSession(*db, patient, QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        // Stored landscape with the red block top-left; orientation 6: turn 90° clockwise.
        const QByteArray bytes = test::jpegWithExif(test::markedImage({400, 200}), 6, QDateTime());
        QList<PhotoUpload> uploads{upload(bytes, patient, session, PhotoView::Left)};
        QVERIFY(PhotoRepository(*db).add(uploads).ok());
        const Photo stored = PhotoRepository(*db).find(uploads.first().photo.id).value();
        QCOMPARE(stored.orientation, 6);
        QCOMPARE(stored.size, QSize(200, 400)); // upright: portrait
        for (const QImage &image : {PhotoRepository(*db).thumbnail(stored.id).value(),
                                    PhotoRepository(*db).display(stored.id).value()}) {
            QVERIFY(image.height() > image.width());
            // The stored top-left corner is now at the top right.
            QVERIFY(test::isRed(image.pixel(image.width() - 3, 3)));
            QVERIFY(!test::isRed(image.pixel(3, 3)));
            QVERIFY(!test::isRed(image.pixel(image.width() - 3, image.height() - 3)));
        }
    }

    void thumbnailCacheIsRebuiltWhenDeleted()
    {
        test::TempDatabase db;
        const qint64 patient = test::addPatient(*db);
        const qint64 session = addSession(*db, patient, QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        QList<PhotoUpload> uploads{upload(test::encode(test::markedImage({1200, 900}), "jpeg"),
                                          patient, session, PhotoView::GlobalVertex)};
        QVERIFY(PhotoRepository(*db).add(uploads).ok());
        const qint64 id = uploads.first().photo.id;
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM photo_preview")));
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM photo_preview")), 0);
        const QImage thumb = PhotoRepository(*db).thumbnail(id).value();
        QCOMPARE(thumb.size(), QSize(320, 240));
        QVERIFY(test::isRed(thumb.pixel(3, 3)));
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM photo_preview WHERE kind = "
                                          "'thumbnail'")),
                 1); // made once, cached again
        QCOMPARE(PhotoRepository(*db).display(id).value().size(), QSize(1200, 900));
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM photo_preview")), 2);
        // An unreadable cached copy is replaced too.
        QVERIFY(q.exec(db.db->isServer()
                           ? QStringLiteral("UPDATE photo_preview SET bytes = '\\x00ff00'::bytea")
                           : QStringLiteral("UPDATE photo_preview SET bytes = x'00ff00'")));
        QCOMPARE(PhotoRepository(*db).thumbnail(id).value().size(), QSize(320, 240));
    }

    void damagedAndMissingOriginalsAreReported()
    {
        test::TempDatabase db;
        const qint64 patient = test::addPatient(*db);
        const qint64 session = addSession(*db, patient, QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        QList<PhotoUpload> uploads{
            upload(test::encode(test::markedImage({320, 240}), "jpeg"), patient, session,
                   PhotoView::GlobalVertex),
            upload(test::encode(test::markedImage({320, 240}, qRgb(10, 200, 10)), "jpeg"), patient,
                   session, PhotoView::GlobalFrontal)};
        QVERIFY(PhotoRepository(*db).add(uploads).ok());
        const qint64 damaged = uploads.at(0).photo.id;
        const qint64 missing = uploads.at(1).photo.id;
        QSqlQuery q(db.db->connection());
        // One byte changed in the middle of the original; the other original gone.
        QVERIFY(q.exec((db.db->isServer()
                            ? QStringLiteral("UPDATE photo_original SET bytes = substring(bytes "
                                             "from 1 for 600) || '\\x00'::bytea || substring("
                                             "bytes from 602) WHERE photo_id = %1")
                            : QStringLiteral("UPDATE photo_original SET bytes = substr(bytes, 1, "
                                             "600) || x'00' || substr(bytes, 602) WHERE photo_id "
                                             "= %1"))
                           .arg(damaged)));
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM photo_original WHERE photo_id = %1").arg(missing)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM photo_preview")));
        PhotoRepository photos(*db);
        QCOMPARE(photos.check(damaged), OriginalState::Damaged);
        QCOMPARE(photos.check(missing), OriginalState::Missing);
        const auto badThumb = photos.thumbnail(damaged);
        QVERIFY(!badThumb.ok()); // never a blank image
        QVERIFY2(badThumb.error().message.contains(QStringLiteral("damaged")) &&
                     badThumb.error().message.contains(QStringLiteral("Global vertex")),
                 qPrintable(badThumb.error().message));
        const auto noThumb = photos.thumbnail(missing);
        QVERIFY(!noThumb.ok());
        QVERIFY2(noThumb.error().message.contains(QStringLiteral("missing")),
                 qPrintable(noThumb.error().message));
        QVERIFY(!photos.original(damaged).ok());
        const auto problems = photos.verify().value();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).photo.id, damaged);
        QCOMPARE(problems.at(0).state, OriginalState::Damaged);
        QCOMPARE(problems.at(1).state, OriginalState::Missing);
        QVERIFY(problems.at(1).message.contains(QStringLiteral("Global frontal")));
    }

    void whatIsNotAReadableImageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text") << QByteArray("MRN,name\nP-1,Test\n")
                              << QStringLiteral("JPEG or PNG");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("bmp") << test::encode(test::markedImage({20, 20}), "bmp", -1)
                             << QStringLiteral("BMP");
        const QByteArray jpeg = test::encode(test::markedImage({200, 200}), "jpeg");
        QTest::newRow("header only") << jpeg.left(120) << QStringLiteral("");
    }

    void whatIsNotAReadableImageIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto read = PhotoRepository::fromBytes(bytes, QStringLiteral("x.jpg"), QDateTime());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Validation);
        QVERIFY2(read.error().message.contains(reason), qPrintable(read.error().message));
    }

    void detailsFollowTheRules()
    {
        test::TempDatabase db;
        const qint64 patient = test::addPatient(*db);
        const qint64 other = test::addPatient(*db, test::samplePatient(QStringLiteral("T-0002")));
        const qint64 session = addSession(*db, patient, QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        const qint64 othersSession =
            addSession(*db, other, QDateTime(QDate(2026, 6, 1), QTime(11, 0)));
        const QByteArray jpeg = test::encode(test::markedImage({64, 48}), "jpeg");
        PhotoRepository photos(*db);

        // A trichoscopic photo needs its site; a magnification within range.
        QList<PhotoUpload> tricho{upload(jpeg, patient, session, PhotoView::Trichoscopic)};
        tricho.first().photo.magnification = 2000;
        auto r = photos.add(tricho);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().issues.size(), 2);
        QVERIFY2(r.error().message.contains(QStringLiteral("scalp site")),
                 qPrintable(r.error().message));
        QCOMPARE(r.error().issues.at(1).field, QStringLiteral("photos[0].magnification"));
        QCOMPARE(r.error().issues.at(1).value, QLocale().toString(2000));
        QVERIFY2(r.error().message.contains(QStringLiteral("outside the allowed range")),
                 qPrintable(r.error().message));
        tricho.first().photo.site = ScalpSite::Vertex;
        tricho.first().photo.magnification = 20;
        QVERIFY(photos.add(tricho).ok());
        QCOMPARE(photos.find(tricho.first().photo.id).value().viewText(),
                 QStringLiteral("Trichoscopic, Vertex, 20×"));

        // A global view has no site; the session must be the patient's; no future time.
        QList<PhotoUpload> wrong{upload(jpeg, patient, othersSession, PhotoView::GlobalVertex),
                                 upload(jpeg, patient, session, PhotoView::GlobalFrontal)};
        wrong[1].photo.site = ScalpSite::Frontal;
        wrong[1].photo.takenAt = test::fixedNow().addDays(3);
        r = photos.add(wrong);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().issues.size(), 3);
        QVERIFY(r.error().issues.at(0).field.startsWith(QStringLiteral("photos[0].session")));
        QVERIFY(r.error().message.contains(QStringLiteral("photo.jpg: ")));
        QVERIFY(r.error().message.contains(QStringLiteral("future")));
        // All or nothing: the good second file was not stored either.
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM photo")), 1);
    }

    void sessionsWithPhotosAreNotDeletedAndConsentWithdrawalDeletes()
    {
        test::TempDatabase db;
        const qint64 patient = test::addPatient(*db);
        const qint64 session = addSession(*db, patient, QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        QList<PhotoUpload> uploads{upload(test::encode(test::markedImage({64, 48}), "jpeg"),
                                          patient, session, PhotoView::GlobalVertex),
                                   upload(test::encode(test::markedImage({64, 48}), "jpeg"),
                                          patient, session, PhotoView::Occipital)};
        QVERIFY(PhotoRepository(*db).add(uploads).ok());
        const auto refused = SessionRepository(*db).remove(session);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("2 photo")),
                 qPrintable(refused.error().message));
        QCOMPARE(PhotoRepository(*db).removeForPatient(patient).value(), 2);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM photo_original")), 0);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM photo_preview")), 0);
        QVERIFY(SessionRepository(*db).remove(session).ok());
    }

    void photosAreAuditedAndFollowRoles()
    {
        test::TempDatabase db;
        UserRepository users(*db);
        QVERIFY(
            users.add(QStringLiteral("admin"), Role::Administrator, QStringLiteral("admin-pass-1"))
                .ok());
        QVERIFY(users.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1")).ok());
        QVERIFY(users.add(QStringLiteral("nurse"), Role::Assistant, QStringLiteral("nurse-pass-1"))
                    .ok());
        const qint64 patient = test::addPatient(*db);
        const qint64 session = addSession(*db, patient, QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        QVERIFY(users.signIn(QStringLiteral("nurse"), QStringLiteral("nurse-pass-1")).ok());
        const QByteArray jpeg = test::encode(test::markedImage({64, 48}), "jpeg");
        QList<PhotoUpload> uploads{upload(jpeg, patient, session, PhotoView::GlobalVertex)};
        QVERIFY(PhotoRepository(*db).add(uploads).ok()); // assistants attach photos
        Photo edited = uploads.first().photo;
        edited.notes = QStringLiteral("Retaken with flash");
        QVERIFY(PhotoRepository(*db).update(edited).ok());
        QCOMPARE(PhotoRepository(*db).remove(edited.id).error().kind, Error::Kind::Permission);

        AuditFilter filter;
        filter.patientId = patient;
        const auto trail = AuditLog(*db).query(filter).value();
        bool inserted = false, updated = false;
        for (const auto &r : trail) {
            if (r.table != QLatin1String("photo"))
                continue;
            inserted |= r.action == QLatin1String("insert") && r.user == QLatin1String("nurse") &&
                        r.newValues.contains(sha(jpeg));
            updated |= r.action == QLatin1String("update") &&
                       r.newValues.contains(QStringLiteral("Retaken with flash"));
        }
        QVERIFY(inserted);
        QVERIFY(updated);
        QVERIFY(AuditLog(*db).verify().value().intact());
    }
};

QTEST_GUILESS_MAIN(TestPhotos)
#include "tst_photos.moc"
