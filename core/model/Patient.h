#pragma once

#include "core/model/Enums.h"
#include "core/model/RowVersion.h"

#include <QDate>
#include <QString>
#include <optional>

namespace tricholog {

struct Patient
{
    qint64 id = 0;         // 0 until stored
    RowVersion rowVersion; // lost-update check (bookkeeping, not compared)
    QString mrn;           // clinic record number, unique, <= 32 characters
    QString familyName;
    QString givenName;
    QDate dateOfBirth; // invalid when not recorded
    Sex sex = Sex::Other;
    std::optional<int> fitzpatrick; // skin type 1-6 (I-VI)
    QString phone;
    QString email;
    QString notes;
    QDate treatmentConsentDate;
    bool photoConsent = false;
    QDate photoConsentDate;
    bool dataProcessingConsent = false;
    QDate dataProcessingConsentDate;
    bool archived = false;

    QString displayName() const; // "Family, Given"
    std::optional<int> ageOn(QDate day) const;

    friend bool operator==(const Patient &, const Patient &) = default;
};

QString fitzpatrickRoman(int type); // 1 -> "I"

} // namespace tricholog
