#include "core/analysis/Corrections.h"

#include <QCoreApplication>
#include <QLineF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace tricholog::analysis {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::Validation, message, {}};
}

constexpr struct
{
    HairEdit::Kind kind;
    const char *key;
} kEditKeys[] = {{HairEdit::Kind::Remove, "remove"},
                 {HairEdit::Kind::Add, "add"},
                 {HairEdit::Kind::Split, "split"},
                 {HairEdit::Kind::Width, "width"}};

double pathLength(const QList<QPointF> &path)
{
    double total = 0;
    for (qsizetype i = 1; i < path.size(); ++i)
        total += QLineF(path[i - 1], path[i]).length();
    return total;
}

// The distance from `p` to the segment a-b.
double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0;
    return QLineF(p, a + d * t).length();
}

double pathDistance(const Hair &h, QPointF p)
{
    if (h.path.size() < 2)
        return QLineF(p, h.a).length();
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 1; i < h.path.size(); ++i)
        best = std::min(best, segmentDistance(p, h.path[i - 1], h.path[i]));
    return best;
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

Hair hairAlong(const QList<QPointF> &path, double widthUm, double umPerPx)
{
    Hair h;
    h.path = path;
    h.a = path.first();
    h.b = path.last();
    h.lengthUm = round1(pathLength(path) * umPerPx);
    h.widthUm = widthUm;
    return h;
}

} // namespace

QString editKey(HairEdit::Kind kind)
{
    for (const auto &entry : kEditKeys)
        if (entry.kind == kind)
            return QLatin1String(entry.key);
    return {};
}

QString hairClass(double widthUm, const AnalysisOptions &o)
{
    if (widthUm >= o.terminalFromUm)
        return QStringLiteral("terminal");
    if (widthUm < o.vellusBelowUm)
        return QStringLiteral("vellus");
    return QStringLiteral("intermediate");
}

CorrectedAnalysis::CorrectedAnalysis(AnalysisResult engine)
    : m_result(std::move(engine))
{
    summarise(m_result);
}

Result<void> CorrectedAnalysis::apply(HairEdit e)
{
    QList<Hair> &hairs = m_result.hairs;
    const AnalysisOptions &o = m_result.options;
    const bool needsHair = e.kind != HairEdit::Kind::Add;
    if (needsHair && (e.hair < 0 || e.hair >= hairs.size()))
        return invalid(
            QCoreApplication::translate("Analysis", "There is no hair %1.").arg(e.hair + 1));
    if (needsHair && hairs[e.hair].removed)
        return invalid(
            QCoreApplication::translate("Analysis", "Hair %1 has been removed.").arg(e.hair + 1));
    if ((e.kind == HairEdit::Kind::Add || e.kind == HairEdit::Kind::Width) &&
        !(e.widthUm >= 1 && e.widthUm <= 300))
        return invalid(QCoreApplication::translate(
                           "Analysis", "A hair's width must be between 1 and 300 um (given: %1).")
                           .arg(e.widthUm));
    switch (e.kind) {
    case HairEdit::Kind::Remove:
        hairs[e.hair].removed = true;
        break;
    case HairEdit::Kind::Add: {
        const QRectF image(QPointF(0, 0), QSizeF(m_result.imageSize));
        const bool inside =
            std::all_of(e.path.begin(), e.path.end(), [&](QPointF p) { return image.contains(p); });
        if (e.path.size() < 2 || pathLength(e.path) < 3 || !inside)
            return invalid(QCoreApplication::translate(
                "Analysis", "A hair drawn by hand must be at least 3 pixels long and lie "
                            "inside the image."));
        Hair h = hairAlong(e.path, round1(e.widthUm), o.umPerPx);
        h.origin = Hair::Origin::Added;
        h.fromProfile = e.fromProfile;
        int unit = 0;
        for (const Hair &other : std::as_const(hairs))
            unit = std::max(unit, other.unit);
        h.unit = unit + 1; // its own opening
        h.inField = o.field.contains(h.midpoint(), m_result.imageSize);
        hairs << h;
        break;
    }
    case HairEdit::Kind::Split: {
        const Hair h = hairs[e.hair]; // a copy: the list grows below
        qsizetype cut = 0;
        double best = std::numeric_limits<double>::max();
        for (qsizetype i = 0; i < h.path.size(); ++i)
            if (const double d = QLineF(h.path[i], e.at).length(); d < best)
                best = d, cut = i;
        const QList<QPointF> first = h.path.mid(0, cut + 1), second = h.path.mid(cut);
        if (pathLength(first) < 3 || pathLength(second) < 3)
            return invalid(QCoreApplication::translate(
                               "Analysis", "Hair %1 cannot be split so near one of its ends.")
                               .arg(e.hair + 1));
        e.at = h.path[cut];
        for (const QList<QPointF> &part : {first, second}) {
            Hair piece = hairAlong(part, h.widthUm, o.umPerPx);
            piece.origin = Hair::Origin::Split;
            piece.fromProfile = h.fromProfile;
            piece.widthEdited = h.widthEdited;
            piece.unit = h.unit; // the two share the opening
            piece.inField = o.field.contains(piece.midpoint(), m_result.imageSize);
            hairs << piece;
        }
        hairs[e.hair].removed = true;
        break;
    }
    case HairEdit::Kind::Width:
        e.previousUm = hairs[e.hair].widthUm;
        e.previousEdited = hairs[e.hair].widthEdited;
        hairs[e.hair].widthUm = round1(e.widthUm);
        hairs[e.hair].widthEdited = true;
        break;
    }
    m_edits << e;
    summarise(m_result);
    return {};
}

void CorrectedAnalysis::undoLast()
{
    if (m_edits.isEmpty())
        return;
    const HairEdit e = m_edits.takeLast();
    QList<Hair> &hairs = m_result.hairs;
    switch (e.kind) {
    case HairEdit::Kind::Remove:
        hairs[e.hair].removed = false;
        break;
    case HairEdit::Kind::Add:
        hairs.removeLast();
        break;
    case HairEdit::Kind::Split:
        hairs.resize(hairs.size() - 2);
        hairs[e.hair].removed = false;
        break;
    case HairEdit::Kind::Width: {
        hairs[e.hair].widthUm = e.previousUm;
        hairs[e.hair].widthEdited = e.previousEdited;
        break;
    }
    }
    summarise(m_result);
}

Result<void> CorrectedAnalysis::setField(const AnalysisField &field)
{
    AnalysisOptions o = m_result.options;
    o.field = field;
    if (auto ok = checkOptions(o, m_result.imageSize); !ok)
        return ok;
    m_result.options = o;
    for (Hair &h : m_result.hairs)
        h.inField = field.contains(h.midpoint(), m_result.imageSize);
    summarise(m_result);
    return {};
}

int CorrectedAnalysis::detected() const
{
    return int(std::count_if(m_result.hairs.begin(), m_result.hairs.end(), [](const Hair &h) {
        return h.origin == Hair::Origin::Detected && h.inField;
    }));
}

int CorrectedAnalysis::added() const
{
    return int(std::count_if(m_result.hairs.begin(), m_result.hairs.end(), [](const Hair &h) {
        return h.origin == Hair::Origin::Added && h.counted();
    }));
}

int CorrectedAnalysis::removed() const
{
    return int(std::count_if(m_edits.begin(), m_edits.end(), [&](const HairEdit &e) {
        const Hair &h = m_result.hairs.at(e.hair);
        return e.kind == HairEdit::Kind::Remove && h.inField && h.origin == Hair::Origin::Detected;
    }));
}

int CorrectedAnalysis::hairAt(QPointF p, double tolerancePx) const
{
    return hairNear(m_result, p, tolerancePx);
}

int hairNear(const AnalysisResult &result, QPointF p, double tolerancePx)
{
    int best = -1;
    double nearest = tolerancePx;
    for (qsizetype i = 0; i < result.hairs.size(); ++i) {
        const Hair &h = result.hairs[i];
        if (h.removed)
            continue;
        if (const double d = pathDistance(h, p); d <= nearest)
            nearest = d, best = int(i);
    }
    return best;
}

} // namespace tricholog::analysis
