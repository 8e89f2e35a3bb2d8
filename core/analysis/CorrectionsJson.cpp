// The stored form of a corrected analysis and its per-hair CSV (docs/IMAGE_ANALYSIS.md).

#include "core/analysis/AnalysisJson.h"
#include "core/analysis/Corrections.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <cmath>

namespace tricholog::analysis {

namespace {

constexpr int kStoredFormat = 1;

const char *const kOriginKeys[] = {"detected", "added", "split"};

double round1(double v)
{
    return std::round(v * 10) / 10;
}

QJsonArray pointsJson(const QList<QPointF> &path)
{
    QJsonArray out;
    for (const QPointF &p : path) {
        out.append(round1(p.x()));
        out.append(round1(p.y()));
    }
    return out;
}

QList<QPointF> pointsFrom(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    QList<QPointF> out;
    for (qsizetype i = 0; i + 1 < array.size(); i += 2)
        out << QPointF(array[i].toDouble(), array[i + 1].toDouble());
    return out;
}

QJsonObject hairJson(const Hair &h)
{
    return {{QStringLiteral("path"), pointsJson(h.path)},
            {QStringLiteral("length_um"), h.lengthUm},
            {QStringLiteral("width_um"), h.widthUm},
            {QStringLiteral("width_method"),
             h.fromProfile ? QStringLiteral("profile") : QStringLiteral("mask")},
            {QStringLiteral("width_edited"), h.widthEdited},
            {QStringLiteral("unit"), h.unit},
            {QStringLiteral("in_field"), h.inField},
            {QStringLiteral("origin"), QLatin1String(kOriginKeys[int(h.origin)])},
            {QStringLiteral("removed"), h.removed}};
}

Result<Hair> hairFrom(const QJsonObject &o, int number)
{
    Hair h;
    h.path = pointsFrom(o.value(QStringLiteral("path")));
    if (h.path.size() < 2)
        return Error{
            Error::Kind::Validation,
            QCoreApplication::translate("Analysis", "Hair %1 of the stored analysis has no path.")
                .arg(number),
            {}};
    h.a = h.path.first();
    h.b = h.path.last();
    h.lengthUm = o.value(QStringLiteral("length_um")).toDouble();
    h.widthUm = o.value(QStringLiteral("width_um")).toDouble();
    h.fromProfile = o.value(QStringLiteral("width_method")).toString() != QLatin1String("mask");
    h.widthEdited = o.value(QStringLiteral("width_edited")).toBool();
    h.unit = o.value(QStringLiteral("unit")).toInt();
    h.inField = o.value(QStringLiteral("in_field")).toBool();
    const QString origin = o.value(QStringLiteral("origin")).toString();
    for (int i = 0; i < 3; ++i)
        if (origin == QLatin1String(kOriginKeys[i]))
            h.origin = Hair::Origin(i);
    h.removed = o.value(QStringLiteral("removed")).toBool();
    return h;
}

QJsonObject editJson(const HairEdit &e)
{
    QJsonObject o{{QStringLiteral("kind"), editKey(e.kind)},
                  {QStringLiteral("user"), e.user},
                  {QStringLiteral("when"), e.when.toUTC().toString(Qt::ISODate)}};
    switch (e.kind) {
    case HairEdit::Kind::Remove:
        o.insert(QStringLiteral("hair"), e.hair + 1);
        break;
    case HairEdit::Kind::Add:
        o.insert(QStringLiteral("path"), pointsJson(e.path));
        o.insert(QStringLiteral("width_um"), e.widthUm);
        o.insert(QStringLiteral("width_method"),
                 e.fromProfile ? QStringLiteral("profile") : QStringLiteral("entered"));
        break;
    case HairEdit::Kind::Split:
        o.insert(QStringLiteral("hair"), e.hair + 1);
        o.insert(QStringLiteral("at"), pointsJson({e.at}));
        break;
    case HairEdit::Kind::Width:
        o.insert(QStringLiteral("hair"), e.hair + 1);
        o.insert(QStringLiteral("width_um"), e.widthUm);
        o.insert(QStringLiteral("previous_um"), e.previousUm);
        o.insert(QStringLiteral("previous_edited"), e.previousEdited);
        break;
    }
    return o;
}

HairEdit editFrom(const QJsonObject &o)
{
    HairEdit e;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    for (auto k : {HairEdit::Kind::Remove, HairEdit::Kind::Add, HairEdit::Kind::Split,
                   HairEdit::Kind::Width})
        if (kind == editKey(k))
            e.kind = k;
    e.hair = o.value(QStringLiteral("hair")).toInt() - 1;
    e.path = pointsFrom(o.value(QStringLiteral("path")));
    e.at = pointsFrom(o.value(QStringLiteral("at"))).value(0);
    e.widthUm = o.value(QStringLiteral("width_um")).toDouble();
    e.previousUm = o.value(QStringLiteral("previous_um")).toDouble();
    e.previousEdited = o.value(QStringLiteral("previous_edited")).toBool();
    e.fromProfile = o.value(QStringLiteral("width_method")).toString() != QLatin1String("entered");
    e.user = o.value(QStringLiteral("user")).toString();
    e.when = QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODate);
    return e;
}

} // namespace

QJsonObject CorrectedAnalysis::toStoredJson() const
{
    const AnalysisResult &r = m_result;
    const AnalysisOptions &o = r.options;
    QJsonArray hairs, edits;
    for (const Hair &h : r.hairs)
        hairs.append(hairJson(h));
    for (const HairEdit &e : m_edits)
        edits.append(editJson(e));
    return {{QStringLiteral("format"), kStoredFormat},
            {QStringLiteral("width_px"), r.imageSize.width()},
            {QStringLiteral("height_px"), r.imageSize.height()},
            {QStringLiteral("um_per_px"), o.umPerPx},
            {QStringLiteral("field"), fieldJson(o.field, r.imageSize)},
            {QStringLiteral("terminal_from_um"), o.terminalFromUm},
            {QStringLiteral("vellus_below_um"), o.vellusBelowUm},
            {QStringLiteral("min_length_um"), o.minLengthUm},
            {QStringLiteral("shaft_contrast"), r.shaftContrast},
            {QStringLiteral("hairs"), hairs},
            {QStringLiteral("edits"), edits}};
}

Result<CorrectedAnalysis> CorrectedAnalysis::fromStoredJson(const QJsonObject &stored)
{
    auto broken = [](const QString &why) {
        return Error{
            Error::Kind::Validation,
            QCoreApplication::translate("Analysis", "The stored analysis is damaged: %1").arg(why),
            {}};
    };
    if (stored.value(QStringLiteral("format")).toInt() != kStoredFormat)
        return broken(QCoreApplication::translate("Analysis", "unknown format %1.")
                          .arg(stored.value(QStringLiteral("format")).toInt()));
    AnalysisResult r;
    r.imageSize = QSize(stored.value(QStringLiteral("width_px")).toInt(),
                        stored.value(QStringLiteral("height_px")).toInt());
    AnalysisOptions &o = r.options;
    o.umPerPx = stored.value(QStringLiteral("um_per_px")).toDouble();
    o.field = fieldFromJson(stored.value(QStringLiteral("field")).toObject());
    o.terminalFromUm = stored.value(QStringLiteral("terminal_from_um")).toDouble();
    o.vellusBelowUm = stored.value(QStringLiteral("vellus_below_um")).toDouble();
    o.minLengthUm = stored.value(QStringLiteral("min_length_um")).toDouble();
    r.shaftContrast = stored.value(QStringLiteral("shaft_contrast")).toDouble();
    if (auto ok = checkOptions(o, r.imageSize); !ok)
        return broken(ok.error().message);
    const QJsonArray hairs = stored.value(QStringLiteral("hairs")).toArray();
    for (qsizetype i = 0; i < hairs.size(); ++i) {
        auto hair = hairFrom(hairs[i].toObject(), int(i + 1));
        if (!hair)
            return broken(hair.error().message);
        r.hairs << hair.value();
    }
    CorrectedAnalysis out(std::move(r));
    const QJsonArray edits = stored.value(QStringLiteral("edits")).toArray();
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const QJsonObject e = edits[i].toObject();
        HairEdit edit = editFrom(e);
        // Every edit but an addition names a hair of the list; an unknown kind is damage too.
        const bool known = editKey(edit.kind) == e.value(QStringLiteral("kind")).toString();
        if (!known || (edit.kind != HairEdit::Kind::Add &&
                       (edit.hair < 0 || edit.hair >= out.m_result.hairs.size())))
            return broken(
                QCoreApplication::translate("Analysis", "edit %1 names no hair of the analysis.")
                    .arg(i + 1));
        out.m_edits << edit;
    }
    return out;
}

QByteArray hairsCsv(const AnalysisResult &r)
{
    QByteArray out = "hair,origin,removed,in_field,x1,y1,x2,y2,length_um,width_um,width_method,"
                     "width_edited,unit,class\n";
    const QLocale c = QLocale::c();
    auto num = [&](double v) {
        return c.toString(v, 'f', 1).toLatin1();
    };
    auto flag = [](bool b) {
        return QByteArray(b ? "true" : "false");
    };
    int number = 0;
    for (const Hair &h : r.hairs) {
        ++number;
        out += QByteArray::number(number) + ',' + kOriginKeys[int(h.origin)] + ',' +
               flag(h.removed) + ',' + flag(h.inField) + ',' + num(h.a.x()) + ',' + num(h.a.y()) +
               ',' + num(h.b.x()) + ',' + num(h.b.y()) + ',' + num(h.lengthUm) + ',' +
               num(h.widthUm) + ',' + (h.fromProfile ? "profile" : "mask") + ',' +
               flag(h.widthEdited) + ',' + QByteArray::number(h.unit) + ',' +
               hairClass(h.widthUm, r.options).toLatin1() + '\n';
    }
    return out;
}

} // namespace tricholog::analysis
