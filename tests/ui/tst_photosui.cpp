// Photos in the workspace, driven as a user drives them: files dropped onto the timeline, the
// attach form answered by keyboard, undo and redo, the before/after comparison with its shared
// zoom and pan, damaged originals, and consent withdrawn. The database is read back through core.
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/PhotoTestSupport.h"
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/RecordEditor.h"
#include "ui/patients/PatientDialog.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/photos/AttachPhotosDialog.h"
#include "ui/photos/PhotoCompareDialog.h"
#include "ui/photos/PhotoCompareView.h"
#include "ui/photos/PhotoTimelineModel.h"
#include "ui/photos/PhotosTab.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace tricholog;
using test::field;
using test::whenDialogOpens;

namespace {

double hueDistance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
           std::abs(qBlue(a) - qBlue(b));
}

} // namespace

class TestPhotosUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Database *m_db = nullptr;
    qint64 m_patient = 0;
    qint64 m_noConsent = 0;
    QList<qint64> m_sessions; // oldest first

    PhotosTab *tab() const { return m_window->patientFile()->photosTab(); }

    void open(qint64 patientId)
    {
        m_window->selectPatient(patientId);
        m_window->patientFile()->reload(); // photos added through core, not through the UI
        m_window->patientFile()->tabs()->setCurrentIndex(PatientFileWidget::Photos);
        QCoreApplication::processEvents();
    }

    QList<Photo> stored(qint64 patientId) const
    {
        return PhotoRepository(*m_db).forPatient(patientId).value();
    }

    qint64 addPhoto(qint64 session, PhotoView view, QRgb tone, QDateTime at)
    {
        auto u =
            PhotoRepository::fromBytes(test::encode(test::markedImage({800, 600}, tone), "jpeg"),
                                       QStringLiteral("shot.jpg"), at);
        PhotoUpload upload = u.value();
        upload.photo.patientId = m_patient;
        upload.photo.sessionId = session;
        upload.photo.view = view;
        if (view == PhotoView::Trichoscopic)
            upload.photo.site = ScalpSite::Vertex;
        QList<PhotoUpload> list{upload};
        const auto r = PhotoRepository(*m_db).add(list);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return list.first().photo.id;
    }

    void clearPhotos()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("DELETE FROM photo"));
        m_window->undoStack().clear();
        m_window->patientFile()->reload();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TricholugPhotoTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("photos.sqlite")),
                                 std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY(db.ok());
        m_db = db.value().get();
        m_patient = test::addPatient(*m_db);
        Patient refusing = test::samplePatient(QStringLiteral("T-0002"));
        refusing.familyName = QStringLiteral("Keller");
        refusing.photoConsent = false;
        refusing.photoConsentDate = QDate();
        m_noConsent = test::addPatient(*m_db, refusing);
        for (int n = 1; n <= 3; ++n) {
            MicroneedlingSession s;
            s.patientId = m_patient;
            s.performedAt = QDateTime(QDate(2026, 2, 2).addDays(28 * (n - 1)), QTime(9, 0));
            s.sessionNumber = n;
            s.plannedSessions = 3;
            s.device = Device::Pen;
            s.needleLength = NeedleLength(1.0);
            s.zones = {ScalpSite::Vertex};
            QVERIFY(SessionRepository(*m_db).add(s).ok());
            m_sessions << s.id;
        }
        MicroneedlingSession other;
        other.patientId = m_noConsent;
        other.performedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0));
        other.device = Device::Pen;
        other.needleLength = NeedleLength(1.0);
        QVERIFY(SessionRepository(*m_db).add(other).ok());
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // Shortcuts reach only the active window.
    void init()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void droppedFilesAreAttachedByKeyboardAndUndone()
    {
        open(m_patient);
        const QString camera = m_dir.filePath(QStringLiteral("IMG_2001.JPG"));
        const QString left = m_dir.filePath(QStringLiteral("left-side.png"));
        // Taken on the day of the second session (EXIF): that session is proposed.
        QVERIFY(test::writeFile(camera,
                                test::jpegWithExif(test::markedImage({1200, 900}), 1,
                                                   QDateTime(QDate(2026, 3, 2), QTime(9, 12)))));
        QVERIFY(test::writeFile(
            left, test::encode(test::markedImage({900, 1200}, qRgb(30, 160, 60)), "png", -1)));
        {
            QFile f(left); // no EXIF: the file's time is used, here the morning of that visit
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime(QDate(2026, 3, 2), QTime(9, 14)),
                                  QFileDevice::FileModificationTime));
        }
        bool answered = false;
        whenDialogOpens<AttachPhotosDialog>([&](AttachPhotosDialog *d) {
            // The main window's own activation (init) may still be on its way: the form is
            // activated again until it is the active window.
            QTRY_VERIFY_WITH_TIMEOUT((d->activateWindow(), d->isActiveWindow()), 5000);
            QVERIFY(QTest::qWaitForWindowActive(d));
            QCOMPARE(d->rows().size(), 2);
            QCOMPARE(d->sessionChoice()->currentData().toLongLong(), m_sessions.at(1));
            QCOMPARE(PhotoView(d->rows().at(1).view->currentData().toInt()), PhotoView::Left);
            QCOMPARE(d->rows().at(0).takenAt->dateTime(),
                     QDateTime(QDate(2026, 3, 2), QTime(9, 12)));
            // The first file is the vertex view: chosen by keyboard, then a note typed.
            QComboBox *view = d->rows().at(0).view;
            view->setFocus();
            QCOMPARE(PhotoView(view->currentData().toInt()), PhotoView::GlobalFrontal);
            QTest::keyClick(view, Qt::Key_Down);
            QCOMPARE(PhotoView(view->currentData().toInt()), PhotoView::GlobalVertex);
            QVERIFY(!d->rows().at(0).site->isEnabled()); // only for trichoscopic photos
            d->rows().at(0).notes->setFocus();           // as Tab would bring it there
            QTest::keyClicks(d->rows().at(0).notes, QStringLiteral("Parted at the crown"));
            answered = true;
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
            QStringList shown{d->generalError()->text()};
            for (auto *l : d->findChildren<QLabel *>())
                if (l->objectName().endsWith(QLatin1String("_error")) && !l->text().isEmpty())
                    shown << l->objectName() + QStringLiteral(": ") + l->text();
            QVERIFY2(!d->isVisible(), qPrintable(shown.join(QLatin1Char('\n'))));
        });
        // Dropped onto the timeline, as from a file manager.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(camera), QUrl::fromLocalFile(left)});
        QWidget *target = tab()->timeline()->viewport();
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QTRY_VERIFY(answered);
        QTRY_COMPARE(stored(m_patient).size(), 2);
        auto photos = stored(m_patient);
        QCOMPARE(photos.at(0).view, PhotoView::GlobalVertex);
        QCOMPARE(photos.at(0).notes, QStringLiteral("Parted at the crown"));
        QCOMPARE(photos.at(0).sessionId, m_sessions.at(1));
        QCOMPARE(photos.at(1).view, PhotoView::Left);
        QCOMPARE(photos.at(1).size, QSize(900, 1200));
        // The timeline shows them: one row (the session), a column per view with photos.
        PhotoTimelineModel *model = tab()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->columnCount(), 2);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Global vertex"));
        QVERIFY(model->headerData(0, Qt::Vertical)
                    .toString()
                    .contains(QStringLiteral("session 2 of 3")));
        const QImage thumb = model->data(model->index(0, 1), Qt::DecorationRole).value<QImage>();
        QVERIFY(thumb.height() > thumb.width());

        const QList<qint64> ids{photos.at(0).id, photos.at(1).id};
        m_window->undoStack().undo();
        QCOMPARE(stored(m_patient).size(), 0);
        QCOMPARE(model->rowCount(), 0);
        m_window->undoStack().redo();
        photos = stored(m_patient);
        QCOMPARE(photos.size(), 2);
        QCOMPARE(QList<qint64>({photos.at(0).id, photos.at(1).id}), ids); // the same ids again
        QCOMPARE(PhotoRepository(*m_db).check(ids.first()), OriginalState::Intact);
        clearPhotos();
    }

    void refusedWithoutConsentAndSaysWhere()
    {
        open(m_noConsent);
        QVERIFY(tab()->banner()->isVisible());
        QVERIFY2(tab()->banner()->text().contains(QStringLiteral("photo consent")) &&
                     tab()->banner()->text().contains(QStringLiteral("Edit patient")),
                 qPrintable(tab()->banner()->text()));
        QVERIFY(!tab()->findChild<QPushButton *>()->isEnabled()); // Attach photos…
        const QString file = m_dir.filePath(QStringLiteral("x.jpg"));
        QVERIFY(test::writeFile(file, test::encode(test::markedImage({64, 48}), "jpeg")));
        QString said;
        whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
            said = box->text();
            box->accept();
        });
        QVERIFY(!m_window->editor().attachPhotos(m_noConsent, {file}));
        QVERIFY2(said.contains(QStringLiteral("has not given photo consent")), qPrintable(said));
        QCOMPARE(stored(m_noConsent).size(), 0);
    }

    void timelineModelIsConsistent()
    {
        addPhoto(m_sessions.at(0), PhotoView::GlobalVertex, qRgb(40, 60, 200),
                 QDateTime(QDate(2026, 2, 2), QTime(9, 5)));
        addPhoto(m_sessions.at(0), PhotoView::Trichoscopic, qRgb(40, 60, 200),
                 QDateTime(QDate(2026, 2, 2), QTime(9, 6)));
        const auto sessions = SessionRepository(*m_db).forPatient(m_patient).value();
        {
            PhotoTimelineModel lazy(*m_db);
            lazy.setPhotos(stored(m_patient), sessions);
            QCOMPARE(lazy.cachedThumbnails(), 0); // nothing read before a cell is shown
            lazy.data(lazy.index(0, 0), Qt::DecorationRole);
            QCOMPARE(lazy.cachedThumbnails(), 1);
        }
        PhotoTimelineModel model(*m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPhotos(stored(m_patient), sessions);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 2);
        QVERIFY(!model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
        QVERIFY(model.data(model.index(0, 1), Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("Vertex 20×")) ||
                model.data(model.index(0, 1), Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("Vertex")));
        QVERIFY(model.data(model.index(0, 0), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("800 × 600 px")));
        model.setPhotos({}, sessions);
        QCOMPARE(model.rowCount(), 0);
        clearPhotos();
    }

    void comparisonSharesZoomAndPan()
    {
        const qint64 first = addPhoto(m_sessions.at(0), PhotoView::GlobalVertex, qRgb(40, 60, 200),
                                      QDateTime(QDate(2026, 2, 2), QTime(9, 5)));
        addPhoto(m_sessions.at(1), PhotoView::GlobalVertex, qRgb(200, 200, 40),
                 QDateTime(QDate(2026, 3, 2), QTime(9, 5)));
        const qint64 latest = addPhoto(m_sessions.at(2), PhotoView::GlobalVertex, qRgb(30, 170, 60),
                                       QDateTime(QDate(2026, 3, 30), QTime(9, 5)));
        open(m_patient);
        bool checked = false;
        whenDialogOpens<PhotoCompareDialog>([&](PhotoCompareDialog *d) {
            d->resize(1000, 700);
            QCoreApplication::processEvents();
            // The first against the latest of the view.
            QCOMPARE(d->beforeChoice()->currentData().toLongLong(), first);
            QCOMPARE(d->afterChoice()->currentData().toLongLong(), latest);
            PhotoCompareView *v = d->view();
            QVERIFY2(v->before().label.contains(QStringLiteral("session 1 of 3")),
                     qPrintable(v->before().label));
            QVERIFY(v->after().label.contains(QStringLiteral("session 3 of 3")));
            QVERIFY(v->before().label.contains(
                QLocale().toString(QDate(2026, 2, 2), QLocale::ShortFormat)));
            // Both drawn: the left pane is the blue photo, the right pane the green one.
            QImage shot = v->grab().toImage();
            const QRgb leftMid = shot.pixel(v->width() / 4, v->height() / 2);
            const QRgb rightMid = shot.pixel(3 * v->width() / 4, v->height() / 2);
            QVERIFY(hueDistance(leftMid, qRgb(40, 60, 200)) < 60);
            QVERIFY(hueDistance(rightMid, qRgb(30, 170, 60)) < 60);
            // Zoom by keyboard and by wheel: both photos scale and move together.
            v->setFocus();
            QTest::keyClick(v, Qt::Key_Plus);
            QCOMPARE(v->zoom(), 1.25);
            QWheelEvent wheel(QPointF(v->width() / 4.0, v->height() / 3.0),
                              v->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, 240),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(v, &wheel);
            QVERIFY(v->zoom() > 1.9);
            QTest::mousePress(v, Qt::LeftButton, {}, QPoint(200, 300));
            QTest::mouseMove(v, QPoint(150, 260));
            QTest::mouseRelease(v, Qt::LeftButton, {}, QPoint(150, 260));
            const QRectF a = v->imageRect(false), b = v->imageRect(true);
            QCOMPARE(a.size(), b.size());
            const QRectF paneA(0, 0, (v->width() - 6) / 2.0, v->height());
            QCOMPARE(a.topLeft() - paneA.topLeft(), b.topLeft() - QPointF(paneA.width() + 6, 0));
            QVERIFY(v->center() != QPointF(0.5, 0.5));
            // The slider mode: before on the left of the divider, after on the right.
            QTest::keyClick(v, Qt::Key_0);
            QTest::keyClick(v, Qt::Key_M);
            QCOMPARE(v->mode(), PhotoCompareView::Mode::Slider);
            QTest::keyClick(v, Qt::Key_BracketRight);
            QCOMPARE(v->split(), 0.55);
            shot = v->grab().toImage();
            QVERIFY(hueDistance(shot.pixel(v->width() / 5, v->height() / 2), qRgb(40, 60, 200)) <
                    60);
            QVERIFY(hueDistance(shot.pixel(4 * v->width() / 5, v->height() / 2),
                                qRgb(30, 170, 60)) < 60);
            if (const QString dir = qEnvironmentVariable("TRICHOLOG_SHOTS"); !dir.isEmpty())
                d->grab().save(dir + QStringLiteral("/compare-test.png"));
            checked = true;
            d->reject();
        });
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(checked);
        clearPhotos();
    }

    void damagedOriginalIsShownAsSuchNeverBlank()
    {
        const qint64 id = addPhoto(m_sessions.at(0), PhotoView::Occipital, qRgb(200, 40, 40),
                                   QDateTime(QDate(2026, 2, 2), QTime(9, 5)));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE photo_original SET bytes = substr(bytes, 1, 900) || "
                                      "x'0000' || substr(bytes, 903)")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM photo_preview")));
        open(m_patient);
        PhotoTimelineModel *model = tab()->model();
        const QModelIndex cell = model->indexOf(id);
        QVERIFY(cell.isValid());
        QCOMPARE(model->data(cell, PhotoTimelineModel::ErrorTitleRole).toString(),
                 QStringLiteral("Original damaged"));
        tab()->timeline()->setCurrentIndex(cell);
        QVERIFY2(tab()->details()->text().contains(QStringLiteral("checksum")),
                 qPrintable(tab()->details()->text()));
        // The tile says so in red where the picture would be.
        const QRect rect = tab()->timeline()->visualRect(cell);
        const QImage shot = tab()->timeline()->viewport()->grab(rect).toImage();
        int reddish = 0;
        for (int y = 0; y < shot.height(); y += 2)
            for (int x = 0; x < shot.width(); x += 2)
                reddish += hueDistance(shot.pixel(x, y), qRgb(0xfd, 0xec, 0xea)) < 12;
        QVERIFY2(reddish > 200, qPrintable(QString::number(reddish)));
        clearPhotos();
    }

    void withdrawingConsentHidesPhotosAndAsksToDeleteThem()
    {
        addPhoto(m_sessions.at(0), PhotoView::GlobalVertex, qRgb(40, 60, 200),
                 QDateTime(QDate(2026, 2, 2), QTime(9, 5)));
        addPhoto(m_sessions.at(1), PhotoView::GlobalVertex, qRgb(40, 60, 200),
                 QDateTime(QDate(2026, 3, 2), QTime(9, 5)));
        open(m_patient);
        QCOMPARE(tab()->model()->photoCount(), 2);
        auto setConsent = [&](bool given, const char *answer) -> QString {
            QString asked;
            whenDialogOpens<PatientDialog>([given](PatientDialog *d) {
                field<QCheckBox>(d, QStringLiteral("Photo consent"))->setChecked(given);
                QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
            });
            if (answer)
                whenDialogOpens<QMessageBox>([&asked, answer](QMessageBox *box) {
                    asked = box->text() + QLatin1Char(' ') + box->informativeText();
                    for (QAbstractButton *b : box->buttons())
                        if (b->text().remove(QLatin1Char('&')) == QLatin1String(answer))
                            b->click();
                });
            if (!m_window->editor().editPatient(m_patient))
                return QStringLiteral("(the patient was not saved)");
            return asked;
        };
        // Withdrawn, photos kept: hidden at once, still stored.
        QString asked = setConsent(false, "Keep them hidden");
        QVERIFY2(asked.contains(QStringLiteral("2 photo")) &&
                     asked.contains(QStringLiteral("cannot be undone")),
                 qPrintable(asked));
        QCOMPARE(stored(m_patient).size(), 2);
        QCOMPARE(tab()->model()->photoCount(), 0);
        QVERIFY(tab()->banner()->text().contains(QStringLiteral("2 stored photo")));
        // Given again: shown again.
        setConsent(true, nullptr);
        QCOMPARE(tab()->model()->photoCount(), 2);
        // Withdrawn and deleted.
        setConsent(false, "Delete the photos");
        QCOMPARE(stored(m_patient).size(), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM photo_original")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        setConsent(true, nullptr);
    }

    void sessionWithPhotosIsNotDeleted()
    {
        addPhoto(m_sessions.at(2), PhotoView::Right, qRgb(40, 60, 200),
                 QDateTime(QDate(2026, 3, 30), QTime(9, 5)));
        const auto session = SessionRepository(*m_db).find(m_sessions.at(2)).value();
        QString said;
        // "Delete the session?" — yes; then the refusal, read and closed.
        whenDialogOpens<QMessageBox>([&said](QMessageBox *box) {
            whenDialogOpens<QMessageBox>([&said](QMessageBox *refusal) {
                said = refusal->text();
                refusal->accept();
            });
            box->button(QMessageBox::Yes)->click();
        });
        QVERIFY(!m_window->editor().removeSession(session));
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains(QStringLiteral("photo")), qPrintable(said));
        QVERIFY(SessionRepository(*m_db).find(session.id).ok());
        clearPhotos();
    }
};

QTEST_MAIN(TestPhotosUi)
#include "tst_photosui.moc"
