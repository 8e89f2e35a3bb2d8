#include "core/clinical/Salt.h"

#include "core/clinical/Ranges.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace tricholog {

namespace {
// Rounded to one decimal as the score is reported, so that bands agree with what is shown.
double rounded(double score)
{
    return std::round(score * 10.0) / 10.0;
}
} // namespace

std::optional<SaltResult> computeSalt(const SaltRegions &r)
{
    if (!r.isComplete())
        return std::nullopt;
    for (double v :
         {r.vertex.value(), r.posterior.value(), r.rightSide.value(), r.leftSide.value()}) {
        if (!ranges::kSaltRegion.contains(v))
            return std::nullopt;
    }
    SaltResult result;
    result.score = rounded(0.40 * r.vertex.value() + 0.24 * r.posterior.value() +
                           0.18 * r.rightSide.value() + 0.18 * r.leftSide.value());
    result.band = saltBand(result.score);
    result.aaIga = aaIgaGrade(result.score);
    result.treatmentSuccess = result.score <= 20.0;
    return result;
}

std::optional<double> saltTotalOf(const QString &grade)
{
    bool ok = false;
    const double total = QLocale::c().toDouble(grade.trimmed(), &ok);
    if (!ok || !std::isfinite(total))
        return std::nullopt;
    return total;
}

std::optional<SaltResult> saltOf(const Diagnosis &d)
{
    if (d.scale != Scale::Salt)
        return std::nullopt;
    if (!d.salt.isEmpty())
        return computeSalt(d.salt);
    const auto total = saltTotalOf(d.grade);
    if (!total || !ranges::kSaltRegion.contains(*total))
        return std::nullopt;
    SaltResult result;
    result.score = rounded(*total);
    result.band = saltBand(result.score);
    result.aaIga = aaIgaGrade(result.score);
    result.treatmentSuccess = result.score <= 20.0;
    return result;
}

// Bands: S0 = 0, S1 = 1-24, S2 = 25-49, S3 = 50-74, S4 = 75-99, S5 = 100; a fractional score
// between two integer bands belongs to the lower one (24.6 is S1, 0.4 is S1: some loss).
SaltBand saltBand(double score)
{
    if (score <= 0.0)
        return SaltBand::S0;
    if (score < 25.0)
        return SaltBand::S1;
    if (score < 50.0)
        return SaltBand::S2;
    if (score < 75.0)
        return SaltBand::S3;
    if (score < 100.0)
        return SaltBand::S4;
    return SaltBand::S5;
}

// AA-IGA: 0 none (0), 1 limited (1-20), 2 moderate (21-49), 3 severe (50-94), 4 very severe
// (95-100).
int aaIgaGrade(double score)
{
    if (score <= 0.0)
        return 0;
    if (score <= 20.0)
        return 1;
    if (score < 50.0)
        return 2;
    if (score < 95.0)
        return 3;
    return 4;
}

QString saltBandText(SaltBand band)
{
    return QStringLiteral("S") + QString::number(int(band));
}

QString aaIgaText(int grade)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Keys", "none"),        QT_TRANSLATE_NOOP("Keys", "limited"),
        QT_TRANSLATE_NOOP("Keys", "moderate"),    QT_TRANSLATE_NOOP("Keys", "severe"),
        QT_TRANSLATE_NOOP("Keys", "very severe"),
    };
    if (grade < 0 || grade > 4)
        return {};
    return QString::number(grade) + QLatin1Char(' ') +
           QCoreApplication::translate("Keys", names[grade]);
}

} // namespace tricholog
