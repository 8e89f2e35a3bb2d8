// Benchmark, run on demand (not a test): the recall list at clinic scale.
//   build-tests/tests/bench_recall DATABASE [--runs N] [--add-plans]
// DATABASE: the 20,000-patient clinic (a SQLite file, or a postgresql:// address with its
// password in TRICHOLOG_DB_PASSWORD; with accounts, signed in with TRICHOLOG_USER and
// TRICHOLOG_PASSWORD). --generate writes the clinic (BulkGenerator's, plans included) into a new
// SQLite file first; --add-plans gives every patient with sessions a plan (addBulkPlans: the
// bench generator does it for new datasets; this is for older files). Then
// loadRecall (every patient's next visit, due within 7 days or overdue) --runs times: the median
// and the slowest, the rows, and the peak memory. The target: under 200 ms on
// SQLite and on PostgreSQL.
#include "core/demo/BulkGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/RecallQuery.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <cstdio>

using namespace tricholog;
using namespace tricholog::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.contains(QStringLiteral("--help"))) {
        std::fprintf(stderr,
                     "usage: bench_recall DATABASE [--runs N] [--add-plans] [--generate]\n");
        return 2;
    }
    const int runs = args.contains(QStringLiteral("--runs"))
                         ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
                         : 10;
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    if (args.contains(QStringLiteral("--generate"))) { // a new file: the bench clinic, plans too
        QElapsedTimer clock;
        clock.start();
        const auto made = generateBulk(*db.value(), clinicDataset());
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
            return 1;
        }
        std::printf("clinic generated in %.1f s: %lld patients, %lld plans\n",
                    clock.nsecsElapsed() / 1e9, static_cast<long long>(made.value().patients),
                    static_cast<long long>(made.value().plans));
    }
    if (const QString refused = signInFromEnvironment(*db.value()); !refused.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(refused));
        return 1;
    }
    if (args.contains(QStringLiteral("--add-plans"))) {
        QElapsedTimer clock;
        clock.start();
        const auto added = addBulkPlans(*db.value());
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
            return 1;
        }
        std::printf("%d plans added in %.1f s\n", added.value(), clock.nsecsElapsed() / 1e9);
    }
    RecallOptions o;
    o.today = db.value()->clock().today();
    QList<double> ms;
    qsizetype rows = 0, overdue = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto recall = loadRecall(*db.value(), o);
        ms << clock.nsecsElapsed() / 1e6;
        if (!recall) {
            std::fprintf(stderr, "%s\n", qPrintable(recall.error().message));
            return 1;
        }
        rows = recall.value().size();
        overdue = std::count_if(recall.value().begin(), recall.value().end(),
                                [](const RecallRow &r) { return r.daysOverdue > 0; });
    }
    std::printf("recall list on %s: %lld rows (%lld overdue), median %.0f ms, slowest %.0f ms, "
                "peak %.0f MiB\n",
                db.value()->isServer() ? "PostgreSQL" : "SQLite", static_cast<long long>(rows),
                static_cast<long long>(overdue), percentile(ms, 0.5), percentile(ms, 1.0),
                memoryMiB("VmHWM:"));
    return 0;
}
