#pragma once

#include "core/model/RowVersion.h"

#include <QDate>
#include <QString>
#include <optional>

namespace tricholog {

struct PatientReportedOutcome
{
    qint64 id = 0;
    RowVersion rowVersion; // lost-update check (bookkeeping, not compared)
    qint64 patientId = 0;
    std::optional<qint64> sessionId;
    QDate recordedOn;
    std::optional<int>
        globalAssessment;             // 7-point: -3 much worse ... 0 no change ... +3 much better
    std::optional<int> sheddingScore; // 1-6
    QString notes;

    friend bool operator==(const PatientReportedOutcome &,
                           const PatientReportedOutcome &) = default;
};

QString globalAssessmentLabel(int score); // translated "+2 moderately better" etc.

} // namespace tricholog
