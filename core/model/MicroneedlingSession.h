#pragma once

#include "core/model/Enums.h"
#include "core/model/Quantity.h"
#include "core/model/RowVersion.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tricholog {

struct Adjunct
{
    AdjunctType type = AdjunctType::Minoxidil;
    QString dose; // free text with unit, e.g. "5%" or "4 ml"

    friend bool operator==(const Adjunct &, const Adjunct &) = default;
};

struct AdverseEvent
{
    AdverseEventType type = AdverseEventType::Erythema;
    Severity severity = Severity::Mild;
    QString notes;

    friend bool operator==(const AdverseEvent &, const AdverseEvent &) = default;
};

struct MicroneedlingSession
{
    qint64 id = 0;
    RowVersion rowVersion; // lost-update check (bookkeeping, not compared)
    qint64 patientId = 0;
    QDateTime performedAt;
    std::optional<int> sessionNumber;   // n ...
    std::optional<int> plannedSessions; // ... of planned N
    QString operatorName;
    Device device = Device::Dermaroller;
    NeedleLength needleLength;
    std::optional<int> needleCount;
    std::optional<int> passes;
    QString direction;
    QList<ScalpSite> zones;
    std::optional<Endpoint> endpoint;
    QString anaestheticName;
    std::optional<int> anaestheticMinutes;
    QList<Adjunct> adjuncts;
    QString backgroundTherapy;
    std::optional<int> pain; // numeric rating scale 0-10
    QList<AdverseEvent> adverseEvents;
    QString postCare;
    QString notes;

    QString courseText() const; // "5 of 8", "5", or empty

    friend bool operator==(const MicroneedlingSession &, const MicroneedlingSession &) = default;
};

} // namespace tricholog
