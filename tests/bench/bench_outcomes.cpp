// Benchmark, run on demand (not a test): the clinic-outcomes window at clinic scale.
//   build-tests/tests/bench_outcomes DATABASE [--runs N]
// DATABASE: a SQLite file (the 20,000-patient clinic of bench_batch / bench_scale) or a
// postgresql:// address (its password from TRICHOLOG_DB_PASSWORD); a database with accounts is
// signed in with TRICHOLOG_USER and TRICHOLOG_PASSWORD. Offscreen, in this process:
// the window's first figures (the rows of density at the vertex read, computed, table and
// charts built and painted), then each change of a choice until the figures are shown again
// (grouping, filters, time point, threshold: computed from the rows kept; site and metric: the
// rows read again); the cohort report's PDF of the first figures. Prints the median and the slowest
// of --runs runs of each, and the peak memory. The targets: under 1 s per change on SQLite
// and under 2 s on PostgreSQL.
#include "core/AppSettings.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"
#include "ui/cohort/ClinicOutcomesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

using namespace tricholog;
using namespace tricholog::bench;

namespace {

double shown(ClinicOutcomesDialog &d, const std::function<void()> &change)
{
    QElapsedTimer clock;
    clock.start();
    change();
    if (!d.refresh())
        std::fprintf(stderr, "refused\n");
    d.repaint(); // the table and the charts painted
    QApplication::processEvents();
    return clock.nsecsElapsed() / 1e6;
}

void set(ClinicOutcomesDialog &d, const char *name, const QString &key)
{
    auto *box = d.findChild<QComboBox *>(QLatin1String(name));
    box->setCurrentIndex(box->findData(key));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_outcomes DATABASE [--runs N]\n");
        return 2;
    }
    const int runs = args.contains(QStringLiteral("--runs"))
                         ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
                         : 5;
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    // A database with accounts: signed in as TRICHOLOG_USER with TRICHOLOG_PASSWORD.
    if (const QString refused = signInFromEnvironment(*db.value()); !refused.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(refused));
        return 1;
    }
    QList<std::pair<QString, std::function<void(ClinicOutcomesDialog &)>>> changes{
        {QStringLiteral("groups: device"),
         [](auto &d) {
             set(d, "outcomeBy", QStringLiteral("device"));
         }},
        {QStringLiteral("groups: needle"),
         [](auto &d) {
             set(d, "outcomeBy", QStringLiteral("needle"));
         }},
        {QStringLiteral("groups: diagnosis"),
         [](auto &d) {
             set(d, "outcomeBy", QStringLiteral("diagnosis"));
         }},
        {QStringLiteral("groups: adjunct:minoxidil"),
         [](auto &d) {
             set(d, "outcomeBy", QStringLiteral("adjunct:minoxidil"));
         }},
        {QStringLiteral("filter: sex female"),
         [](auto &d) {
             set(d, "outcomeSex", QStringLiteral("female"));
         }},
        {QStringLiteral("filter: age 40 to 49"),
         [](auto &d) {
             auto *age = d.template findChild<QComboBox *>(QStringLiteral("outcomeAge"));
             age->setCurrentIndex(3);
         }},
        {QStringLiteral("time point: week 24"),
         [](auto &d) {
             d.template findChild<QSpinBox *>(QStringLiteral("outcomeAtWeeks"))->setValue(24);
         }},
        {QStringLiteral("responder threshold: 20 %"),
         [](auto &d) {
             d.template findChild<QDoubleSpinBox *>(QStringLiteral("outcomeResponder"))
                 ->setValue(20);
         }},
        {QStringLiteral("site: frontal (rows read again)"),
         [](auto &d) {
             set(d, "outcomeSite", QStringLiteral("frontal"));
         }},
        {QStringLiteral("metric: diameter (rows read again)"),
         [](auto &d) {
             set(d, "outcomeMetric", QStringLiteral("mean_diameter_um"));
         }},
    };
    QList<double> first, pdf;
    QList<QList<double>> samples(changes.size());
    qsizetype patients = 0;
    QTemporaryDir out;
    for (int run = 0; run < runs; ++run) {
        ClinicOutcomesDialog d(*db.value(), AppSettings{});
        d.resize(1280, 800);
        d.show();
        first << shown(d, [] {});
        patients = d.outcomes().patients.size();
        QElapsedTimer clock;
        clock.start();
        if (!d.exportPdfTo(out.filePath(QStringLiteral("cohort.pdf"))))
            std::fprintf(stderr, "no PDF\n");
        pdf << clock.nsecsElapsed() / 1e6;
        for (qsizetype i = 0; i < changes.size(); ++i)
            samples[i] << shown(d, [&] { changes[i].second(d); });
    }
    auto print = [](const QString &what, const QList<double> &ms) {
        std::printf("%-40s median %7.0f ms, slowest %7.0f ms\n", qPrintable(what),
                    percentile(ms, 0.5), percentile(ms, 1.0));
    };
    std::printf("clinic outcomes window on %s (%lld patients analysed at first), %d runs\n",
                qPrintable(db.value()->isServer() ? QStringLiteral("PostgreSQL")
                                                  : QStringLiteral("SQLite")),
                static_cast<long long>(patients), runs);
    print(QStringLiteral("first figures (rows read)"), first);
    for (qsizetype i = 0; i < changes.size(); ++i)
        print(changes[i].first, samples[i]);
    print(QStringLiteral("cohort report PDF (first figures)"), pdf);
    std::printf("peak memory %.0f MiB\n", memoryMiB("VmHWM:"));
    return 0;
}
