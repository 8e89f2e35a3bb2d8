// Test helper, not a test: writes microneedling sessions (each with its zones, adjuncts and an
// adverse event, all in one transaction) into a database in a loop, and prints the id of every
// session whose transaction committed. tst_crash kills it with SIGKILL at random moments.
//   crash_writer DATABASE [--fill-notes]   (--fill-notes: 15,000-character notes, to fill a
//                                           small disk; the first failure is printed and ends it)
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SessionRepository.h"

#include <QCoreApplication>
#include <cstdio>

using namespace tricholog;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    const bool fill = args.contains(QStringLiteral("--fill-notes"));
    auto db = Database::open(args.at(1));
    if (!db) {
        std::printf("error %s\n", qPrintable(db.error().message));
        return 1;
    }
    PatientRepository patients(*db.value());
    auto patient = patients.findByMrn(QStringLiteral("CRASH-1"));
    qint64 patientId = patient ? patient.value().id : 0;
    if (!patientId) {
        Patient p;
        p.mrn = QStringLiteral("CRASH-1");
        p.familyName = QStringLiteral("Kill");
        p.givenName = QStringLiteral("Nine");
        p.dateOfBirth = QDate(1980, 1, 1);
        auto added = patients.add(p);
        if (!added) {
            std::printf("error %s\n", qPrintable(added.error().message));
            return 1;
        }
        patientId = added.value();
    }
    SessionRepository sessions(*db.value());
    QDateTime at(QDate(2020, 1, 1), QTime(8, 0));
    for (int i = 0;; ++i) {
        MicroneedlingSession s;
        s.patientId = patientId;
        s.performedAt = at.addSecs(600LL * i);
        s.device = Device::Pen;
        s.needleLength = NeedleLength(1.5);
        s.zones = {ScalpSite::Frontal, ScalpSite::Midscalp, ScalpSite::Vertex};
        s.adjuncts = {{AdjunctType::Minoxidil, QStringLiteral("5%")},
                      {AdjunctType::Prp, QStringLiteral("4 ml")}};
        s.adverseEvents = {{AdverseEventType::Erythema, Severity::Mild, {}}};
        if (fill)
            s.notes = QString(15000, QLatin1Char('n'));
        auto added = sessions.add(s);
        if (!added) {
            std::printf("error %s\n", qPrintable(added.error().message));
            std::fflush(stdout);
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(added.value()));
        std::fflush(stdout);
    }
}
