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

SaltBand saltBand(double score);
int aaIgaGrade(double score);
QString saltBandText(SaltBand band); // "S2"
QString aaIgaText(int grade);        // "2 moderate" (translated)

} // namespace tricholog
