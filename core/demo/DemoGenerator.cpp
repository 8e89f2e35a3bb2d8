#include "core/demo/DemoGenerator.h"

#include "core/clinical/Scales.h"
#include "core/demo/DemoPhotos.h"
#include "core/demo/DemoSupport.h"
#include "core/model/Keys.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DiagnosisRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/PracticeRepository.h"
#include "core/storage/SearchKey.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/Transaction.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace tricholog {

namespace {

using namespace demo;

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

// A patient's course of sessions.
struct Course
{
    int done = 0;
    int planned = 0;
    Device device = Device::Pen;
    int interval = 14; // days
    QDate firstDate;
};

// How the course is given and how the patient responds.
struct Treatment
{
    QList<SiteProfile> sites;
    bool withTargetArea = false;
    bool responder = false;
    double monthlyGain = 0;
    double needle = 1.0;
    bool prp = false;
    bool exosomes = false;
    QString background;
};

bool isAga(const Diagnosis &d)
{
    return d.type == DiagnosisType::AgaMale || d.type == DiagnosisType::AgaFemale;
}

// One demo, patient after patient. Every draw of the random generator happens in the order it
// always did: the same seed and day give the same data.
class DemoRun
{
public:
    DemoRun(Database &db, const DemoOptions &options)
        : m_options(options)
        , m_rng(options.seed)
        , m_today(options.today.isValid() ? options.today : db.clock().today())
        , m_patients(db)
        , m_diagnoses(db)
        , m_sessions(db)
        , m_measurements(db)
        , m_outcomes(db)
        , m_photos(db)
        , m_photoPatientsLeft(options.photoPatients)
    {}

    Result<void> addPatient(int index);
    const DemoSummary &summary() const { return m_summary; }

private:
    Patient person(int index, bool male);
    Course planCourse();
    Diagnosis diagnosisOf(const Patient &p, bool male);
    Treatment planTreatment(const Diagnosis &d, bool male, Device device);
    QList<SiteProfile> sitesFor(const Diagnosis &d, double loss, double occipital,
                                double terminalDiameter);
    Result<void> addVisit(const Patient &p, const Course &course, const Treatment &t, int n,
                          bool withPhotos);
    MicroneedlingSession session(const Patient &p, const Course &course, const Treatment &t, int n,
                                 QDate date);
    QList<Measurement> measurementsAt(const MicroneedlingSession &s, const Treatment &t, QDate date,
                                      double months);
    Result<void> addPhotos(const Patient &p, const MicroneedlingSession &s, int n,
                           const Measurement &m);
    Result<void> addOutcome(const MicroneedlingSession &s, const Treatment &t, QDate date,
                            double months);

    const DemoOptions &m_options;
    QRandomGenerator m_rng;
    const QDate m_today;
    PatientRepository m_patients;
    DiagnosisRepository m_diagnoses;
    SessionRepository m_sessions;
    MeasurementRepository m_measurements;
    OutcomeRepository m_outcomes;
    PhotoRepository m_photos;
    DemoSummary m_summary;
    int m_photoPatientsLeft;
};

Result<void> DemoRun::addPatient(int index)
{
    const bool male = m_rng.bounded(100) < 60;
    Patient p = person(index, male);
    const Course course = planCourse();
    p.treatmentConsentDate = course.firstDate.addDays(-m_rng.bounded(14));
    p.dataProcessingConsent = true;
    p.dataProcessingConsentDate = p.treatmentConsentDate;
    p.photoConsent = m_rng.bounded(100) < 80;
    if (p.photoConsent)
        p.photoConsentDate = p.treatmentConsentDate;
    p.archived = m_rng.bounded(40) == 0;
    if (auto r = m_patients.add(p); !r)
        return r.error();
    ++m_summary.patients;
    const bool withPhotos = p.photoConsent && m_photoPatientsLeft > 0;

    Diagnosis d = diagnosisOf(p, male);
    if (auto r = m_diagnoses.add(d); !r)
        return r.error();
    ++m_summary.diagnoses;
    if (withPhotos)
        --m_photoPatientsLeft;

    const Treatment treatment = planTreatment(d, male, course.device);
    for (int n = 1; n <= course.done; ++n)
        if (auto r = addVisit(p, course, treatment, n, withPhotos); !r)
            return r;
    return {};
}

Patient DemoRun::person(int index, bool male)
{
    Patient p;
    p.mrn = QStringLiteral("DEMO-%1").arg(index + 1, 5, 10, QLatin1Char('0'));
    p.familyName = familyName(m_rng);
    p.givenName = givenName(m_rng, male);
    p.sex = male ? Sex::Male : (m_rng.bounded(50) == 0 ? Sex::Other : Sex::Female);
    p.dateOfBirth = dateOfBirth(m_rng, m_today, 48);
    p.fitzpatrick = fitzpatrickType(m_rng);
    p.phone = phoneNumber(m_rng);
    p.email = asciiMailPart(p.givenName) + QLatin1Char('.') + asciiMailPart(p.familyName) +
              QStringLiteral("@example.org");
    return p;
}

// Course: 4-16 sessions at device-typical intervals, the latest within the last weeks.
Course DemoRun::planCourse()
{
    Course c;
    c.done = 4 + m_rng.bounded(13);
    const bool ongoing = m_rng.bounded(3) == 0;
    c.planned = ongoing ? c.done + 1 + m_rng.bounded(4) : c.done;
    const int deviceRoll = m_rng.bounded(100);
    c.device = deviceRoll < 40   ? Device::Dermaroller
               : deviceRoll < 75 ? Device::Pen
               : deviceRoll < 88 ? Device::RfMicroneedling
                                 : Device::Dermastamp;
    c.interval = c.device == Device::Dermaroller       ? 7
                 : c.device == Device::Pen             ? 14 + 7 * m_rng.bounded(3)
                 : c.device == Device::RfMicroneedling ? 28
                                                       : 14;
    const QDate lastDate = m_today.addDays(-(1 + m_rng.bounded(ongoing ? 14 : 120)));
    c.firstDate = lastDate.addDays(-c.interval * (c.done - 1));
    return c;
}

// Diagnosis and severity.
Diagnosis DemoRun::diagnosisOf(const Patient &p, bool male)
{
    Diagnosis d;
    d.patientId = p.id;
    d.diagnosedOn = p.treatmentConsentDate.addDays(-m_rng.bounded(60));
    d.onset = d.diagnosedOn.addMonths(-(6 + m_rng.bounded(60))).toString(QStringLiteral("yyyy-MM"));
    const int diagnosisRoll = m_rng.bounded(100);
    if (diagnosisRoll < 72) {
        d.type = male ? DiagnosisType::AgaMale : DiagnosisType::AgaFemale;
    } else if (diagnosisRoll < 87) {
        d.type = m_rng.bounded(5) == 0 ? DiagnosisType::Ophiasis : DiagnosisType::AlopeciaAreata;
    } else if (diagnosisRoll < 96) {
        d.type = DiagnosisType::TelogenEffluvium;
    } else {
        d.type = DiagnosisType::Traction;
    }
    d.icd10 = defaultIcd10(d.type);
    d.scale = scalesForType(d.type).first();
    if (d.type == DiagnosisType::AgaFemale && m_rng.bounded(3) == 0)
        d.scale = Scale::Sinclair;
    if (d.scale == Scale::NorwoodHamilton) {
        static const char *const grades[] = {"II", "III", "IIIv", "IIIv", "IV", "IV", "IVa", "V"};
        d.grade = QString::fromLatin1(pick(m_rng, grades));
    } else if (d.scale == Scale::Ludwig) {
        d.grade =
            QString::fromLatin1(m_rng.bounded(4) == 0 ? "III" : (m_rng.bounded(2) ? "II" : "I"));
    } else if (d.scale == Scale::Sinclair) {
        d.grade = QString::number(2 + m_rng.bounded(3));
    } else if (d.scale == Scale::Salt) {
        d.salt.vertex = Percentage(round1(uniform(m_rng, 0, 80)));
        d.salt.posterior = Percentage(round1(uniform(m_rng, 0, 60)));
        d.salt.rightSide = Percentage(round1(uniform(m_rng, 0, 40)));
        d.salt.leftSide = Percentage(round1(uniform(m_rng, 0, 40)));
        if (m_rng.bounded(4) == 0)
            d.findings = {TrichoscopyFinding::YellowDots, TrichoscopyFinding::ExclamationMarkHairs};
        else
            d.findings = {TrichoscopyFinding::BlackDots, TrichoscopyFinding::BrokenHairs};
    }
    if (isAga(d))
        d.findings = {TrichoscopyFinding::Anisotrichosis, TrichoscopyFinding::ShortVellusHairs};
    return d;
}

Treatment DemoRun::planTreatment(const Diagnosis &d, bool male, Device device)
{
    Treatment t;
    const bool aga = isAga(d);
    const double loss = aga ? uniform(m_rng, 0.45, 0.75) : uniform(m_rng, 0.55, 0.9);
    const double occipital = uniform(m_rng, 170, 240);
    const double terminalDiameter = uniform(m_rng, 62, 82);
    t.sites = sitesFor(d, loss, occipital, terminalDiameter);
    t.withTargetArea = aga && m_rng.bounded(4) == 0;

    // Response: monthly relative density gain on treated sites.
    t.responder = m_rng.bounded(100) < 65;
    t.monthlyGain = t.responder ? uniform(m_rng, 0.02, 0.06) : uniform(m_rng, -0.01, 0.012);
    t.needle = device == Device::RfMicroneedling ? 1.5 + 0.25 * m_rng.bounded(3)
               : device == Device::Dermaroller   ? (m_rng.bounded(3) ? 1.5 : 1.0)
                                                 : 0.75 + 0.25 * m_rng.bounded(4);
    t.prp = m_rng.bounded(3) == 0;
    t.exosomes = !t.prp && m_rng.bounded(6) == 0;
    t.background =
        male ? (m_rng.bounded(2) ? QStringLiteral("Oral finasteride 1 mg daily") : QString())
             : (m_rng.bounded(3) == 0 ? QStringLiteral("Spironolactone 100 mg daily") : QString());
    return t;
}

// Sites: treated zones by pattern, plus the occipital reference site.
QList<SiteProfile> DemoRun::sitesFor(const Diagnosis &d, double loss, double occipital,
                                     double terminalDiameter)
{
    QList<SiteProfile> sites;
    if (d.type == DiagnosisType::AgaMale) {
        sites << SiteProfile{ScalpSite::Vertex, occipital * loss, terminalDiameter * 0.72, true}
              << SiteProfile{ScalpSite::Frontal, occipital * (loss + 0.1), terminalDiameter * 0.78,
                             true};
    } else if (d.type == DiagnosisType::AgaFemale) {
        sites << SiteProfile{ScalpSite::Midscalp, occipital * loss, terminalDiameter * 0.75, true}
              << SiteProfile{ScalpSite::Frontal, occipital * (loss + 0.15), terminalDiameter * 0.82,
                             true};
    } else {
        sites << SiteProfile{ScalpSite::Vertex, occipital * loss, terminalDiameter * 0.8, true};
        if (m_rng.bounded(2))
            sites << SiteProfile{ScalpSite::TemporalLeft, occipital * (loss + 0.1),
                                 terminalDiameter * 0.85, true};
    }
    if (m_rng.bounded(3) == 0)
        sites << SiteProfile{ScalpSite::Midscalp == sites.first().site ? ScalpSite::Vertex
                                                                       : ScalpSite::Midscalp,
                             occipital * (loss + 0.2), terminalDiameter * 0.85, true};
    sites << SiteProfile{ScalpSite::Occipital, occipital, terminalDiameter, false};
    return sites;
}

Result<void> DemoRun::addVisit(const Patient &p, const Course &course, const Treatment &t, int n,
                               bool withPhotos)
{
    const QDate date =
        course.firstDate.addDays(course.interval * (n - 1) + (n > 1 ? m_rng.bounded(3) - 1 : 0));
    MicroneedlingSession s = session(p, course, t, n, date);
    if (auto r = m_sessions.add(s); !r)
        return r.error();
    ++m_summary.sessions;

    // Measured at baseline, about every third session and at the latest session.
    const bool measured = n == 1 || n == course.done || n % 3 == 0;
    if (!measured)
        return {};
    const double months = monthsBetween(course.firstDate, date);
    QList<Measurement> visit = measurementsAt(s, t, date, months);
    if (auto r = m_measurements.addAll(visit); !r)
        return r.error();
    m_summary.measurements += int(visit.size());

    if (withPhotos)
        if (auto r = addPhotos(p, s, n, visit.first()); !r)
            return r;
    if (n > 1 && (n % 4 == 0 || n == course.done))
        return addOutcome(s, t, date, months);
    return {};
}

MicroneedlingSession DemoRun::session(const Patient &p, const Course &course, const Treatment &t,
                                      int n, QDate date)
{
    const Device device = course.device;
    MicroneedlingSession s;
    s.patientId = p.id;
    s.performedAt = QDateTime(date, visitTime(m_rng));
    s.sessionNumber = n;
    s.plannedSessions = course.planned;
    s.operatorName = operatorName(m_rng);
    s.device = device;
    s.needleLength = NeedleLength(t.needle);
    if (device == Device::Dermaroller)
        s.needleCount = 192;
    else if (device == Device::Pen)
        s.needleCount = 12 + 24 * m_rng.bounded(2);
    else if (device == Device::RfMicroneedling)
        s.needleCount = 49;
    s.passes = device == Device::Dermaroller ? 4 : 2 + m_rng.bounded(2);
    s.direction = device == Device::Dermaroller ? QStringLiteral("vertical, horizontal, diagonal")
                                                : QString();
    for (const auto &site : std::as_const(t.sites)) {
        if (site.treated && site.site != ScalpSite::Occipital)
            s.zones << site.site;
    }
    s.endpoint = m_rng.bounded(8) == 0 ? Endpoint::PinpointBleeding : Endpoint::Erythema;
    if (t.needle >= 1.5) {
        s.anaestheticName = QStringLiteral("Lidocaine 5% cream");
        s.anaestheticMinutes = 30 + 10 * m_rng.bounded(3);
    }
    s.adjuncts << Adjunct{AdjunctType::Minoxidil, QStringLiteral("5%")};
    if (t.prp)
        s.adjuncts << Adjunct{AdjunctType::Prp, QStringLiteral("%1 ml").arg(3 + m_rng.bounded(3))};
    if (t.exosomes)
        s.adjuncts << Adjunct{AdjunctType::Exosomes, QStringLiteral("2 ml")};
    s.backgroundTherapy = t.background;
    s.pain = std::clamp(int(std::round(t.needle * 2.5)) + m_rng.bounded(3) - 1, 0, 10);
    if (m_rng.bounded(9) == 0) {
        static const AdverseEventType events[] = {
            AdverseEventType::Erythema, AdverseEventType::Itching,  AdverseEventType::Headache,
            AdverseEventType::Oedema,   AdverseEventType::Shedding, AdverseEventType::Ecchymosis};
        s.adverseEvents << AdverseEvent{
            pick(m_rng, events), m_rng.bounded(5) == 0 ? Severity::Moderate : Severity::Mild, {}};
    }
    s.postCare = QStringLiteral("No washing for 24 h; minoxidil restarted after 24 h");
    return s;
}

QList<Measurement> DemoRun::measurementsAt(const MicroneedlingSession &s, const Treatment &t,
                                           QDate date, double months)
{
    QList<Measurement> visit;
    const auto method =
        m_rng.bounded(4) == 0 ? MeasurementMethod::Phototrichogram : MeasurementMethod::Trichoscopy;
    for (const auto &site : std::as_const(t.sites)) {
        const double gain = site.treated ? t.monthlyGain : 0.0;
        const double noise = uniform(m_rng, -0.025, 0.025);
        Measurement m;
        m.patientId = s.patientId;
        m.sessionId = s.id;
        m.measuredOn = date;
        m.site = site.site;
        m.method = method;
        m.instrument = instrumentFor(method);
        m.magnification = magnificationFor(method);
        const double density = site.baselineDensity * (1.0 + gain * months + noise);
        m.density = HairDensity(plausibleDensity(density));
        const double diameter =
            site.baselineDiameter * (1.0 + 0.5 * gain * months) + uniform(m_rng, -1.5, 1.5);
        m.meanDiameter = ShaftDiameter(plausibleDiameter(diameter));
        const double terminal = terminalPercent(diameter, uniform(m_rng, -4, 4));
        m.terminal = Percentage(terminal);
        m.vellus =
            Percentage(std::clamp(100.0 - terminal - uniform(m_rng, 0, 6), 0.0, 100 - terminal));
        if (method == MeasurementMethod::Phototrichogram) {
            const double anagen = plausibleAnagen(72 + 20 * gain * months + uniform(m_rng, -4, 4));
            m.anagen = Percentage(anagen);
            m.telogen = Percentage(100.0 - anagen);
        }
        fitToFields(m);
        visit << m;
    }
    if (t.withTargetArea) {
        Measurement m;
        m.patientId = s.patientId;
        m.sessionId = s.id;
        m.measuredOn = date;
        m.site = ScalpSite::TargetArea;
        m.siteLabel = QStringLiteral("Tattoo-marked 1 cm² (vertex)");
        m.method = MeasurementMethod::Manual;
        m.area = AreaCm2(1.0);
        const double count = t.sites.first().baselineDensity *
                             (1.0 + t.monthlyGain * months + uniform(m_rng, -0.02, 0.02));
        m.hairCount = int(std::round(std::clamp(count, 5.0, 700.0)));
        m.density = HairDensity(*m.hairCount / m.area.value()); // per cm²
        fitToFields(m);
        visit << m;
    }
    return visit;
}

// Photos follow the first treated site; their own random numbers leave the rest of the demo as
// it was.
Result<void> DemoRun::addPhotos(const Patient &p, const MicroneedlingSession &s, int n,
                                const Measurement &m)
{
    const quint32 photoSeed = m_options.seed * 7919u + quint32(p.id) * 131u + quint32(n);
    QList<PhotoUpload> shots;
    for (PhotoView view : {PhotoView::GlobalVertex, PhotoView::Trichoscopic}) {
        PhotoUpload u;
        u.bytes = demoScalpPhoto(view, m.density.valueOr(150), m.meanDiameter.valueOr(60),
                                 photoSeed + int(view));
        u.photo.patientId = p.id;
        u.photo.sessionId = s.id;
        u.photo.view = view;
        u.photo.takenAt = s.performedAt.addSecs(view == PhotoView::Trichoscopic ? 600 : 300);
        u.photo.takenAtSource = TakenAtSource::Entered;
        u.photo.fileName = QStringLiteral("demo-%1-%2-%3.jpg").arg(p.mrn, toKey(view)).arg(n);
        if (view == PhotoView::Trichoscopic) {
            u.photo.site = m.site;
            u.photo.magnification = 20;
        }
        shots << u;
    }
    if (auto r = m_photos.add(shots); !r)
        return r.error();
    m_summary.photos += int(shots.size());
    return {};
}

Result<void> DemoRun::addOutcome(const MicroneedlingSession &s, const Treatment &t, QDate date,
                                 double months)
{
    PatientReportedOutcome o;
    o.patientId = s.patientId;
    o.sessionId = s.id;
    o.recordedOn = date;
    const int base = t.responder ? 1 + int(months / 3.0) : 0;
    o.globalAssessment = std::clamp(base + m_rng.bounded(3) - 1, -3, 3);
    o.sheddingScore = std::clamp(
        t.responder ? 3 - int(months / 3.0) + m_rng.bounded(2) : 3 + m_rng.bounded(3), 1, 6);
    if (auto r = m_outcomes.add(o); !r)
        return r.error();
    ++m_summary.outcomes;
    return {};
}

// The three seed protocols as templates, and a plan for every patient with sessions: the
// template of their first session's device (an automated pen with PRP: the PRP protocol), from
// that session's date.
Result<void> addDemoPlans(Database &db)
{
    PlanRepository plans(db);
    QList<ProtocolTemplate> templates;
    for (const plan::Protocol &p : plan::seedProtocols()) {
        ProtocolTemplate t{0, p, 0};
        if (auto saved = plans.saveTemplate(t); !saved)
            return saved.error();
        templates << t;
    }
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM patient ORDER BY id")))
        return Error::storage(Database::describe(q));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    auto sessions = SessionRepository(db).forPatients(ids);
    if (!sessions)
        return sessions.error();
    // Each patient's first session decides (the repository gives them newest first).
    QHash<qint64, const MicroneedlingSession *> first;
    for (const MicroneedlingSession &s : sessions.value())
        if (const auto *&earliest = first[s.patientId];
            !earliest || s.performedAt < earliest->performedAt)
            earliest = &s;
    for (qint64 id : std::as_const(ids)) {
        if (!first.contains(id))
            continue;
        const MicroneedlingSession &s = *first.value(id);
        const bool prp = std::any_of(s.adjuncts.begin(), s.adjuncts.end(),
                                     [](const Adjunct &a) { return a.type == AdjunctType::Prp; });
        const ProtocolTemplate &t = prp                       ? templates[2]
                                    : s.device == Device::Pen ? templates[1]
                                                              : templates[0];
        TreatmentPlan plan{0, s.patientId, t.id, t.protocol, s.performedAt.date(), {}, 0};
        if (auto saved = plans.savePlan(plan); !saved)
            return saved.error();
    }
    return {};
}

} // namespace

Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options)
{
    if (options.patients < 1 || options.patients > 100000)
        return Error::storage(QStringLiteral("The demo needs between 1 and 100000 patients."));
    DemoRun run(db, options);
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    for (int i = 0; i < options.patients; ++i)
        if (auto added = run.addPatient(i); !added)
            return added.error();
    if (auto planned = addDemoPlans(db); !planned)
        return planned.error();
    if (!tx.commit())
        return Error::storage(tx.errorText());
    if (!db.hasAccounts())
        if (auto accounts = createDemoAccounts(db); !accounts)
            return accounts.error();
    return run.summary();
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
