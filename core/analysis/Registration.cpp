#include "core/analysis/Registration.h"

#include "core/analysis/ImageMat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <complex>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

namespace tricholog::analysis {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int kCoarseEdge = 360; // the rotation search's copies: long side in pixels
constexpr int kFineEdge = 1000;  // ECC's copies
constexpr int kMinEdge = 64;

Error invalid(const QString &message)
{
    return Error{Error::Kind::Validation, message, {}};
}

// A photo reduced by `factor` with the light's slow changes taken out (vignetting, gradient):
// what is left is the pattern of shafts, openings and flakes that the two visits share.
cv::Mat pattern(const cv::Mat &grey, double factor, double sigma = 1.2)
{
    cv::Mat small;
    cv::resize(grey, small, cv::Size(), factor, factor, cv::INTER_AREA);
    cv::Mat slow;
    cv::GaussianBlur(small, slow, cv::Size(), 12);
    // Darkness only (shafts, openings): the skin's lighter texture is new at every visit.
    cv::Mat dark = cv::max(slow - small, 0);
    cv::GaussianBlur(dark, dark, cv::Size(), sigma);
    return dark;
}

cv::Matx23d toCv(const QTransform &t)
{
    return {t.m11(), t.m21(), t.dx(), t.m12(), t.m22(), t.dy()};
}

QTransform toQt(const cv::Matx23d &m)
{
    return QTransform(m(0, 0), m(1, 0), m(0, 1), m(1, 1), m(0, 2), m(1, 2));
}

// The nearest similarity to an affine map (its shear dropped), so that a circle stays a circle.
cv::Matx23d similarityOf(const cv::Matx23d &m)
{
    const double a = (m(0, 0) + m(1, 1)) / 2, b = (m(1, 0) - m(0, 1)) / 2;
    return {a, -b, m(0, 2), b, a, m(1, 2)};
}

// The transform between full-size pixels from one between copies reduced by `factor`.
QTransform atFullSize(const cv::Matx23d &m, double factor)
{
    return toQt({m(0, 0), m(0, 1), m(0, 2) / factor, m(1, 0), m(1, 1), m(1, 2) / factor});
}

cv::Matx23d atReduced(const QTransform &t, double factor)
{
    cv::Matx23d m = toCv(t);
    m(0, 2) *= factor;
    m(1, 2) *= factor;
    return m;
}

// ECC's correlation of the two patterns where the follow-up, brought back onto the baseline by
// `m` (baseline -> follow-up), overlaps it.
double correlation(const cv::Mat &baseline, const cv::Mat &followUp, const cv::Matx23d &m)
{
    cv::Mat back, mask;
    cv::warpAffine(followUp, back, m, baseline.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP,
                   cv::BORDER_CONSTANT, 0);
    cv::warpAffine(cv::Mat(followUp.size(), CV_8U, cv::Scalar(255)), mask, m, baseline.size(),
                   cv::INTER_NEAREST | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT, 0);
    cv::erode(mask, mask, cv::Mat(), cv::Point(-1, -1), 3);
    if (double(cv::countNonZero(mask)) < double(baseline.total()) / 20)
        return 0; // under a twentieth of the baseline in view: nothing to compare
    return cv::computeECC(baseline, back, mask);
}

struct Candidate
{
    cv::Matx23d m;        // baseline -> follow-up, at the coarse size
    double response = -2; // the correlation of the patterns under m
};

// The baseline turned by `degrees` and scaled about its centre onto the follow-up's centre, then
// placed by phase correlation.
Candidate placed(const cv::Mat &baseline, const cv::Mat &followUp, const cv::Mat &window,
                 double degrees, double scale)
{
    const cv::Point2f from(float(baseline.cols / 2.0), float(baseline.rows / 2.0));
    const cv::Point2f to(float(followUp.cols / 2.0), float(followUp.rows / 2.0));
    cv::Matx23d m = cv::getRotationMatrix2D_(from, degrees, scale);
    m(0, 2) += to.x - from.x;
    m(1, 2) += to.y - from.y;
    cv::Mat turned;
    cv::warpAffine(baseline, turned, m, followUp.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
    // A copy: phaseCorrelate (OpenCV 4.6) writes its result over its second input.
    const cv::Point2d shift = cv::phaseCorrelate(turned, followUp.clone(), window);
    m(0, 2) += shift.x;
    m(1, 2) += shift.y;
    // Phase correlation's own peak is a weak guide between rotations (the skin's texture is new
    // at every visit): the candidates are compared by the correlation of the patterns instead.
    return {m, correlation(baseline, followUp, m)};
}

// Every rotation in 3-degree steps, each placed by phase correlation; about the best, finer
// steps of rotation (half a degree) and of scale (3 %). The best response wins.
std::optional<Candidate> searchRotations(const cv::Mat &baseline, const cv::Mat &followUp,
                                         double scale, const std::function<bool(int)> &progress)
{
    cv::Mat window;
    cv::createHanningWindow(window, followUp.size(), CV_32F);
    Candidate best;
    double bestDegrees = 0;
    for (int degrees = 0; degrees < 360; degrees += 3) {
        if (progress && !progress(degrees * 50 / 360))
            return std::nullopt;
        const Candidate c = placed(baseline, followUp, window, degrees, scale);
        if (c.response > best.response) {
            best = c;
            bestDegrees = degrees;
        }
    }
    const double around = bestDegrees;
    for (double degrees = around - 1.5; degrees <= around + 1.5; degrees += 0.5) {
        for (double factor : {0.94, 0.97, 1.0, 1.03, 1.06}) {
            const Candidate c = placed(baseline, followUp, window, degrees, scale * factor);
            if (c.response > best.response)
                best = c;
        }
    }
    return best;
}

// ECC's refinement of `start` (baseline -> follow-up at the patterns' size), kept as a
// similarity; `start` itself when ECC does not converge or does worse.
cv::Matx23d refined(const cv::Mat &baseline, const cv::Mat &followUp, const cv::Matx23d &start)
{
    cv::Mat warp;
    cv::Mat(start).convertTo(warp, CV_32F);
    try {
        cv::findTransformECC(
            baseline, followUp, warp, cv::MOTION_AFFINE,
            cv::TermCriteria(cv::TermCriteria::COUNT | cv::TermCriteria::EPS, 80, 1e-6),
            cv::noArray(), 5);
    } catch (const cv::Exception &) {
        return start; // ECC did not converge: the search's answer stands
    }
    cv::Mat m;
    warp.convertTo(m, CV_64F);
    const cv::Matx23d found = similarityOf(cv::Matx23d(m.ptr<double>()));
    return correlation(baseline, followUp, found) >= correlation(baseline, followUp, start) ? found
                                                                                            : start;
}

double fitSimilarity(const QList<QPointF> &from, const QList<QPointF> &to, QTransform *out)
{
    // z' = a z + t with complex a: the least-squares fit about the two centroids.
    using C = std::complex<double>;
    C mf, mt;
    for (qsizetype i = 0; i < from.size(); ++i) {
        mf += C(from[i].x(), from[i].y());
        mt += C(to[i].x(), to[i].y());
    }
    mf /= double(from.size());
    mt /= double(from.size());
    C num;
    double den = 0;
    for (qsizetype i = 0; i < from.size(); ++i) {
        const C z = C(from[i].x(), from[i].y()) - mf, w = C(to[i].x(), to[i].y()) - mt;
        num += std::conj(z) * w;
        den += std::norm(z);
    }
    const C a = num / den, t = mt - a * mf;
    *out = QTransform(a.real(), a.imag(), -a.imag(), a.real(), t.real(), t.imag());
    double squares = 0;
    for (qsizetype i = 0; i < from.size(); ++i)
        squares += std::pow(QLineF(out->map(from[i]), to[i]).length(), 2);
    return std::sqrt(squares / double(from.size()));
}

QPolygonF clipped(const QPolygonF &polygon, QSize image)
{
    QPolygonF in = polygon.intersected(QPolygonF(QRectF(QPointF(0, 0), QSizeF(image))));
    if (in.size() > 1 && in.first() == in.last())
        in.removeLast();
    return in;
}

} // namespace

double Registration::rotationDegrees() const
{
    // Counter-clockwise as seen (the y axis points down), as OpenCV counts it.
    return -std::atan2(transform.m12(), transform.m11()) * 180 / kPi;
}

double Registration::scale() const
{
    return std::hypot(transform.m11(), transform.m12());
}

bool Registration::trusted() const
{
    return quality >= kTrustedRegistration;
}

Result<Registration> registerFollowUp(const QImage &baseline, const QImage &followUp,
                                      double followUpPxPerBaselinePx,
                                      const std::function<bool(int)> &progress)
{
    const int edge =
        std::max({baseline.width(), baseline.height(), followUp.width(), followUp.height()});
    if (std::min({baseline.width(), baseline.height(), followUp.width(), followUp.height()}) <
        kMinEdge)
        return invalid(QCoreApplication::translate(
                           "Analysis", "Both photos must be at least %1 pixels on each side to "
                                       "be aligned.")
                           .arg(kMinEdge));
    if (!std::isfinite(followUpPxPerBaselinePx) || followUpPxPerBaselinePx < 0.25 ||
        followUpPxPerBaselinePx > 4)
        return invalid(
            QCoreApplication::translate(
                "Analysis", "The two photos' scales differ more than four times (ratio %1).")
                .arg(followUpPxPerBaselinePx));
    const cv::Mat greyBaseline = detail::greyFloat(baseline),
                  greyFollowUp = detail::greyFloat(followUp);
    const double coarse = std::min(1.0, double(kCoarseEdge) / edge),
                 fine = std::min(1.0, double(kFineEdge) / edge);
    // The search's copies blurred more: a rotation a degree off still overlaps the shafts.
    const auto found =
        searchRotations(pattern(greyBaseline, coarse, 2.5), pattern(greyFollowUp, coarse, 2.5),
                        followUpPxPerBaselinePx, progress);
    if (!found)
        return invalid(QCoreApplication::translate("Analysis", "The alignment was cancelled."));
    const cv::Mat fineBaseline = pattern(greyBaseline, fine),
                  fineFollowUp = pattern(greyFollowUp, fine);
    if (progress && !progress(65))
        return invalid(QCoreApplication::translate("Analysis", "The alignment was cancelled."));
    // ECC from the search's answer at half the fine size, then at the fine size.
    const double middle = fine / 2;
    cv::Matx23d m = found->m;
    for (double from = coarse; const double to : {middle, fine}) {
        m(0, 2) *= to / from;
        m(1, 2) *= to / from;
        from = to;
        m = to == fine ? refined(fineBaseline, fineFollowUp, m)
                       : refined(pattern(greyBaseline, to), pattern(greyFollowUp, to), m);
    }
    if (progress && !progress(95))
        return invalid(QCoreApplication::translate("Analysis", "The alignment was cancelled."));
    Registration r;
    r.transform = atFullSize(m, fine);
    r.quality = correlation(fineBaseline, fineFollowUp, m);
    r.method = Registration::Method::Automatic;
    return r;
}

Result<Registration> registrationFromPoints(const QImage &baseline, const QImage &followUp,
                                            const QList<QPointF> &inBaseline,
                                            const QList<QPointF> &inFollowUp)
{
    if (inBaseline.size() < 3 || inBaseline.size() != inFollowUp.size())
        return invalid(QCoreApplication::translate(
            "Analysis", "Match at least three points between the two photos."));
    // The points must span the photo: a triangle of at least a fiftieth of the baseline.
    double spread = 0;
    for (qsizetype i = 2; i < inBaseline.size(); ++i)
        spread =
            std::max(spread, std::abs(QLineF(inBaseline[0], inBaseline[1]).length() *
                                      QLineF(inBaseline[0], inBaseline[i]).length() *
                                      std::sin(QLineF(inBaseline[0], inBaseline[1])
                                                   .angleTo(QLineF(inBaseline[0], inBaseline[i])) *
                                               kPi / 180)) /
                                 2);
    if (spread < double(baseline.width()) * baseline.height() / 50)
        return invalid(QCoreApplication::translate(
            "Analysis",
            "The matched points are too close together or on one line: spread them over the "
            "photo."));
    Registration r;
    r.method = Registration::Method::Manual;
    r.residualPx = fitSimilarity(inBaseline, inFollowUp, &r.transform);
    const double fine =
        std::min(1.0, double(kFineEdge) / std::max({baseline.width(), baseline.height(),
                                                    followUp.width(), followUp.height()}));
    r.quality =
        correlation(pattern(detail::greyFloat(baseline), fine),
                    pattern(detail::greyFloat(followUp), fine), atReduced(r.transform, fine));
    return r;
}

AnalysisField carryField(const AnalysisField &field, QSize baseline, const Registration &r,
                         QSize followUp, double *inView)
{
    QPolygonF outline;
    switch (field.shape) {
    case AnalysisField::Shape::Circle: {
        const AnalysisField circle =
            AnalysisField::circle(r.transform.map(field.centre), field.radius * r.scale());
        const QRectF box(circle.centre.x() - circle.radius, circle.centre.y() - circle.radius,
                         2 * circle.radius, 2 * circle.radius);
        if (QRectF(QPointF(0, 0), QSizeF(followUp)).contains(box)) {
            if (inView)
                *inView = 1;
            return circle;
        }
        outline = field.outline().toFillPolygon(); // cut by the follow-up's edge below
        break;
    }
    case AnalysisField::Shape::Whole:
        outline = QPolygonF(QRectF(QPointF(0, 0), QSizeF(baseline)));
        outline.removeLast();
        break;
    case AnalysisField::Shape::Rectangle:
        outline = QPolygonF(field.rect);
        outline.removeLast();
        break;
    case AnalysisField::Shape::Polygon:
        outline = field.polygon;
        break;
    }
    const QPolygonF carried = r.transform.map(outline);
    const AnalysisField whole = AnalysisField::polygonOf(carried);
    const AnalysisField cut = AnalysisField::polygonOf(clipped(carried, followUp));
    if (inView) {
        const double area = whole.areaPx(followUp);
        *inView = area > 0 ? cut.areaPx(followUp) / area : 0;
    }
    return cut;
}

QImage ghostOf(const QImage &baseline, const Registration &r, QSize followUp, double scale)
{
    QImage ghost(QSize(std::max(1, int(followUp.width() * scale)),
                       std::max(1, int(followUp.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    ghost.fill(Qt::transparent);
    QPainter p(&ghost);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setTransform(r.transform * QTransform::fromScale(scale, scale));
    p.drawImage(QPointF(0, 0), baseline);
    return ghost;
}

QJsonObject registrationJson(const Registration &r)
{
    const QTransform &t = r.transform;
    return {
        {QStringLiteral("method"), r.method == Registration::Method::Manual
                                       ? QStringLiteral("manual")
                                       : QStringLiteral("automatic")},
        {QStringLiteral("quality"), std::round(r.quality * 1000) / 1000},
        {QStringLiteral("residual_px"), std::round(r.residualPx * 10) / 10},
        {QStringLiteral("matrix"), QJsonArray{t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()}}};
}

std::optional<Registration> registrationFromJson(const QJsonObject &json)
{
    const QJsonArray m = json.value(QStringLiteral("matrix")).toArray();
    const QString method = json.value(QStringLiteral("method")).toString();
    if (m.size() != 6 ||
        (method != QLatin1String("automatic") && method != QLatin1String("manual")))
        return std::nullopt;
    Registration r;
    r.transform = QTransform(m[0].toDouble(), m[1].toDouble(), m[2].toDouble(), m[3].toDouble(),
                             m[4].toDouble(), m[5].toDouble());
    if (!r.transform.isInvertible() || !r.transform.isAffine())
        return std::nullopt;
    r.method = method == QLatin1String("manual") ? Registration::Method::Manual
                                                 : Registration::Method::Automatic;
    r.quality = json.value(QStringLiteral("quality")).toDouble();
    r.residualPx = json.value(QStringLiteral("residual_px")).toDouble();
    return r;
}

} // namespace tricholog::analysis
