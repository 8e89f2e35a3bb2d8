#pragma once

#include "core/model/PatientRecord.h"
#include "ui/report/ReportOptions.h"

namespace tricholog {

class PageFlow;

// The report's pages of analysed photos (after the photo pages): for each site with a saved
// image analysis of a photo the report may show, the baseline and the latest analysed photo
// side by side with their hairs drawn and their figures, and a note naming the engine and its
// version. Nothing without ReportOptions::imageAnalyses or photoImage.
void imageAnalysisPages(PageFlow &flow, const PatientRecord &record, const ReportOptions &options);

} // namespace tricholog
