#pragma once

#include "core/Result.h"
#include "core/analysis/Corrections.h"
#include "core/model/Measurement.h"
#include "core/model/Photo.h"
#include "core/storage/ImageAnalysisRepository.h"

namespace tricholog::analysis {

// What a saved analysis needs beside its hairs: the photo, the site its figures belong to and
// the device profile the scale came from (empty when the scale was entered).
struct AnalysisSubject
{
    Photo photo;
    ScalpSite site = ScalpSite::Vertex;
    QString profile;
};

// The measurement an analysis's figures become: method image analysis, at the site and on the
// day the photo was taken, in its session; count, field area, density, mean diameter, terminal
// and vellus shares, follicular units; a note naming the engine and the edits. `base` keeps its
// id and row version (a saved analysis changes its measurement).
Measurement measurementFrom(const CorrectedAnalysis &analysis, const AnalysisSubject &subject,
                            Measurement base = {});

// The record that keeps the hairs and edits (the stored form split into analysis and edits).
ImageAnalysisRecord recordFrom(const CorrectedAnalysis &analysis, const AnalysisSubject &subject,
                               ImageAnalysisRecord base = {});

// The analysis a saved record holds, edits included; an error naming what is damaged.
Result<CorrectedAnalysis> analysisFrom(const ImageAnalysisRecord &record);

// "n detected, a added, r removed".
QString editSummary(const CorrectedAnalysis &analysis);

} // namespace tricholog::analysis
