// Renders the main window and each entry form over a demo database to PNG files, offscreen.
// Used by scripts/screenshots.sh (README picture) and to look at the UI as a person would.
//   shoot_ui OUTPUT_DIR [--dark] [--scale FACTOR]
#include "core/analysis/Synthetic.h"
#include "core/demo/DemoGenerator.h"
#include "core/io/CsvExporter.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/PlanRepository.h"
#include "ui/MainWindow.h"
#include "ui/RecordEditor.h"
#include "ui/Translations.h"
#include "ui/analysis/AnalysisDialog.h"
#include "ui/analysis/AnalysisView.h"
#include "ui/charts/ProgressChartPanel.h"
#include "ui/cohort/ClinicOutcomesDialog.h"
#include "ui/diagnoses/DiagnosisDialog.h"
#include "ui/io/ImportDialog.h"
#include "ui/measurements/MeasurementGridDialog.h"
#include "ui/outcomes/OutcomeDialog.h"
#include "ui/patients/PatientDialog.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/patients/PatientListModel.h"
#include "ui/photos/AttachPhotosDialog.h"
#include "ui/photos/PhotoCompareDialog.h"
#include "ui/photos/PhotoCompareView.h"
#include "ui/photos/PhotosTab.h"
#include "ui/plans/PlanDialog.h"
#include "ui/plans/RecallDialog.h"
#include "ui/plans/TemplatesDialog.h"
#include "ui/security/AuditDialog.h"
#include "ui/sessions/SessionDialog.h"
#include "ui/settings/ServerDialog.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace tricholog;

namespace {

void save(QWidget *w, const QString &dir, const QString &name)
{
    w->show();
    if (qobject_cast<QDialog *>(w))
        w->adjustSize();
    QApplication::processEvents();
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!w->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

// The image measurement of a generated trichogram (the demo's photos are not trichograms),
// after one correction, for the README.
std::optional<Photo> addTrichogram(Database &db, const PatientRecord &record, const QImage &image,
                                   const QString &name, const QDateTime &takenAt)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto upload = PhotoRepository::fromBytes(png, name, takenAt);
    if (!upload)
        return std::nullopt;
    QList<PhotoUpload> uploads{upload.value()};
    uploads[0].photo.patientId = record.patient.id;
    uploads[0].photo.sessionId = record.sessions.last().id;
    uploads[0].photo.view = PhotoView::Trichoscopic;
    uploads[0].photo.site = ScalpSite::Vertex;
    uploads[0].photo.magnification = 20;
    if (!PhotoRepository(db).add(uploads))
        return std::nullopt;
    return uploads[0].photo;
}

// The measuring window on a generated trichogram (one hair removed by hand), then on the
// generator's follow-up of the same field, aligned on it with the baseline's ghost.
// A template applied to the patient, the clinic's templates, and the recall list as the front
// desk opens it, a call being recorded.
void shootPlans(MainWindow &window, Database &db, const PatientRecord &record, const QString &out)
{
    TreatmentPlan fresh;
    fresh.patientId = record.patient.id;
    fresh.start = db.clock().today();
    PlanDialog planDialog(
        fresh, PlanRepository(db).templates().value(),
        [](const TreatmentPlan &) { return Result<void>(); }, &window);
    planDialog.setPatient(record.patient);
    save(&planDialog, out, QStringLiteral("dialog-plan"));
    TemplatesDialog templates(db, &window);
    templates.show();
    QApplication::processEvents();
    if (!templates.grab().save(out + QStringLiteral("/dialog-templates.png")))
        std::fprintf(stderr, "cannot write the templates picture\n");
    templates.hide();
    RecallDialog recall(db, window.editor().plans(), &window);
    recall.show();
    recall.resize(1280, 640);
    recall.choose(ContactOutcome::NoAnswer);
    QApplication::processEvents();
    if (!recall.grab().save(out + QStringLiteral("/dialog-recall.png")))
        std::fprintf(stderr, "cannot write the recall picture\n");
    recall.hide();
}

void shootAnalysis(Database &db, const PatientRecord &record, const QString &out)
{
    analysis::SyntheticOptions o = analysis::SyntheticOptions::withDifficulty(1, 11);
    o.width = 1200;
    o.height = 900;
    o.jpegQuality = 0;
    analysis::FollowUpOptions f;
    f.rotationDegrees = 9;
    const analysis::SyntheticPair pair = analysis::makePair(o, f);
    const QDateTime taken = record.sessions.last().performedAt;
    const auto photo =
        addTrichogram(db, record, pair.baseline.image, QStringLiteral("vertex.png"), taken);
    if (!photo)
        return;
    auto saver = [&db](ImageAnalysisRecord &r, Measurement &m) -> Result<void> {
        if (auto saved = ImageAnalysisRepository(db).save(r, m); !saved)
            return saved.error();
        return {};
    };
    AnalysisDialog dialog(db, *photo, saver);
    dialog.resize(1240, 760);
    dialog.show();
    QApplication::processEvents();
    if (!dialog.runAnalysis())
        return;
    const auto &hairs = dialog.analysis().result().hairs;
    for (qsizetype i = 0; i < hairs.size(); ++i)
        if (hairs[i].counted()) {
            dialog.removeHair(int(i));
            break;
        }
    dialog.view()->setSelectedHair(int(hairs.size()) / 2);
    dialog.view()->setZoom(1.6);
    const QString path = out + QStringLiteral("/dialog-image-analysis.png");
    if (dialog.grab().save(path))
        std::printf("%s\n", qPrintable(path));
    if (!dialog.save())
        return;

    const auto later = addTrichogram(db, record, pair.followUp.image,
                                     QStringLiteral("vertex-week12.png"), taken.addDays(84));
    if (!later)
        return;
    AnalysisDialog followUp(db, *later, saver);
    followUp.resize(1240, 760);
    followUp.show();
    QApplication::processEvents();
    if (!followUp.runAnalysis())
        return;
    const QString second = out + QStringLiteral("/dialog-follow-up.png");
    if (followUp.grab().save(second))
        std::printf("%s\n", qPrintable(second));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslators(app, languageArgument(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("TricholugScreenshots"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: shoot_ui OUTPUT_DIR [--dark]\n");
        return 2;
    }
    const QString out = args.at(1);
    QDir().mkpath(out);
    if (args.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette p;
        p.setColor(QPalette::Window, QColor(45, 45, 48));
        p.setColor(QPalette::WindowText, Qt::white);
        p.setColor(QPalette::Base, QColor(30, 30, 30));
        p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        p.setColor(QPalette::Text, Qt::white);
        p.setColor(QPalette::Button, QColor(55, 55, 58));
        p.setColor(QPalette::ButtonText, Qt::white);
        p.setColor(QPalette::Highlight, QColor(42, 130, 218));
        p.setColor(QPalette::HighlightedText, Qt::black);
        p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        QApplication::setPalette(p);
    }

    QTemporaryDir dir;
    // TRICHOLOG_SHOOT_DATABASE: an existing demo database (a server's, say) instead of a new file.
    const QString existing = qEnvironmentVariable("TRICHOLOG_SHOOT_DATABASE");
    auto db =
        Database::open(existing.isEmpty() ? dir.filePath(QStringLiteral("demo.sqlite")) : existing);
    if (!db || (existing.isEmpty() && !generateDemo(*db.value(), DemoOptions{}).ok())) {
        std::fprintf(stderr, "cannot create the demo database\n");
        return 1;
    }
    // Signed in as a clinician, as a clinic works: the toolbar and menus as they are used.
    (void)UserRepository(*db.value())
        .signIn(QString::fromLatin1(kDemoClinician.name),
                QString::fromLatin1(kDemoClinician.password));
    Database *database = db.value().get();
    MainWindow window(std::move(db).value());
    window.resize(1280, 800);
    // A patient with a long course makes the best picture.
    int best = 0, bestSessions = -1;
    for (int r = 0; r < window.patientModel()->rowCount(); ++r) {
        const auto *row = window.patientModel()->rowAt(r);
        if (row->sessions > bestSessions && row->densityChangePercent.value_or(0) > 10) {
            best = r;
            bestSessions = row->sessions;
        }
    }
    window.patientList()->selectRow(best);
    save(&window, out, QStringLiteral("main-window"));
    window.patientFile()->tabs()->setCurrentIndex(PatientFileWidget::Progress);
    save(&window, out, QStringLiteral("main-window-progress"));
    if (auto *views = window.patientFile()->progressPanel()->findChild<QTabWidget *>()) {
        views->setCurrentIndex(1);
        save(&window, out, QStringLiteral("main-window-progress-pair"));
        views->setCurrentIndex(0);
    }
    window.patientFile()->tabs()->setCurrentIndex(PatientFileWidget::Sessions);
    save(&window, out, QStringLiteral("main-window-sessions"));
    window.patientFile()->tabs()->setCurrentIndex(PatientFileWidget::Measurements);
    save(&window, out, QStringLiteral("main-window-measurements"));
    window.patientFile()->tabs()->setCurrentIndex(PatientFileWidget::Plan);
    save(&window, out, QStringLiteral("main-window-plan"));

    const auto record = loadPatientRecord(*database, window.currentPatientId()).value();
    auto noSave = [](const auto &) {
        return Result<void>();
    };
    PatientDialog patient(record.patient, database->clock().today(), noSave,
                          [](const QString &, qint64) { return false; });
    patient.setPatient(record.patient);
    save(&patient, out, QStringLiteral("dialog-patient"));
    Diagnosis salt;
    salt.patientId = record.patient.id;
    salt.type = DiagnosisType::AlopeciaAreata;
    salt.scale = Scale::Salt;
    salt.diagnosedOn = database->clock().today();
    salt.salt = {Percentage(50), Percentage(25), Percentage(10), Percentage(0)};
    DiagnosisDialog diagnosis(salt, noSave);
    diagnosis.setPatient(record.patient);
    save(&diagnosis, out, QStringLiteral("dialog-diagnosis-salt"));
    SessionDialog session(window.editor().sessionDefaults(record.patient.id), noSave);
    session.setPatient(record.patient);
    save(&session, out, QStringLiteral("dialog-session"));
    MeasurementGridDialog grid(record.patient.id, record.sessions, database->clock().today(),
                               noSave);
    grid.prefill(record.measurements.last());
    grid.setPatient(record.patient);
    save(&grid, out, QStringLiteral("dialog-measurements"));
    PatientReportedOutcome outcome;
    outcome.patientId = record.patient.id;
    outcome.recordedOn = database->clock().today();
    OutcomeDialog outcomeDialog(outcome, record.sessions, noSave);
    outcomeDialog.setPatient(record.patient);
    save(&outcomeDialog, out, QStringLiteral("dialog-outcome"));
    // The audit trail as people read it, preset to the patient on screen.
    AuditDialog audit(*database, &window);
    audit.setPatientFilter(record.patient.mrn);
    audit.show();
    audit.resize(1200, 560); // as it opens (save() would shrink it to its size hint)
    QApplication::processEvents();
    if (!audit.grab().save(out + QStringLiteral("/dialog-audit.png")))
        std::fprintf(stderr, "cannot write the audit picture\n");
    // Clinic outcomes by device, as a clinic owner first looks at them.
    ClinicOutcomesDialog clinic(*database, AppSettings{}, &window);
    clinic.show();
    clinic.resize(1280, 800);
    if (auto *by = clinic.findChild<QComboBox *>(QStringLiteral("outcomeBy")))
        by->setCurrentIndex(by->findData(QStringLiteral("device")));
    clinic.refresh();
    QApplication::processEvents();
    if (!clinic.grab().save(out + QStringLiteral("/dialog-clinic-outcomes.png")))
        std::fprintf(stderr, "cannot write the clinic outcomes picture\n");
    clinic.hide();
    shootPlans(window, *database, record, out);
    SettingsDialog settings(AppSettings{});
    save(&settings, out, QStringLiteral("dialog-settings"));
    ServerDialog server(QStringLiteral("postgresql://clinic@db.clinic.invalid:5432/tricholog"));
    save(&server, out, QStringLiteral("dialog-server"));

    // Photos: the first patient with photos, their timeline, a comparison and the attach form.
    for (int r = 0; r < window.patientModel()->rowCount(); ++r) {
        const auto candidate = loadPatientRecord(*database, window.patientModel()->rowAt(r)->id);
        if (!candidate || candidate.value().photos.size() < 4)
            continue;
        window.patientList()->selectRow(r);
        window.patientFile()->tabs()->setCurrentIndex(PatientFileWidget::Photos);
        save(&window, out, QStringLiteral("main-window-photos"));
        const PatientRecord &withPhotos = candidate.value();
        PhotoCompareDialog compare(*database, withPhotos);
        compare.resize(1100, 740);
        compare.show();
        save(&compare, out, QStringLiteral("dialog-compare-photos"));
        compare.view()->setMode(PhotoCompareView::Mode::Slider);
        compare.view()->setZoom(2.0);
        save(&compare, out, QStringLiteral("dialog-compare-photos-slider"));
        QList<PhotoUpload> uploads;
        QList<QImage> thumbs;
        PhotoRepository photos(*database);
        for (int i = 0; i < 3 && i < withPhotos.photos.size(); ++i) {
            PhotoUpload u{withPhotos.photos.at(i),
                          photos.original(withPhotos.photos.at(i).id).value()};
            u.photo.id = 0;
            uploads << u;
            thumbs << photos.thumbnail(withPhotos.photos.at(i).id).value();
        }
        AttachPhotosDialog attach(uploads, thumbs, withPhotos.sessions, 0, noSave);
        save(&attach, out, QStringLiteral("dialog-attach-photos"));
        shootAnalysis(*database, withPhotos, out);
        break;
    }
    if (exportCsv(window.database(), dir.filePath(QStringLiteral("csv"))).ok()) {
        ImportDialog import(window.database());
        import.setFile(CsvKind::Measurements, dir.filePath(QStringLiteral("csv/measurements.csv")));
        save(&import, out, QStringLiteral("dialog-import"));
    }
    return 0;
}
