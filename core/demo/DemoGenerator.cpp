#include "DemoGenerator.h"

#include "DemoNames.h"
#include "DemoPhotos.h"
#include "clinical/Scales.h"
#include "model/Keys.h"
#include "security/UserRepository.h"
#include "storage/Database.h"
#include "storage/DiagnosisRepository.h"
#include "storage/MeasurementRepository.h"
#include "storage/OutcomeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/PhotoRepository.h"
#include "storage/PracticeRepository.h"
#include "storage/SearchKey.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace tricholog {

namespace {

using namespace demonames;

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

double uniform(QRandomGenerator &rng, double lo, double hi)
{
    return lo + rng.generateDouble() * (hi - lo);
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

double clamp(double v, double lo, double hi)
{
    return std::clamp(v, lo, hi);
}

QString asciiMailPart(const QString &name)
{
    QString key = searchKey(name);
    key.remove(QLatin1Char(' '));
    QString out;
    for (QChar c : key) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (c == u'ß')
            out += QStringLiteral("ss");
    }
    return out;
}

struct SiteProfile
{
    ScalpSite site;
    double baselineDensity;
    double baselineDiameter;
    bool treated;
};

} // namespace

Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options)
{
    if (options.patients < 1 || options.patients > 100000)
        return Error::storage(QStringLiteral("The demo needs between 1 and 100000 patients."));
    QRandomGenerator rng(options.seed);
    const QDate today = options.today.isValid() ? options.today : db.clock().today();

    PatientRepository patients(db);
    DiagnosisRepository diagnoses(db);
    SessionRepository sessions(db);
    MeasurementRepository measurements(db);
    OutcomeRepository outcomes(db);
    PhotoRepository photos(db);
    DemoSummary summary;
    int photoPatientsLeft = options.photoPatients;

    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());

    for (int i = 0; i < options.patients; ++i) {
        const bool male = rng.bounded(100) < 60;
        Patient p;
        p.mrn = QStringLiteral("DEMO-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        p.familyName = QString::fromUtf8(pick(rng, kFamilyNames));
        p.givenName = QString::fromUtf8(male ? pick(rng, kMaleGiven) : pick(rng, kFemaleGiven));
        p.sex = male ? Sex::Male : (rng.bounded(50) == 0 ? Sex::Other : Sex::Female);
        const int age = 19 + rng.bounded(48);
        p.dateOfBirth = today.addYears(-age).addDays(-rng.bounded(365));
        p.fitzpatrick = 1 + rng.bounded(6);
        p.phone = QStringLiteral("+1 555 01%1").arg(rng.bounded(100), 2, 10, QLatin1Char('0'));
        p.email = asciiMailPart(p.givenName) + QLatin1Char('.') + asciiMailPart(p.familyName) +
                  QStringLiteral("@example.org");

        // Course: 4-16 sessions at device-typical intervals, the latest within the last weeks.
        const int done = 4 + rng.bounded(13);
        const bool ongoing = rng.bounded(3) == 0;
        const int planned = ongoing ? done + 1 + rng.bounded(4) : done;
        const int deviceRoll = rng.bounded(100);
        const Device device = deviceRoll < 40   ? Device::Dermaroller
                              : deviceRoll < 75 ? Device::Pen
                              : deviceRoll < 88 ? Device::RfMicroneedling
                                                : Device::Dermastamp;
        const int interval = device == Device::Dermaroller       ? 7
                             : device == Device::Pen             ? 14 + 7 * rng.bounded(3)
                             : device == Device::RfMicroneedling ? 28
                                                                 : 14;
        const QDate lastDate = today.addDays(-(1 + rng.bounded(ongoing ? 14 : 120)));
        const QDate firstDate = lastDate.addDays(-interval * (done - 1));
        p.treatmentConsentDate = firstDate.addDays(-rng.bounded(14));
        p.dataProcessingConsent = true;
        p.dataProcessingConsentDate = p.treatmentConsentDate;
        p.photoConsent = rng.bounded(100) < 80;
        if (p.photoConsent)
            p.photoConsentDate = p.treatmentConsentDate;
        p.archived = rng.bounded(40) == 0;
        if (auto r = patients.add(p); !r)
            return r.error();
        ++summary.patients;
        const bool withPhotos = p.photoConsent && photoPatientsLeft > 0;

        // Diagnosis and severity.
        Diagnosis d;
        d.patientId = p.id;
        d.diagnosedOn = p.treatmentConsentDate.addDays(-rng.bounded(60));
        d.onset =
            d.diagnosedOn.addMonths(-(6 + rng.bounded(60))).toString(QStringLiteral("yyyy-MM"));
        const int diagnosisRoll = rng.bounded(100);
        if (diagnosisRoll < 72) {
            d.type = male ? DiagnosisType::AgaMale : DiagnosisType::AgaFemale;
        } else if (diagnosisRoll < 87) {
            d.type = rng.bounded(5) == 0 ? DiagnosisType::Ophiasis : DiagnosisType::AlopeciaAreata;
        } else if (diagnosisRoll < 96) {
            d.type = DiagnosisType::TelogenEffluvium;
        } else {
            d.type = DiagnosisType::Traction;
        }
        d.icd10 = defaultIcd10(d.type);
        d.scale = scalesForType(d.type).first();
        if (d.type == DiagnosisType::AgaFemale && rng.bounded(3) == 0)
            d.scale = Scale::Sinclair;
        if (d.scale == Scale::NorwoodHamilton) {
            static const char *const grades[] = {"II", "III", "IIIv", "IIIv",
                                                 "IV", "IV",  "IVa",  "V"};
            d.grade = QString::fromLatin1(pick(rng, grades));
        } else if (d.scale == Scale::Ludwig) {
            d.grade =
                QString::fromLatin1(rng.bounded(4) == 0 ? "III" : (rng.bounded(2) ? "II" : "I"));
        } else if (d.scale == Scale::Sinclair) {
            d.grade = QString::number(2 + rng.bounded(3));
        } else if (d.scale == Scale::Salt) {
            d.salt.vertex = Percentage(round1(uniform(rng, 0, 80)));
            d.salt.posterior = Percentage(round1(uniform(rng, 0, 60)));
            d.salt.rightSide = Percentage(round1(uniform(rng, 0, 40)));
            d.salt.leftSide = Percentage(round1(uniform(rng, 0, 40)));
            if (rng.bounded(4) == 0)
                d.findings = {TrichoscopyFinding::YellowDots,
                              TrichoscopyFinding::ExclamationMarkHairs};
            else
                d.findings = {TrichoscopyFinding::BlackDots, TrichoscopyFinding::BrokenHairs};
        }
        if (d.type == DiagnosisType::AgaMale || d.type == DiagnosisType::AgaFemale)
            d.findings = {TrichoscopyFinding::Anisotrichosis, TrichoscopyFinding::ShortVellusHairs};
        if (auto r = diagnoses.add(d); !r)
            return r.error();
        ++summary.diagnoses;

        if (withPhotos)
            --photoPatientsLeft;

        // Sites: treated zones by pattern, plus the occipital reference site.
        QList<SiteProfile> sites;
        const bool aga = d.type == DiagnosisType::AgaMale || d.type == DiagnosisType::AgaFemale;
        const double loss = aga ? uniform(rng, 0.45, 0.75) : uniform(rng, 0.55, 0.9);
        const double occipital = uniform(rng, 170, 240);
        const double terminalDiameter = uniform(rng, 62, 82);
        if (d.type == DiagnosisType::AgaMale) {
            sites << SiteProfile{ScalpSite::Vertex, occipital * loss, terminalDiameter * 0.72, true}
                  << SiteProfile{ScalpSite::Frontal, occipital * (loss + 0.1),
                                 terminalDiameter * 0.78, true};
        } else if (d.type == DiagnosisType::AgaFemale) {
            sites << SiteProfile{ScalpSite::Midscalp, occipital * loss, terminalDiameter * 0.75,
                                 true}
                  << SiteProfile{ScalpSite::Frontal, occipital * (loss + 0.15),
                                 terminalDiameter * 0.82, true};
        } else {
            sites << SiteProfile{ScalpSite::Vertex, occipital * loss, terminalDiameter * 0.8, true};
            if (rng.bounded(2))
                sites << SiteProfile{ScalpSite::TemporalLeft, occipital * (loss + 0.1),
                                     terminalDiameter * 0.85, true};
        }
        if (rng.bounded(3) == 0)
            sites << SiteProfile{ScalpSite::Midscalp == sites.first().site ? ScalpSite::Vertex
                                                                           : ScalpSite::Midscalp,
                                 occipital * (loss + 0.2), terminalDiameter * 0.85, true};
        sites << SiteProfile{ScalpSite::Occipital, occipital, terminalDiameter, false};
        const bool withTargetArea = aga && rng.bounded(4) == 0;

        // Response: monthly relative density gain on treated sites.
        const bool responder = rng.bounded(100) < 65;
        const double monthlyGain =
            responder ? uniform(rng, 0.02, 0.06) : uniform(rng, -0.01, 0.012);
        const double needle = device == Device::RfMicroneedling ? 1.5 + 0.25 * rng.bounded(3)
                              : device == Device::Dermaroller   ? (rng.bounded(3) ? 1.5 : 1.0)
                                                                : 0.75 + 0.25 * rng.bounded(4);
        const bool prp = rng.bounded(3) == 0;
        const bool exosomes = !prp && rng.bounded(6) == 0;
        const QString background =
            male
                ? (rng.bounded(2) ? QStringLiteral("Oral finasteride 1 mg daily") : QString())
                : (rng.bounded(3) == 0 ? QStringLiteral("Spironolactone 100 mg daily") : QString());

        for (int n = 1; n <= done; ++n) {
            const QDate date =
                firstDate.addDays(interval * (n - 1) + (n > 1 ? rng.bounded(3) - 1 : 0));
            MicroneedlingSession s;
            s.patientId = p.id;
            s.performedAt = QDateTime(date, QTime(8 + rng.bounded(10), 15 * rng.bounded(4)));
            s.sessionNumber = n;
            s.plannedSessions = planned;
            s.operatorName =
                rng.bounded(2) ? QStringLiteral("Dr. A. Demo") : QStringLiteral("Dr. B. Sample");
            s.device = device;
            s.needleLength = NeedleLength(needle);
            if (device == Device::Dermaroller)
                s.needleCount = 192;
            else if (device == Device::Pen)
                s.needleCount = 12 + 24 * rng.bounded(2);
            else if (device == Device::RfMicroneedling)
                s.needleCount = 49;
            s.passes = device == Device::Dermaroller ? 4 : 2 + rng.bounded(2);
            s.direction = device == Device::Dermaroller
                              ? QStringLiteral("vertical, horizontal, diagonal")
                              : QString();
            for (const auto &site : std::as_const(sites)) {
                if (site.treated && site.site != ScalpSite::Occipital)
                    s.zones << site.site;
            }
            s.endpoint = rng.bounded(8) == 0 ? Endpoint::PinpointBleeding : Endpoint::Erythema;
            if (needle >= 1.5) {
                s.anaestheticName = QStringLiteral("Lidocaine 5% cream");
                s.anaestheticMinutes = 30 + 10 * rng.bounded(3);
            }
            s.adjuncts << Adjunct{AdjunctType::Minoxidil, QStringLiteral("5%")};
            if (prp)
                s.adjuncts << Adjunct{AdjunctType::Prp,
                                      QStringLiteral("%1 ml").arg(3 + rng.bounded(3))};
            if (exosomes)
                s.adjuncts << Adjunct{AdjunctType::Exosomes, QStringLiteral("2 ml")};
            s.backgroundTherapy = background;
            s.pain = std::clamp(int(std::round(needle * 2.5)) + rng.bounded(3) - 1, 0, 10);
            if (rng.bounded(9) == 0) {
                static const AdverseEventType events[] = {
                    AdverseEventType::Erythema, AdverseEventType::Itching,
                    AdverseEventType::Headache, AdverseEventType::Oedema,
                    AdverseEventType::Shedding, AdverseEventType::Ecchymosis};
                s.adverseEvents << AdverseEvent{pick(rng, events),
                                                rng.bounded(5) == 0 ? Severity::Moderate
                                                                    : Severity::Mild,
                                                {}};
            }
            s.postCare = QStringLiteral("No washing for 24 h; minoxidil restarted after 24 h");
            if (auto r = sessions.add(s); !r)
                return r.error();
            ++summary.sessions;

            // Measured at baseline, about every third session and at the latest session.
            const bool measured = n == 1 || n == done || n % 3 == 0;
            if (!measured)
                continue;
            const double months = firstDate.daysTo(date) / 30.4375;
            QList<Measurement> visit;
            const auto method = rng.bounded(4) == 0 ? MeasurementMethod::Phototrichogram
                                                    : MeasurementMethod::Trichoscopy;
            for (const auto &site : std::as_const(sites)) {
                const double gain = site.treated ? monthlyGain : 0.0;
                const double noise = uniform(rng, -0.025, 0.025);
                Measurement m;
                m.patientId = p.id;
                m.sessionId = s.id;
                m.measuredOn = date;
                m.site = site.site;
                m.method = method;
                m.instrument = method == MeasurementMethod::Trichoscopy
                                   ? QStringLiteral("Videodermatoscope")
                                   : QStringLiteral("Phototrichogram camera");
                m.magnification = method == MeasurementMethod::Trichoscopy ? 20 : 40;
                const double density = site.baselineDensity * (1.0 + gain * months + noise);
                m.density = HairDensity(round1(clamp(density, 10, 790)));
                const double diameter =
                    site.baselineDiameter * (1.0 + 0.5 * gain * months) + uniform(rng, -1.5, 1.5);
                m.meanDiameter = ShaftDiameter(round1(clamp(diameter, 20, 110)));
                const double terminal =
                    clamp(100.0 * (diameter - 30.0) / 60.0 + uniform(rng, -4, 4), 20, 92);
                m.terminal = Percentage(round1(terminal));
                m.vellus = Percentage(
                    round1(clamp(100.0 - terminal - uniform(rng, 0, 6), 0, 100 - terminal)));
                if (method == MeasurementMethod::Phototrichogram) {
                    const double anagen =
                        clamp(72 + 20 * gain * months + uniform(rng, -4, 4), 40, 95);
                    m.anagen = Percentage(round1(anagen));
                    m.telogen = Percentage(round1(100.0 - anagen));
                }
                visit << m;
            }
            if (withTargetArea) {
                Measurement m;
                m.patientId = p.id;
                m.sessionId = s.id;
                m.measuredOn = date;
                m.site = ScalpSite::TargetArea;
                m.siteLabel = QStringLiteral("Tattoo-marked 1 cm² (vertex)");
                m.method = MeasurementMethod::Manual;
                m.area = AreaCm2(1.0);
                const double count = sites.first().baselineDensity *
                                     (1.0 + monthlyGain * months + uniform(rng, -0.02, 0.02));
                m.hairCount = int(std::round(clamp(count, 5, 700)));
                m.density = HairDensity(double(*m.hairCount));
                visit << m;
            }
            if (auto r = measurements.addAll(visit); !r)
                return r.error();
            summary.measurements += int(visit.size());

            if (withPhotos) {
                // Photos follow the first treated site; their own random numbers leave the rest
                // of the demo as it was.
                const Measurement &m = visit.first();
                const quint32 photoSeed = options.seed * 7919u + quint32(p.id) * 131u + quint32(n);
                QList<PhotoUpload> shots;
                for (PhotoView view : {PhotoView::GlobalVertex, PhotoView::Trichoscopic}) {
                    PhotoUpload u;
                    u.bytes = demoScalpPhoto(view, m.density.valueOr(150),
                                             m.meanDiameter.valueOr(60), photoSeed + int(view));
                    u.photo.patientId = p.id;
                    u.photo.sessionId = s.id;
                    u.photo.view = view;
                    u.photo.takenAt =
                        s.performedAt.addSecs(view == PhotoView::Trichoscopic ? 600 : 300);
                    u.photo.takenAtSource = TakenAtSource::Entered;
                    u.photo.fileName =
                        QStringLiteral("demo-%1-%2-%3.jpg").arg(p.mrn, toKey(view)).arg(n);
                    if (view == PhotoView::Trichoscopic) {
                        u.photo.site = m.site;
                        u.photo.magnification = 20;
                    }
                    shots << u;
                }
                if (auto r = photos.add(shots); !r)
                    return r.error();
                summary.photos += int(shots.size());
            }

            if (n > 1 && (n % 4 == 0 || n == done)) {
                PatientReportedOutcome o;
                o.patientId = p.id;
                o.sessionId = s.id;
                o.recordedOn = date;
                const int base = responder ? 1 + int(months / 3.0) : 0;
                o.globalAssessment = std::clamp(base + rng.bounded(3) - 1, -3, 3);
                o.sheddingScore = std::clamp(
                    responder ? 3 - int(months / 3.0) + rng.bounded(2) : 3 + rng.bounded(3), 1, 6);
                if (auto r = outcomes.add(o); !r)
                    return r.error();
                ++summary.outcomes;
            }
        }
    }
    if (!tx.commit())
        return Error::storage(tx.errorText());
    if (!db.hasAccounts())
        if (auto accounts = createDemoAccounts(db); !accounts)
            return accounts.error();
    return summary;
}

Result<void> createDemoAccounts(Database &db)
{
    UserRepository users(db);
    const auto previous = db.session();
    auto admin = users.add(QString::fromLatin1(kDemoAdministrator.name), Role::Administrator,
                           QString::fromLatin1(kDemoAdministrator.password));
    if (!admin)
        return admin.error();
    db.setSession(UserSession{admin.value(), QString::fromLatin1(kDemoAdministrator.name),
                              Role::Administrator});
    // A fictitious practice, named as one, so the demo's reports carry a header.
    Practice practice;
    practice.name = QStringLiteral("Tricholog Demo Practice (fictitious)");
    practice.address = QStringLiteral("1 Example Street\n00000 Sampletown");
    if (auto saved = PracticeRepository(db).save(practice); !saved) {
        db.setSession(previous);
        return saved.error();
    }
    for (const auto &[account, role] :
         {std::pair{kDemoClinician, Role::Clinician}, std::pair{kDemoAssistant, Role::Assistant}}) {
        if (auto added = users.add(QString::fromLatin1(account.name), role,
                                   QString::fromLatin1(account.password));
            !added) {
            db.setSession(previous);
            return added.error();
        }
    }
    db.setSession(previous);
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo', '1') ON "
                               "CONFLICT (key) DO UPDATE SET value = excluded.value")))
        return Error::storage(Database::describe(q));
    return {};
}

bool isDemoDatabase(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'demo'")) && q.next() &&
           q.value(0).toString() == QLatin1String("1");
}

} // namespace tricholog
