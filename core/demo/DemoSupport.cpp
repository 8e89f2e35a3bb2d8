#include "core/demo/DemoSupport.h"

#include "core/demo/DemoNames.h"
#include "core/model/Measurement.h"
#include "core/model/MeasurementFields.h"

#include <algorithm>
#include <cmath>

namespace tricholog::demo {

using namespace demonames;

double uniform(QRandomGenerator &rng, double lo, double hi)
{
    return lo + rng.generateDouble() * (hi - lo);
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

QString familyName(QRandomGenerator &rng)
{
    return QString::fromUtf8(pick(rng, kFamilyNames));
}

QString givenName(QRandomGenerator &rng, bool male)
{
    return QString::fromUtf8(male ? pick(rng, kMaleGiven) : pick(rng, kFemaleGiven));
}

QDate dateOfBirth(QRandomGenerator &rng, QDate today, int ages)
{
    const int age = 19 + rng.bounded(ages);
    return today.addYears(-age).addDays(-rng.bounded(365));
}

int fitzpatrickType(QRandomGenerator &rng)
{
    return 1 + rng.bounded(6);
}

QString phoneNumber(QRandomGenerator &rng)
{
    return QStringLiteral("+1 555 01%1").arg(rng.bounded(100), 2, 10, QLatin1Char('0'));
}

QTime visitTime(QRandomGenerator &rng)
{
    // Both draws in one argument list, as the generators always had them: the order in which
    // they are made is the compiler's, and must stay as it was for a seed to give the same data.
    return QTime(8 + rng.bounded(10), 15 * rng.bounded(4));
}

QString operatorName(QRandomGenerator &rng)
{
    return rng.bounded(2) ? QStringLiteral("Dr. A. Demo") : QStringLiteral("Dr. B. Sample");
}

double monthsBetween(QDate from, QDate to)
{
    return from.daysTo(to) / 30.4375;
}

QString instrumentFor(MeasurementMethod method)
{
    return method == MeasurementMethod::Trichoscopy ? QStringLiteral("Videodermatoscope")
                                                    : QStringLiteral("Phototrichogram camera");
}

int magnificationFor(MeasurementMethod method)
{
    return method == MeasurementMethod::Trichoscopy ? 20 : 40;
}

double plausibleDensity(double perCm2)
{
    return std::clamp(perCm2, 10.0, 790.0);
}

double plausibleDiameter(double um)
{
    return std::clamp(um, 20.0, 110.0);
}

double terminalPercent(double diameterUm, double noise)
{
    return std::clamp(100.0 * (diameterUm - 30.0) / 60.0 + noise, 20.0, 92.0);
}

double plausibleAnagen(double percent)
{
    return std::clamp(percent, 40.0, 95.0);
}

void fitToFields(Measurement &m)
{
    for (const auto &field : measurementFields()) {
        const std::optional<double> value = field.get(m);
        if (!value)
            continue;
        double scale = 1.0; // exact: 10, 100 (std::round(v * 10.0) / 10.0 is round1)
        for (int i = 0; i < field.range.decimals; ++i)
            scale *= 10.0;
        const double within = std::clamp(*value, field.range.min, field.range.max);
        field.set(m, std::round(within * scale) / scale);
    }
}

} // namespace tricholog::demo
