#pragma once

#include "core/model/Enums.h"

#include <QList>
#include <QStringList>

namespace tricholog {

// Grades of a severity scale, in order (Norwood-Hamilton I ... VII, Ludwig I-III, Sinclair 1-5).
// Empty for SALT (computed) and None.
QStringList scaleGrades(Scale scale);

// Scales that fit a diagnosis type; the first is the default.
QList<Scale> scalesForType(DiagnosisType type);

// ICD-10 (WHO 2019) code proposed for a type, and the codes a clinician may refine it to.
QString defaultIcd10(DiagnosisType type);
QStringList icd10Choices(DiagnosisType type);
bool isIcd10Allowed(DiagnosisType type, const QString &code);

} // namespace tricholog
