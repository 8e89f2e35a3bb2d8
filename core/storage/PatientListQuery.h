#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace tricholog {

class Database;

// One line of the patient list.
struct PatientListRow
{
    qint64 id = 0;
    QString mrn;
    QString name; // "Family, Given"
    QDate dateOfBirth;
    std::optional<int> age;
    bool archived = false;
    QString diagnosis;      // main diagnosis, compact: "L64.9 · Norwood-Hamilton IV"
    QString diagnosisLabel; // its type in words: "Androgenetic alopecia, male pattern"
    int sessions = 0;
    QDate lastVisit;
    std::optional<double> densityChangePercent; // headline, from headlineDensityChange()
};

enum class PatientSort
{
    Mrn,
    Name,
    Age,
    Diagnosis,
    Sessions,
    LastVisit,
    DensityChange
};

struct PatientListRequest
{
    QString text;
    bool includeArchived = false;
    PatientSort sort = PatientSort::Name;
    bool descending = false;
};

// Filters and sorts in SQL (the search keys are indexed); the density change, which needs the
// progress maths, is computed with the same core function the patient file uses.
Result<QList<PatientListRow>> queryPatientList(Database &db, const PatientListRequest &request);

} // namespace tricholog
