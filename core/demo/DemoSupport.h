#pragma once

#include "core/model/Enums.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <QTime>
#include <cstddef>

namespace tricholog {
struct Measurement;
}

// What the demo (DemoGenerator) and the large datasets (BulkGenerator) make alike: the random
// draws, the people and their visits, and the plausible ranges of generated measurements. Each
// helper draws the same numbers in the same order as the code it replaced, so a seed still gives
// the same data.
namespace tricholog::demo {

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

double uniform(QRandomGenerator &rng, double lo, double hi);
double round1(double v); // to one decimal, as the values are stored

// People (DemoNames.h: fictitious, from many countries).
QString familyName(QRandomGenerator &rng);
QString givenName(QRandomGenerator &rng, bool male);
// Aged 19 to 18 + ages years today, on a random day of that year.
QDate dateOfBirth(QRandomGenerator &rng, QDate today, int ages);
int fitzpatrickType(QRandomGenerator &rng);
QString phoneNumber(QRandomGenerator &rng); // "+1 555 01xx", a range kept for fiction

// Visits.
QTime visitTime(QRandomGenerator &rng); // on the quarter hour, 8:00 to 17:45
QString operatorName(QRandomGenerator &rng);
double monthsBetween(QDate from, QDate to);

// Measurements.
QString instrumentFor(MeasurementMethod method); // trichoscopy or phototrichogram
int magnificationFor(MeasurementMethod method);
// Within the ranges a real scalp gives, well inside the schema's CHECK limits.
double plausibleDensity(double perCm2);
double plausibleDiameter(double um);
double terminalPercent(double diameterUm, double noise); // grows with the shaft diameter
double plausibleAnagen(double percent);
// Every recorded value of m within its measurement field's range and rounded to the field's
// decimals, as it is stored. The generators compute the values, this makes them records: a
// value already in range and rounded stays as it was (round1 for one decimal).
void fitToFields(Measurement &m);

} // namespace tricholog::demo
