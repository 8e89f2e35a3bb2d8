// Benchmark, run on demand (not a test): a patient with 200 photos of 12 megapixels.
//   build-tests/tests/bench_photos [--photos N] [--keep FOLDER]
// First it stores the photos (originals byte for byte, previews made once) and times that; then
// a fresh process opens the patient in the real main window, shows the photo timeline, scrolls
// it from top to bottom (every tile painted) and opens the before/after comparison. That process
// prints the times and its peak memory (VmHWM): the originals are never loaded for the timeline,
// so memory stays far below the 400 MB target. The database is deleted afterwards unless --keep.
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/PhotoTestSupport.h"
#include "tests/TestSupport.h"
#include "tests/bench/BenchSupport.h"
#include "ui/MainWindow.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/photos/PhotoCompareDialog.h"
#include "ui/photos/PhotoTimelineModel.h"
#include "ui/photos/PhotosTab.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace tricholog;
using bench::memoryMiB;
using bench::percentile;

namespace {

int generate(const QString &path, int count)
{
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    Patient p = test::samplePatient(QStringLiteral("BENCH-PHOTOS"));
    if (!PatientRepository(db).add(p).ok())
        return 1;
    // Camera-like originals: 4000 × 3000 with grain, a few distinct ones reused.
    QElapsedTimer clock;
    clock.start();
    QList<QByteArray> sources;
    for (int i = 0; i < 6; ++i)
        sources << test::encode(test::markedImage({4000, 3000}, qRgb(80 + 25 * i, 110, 150), i + 1),
                                "jpeg", 92);
    qint64 bytes = 0;
    for (const auto &s : std::as_const(sources))
        bytes += s.size();
    std::printf("originals: 4000 x 3000 JPEG, mean %.1f MB each (made in %.1f s)\n",
                bytes / 6.0 / 1e6, clock.elapsed() / 1000.0);

    const int perSession = 8;
    const int sessions = (count + perSession - 1) / perSession;
    static const PhotoView views[perSession] = {PhotoView::GlobalFrontal, PhotoView::GlobalVertex,
                                                PhotoView::Left,          PhotoView::Right,
                                                PhotoView::Occipital,     PhotoView::Trichoscopic,
                                                PhotoView::Trichoscopic,  PhotoView::Trichoscopic};
    static const ScalpSite sites[3] = {ScalpSite::Frontal, ScalpSite::Vertex, ScalpSite::Occipital};
    QList<double> perPhoto;
    int stored = 0;
    const QDate start = test::fixedNow().date().addDays(-14 * sessions);
    for (int n = 0; n < sessions && stored < count; ++n) {
        MicroneedlingSession s;
        s.patientId = p.id;
        s.performedAt = QDateTime(start.addDays(14 * n), QTime(10, 0));
        s.sessionNumber = n + 1;
        s.plannedSessions = sessions;
        s.device = Device::Pen;
        s.needleLength = NeedleLength(1.0);
        s.zones = {ScalpSite::Vertex};
        if (!SessionRepository(db).add(s).ok())
            return 1;
        QList<PhotoUpload> batch;
        for (int k = 0; k < perSession && stored + batch.size() < count; ++k) {
            auto u = PhotoRepository::fromBytes(sources.at((n + k) % sources.size()),
                                                QStringLiteral("IMG_%1.JPG").arg(n * 10 + k),
                                                s.performedAt.addSecs(60 * k));
            PhotoUpload upload = u.value();
            upload.photo.patientId = p.id;
            upload.photo.sessionId = s.id;
            upload.photo.view = views[k];
            if (views[k] == PhotoView::Trichoscopic) {
                upload.photo.site = sites[k - 5];
                upload.photo.magnification = 20;
            }
            batch << upload;
        }
        clock.restart();
        const auto added = PhotoRepository(db).add(batch);
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
            return 1;
        }
        perPhoto << double(clock.elapsed()) / batch.size();
        stored += int(batch.size());
    }
    std::printf("stored %d photos in %d sessions: per photo (checksum, previews, write) median "
                "%.0f ms, p95 %.0f ms; database %.0f MB\n",
                stored, sessions, percentile(perPhoto, 0.5), percentile(perPhoto, 0.95),
                QFileInfo(path).size() / 1e6);
    return 0;
}

int measure(const QString &path)
{
    const double atStart = memoryMiB("VmRSS:");
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    MainWindow window(std::move(opened).value());
    window.resize(1280, 800);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    QApplication::processEvents();
    const qint64 patient =
        PatientRepository(window.database()).findByMrn(QStringLiteral("BENCH-PHOTOS")).value().id;

    QElapsedTimer clock;
    clock.start();
    window.selectPatient(patient);
    window.patientFile()->tabs()->setCurrentIndex(PatientFileWidget::Photos);
    QTableView *timeline = window.patientFile()->photosTab()->timeline();
    timeline->viewport()->repaint();
    const double openMs = clock.nsecsElapsed() / 1e6;
    const int photos = window.patientFile()->photosTab()->model()->photoCount();

    // Scroll to the bottom a step at a time; each step paints the tiles that came into view.
    QList<double> steps;
    QScrollBar *bar = timeline->verticalScrollBar();
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep() / 3)) {
        clock.restart();
        bar->setValue(value);
        timeline->viewport()->repaint();
        steps << clock.nsecsElapsed() / 1e6;
    }
    bar->setValue(0); // and back up, through the cache
    timeline->viewport()->repaint();
    const double afterScroll = memoryMiB("VmRSS:");

    clock.restart();
    const auto record = loadPatientRecord(window.database(), patient).value();
    PhotoCompareDialog compare(window.database(), record);
    compare.setAttribute(Qt::WA_DontShowOnScreen);
    compare.show();
    compare.repaint();
    const double compareMs = clock.nsecsElapsed() / 1e6;
    QApplication::processEvents();

    std::printf("opening the patient and painting the photo timeline: %.0f ms (%d photos, %d "
                "thumbnails cached)\n",
                openMs, photos, window.patientFile()->photosTab()->model()->cachedThumbnails());
    std::printf("scrolling the timeline: %lld steps, median %.1f ms, p95 %.1f ms per step\n",
                static_cast<long long>(steps.size()), percentile(steps, 0.5),
                percentile(steps, 0.95));
    std::printf("before/after comparison (two display-size images, both originals checked): "
                "%.0f ms\n",
                compareMs);
    std::printf("memory: %.0f MiB at start, %.0f MiB after scrolling, peak %.0f MiB "
                "(target: under 400 MiB)\n",
                atStart, afterScroll, memoryMiB("VmHWM:"));
    return memoryMiB("VmHWM:") < 400 ? 0 : 3;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TricholugBenchPhotos"));
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--measure"))
        return measure(args.at(2));

    int count = 200;
    QString keep;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--photos"))
            count = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    QTemporaryDir dir;
    const QString folder = keep.isEmpty() ? dir.path() : keep;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("bench-photos.sqlite"));
    QFile::remove(path);
    if (const int code = generate(path, count); code != 0)
        return code;
    std::fflush(stdout);
    // The measured part in a fresh process: its peak memory is its own.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), path});
    child.waitForFinished(-1);
    return child.exitCode();
}
