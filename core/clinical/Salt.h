#pragma once

#include "core/model/Diagnosis.h"

#include <optional>

namespace tricholog {

enum class SaltBand
{
    S0,
    S1,
    S2,
    S3,
    S4,
    S5
};

struct SaltResult
{
    double score = 0; // 0-100
    SaltBand band = SaltBand::S0;
    int aaIga = 0;                 // Alopecia Areata Investigator Global Assessment, 0-4
    bool treatmentSuccess = false; // SALT <= 20, the success criterion of the trials
};

// SALT = 0.40 vertex + 0.24 posterior + 0.18 right + 0.18 left (Olsen 2004).
// nullopt unless all four regions are recorded and within 0-100.
std::optional<SaltResult> computeSalt(const SaltRegions &regions);

// A SALT score given as its total alone, as clinics' spreadsheets often carry it: the number in
// Diagnosis::grade ("27.8", C locale), or nullopt when the text is empty or not a number.
std::optional<double> saltTotalOf(const QString &grade);

// The SALT result of a diagnosis: from its four regions when any region is recorded (the
// regions are preferred), else from the total alone in its grade; nullopt when neither gives a
// score within 0-100.
std::optional<SaltResult> saltOf(const Diagnosis &diagnosis);

SaltBand saltBand(double score);
int aaIgaGrade(double score);
QString saltBandText(SaltBand band); // "S2"
QString aaIgaText(int grade);        // "2 moderate" (translated)

} // namespace tricholog
