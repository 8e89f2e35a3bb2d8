// Image measurement in the workspace, driven as a user drives it: the photos tab's Measure
// (Ctrl+Shift+M) on a generated trichogram with known hairs, the profile proposed from the
// photo's magnification, the analysis off the window's thread, then remove, add (by keyboard),
// split, width, undo and redo, each changing the figures; save, the measurement and the hairs
// read back through core, the audit trail naming each edit, the saved analysis re-opened with the
// same hairs, and the save undone from the main window. Runs offscreen and on Xvfb.
#include "core/analysis/Synthetic.h"
#include "core/security/AuditLog.h"
#include "core/security/AuditText.h"
#include "core/storage/DeviceProfileRepository.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/PhotoTestSupport.h"
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/RecordEditor.h"
#include "ui/analysis/AnalysisDialog.h"
#include "ui/analysis/AnalysisView.h"
#include "ui/measurements/MeasurementGridDialog.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/photos/PhotoCommands.h"
#include "ui/photos/PhotoTimelineModel.h"
#include "ui/photos/PhotosTab.h"
#include "ui/report/ProgressReport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tricholog;
using test::whenDialogOpens;

class TestAnalysisUi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Database *m_db = nullptr;
    qint64 m_patient = 0;
    qint64 m_photo = 0;
    int m_truth = 0; // hairs the generator drew
    qint64 m_session = 0;
    analysis::SyntheticOptions m_options; // the photo's: a follow-up pair starts from them

    PhotosTab *tab() const { return m_window->patientFile()->photosTab(); }

    void openPhoto(qint64 photo = 0)
    {
        m_window->selectPatient(m_patient);
        m_window->patientFile()->reload();
        m_window->patientFile()->tabs()->setCurrentIndex(PatientFileWidget::Photos);
        QCoreApplication::processEvents();
        tab()->timeline()->setCurrentIndex(tab()->model()->indexOf(photo ? photo : m_photo));
        tab()->timeline()->setFocus();
    }

    static void clickAt(AnalysisView *v, QPointF imagePoint)
    {
        QTest::mouseClick(v, Qt::LeftButton, {}, v->toWidget(imagePoint).toPoint());
    }

    // A hair in the field (counted, not removed) away from the others.
    static int countedHair(const AnalysisDialog *d, int skip = 0)
    {
        const auto &hairs = d->analysis().result().hairs;
        for (qsizetype i = 0; i < hairs.size(); ++i) {
            if (!hairs[i].counted() || hairs[i].lengthUm < 600)
                continue;
            if (analysis::hairNear(d->analysis().result(), hairs[i].midpoint(), 6) != int(i))
                continue;
            if (skip-- == 0)
                return int(i);
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TricholugAnalysisTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("analysis.sqlite")),
                                 std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY(db.ok());
        m_db = db.value().get();
        m_patient = test::addPatient(*m_db);
        MicroneedlingSession s;
        s.patientId = m_patient;
        s.performedAt = QDateTime(QDate(2026, 2, 2), QTime(9, 0));
        s.sessionNumber = 1;
        s.device = Device::Pen;
        s.needleLength = NeedleLength(1.0);
        s.zones = {ScalpSite::Vertex};
        QVERIFY(SessionRepository(*m_db).add(s).ok());

        analysis::SyntheticOptions o = analysis::SyntheticOptions::withDifficulty(1, 7);
        o.width = 1000;
        o.height = 750;
        o.jpegQuality = 0;
        const analysis::SyntheticImage made = analysis::makeTrichogram(o);
        m_truth = int(made.hairs.size());
        auto upload = PhotoRepository::fromBytes(test::encode(made.image, "png"),
                                                 QStringLiteral("vertex-20x.png"), s.performedAt);
        QVERIFY(upload.ok());
        QList<PhotoUpload> uploads{upload.value()};
        uploads[0].photo.patientId = m_patient;
        uploads[0].photo.sessionId = s.id;
        uploads[0].photo.view = PhotoView::Trichoscopic;
        uploads[0].photo.site = ScalpSite::Vertex;
        uploads[0].photo.magnification = 20;
        QVERIFY(PhotoRepository(*m_db).add(uploads).ok());
        m_photo = uploads[0].photo.id;
        m_session = s.id;
        m_options = o;

        // Two profiles: the one of the photo's magnification is proposed.
        for (auto [name, mag, scale] :
             {std::tuple{"Scope 50x", 50, 2.0}, std::tuple{"Scope 20x", 20, o.umPerPx}}) {
            DeviceProfile p;
            p.name = QString::fromLatin1(name);
            p.magnification = mag;
            p.umPerPx = scale;
            p.calibratedOn = QDate(2026, 1, 5);
            QVERIFY(DeviceProfileRepository(*m_db).save(p).ok());
        }
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void init()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void analyseCorrectSaveAndReopen()
    {
        openPhoto();
        bool checked = false;
        int savedCount = 0;
        QList<QList<QPointF>> savedPaths;
        whenDialogOpens<AnalysisDialog>([&](AnalysisDialog *d) {
            d->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), d);
            QVERIFY(!d->hasAnalysis());
            QCOMPARE(d->findChild<QDoubleSpinBox *>()->value(), 5.0); // Scope 20x proposed
            // Analyse by keyboard.
            d->view()->setFocus();
            QTest::keyClick(d->view(), Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY2(d->hasAnalysis(), qPrintable(d->problem()));
            // The progress window, when it showed, took the activation.
            d->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), d);
            const auto &r = d->analysis().result();
            QVERIFY2(
                std::abs(r.hairCount - m_truth) <= 0.1 * m_truth,
                qPrintable(QStringLiteral("%1 found, %2 drawn").arg(r.hairCount).arg(m_truth)));
            const int found = r.hairCount;
            AnalysisView *v = d->view();
            v->setFocus();
            QCoreApplication::processEvents();

            // Remove: the R tool, a click on the hair.
            const int victim = countedHair(d);
            QVERIFY(victim >= 0);
            QTest::keyClick(d, Qt::Key_R);
            QCOMPARE(v->tool(), AnalysisView::Tool::Remove);
            clickAt(v, d->analysis().result().hairs[victim].midpoint());
            QCOMPARE(d->analysis().result().hairCount, found - 1);
            QCOMPARE(d->analysis().removed(), 1);
            QVERIFY(d->figuresText().contains(QStringLiteral("1 removed")));
            // Undo and redo, by keyboard.
            QTest::keyClick(d, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(d->analysis().result().hairCount, found);
            QTest::keyClick(d, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(d->analysis().result().hairCount, found - 1);

            // Add by keyboard: crosshair, Space, crosshair, Space, Enter.
            QTest::keyClick(d, Qt::Key_A);
            v->setFocus();
            const QPointF from(40, 40), to(40, 160);
            v->setCrosshair(from);
            QTest::keyClick(v, Qt::Key_Space);
            v->setCrosshair(to);
            QTest::keyClick(v, Qt::Key_Space);
            QTest::keyClick(v, Qt::Key_Return);
            QCOMPARE(d->analysis().added(), 1);
            QCOMPARE(d->analysis().result().hairCount, found);
            const analysis::Hair &added = d->analysis().result().hairs.last();
            QCOMPARE(added.origin, analysis::Hair::Origin::Added);
            QVERIFY(added.widthUm >= 1 && added.widthUm <= 300);
            QCOMPARE(added.lengthUm, 600.0); // 120 px at 5 um/px

            // Split another hair at its middle.
            const int cut = countedHair(d, 1);
            QTest::keyClick(d, Qt::Key_S);
            clickAt(v, d->analysis().result().hairs[cut].midpoint());
            QCOMPARE(d->analysis().result().hairCount, found + 1);

            // Width: select the added hair with Tab from the last, then ] twice.
            QTest::keyClick(d, Qt::Key_V);
            v->setFocus();
            v->setSelectedHair(int(d->analysis().result().hairs.size()) - 3); // the added hair
            const double before = d->analysis().result().hairs[v->selectedHair()].widthUm;
            QTest::keyClick(v, Qt::Key_BracketRight);
            QTest::keyClick(v, Qt::Key_BracketRight);
            QCOMPARE(d->analysis().result().hairs[v->selectedHair()].widthUm, before + 2);
            // Width by keyboard: the W tool, Space at one edge and at the other (12 px apart
            // across the shaft: 60 um at 5 um per pixel).
            const int measured = countedHair(d, 2);
            QVERIFY(measured >= 0);
            const analysis::Hair &hair = d->analysis().result().hairs[measured];
            const QLineF along(hair.a, hair.b);
            const QPointF normal = QPointF(-along.dy(), along.dx()) / along.length();
            QTest::keyClick(d, Qt::Key_W);
            QCOMPARE(QApplication::focusWidget(), v);
            v->setCrosshair(hair.midpoint() - 6 * normal);
            QTest::keyClick(v, Qt::Key_Space);
            v->setCrosshair(hair.midpoint() + 6 * normal);
            QTest::keyClick(v, Qt::Key_Space);
            QVERIFY2(std::abs(d->analysis().result().hairs[measured].widthUm - 60) < 3,
                     qPrintable(QString::number(d->analysis().result().hairs[measured].widthUm)));
            QTest::keyClick(d, Qt::Key_Z, Qt::ControlModifier);

            QCOMPARE(d->analysis().edits().size(), 5);
            QCOMPARE(d->undoStack()->count(), 6); // the width by keyboard, undone, can be redone

            // Zoomed in, the hairs are drawn over the photo (the time a frame takes is measured
            // by bench_analysis, not here).
            QTest::keyClick(v, Qt::Key_Plus);
            QCOMPARE(v->zoom(), 1.25);
            const QImage shot = v->grab().toImage();
            int coloured = 0;
            for (int y = 0; y < shot.height(); y += 2)
                for (int x = 0; x < shot.width(); x += 2)
                    coloured += shot.pixelColor(x, y) == QColor(0, 200, 255);
            QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));

            savedCount = d->analysis().result().hairCount;
            for (const auto &h : d->analysis().result().hairs)
                savedPaths << h.path;
            QVERIFY(d->save());
            checked = true;
        });
        QTest::keyClick(tab(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(checked);

        // Read back through core: the measurement and the analysis, with each edit.
        const auto saved = ImageAnalysisRepository(*m_db).forPhoto(m_photo).value();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().edits.size(), 5);
        QCOMPARE(saved.first().profile, QStringLiteral("Scope 20x"));
        QCOMPARE(saved.first().algorithmVersion, QStringLiteral("1.0.0"));
        const Measurement m =
            MeasurementRepository(*m_db).find(*saved.first().measurementId).value();
        QCOMPARE(m.method, MeasurementMethod::ImageAnalysis);
        QCOMPARE(m.hairCount, std::optional<int>(savedCount));
        QCOMPARE(m.site, ScalpSite::Vertex);
        QVERIFY(m.notes.contains(QStringLiteral("1 added, 1 removed")));
        QStringList sentences;
        for (const auto &e : AuditLog(*m_db).query({}).value())
            if (e.table == QLatin1String("image_analysis"))
                sentences << auditSentence(e);
        QCOMPARE(sentences.size(), 1);
        for (const char *edit : {"removed hair", "added a hair of", "split hair", "set hair"})
            QVERIFY2(sentences.first().contains(QLatin1String(edit)),
                     qPrintable(sentences.first()));

        // Re-opened: the same hairs, the same edits, nothing to save.
        bool reopened = false;
        whenDialogOpens<AnalysisDialog>([&](AnalysisDialog *d) {
            QVERIFY(d->hasAnalysis());
            QCOMPARE(d->analysis().result().hairCount, savedCount);
            QCOMPARE(d->analysis().edits().size(), 5);
            QCOMPARE(d->analysis().result().hairs.size(), savedPaths.size());
            for (qsizetype i = 0; i < savedPaths.size(); ++i)
                QCOMPARE(d->analysis().result().hairs[i].path.size(), savedPaths[i].size());
            reopened = true;
            d->reject();
        });
        tab()->measure();
        QVERIFY(reopened);

        // The save is one step of the main window's undo: undone, both rows go.
        QCOMPARE(m_window->undoStack().undoText(), QStringLiteral("Save the image analysis"));
        m_window->undoStack().undo();
        QCOMPARE(ImageAnalysisRepository(*m_db).forPhoto(m_photo).value().size(), 0);
        QVERIFY(!MeasurementRepository(*m_db).find(m.id).ok());
        m_window->undoStack().redo();
        // Back under the same ids: later commands that name them still work.
        const auto back = ImageAnalysisRepository(*m_db).forPhoto(m_photo).value();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().id, saved.first().id);
        QCOMPARE(back.first().measurementId, saved.first().measurementId);
        QCOMPARE(back.first().edits, saved.first().edits);

        // Deleting the photo takes its analysis; undo puts both back, edits and all.
        const Photo photo = PhotoRepository(*m_db).find(m_photo).value();
        QVERIFY(pushCommand(m_window->undoStack(),
                            new RemovePhotoCommand(*m_db, m_window->notifier(), photo))
                    .ok());
        QCOMPARE(ImageAnalysisRepository(*m_db).forPatient(m_patient).value().size(), 0);
        m_window->undoStack().undo();
        const auto restored = ImageAnalysisRepository(*m_db).forPhoto(m_photo).value();
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.first().edits, saved.first().edits);
        QCOMPARE(restored.first().analysedBy, saved.first().analysedBy);
    }

    // The report: a page of the analysed site with the photo, its hairs and figures, and the
    // engine named (runs after the save above).
    void reportShowsTheAnalysedSite()
    {
        const auto record = loadPatientRecord(*m_db, m_patient);
        QVERIFY(record.ok());
        ReportOptions options;
        options.reportDate = QDate(2026, 3, 1);
        options.photoImage = [this](qint64 id) {
            return PhotoRepository(*m_db).display(id);
        };
        options.imageAnalyses = [this](qint64 owner) {
            return ImageAnalysisRepository(*m_db).forPatient(owner);
        };
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const auto pages = ProgressReport(record.value(), options).writePdf(pdf);
        QVERIFY(pages.ok());
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Image analysis: baseline and latest")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("tricholog-shafts 1.0.0")));
        const int count =
            ImageAnalysisRepository(*m_db).forPhoto(m_photo).value().first().hairCount;
        QVERIFY2(out.contains(QStringLiteral(": %1 hairs in").arg(count)), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("1 added, 1 removed")));
        // Without photo consent, no analysed photo either.
        PatientRecord withdrawn = record.value();
        withdrawn.patient.photoConsent = false;
        QVERIFY(ProgressReport(withdrawn, options).writePdf(pdf).ok());
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        QVERIFY(!QString::fromUtf8(text.readAllStandardOutput())
                     .contains(QStringLiteral("baseline and latest")));
    }

    void badFieldIsNamedAndNothingIsLost()
    {
        openPhoto();
        bool checked = false;
        whenDialogOpens<AnalysisDialog>([&](AnalysisDialog *d) {
            d->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), d);
            // A circle of 5 cm² does not fit a 5 x 3.75 mm photo: the error names it.
            auto *field = d->findChildren<QComboBox *>().at(2);
            field->setCurrentIndex(1);
            d->findChildren<QDoubleSpinBox *>().at(1)->setValue(5);
            QVERIFY(!d->runAnalysis());
            QVERIFY2(d->problem().contains(QStringLiteral("circle")), qPrintable(d->problem()));
            // The saved analysis is still shown.
            QVERIFY(d->hasAnalysis());
            checked = true;
            d->reject();
        });
        tab()->measure();
        QVERIFY(checked);
    }

    // A later photo of the same site (the generator's follow-up of the first: turned, shifted,
    // some hairs shed and some grown) is aligned on the analysed one, its ghost shown, and the
    // baseline's field counted; saved, the alignment is kept with the hairs. Then three points
    // matched by hand (M) align it again.
    void followUpIsAlignedOnTheBaseline()
    {
        analysis::FollowUpOptions f;
        f.rotationDegrees = 8;
        f.shiftX = 30;
        f.shiftY = -20;
        const analysis::SyntheticPair pair = analysis::makePair(m_options, f);
        auto upload = PhotoRepository::fromBytes(test::encode(pair.followUp.image, "png"),
                                                 QStringLiteral("vertex-20x-week12.png"),
                                                 QDateTime(QDate(2026, 4, 27), QTime(9, 0)));
        QVERIFY(upload.ok());
        QList<PhotoUpload> uploads{upload.value()};
        uploads[0].photo.patientId = m_patient;
        uploads[0].photo.sessionId = m_session;
        uploads[0].photo.view = PhotoView::Trichoscopic;
        uploads[0].photo.site = ScalpSite::Vertex;
        uploads[0].photo.magnification = 20;
        QVERIFY(PhotoRepository(*m_db).add(uploads).ok());
        const qint64 followUp = uploads[0].photo.id;
        const qint64 baseline = ImageAnalysisRepository(*m_db).forPhoto(m_photo).value().first().id;
        const QPointF centre(500, 375);

        openPhoto(followUp);
        bool checked = false;
        whenDialogOpens<AnalysisDialog>([&](AnalysisDialog *d) {
            d->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), d);
            QVERIFY(d->baseline() && d->baseline()->id == baseline);
            QCOMPARE(d->findChildren<QComboBox *>().at(2)->currentIndex(), 3); // the baseline's
            QVERIFY2(d->runAnalysis(), qPrintable(d->problem()));
            const auto &r = d->registration();
            QVERIFY(r && r->trusted());
            QCOMPARE(r->method, analysis::Registration::Method::Automatic);
            QVERIFY(QLineF(r->transform.map(centre), pair.transform.map(centre)).length() < 20);
            QVERIFY(d->view()->ghostVisible());
            // The baseline's whole photo, turned, is a polygon cut by this photo's edge.
            const analysis::AnalysisField &field = d->analysis().result().options.field;
            QCOMPARE(field.shape, analysis::AnalysisField::Shape::Polygon);
            QVERIFY(d->analysis().result().hairCount > 0);
            QVERIFY2(d->figuresText().contains(QStringLiteral("Alignment quality")),
                     qPrintable(d->figuresText()));
            // G hides and shows the ghost.
            d->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), d);
            QTest::keyClick(d, Qt::Key_G);
            QVERIFY(!d->view()->ghostVisible());
            QTest::keyClick(d, Qt::Key_G);
            QVERIFY(d->view()->ghostVisible());
            QVERIFY(d->save());
            checked = true;
        });
        tab()->measure();
        QVERIFY(checked);
        const auto saved = ImageAnalysisRepository(*m_db).forPhoto(followUp).value();
        QCOMPARE(saved.size(), 1);
        const QJsonObject kept =
            saved.first().analysis.value(QStringLiteral("registration")).toObject();
        QCOMPARE(kept.value(QStringLiteral("baseline_analysis")).toInteger(), baseline);
        QCOMPARE(kept.value(QStringLiteral("method")).toString(), QStringLiteral("automatic"));
        QVERIFY(kept.value(QStringLiteral("quality")).toDouble() >= analysis::kTrustedRegistration);

        // Re-opened: the alignment as saved; three points dragged from the ghost to the photo.
        openPhoto(followUp);
        checked = false;
        whenDialogOpens<AnalysisDialog>([&](AnalysisDialog *d) {
            d->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), d);
            QVERIFY(d->registration() && d->hasAnalysis());
            QCOMPARE(d->findChildren<QComboBox *>().at(2)->currentIndex(), 3);
            QTest::keyClick(d, Qt::Key_M);
            QCOMPARE(d->view()->tool(), AnalysisView::Tool::Match);
            const QTransform shown = d->registration()->transform;
            for (const QPointF b : {QPointF(150, 120), QPointF(850, 160), QPointF(480, 650)})
                QVERIFY2(d->matchPoint(shown.map(b), pair.transform.map(b) + QPointF(1, -1)),
                         qPrintable(d->problem()));
            QCOMPARE(d->registration()->method, analysis::Registration::Method::Manual);
            QVERIFY(std::abs(d->registration()->rotationDegrees() - 8) < 0.5);
            QVERIFY(d->registration()->residualPx < 2);
            QVERIFY(d->figuresText().contains(QStringLiteral("by hand")));
            // Analysing again keeps the alignment made by hand.
            QVERIFY2(d->runAnalysis(), qPrintable(d->problem()));
            QCOMPARE(d->registration()->method, analysis::Registration::Method::Manual);
            d->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), d);
            // The new alignment is something to save.
            for (QPushButton *b : d->findChildren<QPushButton *>())
                if (b->text() == AnalysisDialog::tr("Sa&ve measurement"))
                    QVERIFY(b->isEnabled());
            checked = true;
            d->accept(); // closed without saving (reject would ask first)
        });
        tab()->measure();
        QVERIFY(checked);
    }

    // The measurement form's "Measure from photo…": the form closes, the photo is chosen from
    // the patient's trichoscopic photos (newest first), and the measuring window opens on it.
    void measureFromPhotoInTheMeasurementForm()
    {
        const QList<Photo> photos = PhotoRepository(*m_db).forPatient(m_patient).value();
        QCOMPARE(photos.size(), 2); // the baseline and its follow-up (tests above)
        bool formSeen = false, listSeen = false, windowSeen = false;
        whenDialogOpens<MeasurementGridDialog>([&](MeasurementGridDialog *form) {
            QPushButton *measure = nullptr;
            for (QPushButton *b : form->findChildren<QPushButton *>())
                if (b->text() == MeasurementGridDialog::tr("Measure from &photo…"))
                    measure = b;
            QVERIFY(measure);
            formSeen = true;
            measure->click(); // nothing typed: no question
        });
        whenDialogOpens<QInputDialog>([&](QInputDialog *list) {
            QCOMPARE(list->comboBoxItems().size(), 2);
            list->setTextValue(list->comboBoxItems().at(1)); // the older: the baseline
            listSeen = true;
            list->accept();
        });
        whenDialogOpens<AnalysisDialog>([&](AnalysisDialog *d) {
            // The baseline's saved analysis, as saved.
            QVERIFY(d->hasAnalysis());
            QCOMPARE(d->analysis().result().imageSize, QSize(1000, 750));
            QVERIFY(!d->baseline()); // no earlier analysed photo of the site
            windowSeen = true;
            d->accept();
        });
        m_window->editor().newMeasurements(m_patient);
        QVERIFY(formSeen);
        QVERIFY(listSeen);
        QVERIFY(windowSeen);
    }
};

QTEST_MAIN(TestAnalysisUi)
#include "tst_analysisui.moc"
