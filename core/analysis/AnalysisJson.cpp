#include "core/analysis/AnalysisJson.h"

#include "core/security/Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace tricholog::analysis {

namespace {

double round(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

} // namespace

QJsonObject fieldJson(const AnalysisField &field, QSize image)
{
    switch (field.shape) {
    case AnalysisField::Shape::Whole:
        return {{QStringLiteral("shape"), QStringLiteral("image")},
                {QStringLiteral("x"), 0},
                {QStringLiteral("y"), 0},
                {QStringLiteral("w"), image.width()},
                {QStringLiteral("h"), image.height()}};
    case AnalysisField::Shape::Rectangle:
        return {{QStringLiteral("shape"), QStringLiteral("rectangle")},
                {QStringLiteral("x"), field.rect.x()},
                {QStringLiteral("y"), field.rect.y()},
                {QStringLiteral("w"), field.rect.width()},
                {QStringLiteral("h"), field.rect.height()}};
    case AnalysisField::Shape::Circle:
        return {{QStringLiteral("shape"), QStringLiteral("circle")},
                {QStringLiteral("cx"), field.centre.x()},
                {QStringLiteral("cy"), field.centre.y()},
                {QStringLiteral("r"), field.radius}};
    case AnalysisField::Shape::Polygon: {
        QJsonArray points;
        for (const QPointF &p : field.polygon)
            points.append(QJsonArray{round(p.x(), 1), round(p.y(), 1)});
        return {{QStringLiteral("shape"), QStringLiteral("polygon")},
                {QStringLiteral("points"), points}};
    }
    }
    return {};
}

AnalysisField fieldFromJson(const QJsonObject &o)
{
    const QString shape = o.value(QStringLiteral("shape")).toString();
    auto number = [&](const char *key) {
        return o.value(QLatin1String(key)).toDouble();
    };
    if (shape == QLatin1String("rectangle"))
        return AnalysisField::rectangle(QRectF(number("x"), number("y"), number("w"), number("h")));
    if (shape == QLatin1String("circle"))
        return AnalysisField::circle(QPointF(number("cx"), number("cy")), number("r"));
    if (shape == QLatin1String("polygon")) {
        QPolygonF polygon;
        for (const QJsonValue &point : o.value(QStringLiteral("points")).toArray())
            polygon.append(
                QPointF(point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble()));
        return AnalysisField::polygonOf(polygon);
    }
    return AnalysisField::whole();
}

QColor classColour(double widthUm, const AnalysisOptions &o)
{
    if (widthUm >= o.terminalFromUm)
        return QColor(0, 200, 255); // terminal: cyan
    if (widthUm < o.vellusBelowUm)
        return QColor(255, 220, 0); // vellus: yellow
    return QColor(255, 120, 220);   // intermediate: pink
}

QJsonArray warnings(const AnalysisResult &r)
{
    QJsonArray out;
    if (r.hairCount == 0)
        out.append(QStringLiteral("no_hairs"));
    if (r.options.umPerPx < kMeasuredUmPerPx[0] || r.options.umPerPx > kMeasuredUmPerPx[1])
        out.append(QStringLiteral("scale_outside_measured_range"));
    if (r.hairCount > 0 && r.shaftContrast < 0.25)
        out.append(QStringLiteral("faint_shafts"));
    const auto fromMask = std::count_if(r.hairs.begin(), r.hairs.end(),
                                        [](const Hair &h) { return h.inField && !h.fromProfile; });
    if (r.hairCount > 0 && fromMask * 5 > r.hairCount)
        out.append(QStringLiteral("widths_from_mask"));
    return out;
}

QJsonObject toJson(const AnalysisResult &r, const ImageSource &source)
{
    QJsonArray hairs;
    int number = 0;
    for (const Hair &h : r.hairs) {
        ++number;
        hairs.append(
            QJsonObject{{QStringLiteral("n"), number},
                        {QStringLiteral("x1"), h.a.x()},
                        {QStringLiteral("y1"), h.a.y()},
                        {QStringLiteral("x2"), h.b.x()},
                        {QStringLiteral("y2"), h.b.y()},
                        {QStringLiteral("length_um"), h.lengthUm},
                        {QStringLiteral("width_um"), h.widthUm},
                        {QStringLiteral("unit"), h.unit},
                        {QStringLiteral("in_field"), h.inField},
                        {QStringLiteral("width_method"),
                         h.fromProfile ? QStringLiteral("profile") : QStringLiteral("mask")}});
    }
    const AnalysisOptions &o = r.options;
    const bool counted = r.hairCount > 0;
    QJsonObject out{
        {QStringLiteral("image"), QJsonObject{{QStringLiteral("file"), source.file},
                                              {QStringLiteral("width_px"), r.imageSize.width()},
                                              {QStringLiteral("height_px"), r.imageSize.height()},
                                              {QStringLiteral("sha256"), source.sha256}}},
        {QStringLiteral("um_per_px"), o.umPerPx},
        {QStringLiteral("field"), fieldJson(o.field, r.imageSize)},
        {QStringLiteral("field_cm2"), round(r.fieldCm2, 6)},
        {QStringLiteral("hair_count"), r.hairCount},
        {QStringLiteral("density_per_cm2"), round(r.densityPerCm2, 1)},
        // Undefined without a hair: null, not 0 (which would read as "all vellus" or "none").
        {QStringLiteral("mean_diameter_um"), counted ? round(r.meanDiameterUm, 1) : QJsonValue()},
        {QStringLiteral("terminal_pct"), counted ? round(r.terminalPct, 2) : QJsonValue()},
        {QStringLiteral("vellus_pct"), counted ? round(r.vellusPct, 2) : QJsonValue()},
        {QStringLiteral("follicular_units"), r.follicularUnits},
        {QStringLiteral("hairs_per_unit"), counted ? round(r.hairsPerUnit, 2) : QJsonValue()},
        {QStringLiteral("warnings"), warnings(r)},
        {QStringLiteral("hairs"), hairs},
        {QStringLiteral("algorithm"),
         QJsonObject{
             {QStringLiteral("name"), QLatin1String(kAlgorithmName)},
             {QStringLiteral("version"), QLatin1String(kAlgorithmVersion)},
             {QStringLiteral("parameters"),
              QJsonObject{{QStringLiteral("terminal_from_um"), o.terminalFromUm},
                          {QStringLiteral("vellus_below_um"), o.vellusBelowUm},
                          {QStringLiteral("min_length_um"), o.minLengthUm},
                          {QStringLiteral("shaft_contrast"), round(r.shaftContrast, 4)}}}}}};
    if (!source.calibration.isEmpty())
        out.insert(QStringLiteral("calibration"), source.calibration);
    return out;
}

QByteArray toJsonBytes(const AnalysisResult &result, const ImageSource &source)
{
    return QJsonDocument(toJson(result, source)).toJson(QJsonDocument::Indented);
}

QImage drawOverlay(const QImage &image, const AnalysisResult &r)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    const double scale = std::max(1.0, std::min(out.width(), out.height()) / 750.0);
    QPen fieldPen(QColor(255, 255, 255), 2 * scale, Qt::DashLine);
    p.setPen(fieldPen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(r.options.field.outline());
    QFont font = p.font();
    font.setPixelSize(int(std::lround(11 * scale)));
    p.setFont(font);
    int number = 0;
    for (const Hair &h : r.hairs) {
        ++number;
        if (h.removed)
            continue;
        QPen pen(classColour(h.widthUm, r.options), 1.5 * scale,
                 h.inField ? Qt::SolidLine : Qt::DotLine);
        p.setPen(pen);
        QPainterPath path;
        path.moveTo(h.path.value(0, h.a));
        for (qsizetype i = 1; i < h.path.size(); ++i)
            path.lineTo(h.path[i]);
        p.drawPath(path);
        p.drawText(h.midpoint() + QPointF(3 * scale, -3 * scale), QString::number(number));
    }
    p.end();
    return out;
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace tricholog::analysis
