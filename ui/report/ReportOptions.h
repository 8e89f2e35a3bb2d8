#pragma once

#include "core/AppSettings.h"
#include "core/Result.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/PlanRepository.h"

#include <QDate>
#include <QImage>
#include <QLocale>
#include <functional>

namespace tricholog {

class Database;

struct ReportOptions
{
    QDate from;       // invalid: from the first record
    QDate to;         // invalid: up to the latest record
    QDate reportDate; // printed on the report; the caller sets its database clock's today
    AppSettings settings;
    QLocale locale;
    QString author; // PDF author: the clinic or the clinician
    // The display-size image of a photo (PhotoRepository::display): the report gets its
    // before/after page when this is set, photos exist in the period and consent is given.
    std::function<Result<QImage>(qint64 photoId)> photoImage;
    // A patient's saved image analyses (ImageAnalysisRepository::forPatient): the report gets its
    // image-analysis page when this and photoImage are set and an analysed photo is shown.
    std::function<Result<QList<ImageAnalysisRecord>>(qint64 patientId)> imageAnalyses;
    // A patient's treatment plans (PlanRepository::plansOf): the course section names the
    // latest, its adherence on the report date and what is due next.
    std::function<Result<QList<TreatmentPlan>>(qint64 patientId)> plans;
    // The audit trail's head when the report was made ("audit entry 1234 · 3fa9c1d2e4b5"), in
    // the footer of every page: paper that can later show the trail was cut or rewritten.
    QString auditAnchor;
};

// Sets the options' photo, image-analysis and plan sources to read from `db` (which must outlive
// the report's layout): the one way the window, the batch and the verb fill them.
void readImagesFrom(ReportOptions &options, Database &db);

} // namespace tricholog
