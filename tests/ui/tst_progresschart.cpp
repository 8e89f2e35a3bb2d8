// The progress chart shows exactly the core progress values, marks every session, explains
// sparse data, and exports a PNG of the requested size that is not blank.
#include "core/clinical/Progress.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"
#include "ui/charts/ChartData.h"
#include "ui/charts/ChartRenderer.h"
#include "ui/charts/ProgressChartPanel.h"
#include "ui/charts/ProgressChartView.h"
#include "ui/charts/SiteColors.h"
#include "ui/charts/SiteProgressModel.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QTabWidget>
#include <QTest>

using namespace tricholog;

namespace {

Measurement measure(qint64 pid, QDate date, ScalpSite site, double density, double diameter)
{
    Measurement m;
    m.patientId = pid;
    m.measuredOn = date;
    m.site = site;
    m.density = HairDensity(density);
    m.meanDiameter = ShaftDiameter(diameter);
    return m;
}

MicroneedlingSession session(qint64 pid, QDate date)
{
    MicroneedlingSession s;
    s.patientId = pid;
    s.performedAt = QDateTime(date, QTime(9, 0));
    s.device = Device::Dermaroller;
    s.needleLength = NeedleLength(1.5);
    s.adjuncts = {{AdjunctType::Minoxidil, QStringLiteral("5%")}};
    return s;
}

} // namespace

class TestProgressChart : public QObject
{
    Q_OBJECT
    test::TempDatabase m_db;
    PatientRecord m_record;
    const QDate d0{2026, 1, 5};

private slots:
    void initTestCase()
    {
        const qint64 pid = test::addPatient(*m_db);
        // Vertex 100 -> 110 -> 125, occipital 200 -> 202; four sessions, one without measurements.
        for (QDate d : {d0, d0.addDays(28), d0.addDays(56), d0.addDays(84)}) {
            auto s = session(pid, d);
            QVERIFY(SessionRepository(*m_db).add(s).ok());
        }
        QList<Measurement> rows{measure(pid, d0, ScalpSite::Vertex, 100, 50),
                                measure(pid, d0, ScalpSite::Occipital, 200, 70),
                                measure(pid, d0.addDays(28), ScalpSite::Vertex, 110, 52),
                                measure(pid, d0.addDays(84), ScalpSite::Vertex, 125, 55),
                                measure(pid, d0.addDays(84), ScalpSite::Occipital, 202, 70)};
        QVERIFY(MeasurementRepository(*m_db).addAll(rows).ok());
        m_record = loadPatientRecord(*m_db, pid).value();
    }

    void seriesEqualCoreProgress()
    {
        const auto data = ChartData::build(m_record, Metric::Density, false, m_db.clock->today());
        const auto core = progressBySite(m_record.measurements, Metric::Density);
        QCOMPARE(data.series.size(), core.size());
        for (qsizetype i = 0; i < core.size(); ++i) {
            QCOMPARE(data.series[i].site, core[i].site);
            QCOMPARE(data.series[i].baseline, core[i].baseline());
            QCOMPARE(data.series[i].points.size(), core[i].points.size());
            for (qsizetype j = 0; j < core[i].points.size(); ++j) {
                QCOMPARE(data.series[i].points[j].x(),
                         double(core[i].points[j].date.startOfDay().toMSecsSinceEpoch()));
                QCOMPARE(data.series[i].points[j].y(), core[i].points[j].value);
            }
        }
        QCOMPARE(data.series[0].points.last().y(), 125.0);
        QVERIFY(data.message.isEmpty());
        QVERIFY(data.valueAxisTitle.contains(QStringLiteral("hairs/cm²")));

        // The QChart carries the same points: one line per site plus a dashed baseline each.
        std::unique_ptr<QChart> chart(ChartRenderer::createChart(data));
        QList<QLineSeries *> named;
        for (auto *s : chart->series())
            if (auto *line = qobject_cast<QLineSeries *>(s);
                line && !qobject_cast<QScatterSeries *>(s) && !line->name().isEmpty())
                named << line;
        QCOMPARE(named.size(), 2);
        QCOMPARE(named[0]->points(), data.series[0].points);
        QCOMPARE(named[0]->pen().color(), siteColor(ScalpSite::Vertex));
    }

    void percentModeEqualsCorePercentChange()
    {
        const auto data = ChartData::build(m_record, Metric::Density, true, m_db.clock->today());
        const auto core = progressBySite(m_record.measurements, Metric::Density);
        QCOMPARE(data.series[0].baseline, 0.0);
        for (qsizetype j = 0; j < core[0].points.size(); ++j)
            QCOMPARE(data.series[0].points[j].y(), *core[0].points[j].percentChange);
        QCOMPARE(data.series[0].points.last().y(), 25.0);
        QCOMPARE(data.series[1].points.last().y(), 1.0);
        QVERIFY(data.valueAxisTitle.contains(QStringLiteral("% change")));
    }

    void markersForEverySession()
    {
        const auto data = ChartData::build(m_record, Metric::Density, false, m_db.clock->today());
        QSet<QDate> markers;
        for (const auto &m : data.sessions)
            markers << m.when.date();
        QCOMPARE(markers, (QSet<QDate>{d0, d0.addDays(28), d0.addDays(56), d0.addDays(84)}));
        QVERIFY(data.sessions.first().tooltip.contains(QStringLiteral("1.50 mm")));
        QVERIFY(data.sessions.first().tooltip.contains(QStringLiteral("Minoxidil 5%")));
        QVERIFY(data.series[0].tooltips.last().contains(QStringLiteral("+25.0 %")));
    }

    void sparseStates()
    {
        PatientRecord single = m_record;
        single.measurements = {m_record.measurements.first()};
        const auto one = ChartData::build(single, Metric::Density, false, m_db.clock->today());
        QCOMPARE(one.series.size(), 1);
        QCOMPARE(one.series[0].points.size(), 1);
        QVERIFY2(one.message.contains(QStringLiteral("second visit")), qPrintable(one.message));

        PatientRecord empty = m_record;
        empty.measurements.clear();
        const auto none = ChartData::build(empty, Metric::Density, false, m_db.clock->today());
        QVERIFY(none.series.isEmpty());
        QVERIFY(none.message.startsWith(QStringLiteral("No measurements")));
        QCOMPARE(none.sessions.size(), 4); // the sessions still show
        // Nothing dated at all: the time axis is around the database clock's today.
        PatientRecord blank;
        blank.patient = m_record.patient;
        const auto undated = ChartData::build(blank, Metric::Density, false, m_db.clock->today());
        QVERIFY(undated.minX < chartX(m_db.clock->today()));
        QVERIFY(undated.maxX > chartX(m_db.clock->today()));
        QVERIFY(undated.maxX - undated.minX < 60 * 86400000.0);

        ProgressChartView view;
        view.setRecord(single, Metric::Density, false, m_db.clock->today());
        QCOMPARE(view.chart()->title(), one.message);
    }

    void siteTableMatchesCore()
    {
        SiteProgressModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto core = progressBySite(m_record.measurements, Metric::Density);
        VerdictRules noControls;
        noControls.controlSites.clear();
        model.setSeries(Metric::Density, core, noControls);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, SiteProgressModel::Baseline)).toString(),
                 QStringLiteral("100.0"));
        QCOMPARE(model.data(model.index(0, SiteProgressModel::Latest)).toString(),
                 QStringLiteral("125.0"));
        QCOMPARE(model.data(model.index(0, SiteProgressModel::Change)).toString(),
                 QStringLiteral("+25.0"));
        QCOMPARE(model.data(model.index(0, SiteProgressModel::Change), Qt::ToolTipRole).toString(),
                 QStringLiteral("+25.0 hairs/cm²"));
        QCOMPARE(model.headerData(SiteProgressModel::Baseline, Qt::Horizontal).toString(),
                 QStringLiteral("Baseline\nhairs/cm²"));
        QCOMPARE(model.data(model.index(0, SiteProgressModel::PercentChange)).toString(),
                 QStringLiteral("+25.0 %"));
        QCOMPARE(model.data(model.index(0, SiteProgressModel::Responder)).toString(),
                 QStringLiteral("Responder"));
        QCOMPARE(model.data(model.index(1, SiteProgressModel::Responder)).toString(),
                 QStringLiteral("Non-responder"));
        // With the default rules the occipital donor area is the control: labelled, no verdict.
        model.setSeries(Metric::Density, core, VerdictRules{});
        QCOMPARE(model.data(model.index(1, SiteProgressModel::Site)).toString(),
                 QStringLiteral("Occipital (control)"));
        QCOMPARE(model.data(model.index(1, SiteProgressModel::Responder)).toString(),
                 QStringLiteral("Control site"));
        QCOMPARE(model.data(model.index(0, SiteProgressModel::Responder)).toString(),
                 QStringLiteral("Responder")); // 84 days: the 12 weeks are reached
        VerdictRules longer;
        longer.minFollowUpWeeks = 13;
        model.setSeries(Metric::Density, core, longer);
        QCOMPARE(model.data(model.index(0, SiteProgressModel::Responder)).toString(),
                 QStringLiteral("Too early to judge"));
        const double rate = *core[0].ratePerMonth;
        QVERIFY(model.data(model.index(0, SiteProgressModel::RatePerMonth))
                    .toString()
                    .startsWith(QStringLiteral("+") + QLocale().toString(rate, 'f', 1)));
    }

    void panelKeepsMetricAndUpdates()
    {
        ProgressChartPanel panel;
        panel.setRecord(m_record, m_db.clock->today());
        panel.setMetric(Metric::MeanDiameter);
        panel.setPercentMode(true);
        QCOMPARE(panel.chartView()->data().metric, Metric::MeanDiameter);
        QCOMPARE(panel.chartView()->data().series[0].points.last().y(), 10.0); // 50 -> 55 µm
        // New data (an added measurement) keeps the chosen metric and mode.
        PatientRecord more = m_record;
        Measurement extra =
            measure(m_record.patient.id, d0.addDays(90), ScalpSite::Vertex, 130, 60);
        more.measurements << extra;
        panel.setRecord(more, m_db.clock->today());
        QCOMPARE(panel.chartView()->data().metric, Metric::MeanDiameter);
        QCOMPARE(panel.chartView()->data().series[0].points.last().y(), 20.0);
        // The pair view shares one time range.
        QCOMPARE(panel.densityView()->data().minX, panel.diameterView()->data().minX);
        QCOMPARE(panel.densityView()->data().maxX, panel.diameterView()->data().maxX);
    }

    void pairChartsShareTheirLeftEdge()
    {
        ProgressChartPanel panel;
        panel.setAttribute(Qt::WA_DontShowOnScreen);
        panel.resize(900, 800);
        panel.setRecord(m_record, m_db.clock->today());
        panel.show();
        QCoreApplication::processEvents();
        panel.findChild<QTabWidget *>()->setCurrentIndex(1);
        QTRY_VERIFY(panel.densityView()->chart()->plotArea().width() > 100);
        QTRY_COMPARE(qRound(panel.densityView()->chart()->plotArea().left()),
                     qRound(panel.diameterView()->chart()->plotArea().left()));
        QCOMPARE(qRound(panel.densityView()->chart()->plotArea().right()),
                 qRound(panel.diameterView()->chart()->plotArea().right()));
    }

    void exportedPngHasSizeAndContent()
    {
        QTemporaryDir dir;
        ProgressChartView view;
        view.setRecord(m_record, Metric::Density, false, m_db.clock->today());
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(view.exportFile(path));
        QImage image(path);
        QCOMPARE(image.size(), ChartRenderer::printSize()); // print resolution, not screen size
        // Inside the plot area: many distinct colours, and the vertex colour drawn.
        QSet<QRgb> colours;
        int vertexPixels = 0;
        const QColor vertex = siteColor(ScalpSite::Vertex);
        for (int y = image.height() / 8; y < image.height() * 3 / 4; y += 2)
            for (int x = image.width() / 8; x < image.width() * 7 / 8; x += 2) {
                const QColor c = image.pixelColor(x, y);
                colours << c.rgb();
                if (qAbs(c.red() - vertex.red()) < 20 && qAbs(c.green() - vertex.green()) < 20 &&
                    qAbs(c.blue() - vertex.blue()) < 20)
                    ++vertexPixels;
            }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY2(vertexPixels > 100, qPrintable(QString::number(vertexPixels)));
        QVERIFY(!view.exportFile(dir.filePath(QStringLiteral("missing/folder/chart.png"))));
    }

    void exportedSvgIsVector()
    {
        QTemporaryDir dir;
        ProgressChartView view;
        view.setRecord(m_record, Metric::Density, false, m_db.clock->today());
        const QString path = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(view.exportFile(path, QSize(1200, 700)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 1200 700\""));
        // The vertex series is drawn as vector strokes in its site colour, not as an image.
        const QByteArray vertex = siteColor(ScalpSite::Vertex).name().toLatin1();
        QVERIFY2(svg.contains(QByteArray("stroke=\"" + vertex + "\"")), vertex.constData());
        QVERIFY(!svg.contains("<image"));
        QString error;
        QVERIFY(!view.exportFile(dir.filePath(QStringLiteral("chart.jpg")), {}, &error));
        QVERIFY(error.contains(QStringLiteral(".png or .svg")));
    }
};

QTEST_MAIN(TestProgressChart)
#include "tst_progresschart.moc"
