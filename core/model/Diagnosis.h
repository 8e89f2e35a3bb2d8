#pragma once

#include "core/model/Enums.h"
#include "core/model/Quantity.h"
#include "core/model/RowVersion.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tricholog {

// Percent of hair loss in the four SALT regions (Olsen 2004).
struct SaltRegions
{
    Percentage vertex;
    Percentage posterior;
    Percentage rightSide;
    Percentage leftSide;

    bool isComplete() const
    {
        return vertex.isRecorded() && posterior.isRecorded() && rightSide.isRecorded() &&
               leftSide.isRecorded();
    }
    bool isEmpty() const
    {
        return !vertex.isRecorded() && !posterior.isRecorded() && !rightSide.isRecorded() &&
               !leftSide.isRecorded();
    }
    friend bool operator==(const SaltRegions &, const SaltRegions &) = default;
};

struct Diagnosis
{
    qint64 id = 0;
    RowVersion rowVersion; // lost-update check (bookkeeping, not compared)
    qint64 patientId = 0;
    DiagnosisType type = DiagnosisType::AgaMale;
    QString icd10; // e.g. "L64.9"
    QDate diagnosedOn;
    QString onset; // "YYYY", "YYYY-MM" or "YYYY-MM-DD" (as precise as remembered); empty: unknown
    DiagnosisStatus status = DiagnosisStatus::Active;
    Scale scale = Scale::None;
    // Grade on the scale (Norwood, Ludwig, Sinclair). For SALT: empty, or the SALT total alone
    // ("27.8", C locale) when the four regions were not recorded (an imported record).
    QString grade;
    SaltRegions salt; // only for Scale::Salt; the score is computed from it (preferred)
    QList<TrichoscopyFinding> findings;
    QString notes;

    // The first day the onset can mean (2019 -> 2019-01-01); invalid when empty or unreadable.
    QDate onsetStart() const;

    // Grade as people read it: the scale grade, or "SALT 27.8 (S2)".
    QString severityText() const;

    friend bool operator==(const Diagnosis &, const Diagnosis &) = default;
};

} // namespace tricholog
