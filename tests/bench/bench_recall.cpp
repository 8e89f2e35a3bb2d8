// Benchmark, run on demand (not a test): the recall list at clinic scale.
//   build-tests/tests/bench_recall DATABASE [--runs N] [--add-plans]
// DATABASE: the 20,000-patient clinic (a SQLite file, or a postgresql:// address with its
// password in TRICHOLOG_DB_PASSWORD; with accounts, signed in with TRICHOLOG_USER and
// TRICHOLOG_PASSWORD). --add-plans first gives every patient with sessions a plan (the seed
// dermaroller protocol from their first session, in one transaction), as the bench generator's
// plans. Then loadRecall (every patient's next visit, due within 7 days or overdue) --runs times:
// the median and the slowest, the rows, and the peak memory. The target: under 200 ms on
// SQLite and on PostgreSQL.
#include "core/clinical/TreatmentPlan.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/RecallQuery.h"
#include "core/storage/Transaction.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <cstdio>

using namespace tricholog;
using namespace tricholog::bench;

namespace {

Result<int> addPlans(Database &db)
{
    Transaction tx(db);
    PlanRepository plans(db);
    ProtocolTemplate roller{0, plan::seedProtocols().first(), 0};
    if (auto saved = plans.saveTemplate(roller); !saved)
        return saved.error();
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT patient_id, min(performed_at) FROM session GROUP BY "
                               "patient_id ORDER BY patient_id")))
        return Error::storage(Database::describe(q));
    QList<std::pair<qint64, QDate>> firsts;
    while (q.next())
        firsts.append({q.value(0).toLongLong(),
                       QDate::fromString(q.value(1).toString().left(10), Qt::ISODate)});
    q.finish();
    for (const auto &[patient, start] : firsts) {
        TreatmentPlan p{0, patient, roller.id, roller.protocol, start, {}, 0};
        if (auto saved = plans.savePlan(p); !saved)
            return saved.error();
    }
    if (!tx.commit())
        return Error::storage(tx.errorText());
    return int(firsts.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.contains(QStringLiteral("--help"))) {
        std::fprintf(stderr, "usage: bench_recall DATABASE [--runs N] [--add-plans]\n");
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
    if (const QString refused = signInFromEnvironment(*db.value()); !refused.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(refused));
        return 1;
    }
    if (args.contains(QStringLiteral("--add-plans"))) {
        QElapsedTimer clock;
        clock.start();
        const auto added = addPlans(*db.value());
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
