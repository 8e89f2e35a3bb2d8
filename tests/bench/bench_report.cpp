// Benchmark, run on demand (not a test): how long the progress report of a patient with 24
// sessions takes, from loading the record out of the database to the finished PDF file.
//   build-tests/tests/bench_report [RUNS]
// Prints the median, the 95th percentile and the fastest run in milliseconds.
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"
#include "ui/report/ProgressReport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace tricholog;

namespace {

qint64 makePatient(Database &db)
{
    Patient p = test::samplePatient(QStringLiteral("BENCH-24"));
    if (!PatientRepository(db).add(p).ok())
        return 0;
    const QDate start(2024, 2, 5);
    QList<Measurement> rows;
    for (int i = 0; i < 24; ++i) {
        MicroneedlingSession s;
        s.patientId = p.id;
        s.performedAt = QDateTime(start.addDays(14 * i), QTime(10, 0));
        s.sessionNumber = i + 1;
        s.plannedSessions = 24;
        s.device = i % 3 ? Device::Pen : Device::Dermaroller;
        s.needleLength = NeedleLength(i % 2 ? 1.5 : 1.0);
        s.zones = {ScalpSite::Frontal, ScalpSite::Midscalp, ScalpSite::Vertex};
        s.endpoint = Endpoint::Erythema;
        s.adjuncts = {{AdjunctType::Minoxidil, QStringLiteral("5%")},
                      {AdjunctType::Prp, QStringLiteral("4 ml")}};
        s.pain = 2 + i % 4;
        if (i % 5 == 0)
            s.adverseEvents = {{AdverseEventType::Erythema, Severity::Mild, {}}};
        if (!SessionRepository(db).add(s).ok())
            return 0;
        for (auto site :
             {ScalpSite::Frontal, ScalpSite::Midscalp, ScalpSite::Vertex, ScalpSite::Occipital}) {
            Measurement m;
            m.patientId = p.id;
            m.sessionId = s.id;
            m.measuredOn = s.performedAt.date();
            m.site = site;
            m.method = MeasurementMethod::Trichoscopy;
            m.density = HairDensity(120 + 3.0 * i + int(site) * 10);
            m.meanDiameter = ShaftDiameter(50 + 0.8 * i);
            m.terminal = Percentage(40 + i);
            m.vellus = Percentage(50 - i);
            rows << m;
        }
    }
    return MeasurementRepository(db).addAll(rows).ok() ? p.id : 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 15;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const qint64 id = makePatient(*db.value());
    if (!id) {
        std::fprintf(stderr, "could not create the patient\n");
        return 1;
    }
    QList<double> ms;
    int pages = 0;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto record = loadPatientRecord(*db.value(), id);
        ReportOptions options;
        options.reportDate = QDate(2025, 3, 1);
        const auto written = ProgressReport(record.value(), options)
                                 .writePdf(dir.filePath(QStringLiteral("report.pdf")));
        const double elapsed = timer.nsecsElapsed() / 1e6;
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
        pages = written.value();
        if (i > 0) // the first run warms font and plug-in caches
            ms << elapsed;
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    const double p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    std::printf("report of a 24-session patient (96 measurements, %d pages), %d runs:\n", pages,
                int(ms.size()));
    std::printf("  median %.1f ms, p95 %.1f ms, fastest %.1f ms (target < 300 ms)\n", median, p95,
                ms.first());
    return 0;
}
