// SALT, cumulative thickness and progress maths on hand-computed cases.
#include "core/clinical/HairMaths.h"
#include "core/clinical/Progress.h"
#include "core/clinical/Salt.h"

#include <QTest>

using namespace tricholog;

class TestClinicalMaths : public QObject
{
    Q_OBJECT

    static Measurement at(QDate date, ScalpSite site, double density)
    {
        Measurement m;
        m.measuredOn = date;
        m.site = site;
        m.density = HairDensity(density);
        return m;
    }

private slots:
    void saltHandComputed_data()
    {
        QTest::addColumn<double>("vertex");
        QTest::addColumn<double>("posterior");
        QTest::addColumn<double>("right");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("band");
        QTest::addColumn<int>("iga");
        QTest::addColumn<bool>("success");
        // 0.40*50 + 0.24*25 + 0.18*10 + 0.18*0 = 20 + 6 + 1.8 = 27.8
        QTest::newRow("issue example") << 50.0 << 25.0 << 10.0 << 0.0 << 27.8 << 2 << 2 << false;
        QTest::newRow("no loss") << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0 << 0 << true;
        QTest::newRow("total loss") << 100.0 << 100.0 << 100.0 << 100.0 << 100.0 << 5 << 4 << false;
        // 0.40*50 = 20.0: success threshold is inclusive, AA-IGA 1 limited
        QTest::newRow("exactly 20") << 50.0 << 0.0 << 0.0 << 0.0 << 20.0 << 1 << 1 << true;
        // 0.40*100 + 0.24*100 + 0.18*50 = 40 + 24 + 9 = 73
        QTest::newRow("S3 severe") << 100.0 << 100.0 << 50.0 << 0.0 << 73.0 << 3 << 3 << false;
        // 0.40*100 + 0.24*100 + 0.18*100 + 0.18*90 = 98.2
        QTest::newRow("S4 very severe")
            << 100.0 << 100.0 << 100.0 << 90.0 << 98.2 << 4 << 4 << false;
        // 0.18*10 = 1.8
        QTest::newRow("S1 limited") << 0.0 << 0.0 << 10.0 << 0.0 << 1.8 << 1 << 1 << true;
        // 0.40*62.5 = 25.0: lower bound of S2
        QTest::newRow("S2 lower bound") << 62.5 << 0.0 << 0.0 << 0.0 << 25.0 << 2 << 2 << false;
    }
    void saltHandComputed()
    {
        QFETCH(double, vertex);
        QFETCH(double, posterior);
        QFETCH(double, right);
        QFETCH(double, left);
        QFETCH(double, score);
        QFETCH(int, band);
        QFETCH(int, iga);
        QFETCH(bool, success);
        const SaltRegions regions{Percentage(vertex), Percentage(posterior), Percentage(right),
                                  Percentage(left)};
        const auto salt = computeSalt(regions);
        QVERIFY(salt.has_value());
        QCOMPARE(salt->score, score);
        QCOMPARE(int(salt->band), band);
        QCOMPARE(salt->aaIga, iga);
        QCOMPARE(salt->treatmentSuccess, success);
    }

    void saltNeedsAllRegions()
    {
        SaltRegions regions{Percentage(50), Percentage(25), Percentage(10), Percentage()};
        QVERIFY(!computeSalt(regions).has_value());
        regions.leftSide = Percentage(101);
        QVERIFY(!computeSalt(regions).has_value());
    }

    void saltText()
    {
        QCOMPARE(saltBandText(SaltBand::S2), QStringLiteral("S2"));
        QCOMPARE(aaIgaText(2), QStringLiteral("2 moderate"));
        Diagnosis d;
        d.scale = Scale::Salt;
        d.salt = {Percentage(50), Percentage(25), Percentage(10), Percentage(0)};
        QCOMPARE(d.severityText(), QStringLiteral("SALT 27.8 (S2)"));
    }

    void cumulativeThickness()
    {
        // 200 hairs/cm² x 70 µm = 14 000 µm/cm² = 14 mm/cm²
        const auto t = cumulativeHairThickness(HairDensity(200), ShaftDiameter(70));
        QVERIFY(t.isRecorded());
        QCOMPARE(t.value(), 14.0);
        QVERIFY(!cumulativeHairThickness(HairDensity(200), ShaftDiameter()).isRecorded());
        Measurement m;
        m.density = HairDensity(150);
        m.meanDiameter = ShaftDiameter(60);
        QCOMPARE(m.value(Metric::CumulativeThickness).value(), 9.0);
    }

    void dhuratTargetArea()
    {
        // A target-area count of 150 -> 241.4 hairs/cm² in 12 weeks is +91.4, +60.9 %.
        const QDate start(2026, 1, 5);
        QList<Measurement> ms;
        for (double v : {150.0, 241.4}) {
            Measurement m;
            m.measuredOn = ms.isEmpty() ? start : start.addDays(84);
            m.site = ScalpSite::TargetArea;
            m.siteLabel = QStringLiteral("tattoo");
            m.hairCount = int(v);
            m.area = AreaCm2(1.0);
            m.density = HairDensity(v);
            ms << m;
        }
        const auto series =
            progressSeries(ms, Metric::Density, ScalpSite::TargetArea, QStringLiteral("tattoo"));
        QCOMPARE(series.points.size(), 2);
        QCOMPARE(series.baseline(), 150.0);
        QCOMPARE(series.latest().value, 241.4);
        QVERIFY(qFuzzyCompare(series.latest().change, 91.4));
        QCOMPARE(qRound(*series.latest().percentChange * 10), 609); // 60.93 %
        // slope: 91.4 hairs/cm² over 84 / 30.4375 months = 33.12 per month
        QVERIFY(series.ratePerMonth.has_value());
        QVERIFY(qAbs(*series.ratePerMonth - 91.4 / (84.0 / 30.4375)) < 1e-9);
        QCOMPARE(responderStatus(series), ResponderStatus::Responder);
    }

    void leastSquaresOnKnownLine()
    {
        // value = 100 + 2 * months, exactly, at 0, 1, 3 and 6 months (x in days / 30.4375)
        const QDate start(2026, 1, 1);
        QList<ProgressPoint> points;
        for (double months : {0.0, 1.0, 3.0, 6.0}) {
            ProgressPoint p;
            const int days = int(std::round(months * kDaysPerMonth));
            p.date = start.addDays(days);
            p.value = 100.0 + 2.0 * days / kDaysPerMonth;
            points << p;
        }
        const auto slope = leastSquaresSlopePerMonth(points);
        QVERIFY(slope.has_value());
        QVERIFY(qAbs(*slope - 2.0) < 1e-9);
    }

    void leastSquaresNoisy()
    {
        // x = 0, 1, 2 months; y = 10, 14, 15: slope = sum(dx*dy)/sum(dx^2) = (−1*−3 + 1*2)/2 = 2.5
        const QDate start(2026, 1, 1);
        QList<ProgressPoint> points;
        const double ys[] = {10, 14, 15};
        for (int i = 0; i < 3; ++i) {
            ProgressPoint p;
            p.date = start.addDays(qRound(i * kDaysPerMonth));
            p.value = ys[i];
            points << p;
        }
        // dates are whole days, so x is 0, 30/30.4375, 61/30.4375: compute the expected slope
        double xs[3];
        for (int i = 0; i < 3; ++i)
            xs[i] = start.daysTo(points[i].date) / kDaysPerMonth;
        const double mx = (xs[0] + xs[1] + xs[2]) / 3, my = (10 + 14 + 15) / 3.0;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < 3; ++i) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
        }
        QVERIFY(qAbs(*leastSquaresSlopePerMonth(points) - sxy / sxx) < 1e-12);
        QVERIFY(qAbs(*leastSquaresSlopePerMonth(points) - 2.5) < 0.1);
    }

    void baselineZeroIsUndefined()
    {
        const QDate d(2026, 1, 1);
        const QList<Measurement> ms{at(d, ScalpSite::Vertex, 0),
                                    at(d.addDays(30), ScalpSite::Vertex, 12)};
        const auto series = progressSeries(ms, Metric::Density, ScalpSite::Vertex);
        QVERIFY(series.baselineIsZero());
        QCOMPARE(series.latest().change, 12.0);
        QVERIFY(!series.latest().percentChange.has_value());
        QCOMPARE(responderStatus(series), ResponderStatus::Undetermined);
    }

    void seriesPerSiteInDateOrder()
    {
        const QDate d(2026, 1, 1);
        // Deliberately out of order, with another site and a same-day repeat.
        const QList<Measurement> ms{at(d.addDays(60), ScalpSite::Vertex, 120),
                                    at(d, ScalpSite::Vertex, 100),
                                    at(d, ScalpSite::Occipital, 200),
                                    at(d.addDays(30), ScalpSite::Vertex, 104),
                                    at(d.addDays(30), ScalpSite::Vertex, 106),
                                    at(d.addDays(60), ScalpSite::Occipital, 202)};
        const auto all = progressBySite(ms, Metric::Density);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].site, ScalpSite::Vertex);
        QCOMPARE(all[1].site, ScalpSite::Occipital);
        const auto &vertex = all[0];
        QCOMPARE(vertex.points.size(), 3);
        QCOMPARE(vertex.points[0].date, d);
        QCOMPARE(vertex.points[1].value, 105.0); // same-day repeat averaged
        QCOMPARE(vertex.points[2].change, 20.0);
        QCOMPARE(*vertex.points[2].percentChange, 20.0);
        QCOMPARE(responderStatus(vertex), ResponderStatus::Responder);
        QCOMPARE(*all[1].latest().percentChange, 1.0);
        QCOMPARE(responderStatus(all[1]), ResponderStatus::NonResponder);
        QCOMPARE(responderStatus(all[1], 1.0), ResponderStatus::Responder); // threshold inclusive
    }

    // No verdict before the minimum follow-up; control sites get none and stay out of the
    // patient's overall response, which is the mean of the treated sites.
    void verdictsWaitForFollowUpAndSkipControlSites()
    {
        const QDate d(2026, 1, 1);
        const VerdictRules rules; // 10 %, 12 weeks, occipital as control
        const auto early = progressSeries(
            {at(d, ScalpSite::Vertex, 100), at(d.addDays(7 * 12 - 1), ScalpSite::Vertex, 130)},
            Metric::Density, ScalpSite::Vertex);
        QCOMPARE(responderStatus(early), ResponderStatus::Responder); // the bare maths
        QCOMPARE(siteVerdict(early, rules), ResponderStatus::TooEarly);
        const auto due = progressSeries(
            {at(d, ScalpSite::Vertex, 100), at(d.addDays(7 * 12), ScalpSite::Vertex, 105)},
            Metric::Density, ScalpSite::Vertex);
        QCOMPARE(siteVerdict(due, rules), ResponderStatus::NonResponder);
        const auto donor = progressSeries(
            {at(d, ScalpSite::Occipital, 200), at(d.addDays(200), ScalpSite::Occipital, 260)},
            Metric::Density, ScalpSite::Occipital);
        QCOMPARE(siteVerdict(donor, rules), ResponderStatus::Control);
        VerdictRules none = rules;
        none.controlSites.clear();
        QCOMPARE(siteVerdict(donor, none), ResponderStatus::Responder);
        QVERIFY(responderText(ResponderStatus::TooEarly) !=
                responderText(ResponderStatus::NonResponder));

        // Vertex +20 %, frontal +10 %, occipital +30 % (control): overall (20 + 10) / 2 = 15 %.
        const QList<Measurement> ms{
            at(d, ScalpSite::Vertex, 100),    at(d.addDays(100), ScalpSite::Vertex, 120),
            at(d, ScalpSite::Frontal, 150),   at(d.addDays(100), ScalpSite::Frontal, 165),
            at(d, ScalpSite::Occipital, 200), at(d.addDays(100), ScalpSite::Occipital, 260)};
        QCOMPARE(*headlineDensityChange(ms), 15.0);
        QCOMPARE(*headlineDensityChange(ms, {}), 20.0); // (20 + 10 + 30) / 3
        // Only a control site measured: no overall response.
        QVERIFY(!headlineDensityChange({ms.at(4), ms.at(5)}).has_value());
    }

    void singleVisitHasNoProgress()
    {
        const auto series = progressSeries({at(QDate(2026, 1, 1), ScalpSite::Vertex, 100)},
                                           Metric::Density, ScalpSite::Vertex);
        QCOMPARE(series.points.size(), 1);
        QVERIFY(!series.hasProgress());
        QVERIFY(!series.ratePerMonth.has_value());
        QCOMPARE(responderStatus(series), ResponderStatus::Undetermined);
    }
};

QTEST_GUILESS_MAIN(TestClinicalMaths)
#include "tst_clinicalmaths.moc"
