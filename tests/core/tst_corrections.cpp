// Corrections by hand of an analysis (core/analysis/Corrections.h): each edit changes the hairs
// and the figures as it says, undo puts back exactly what was there, the width of a hair drawn
// by hand is measured like the engine's, and the stored form reads back to the same hairs.
#include "DrawnStrokes.h"
#include "core/analysis/AnalysisRecord.h"
#include "core/analysis/Corrections.h"
#include "core/analysis/HairAnalysis.h"

#include <QJsonDocument>
#include <QPainter>
#include <QtTest>

using namespace tricholog;
using namespace tricholog::analysis;

namespace {

constexpr double kScale = test::kStrokeScale; // um per pixel in the hand-drawn cases
using test::drawn;
using test::Stroke;

// Three vertical shafts (80, 60, 20 um) and a reference set of thick ones at the bottom.
QList<Stroke> scene()
{
    return {{{150, 60}, {150, 360}, 80}, {{350, 60}, {350, 360}, 60},  {{550, 60}, {550, 360}, 20},
            {{40, 560}, {200, 560}, 70}, {{600, 560}, {760, 560}, 90}, {{40, 520}, {200, 520}, 80}};
}

AnalysisResult analysed(const QImage &image)
{
    AnalysisOptions o;
    o.umPerPx = kScale;
    auto r = analyse(image, o);
    if (!r)
        qFatal("analyse failed: %s", qPrintable(r.error().message));
    return r.value();
}

int hairNear(const CorrectedAnalysis &c, QPointF p)
{
    return c.hairAt(p, 6);
}

HairEdit edit(HairEdit::Kind kind, int hair)
{
    HairEdit e;
    e.kind = kind;
    e.hair = hair;
    e.user = QStringLiteral("dr.lee");
    e.when = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    return e;
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private slots:
    void removeAddSplitWidthAndUndo()
    {
        const QImage image = drawn(scene());
        CorrectedAnalysis c(analysed(image));
        const AnalysisResult before = c.result();
        QCOMPARE(before.hairCount, 6);
        QCOMPARE(c.detected(), 6);

        // Remove the 20 um hair: five counted, none vellus left.
        const int thin = hairNear(c, {550, 200});
        QVERIFY(thin >= 0);
        QVERIFY(c.apply(edit(HairEdit::Kind::Remove, thin)));
        QCOMPARE(c.result().hairCount, 5);
        QCOMPARE(c.removed(), 1);
        QCOMPARE(c.result().vellusPct, 0.0);
        QCOMPARE(c.hairAt({550, 200}, 6), -1); // a removed hair is not picked again
        // Removing it twice is refused, with its number.
        const auto again = c.apply(edit(HairEdit::Kind::Remove, thin));
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QString::number(thin + 1)));

        // Add a hair drawn where there is none: counted, its width as given.
        HairEdit add = edit(HairEdit::Kind::Add, -1);
        add.path = {{700, 100}, {700, 300}};
        add.widthUm = 35;
        QVERIFY(c.apply(add));
        QCOMPARE(c.result().hairCount, 6);
        QCOMPARE(c.added(), 1);
        QCOMPARE(c.result().hairs.last().origin, Hair::Origin::Added);
        QCOMPARE(c.result().hairs.last().lengthUm, 1000.0);

        // Split the 80 um hair in the middle: two hairs of the same unit.
        const int thick = hairNear(c, {150, 200});
        QVERIFY(c.apply([&] {
            HairEdit e = edit(HairEdit::Kind::Split, thick);
            e.at = {150, 210};
            return e;
        }()));
        QCOMPARE(c.result().hairCount, 7);
        const Hair &p1 = c.result().hairs[c.result().hairs.size() - 2];
        const Hair &p2 = c.result().hairs.last();
        QCOMPARE(p1.unit, p2.unit);
        QCOMPARE(p1.origin, Hair::Origin::Split);
        QVERIFY(qAbs(p1.lengthUm + p2.lengthUm - c.result().hairs[thick].lengthUm) < 1);
        // Too near an end is refused.
        HairEdit nearEnd = edit(HairEdit::Kind::Split, hairNear(c, {350, 200}));
        nearEnd.at = c.result().hairs[nearEnd.hair].a;
        QVERIFY(!c.apply(nearEnd));

        // Set the 60 um hair to 25 um: now one vellus hair of seven.
        HairEdit width = edit(HairEdit::Kind::Width, hairNear(c, {350, 200}));
        width.widthUm = 25;
        QVERIFY(c.apply(width));
        QCOMPARE(c.result().vellusPct, 100.0 / 7);
        QCOMPARE(c.edits().last().previousUm, before.hairs[width.hair].widthUm);
        HairEdit bad = width;
        bad.widthUm = 0;
        QVERIFY(!c.apply(bad));

        // Undo everything: the engine's result, hair for hair.
        QCOMPARE(c.edits().size(), 4);
        while (!c.edits().isEmpty())
            c.undoLast();
        QCOMPARE(c.result().hairs.size(), before.hairs.size());
        for (qsizetype i = 0; i < before.hairs.size(); ++i) {
            QCOMPARE(c.result().hairs[i].removed, false);
            QCOMPARE(c.result().hairs[i].widthUm, before.hairs[i].widthUm);
            QCOMPARE(c.result().hairs[i].widthEdited, false);
        }
        QCOMPARE(c.result().hairCount, before.hairCount);
        QCOMPARE(c.result().meanDiameterUm, before.meanDiameterUm);
    }

    void drawnHairWidthIsMeasuredLikeTheEngine_data()
    {
        QTest::addColumn<double>("widthUm");
        QTest::newRow("20 um") << 20.0;
        QTest::newRow("60 um") << 60.0;
        QTest::newRow("80 um") << 80.0;
    }

    void drawnHairWidthIsMeasuredLikeTheEngine()
    {
        QFETCH(double, widthUm);
        const QImage image = drawn(scene());
        const AnalysisResult r = analysed(image);
        const ShaftMeter meter(image, kScale, r.shaftContrast);
        const double x = widthUm == 80 ? 150 : widthUm == 60 ? 350 : 550;
        // Drawn a little off the shaft's centre line, as a hand would.
        const auto measured = meter.widthUm({{x + 1, 80}, {x - 1, 340}});
        QVERIFY(measured.has_value());
        QVERIFY2(qAbs(measured->first - widthUm) <= 0.15 * widthUm + 3,
                 qPrintable(QStringLiteral("%1 measured as %2").arg(widthUm).arg(measured->first)));
        // Off the image or too short: no width.
        QVERIFY(!meter.widthUm({{790, 10}, {900, 10}}).has_value());
        QVERIFY(!meter.widthUm({{10, 10}, {11, 10}}).has_value());
    }

    void storedFormReadsBackTheSameHairsAndEdits()
    {
        const QImage image = drawn(scene());
        CorrectedAnalysis c(analysed(image));
        QVERIFY(c.apply(edit(HairEdit::Kind::Remove, hairNear(c, {550, 200}))));
        HairEdit add = edit(HairEdit::Kind::Add, -1);
        add.path = {{700, 100}, {705, 200}, {700, 300}};
        add.widthUm = 42.5;
        QVERIFY(c.apply(add));
        const QByteArray bytes = QJsonDocument(c.toStoredJson()).toJson(QJsonDocument::Compact);
        auto back = CorrectedAnalysis::fromStoredJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        const CorrectedAnalysis &b = back.value();
        QCOMPARE(b.result().hairCount, c.result().hairCount);
        QCOMPARE(b.result().densityPerCm2, c.result().densityPerCm2);
        QCOMPARE(b.result().meanDiameterUm, c.result().meanDiameterUm);
        QCOMPARE(b.result().hairs.size(), c.result().hairs.size());
        for (qsizetype i = 0; i < b.result().hairs.size(); ++i) {
            QCOMPARE(b.result().hairs[i].path, c.result().hairs[i].path);
            QCOMPARE(b.result().hairs[i].removed, c.result().hairs[i].removed);
            QCOMPARE(b.result().hairs[i].origin, c.result().hairs[i].origin);
        }
        QCOMPARE(b.edits().size(), 2);
        QCOMPARE(b.edits()[0].user, QStringLiteral("dr.lee"));
        QCOMPARE(b.edits()[0].when, c.edits()[0].when);
        QCOMPARE(b.edits()[1].path, add.path);
        QCOMPARE(b.edits()[1].widthUm, 42.5);
        QCOMPARE(b.removed(), 1);
        QCOMPARE(b.added(), 1);
        // The same bytes again: the stored form is stable.
        QCOMPARE(QJsonDocument(b.toStoredJson()).toJson(QJsonDocument::Compact), bytes);

        // Damaged: unknown format, a hair without a path, an impossible scale.
        QJsonObject damaged = c.toStoredJson();
        damaged.insert(QStringLiteral("format"), 7);
        QVERIFY(!CorrectedAnalysis::fromStoredJson(damaged));
        damaged = c.toStoredJson();
        QJsonArray hairs = damaged.value(QStringLiteral("hairs")).toArray();
        QJsonObject first = hairs[0].toObject();
        first.remove(QStringLiteral("path"));
        hairs[0] = first;
        damaged.insert(QStringLiteral("hairs"), hairs);
        const auto noPath = CorrectedAnalysis::fromStoredJson(damaged);
        QVERIFY(!noPath);
        QVERIFY(noPath.error().message.contains(QStringLiteral("Hair 1")));
        damaged = c.toStoredJson();
        QJsonArray edits = damaged.value(QStringLiteral("edits")).toArray();
        QJsonObject wild = edits[0].toObject();
        wild.insert(QStringLiteral("hair"), 999);
        edits[0] = wild;
        damaged.insert(QStringLiteral("edits"), edits);
        const auto noHair = CorrectedAnalysis::fromStoredJson(damaged);
        QVERIFY(!noHair);
        QVERIFY(noHair.error().message.contains(QStringLiteral("edit 1")));
        damaged = c.toStoredJson();
        damaged.insert(QStringLiteral("um_per_px"), -3);
        QVERIFY(!CorrectedAnalysis::fromStoredJson(damaged));
    }

    // The measurement a saved analysis becomes: its figures, method and site; saved again, the
    // generated note is written anew and the clinician's own lines stay.
    void measurementKeepsTheClinicianNotes()
    {
        CorrectedAnalysis c(analysed(drawn(scene())));
        AnalysisSubject subject;
        subject.photo.patientId = 7;
        subject.photo.sessionId = 3;
        subject.photo.takenAt = QDateTime(QDate(2026, 5, 4), QTime(10, 0));
        subject.photo.fileName = QStringLiteral("vertex.png");
        subject.site = ScalpSite::Midscalp;
        subject.profile = QStringLiteral("Scope 20x");
        Measurement m = measurementFrom(c, subject);
        QCOMPARE(m.method, MeasurementMethod::ImageAnalysis);
        QCOMPARE(m.site, ScalpSite::Midscalp);
        QCOMPARE(m.hairCount, std::optional<int>(c.result().hairCount));
        QCOMPARE(m.density.value(), c.result().densityPerCm2);
        QCOMPARE(m.instrument, QStringLiteral("Scope 20x"));
        m.id = 12;
        m.notes += QStringLiteral("\nPatient moved during the shot.");
        QVERIFY(c.apply(edit(HairEdit::Kind::Remove, hairNear(c, {550, 200}))));
        const Measurement again = measurementFrom(c, subject, m);
        const QStringList lines = again.notes.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(QStringLiteral("1 removed")), qPrintable(lines[0]));
        QCOMPARE(lines[1], QStringLiteral("Patient moved during the shot."));
    }

    void hairsCsvListsEveryHair()
    {
        const QImage image = drawn(scene());
        CorrectedAnalysis c(analysed(image));
        QVERIFY(c.apply(edit(HairEdit::Kind::Remove, hairNear(c, {550, 200}))));
        const QList<QByteArray> lines = hairsCsv(c.result()).split('\n');
        QCOMPARE(lines.first(), QByteArray("hair,origin,removed,in_field,x1,y1,x2,y2,length_um,"
                                           "width_um,width_method,width_edited,unit,class"));
        QCOMPARE(lines.size(), c.result().hairs.size() + 2); // header, hairs, final newline
        const QByteArray removedLine = lines[hairNear(c, {150, 200}) + 1];
        QVERIFY(removedLine.contains(",detected,false,true,"));
        QVERIFY(removedLine.endsWith(",terminal"));
        int removedRows = 0;
        for (const QByteArray &line : lines)
            removedRows += line.contains(",detected,true,");
        QCOMPARE(removedRows, 1);
    }
};

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
