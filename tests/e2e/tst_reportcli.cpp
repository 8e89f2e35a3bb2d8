// `tricholog report` and `tricholog chart` run as a clinic's script runs them; the PDF is read
// back with poppler's pdftotext / pdfinfo / pdftoppm and compared with the core values.
#include "core/clinical/MetricFormat.h"
#include "core/clinical/Progress.h"
#include "core/model/Keys.h"
#include "core/security/AuditLog.h"
#include "core/security/UserRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PracticeRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"
#include "tests/e2e/ProcessRun.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;

namespace {

using test::Run;

Run run(const QString &program, const QStringList &args)
{
    QProcessEnvironment account; // the account initTestCase creates
    account.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("reporter"));
    account.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("report-pass-1"));
    return test::runProcess(program, args, account);
}

Run runApp(const QStringList &args)
{
    return run(QStringLiteral(TRICHOLOG_BINARY), args);
}

QString pdfText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .out;
}

int pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral(R"(Pages:\s+(\d+))"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf}).out).captured(1).toInt();
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    const QDate d0{2025, 3, 3};

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("report.sqlite"));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        Patient p = test::samplePatient(QStringLiteral("RPT-1"));
        QVERIFY(PatientRepository(*db.value()).add(p).ok());
        // Dhurat-like: weekly dermaroller for 12 weeks; target-area count 150 -> 241.4.
        for (int week = 0; week <= 12; ++week) {
            MicroneedlingSession s;
            s.patientId = p.id;
            s.performedAt = QDateTime(d0.addDays(7 * week), QTime(10, 0));
            s.sessionNumber = week + 1;
            s.plannedSessions = 13;
            s.device = Device::Dermaroller;
            s.needleLength = NeedleLength(1.5);
            s.zones = {ScalpSite::Vertex};
            s.endpoint = Endpoint::Erythema;
            s.adjuncts = {{AdjunctType::Minoxidil, QStringLiteral("5%")}};
            s.pain = 3;
            if (week == 4)
                s.adverseEvents = {{AdverseEventType::Headache, Severity::Mild,
                                    QStringLiteral("pustules vertex, doxycycline 7 d")}};
            s.notes = QStringLiteral("visit-%1").arg(week + 1);
            QVERIFY(SessionRepository(*db.value()).add(s).ok());
        }
        QList<Measurement> rows;
        for (const auto &[day, density, diameter] :
             {std::tuple{0, 150.0, 55.0}, std::tuple{42, 190.0, 58.0},
              std::tuple{84, 241.4, 61.0}}) {
            Measurement m;
            m.patientId = p.id;
            m.measuredOn = d0.addDays(day);
            m.site = ScalpSite::Vertex;
            m.method = MeasurementMethod::Phototrichogram;
            m.density = HairDensity(density);
            m.meanDiameter = ShaftDiameter(diameter);
            rows << m;
            Measurement o = m;
            o.site = ScalpSite::Occipital;
            o.density = HairDensity(220 + day / 42);
            o.meanDiameter = ShaftDiameter(70);
            rows << o;
        }
        QVERIFY(MeasurementRepository(*db.value()).addAll(rows).ok());

        // A second patient with 60 sessions for pagination.
        Patient many = test::samplePatient(QStringLiteral("RPT-60"));
        many.familyName = QStringLiteral("O'Brien");
        QVERIFY(PatientRepository(*db.value()).add(many).ok());
        for (int i = 0; i < 60; ++i) {
            MicroneedlingSession s;
            s.patientId = many.id;
            s.performedAt = QDateTime(QDate(2024, 1, 8).addDays(7 * i), QTime(9, 30));
            s.device = Device::Pen;
            s.needleLength = NeedleLength(1.0);
            s.zones = {ScalpSite::Frontal, ScalpSite::Vertex};
            s.adjuncts = {{AdjunctType::Prp, QStringLiteral("4 ml")}};
            QVERIFY(SessionRepository(*db.value()).add(s).ok());
        }
        // Verbs sign in: the account the run() helper names; an assistant for the refusals.
        UserRepository users(*db.value());
        QVERIFY(
            users.add(QStringLiteral("boss"), Role::Administrator, QStringLiteral("boss-pass-1"))
                .ok());
        QVERIFY(users.signIn(QStringLiteral("boss"), QStringLiteral("boss-pass-1")).ok());
        QVERIFY(
            users.add(QStringLiteral("reporter"), Role::Clinician, QStringLiteral("report-pass-1"))
                .ok());
        QVERIFY(
            users.add(QStringLiteral("helper"), Role::Assistant, QStringLiteral("helper-pass-1"))
                .ok());
        Practice practice;
        practice.name = QStringLiteral("Sampletown Hair and Scalp Practice");
        practice.address = QStringLiteral("2 Sample Road, Sampletown");
        QVERIFY(PracticeRepository(*db.value()).save(practice).ok());
    }

    // Assistants do not export reports or charts (core's permission, as for CSV); a report
    // written by a clinician is in the audit trail as a disclosure, with the file it went to.
    void assistantsMayNotWriteReportsAndReportsAreDisclosed()
    {
        QProcessEnvironment assistant;
        assistant.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("helper"));
        assistant.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("helper-pass-1"));
        const QString refused = m_dir.filePath(QStringLiteral("refused.pdf"));
        auto r = test::runProcess(QStringLiteral(TRICHOLOG_BINARY),
                                  {QStringLiteral("report"), QStringLiteral("--database"), m_db,
                                   QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                                   QStringLiteral("--output"), refused},
                                  assistant);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Assistant")), qPrintable(r.err));
        QVERIFY(!QFile::exists(refused));
        r = test::runProcess(QStringLiteral(TRICHOLOG_BINARY),
                             {QStringLiteral("chart"), QStringLiteral("--database"), m_db,
                              QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                              QStringLiteral("--metric"), QStringLiteral("density"),
                              QStringLiteral("--output"), m_dir.filePath(QStringLiteral("c.png"))},
                             assistant);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("c.png"))));

        const QString pdf = m_dir.filePath(QStringLiteral("disclosed.pdf"));
        r = runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                    QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                    QStringLiteral("--output"), pdf});
        QCOMPARE(r.exitCode, 0);
        // The header is the practice kept in the database, on any workstation.
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Sampletown Hair and Scalp Practice")),
                 qPrintable(text.left(400)));
        QVERIFY(!text.contains(QStringLiteral("Hair clinic")));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        const qint64 id =
            PatientRepository(*db.value()).findByMrn(QStringLiteral("RPT-1")).value().id;
        const auto entries = AuditLog(*db.value()).query({}).value();
        bool found = false;
        for (const auto &e : entries)
            if (e.action == QLatin1String("disclose") && e.patientId == id &&
                e.user == QLatin1String("reporter") &&
                e.newValues.contains(QStringLiteral("pdf_report")) && e.newValues.contains(pdf))
                found = true;
        QVERIFY(found);
    }

    void reportFiguresEqualCore()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("rpt1.pdf"));
        const auto r = runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                               QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                               QStringLiteral("--output"), pdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext returned nothing");

        auto db = Database::open(m_db);
        const auto record =
            loadPatientRecord(
                *db.value(),
                PatientRepository(*db.value()).findByMrn(QStringLiteral("RPT-1")).value().id)
                .value();
        const QLocale c(QLocale::C);
        for (Metric metric : {Metric::Density, Metric::MeanDiameter}) {
            for (const auto &s : progressBySite(record.measurements, metric)) {
                // The row of this site holds baseline, latest, change, % change, rate per
                // month and (for density) the responder status, in order, as core computes them.
                auto esc = [](const QString &t) {
                    return QRegularExpression::escape(t);
                };
                // The occipital donor area is the control site by default: so labelled, no
                // verdict (VerdictRules' defaults, as the report's settings).
                const VerdictRules rules;
                const QString site = rules.isControl(s.site)
                                         ? label(s.site) + QStringLiteral(" (control)")
                                         : label(s.site);
                QString pattern =
                    QStringLiteral("%1\\s+%2\\s+%3\\s+%4\\s+%5\\s+%6")
                        .arg(esc(site), esc(formatMetricNumber(metric, s.baseline(), c)),
                             esc(formatMetricNumber(metric, s.latest().value, c)),
                             esc(formatMetricNumber(metric, s.latest().change, c, true)),
                             esc(formatPercentChange(s.latest().percentChange, c)),
                             esc(formatMetricNumber(metric, *s.ratePerMonth, c, true)));
                if (metric == Metric::Density)
                    pattern += QStringLiteral("\\s+") + esc(responderText(siteVerdict(s, rules)));
                QVERIFY2(text.contains(QRegularExpression(pattern)), qPrintable(pattern));
            }
        }
        // The reference example: 150 -> 241.4 is +91.4, +60.9 %.
        QVERIFY(text.contains(QRegularExpression(
            QStringLiteral(R"(Vertex\s+150\.0\s+241\.4\s+\+91\.4\s+\+60\.9 %)"))));
        // Every session appears once in the log (dates are unique per session here).
        for (const auto &s : record.sessions) {
            const QString date = c.toString(s.performedAt.date(), QLocale::ShortFormat);
            QCOMPARE(text.count(QRegularExpression(QStringLiteral("^\\s*") +
                                                       QRegularExpression::escape(date) +
                                                       QStringLiteral("\\s+Dermaroller"),
                                                   QRegularExpression::MultilineOption)),
                     1);
        }
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(text.contains(QStringLiteral("Headache")));
        // The detail written for the event is in the adverse-event summary.
        QVERIFY(text.contains(QStringLiteral("pustules vertex, doxycycline 7 d")));
        // The method note says what was recorded: the method with its count, the thresholds.
        auto words = [](const QString &sentence) {
            QString pattern = QRegularExpression::escape(sentence);
            pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
            return QRegularExpression(pattern);
        };
        QVERIFY(text.contains(words(label(MeasurementMethod::Phototrichogram) +
                                    QStringLiteral(": 6 site measurements"))));
        QVERIFY(text.contains(words(QStringLiteral("Hairs thinner than 30 µm count as vellus"))));
        QVERIFY(text.contains(QStringLiteral("Müller, Jonas · MRN RPT-1")));
        QVERIFY(
            run(QStringLiteral("pdfinfo"), {pdf})
                .out.contains(QStringLiteral("Title:           Hair regrowth progress report")));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf}).out;
        // The author is the practice (kept in the database).
        QVERIFY(info.contains(
            QRegularExpression(QStringLiteral(R"(Author:\s+Sampletown Hair and Scalp Practice)"))));
        QVERIFY(info.contains(QRegularExpression(
            QStringLiteral(R"(Subject:\s+Microneedling treatment and hair regrowth)"))));
        // Every font embedded: pdffonts' "emb" column (the third from the right) says yes.
        const QStringList fonts =
            run(QStringLiteral("pdffonts"), {pdf}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2); // two header lines, then one line per font
        for (const QString &line : fonts.mid(2)) {
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == QLatin1String("yes"),
                     qPrintable(line));
        }
        // The page count is what the command reported, and what this content needs.
        const int pages = pdfPages(pdf);
        QVERIFY(r.out.contains(QStringLiteral("(%1 pages)").arg(pages)));
        QCOMPARE(pages, 3);

        // The chart area of the first page is not blank: the vertex colour covers part of it.
        QVERIFY(run(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                     QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                     QStringLiteral("1"), pdf, m_dir.filePath(QStringLiteral("page"))})
                    .exitCode == 0);
        const QImage first(m_dir.filePath(QStringLiteral("page-1.png")));
        QVERIFY(!first.isNull());
        int coloured = 0;
        for (int y = first.height() / 3; y < first.height(); y += 2)
            for (int x = 0; x < first.width(); x += 2) {
                const QColor px = first.pixelColor(x, y);
                if (px.red() < 60 && px.green() > 120 && px.blue() > 80 && px.blue() < 160)
                    ++coloured; // the vertex green (#009E73)
            }
        // Charts are vector drawings: with no clinic logo set, the PDF holds no image at all.
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                       .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the two header lines of the listing, no image rows
        QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));
    }

    void sixtySessionsPaginateWithRepeatedHeader()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("rpt60.pdf"));
        const auto r = runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                               QStringLiteral("--patient"), QStringLiteral("RPT-60"),
                               QStringLiteral("--output"), pdf});
        QCOMPARE(r.exitCode, 0);
        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        int sessionPages = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text =
                run(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                     QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")})
                    .out;
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
            if (text.contains(QStringLiteral("Automated pen"))) {
                ++sessionPages;
                QVERIFY2(text.contains(QRegularExpression(
                             QStringLiteral(R"(Date\s+Device\s+Needle\s+Zones)"))),
                         qPrintable(QStringLiteral("page %1 lacks the table header").arg(page)));
            }
        }
        QVERIFY(sessionPages >= 2);
        QCOMPARE(pdfText(pdf).count(QStringLiteral("4 ml")), 60 + 1); // 60 rows + course summary
    }

    void dateRangeLimitsTheReport()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("range.pdf"));
        const auto r = runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                               QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                               QStringLiteral("--output"), pdf, QStringLiteral("--from"),
                               d0.addDays(40).toString(Qt::ISODate), QStringLiteral("--to"),
                               d0.addDays(90).toString(Qt::ISODate)});
        QCOMPARE(r.exitCode, 0);
        const QString text = pdfText(pdf);
        // Baseline inside the period is the 42-day visit: 190.0 -> 241.4 (+51.4, +27.1 %).
        QVERIFY(text.contains(QRegularExpression(
            QStringLiteral(R"(Vertex\s+190\.0\s+241\.4\s+\+51\.4\s+\+27\.1 %)"))));
        QVERIFY(
            !text.contains(QLocale::c().toString(d0, QLocale::ShortFormat) + QStringLiteral("  ")));
    }

    void reportErrors()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
        auto r = runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                         QStringLiteral("--patient"), QStringLiteral("NOPE"),
                         QStringLiteral("--output"), pdf});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.contains(QStringLiteral("NOPE")));
        r = runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                    QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                    QStringLiteral("--output"), pdf, QStringLiteral("--from"),
                    QStringLiteral("2025-13-40")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("2025-13-40")));
        const QString unwritable = m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
        r = runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                    QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                    QStringLiteral("--output"), unwritable});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(unwritable));
    }

    void chartCommand()
    {
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        auto r = runApp({QStringLiteral("chart"), QStringLiteral("--database"), m_db,
                         QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                         QStringLiteral("--metric"), QStringLiteral("density"),
                         QStringLiteral("--percent"), QStringLiteral("--output"), png,
                         QStringLiteral("--size"), QStringLiteral("1200x700")});
        QCOMPARE(r.exitCode, 0);
        QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 700));
        QSet<QRgb> colours;
        for (int y = 100; y < 600; y += 4)
            for (int x = 150; x < 1100; x += 4)
                colours << image.pixel(x, y);
        QVERIFY(colours.size() > 10);

        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        r = runApp({QStringLiteral("chart"), QStringLiteral("--database"), m_db,
                    QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                    QStringLiteral("--metric"), QStringLiteral("diameter"),
                    QStringLiteral("--output"), svg, QStringLiteral("--size"),
                    QStringLiteral("800x500")});
        QCOMPARE(r.exitCode, 0);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray drawing = svgFile.readAll();
        QVERIFY(drawing.contains("<svg") && drawing.contains("viewBox=\"0 0 800 500\""));
        QVERIFY(drawing.contains("Mean hair-shaft diameter"));

        r = runApp({QStringLiteral("chart"), QStringLiteral("--database"), m_db,
                    QStringLiteral("--patient"), QStringLiteral("NOPE"), QStringLiteral("--metric"),
                    QStringLiteral("density"), QStringLiteral("--output"),
                    m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("tricholog: ")));
        r = runApp({QStringLiteral("chart"), QStringLiteral("--database"), m_db,
                    QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                    QStringLiteral("--metric"), QStringLiteral("volume"),
                    QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("density, diameter")));
        r = runApp({QStringLiteral("chart"), QStringLiteral("--database"), m_db,
                    QStringLiteral("--patient"), QStringLiteral("RPT-1"),
                    QStringLiteral("--metric"), QStringLiteral("density"),
                    QStringLiteral("--output"), m_dir.filePath(QStringLiteral("no/dir/x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
