#pragma once

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <limits>
#include <optional>

class QSqlQuery;

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

// The patient list, a page at a time: filtered, sorted and paged in SQL over indexed search keys
// and the patient_summary table (PatientSummary.h), so a page costs the same for 100 patients or
// 100,000. The figures shown are brought up to date: those the order depends on before
// reading, otherwise the stale rows of the page read (see page()).
class PatientListQuery
{
public:
    PatientListQuery(Database &db, PatientListRequest request);

    // Rows [offset, offset + limit) in list order.
    Result<QList<PatientListRow>> page(int offset, int limit) const;
    // How many patients the request lists, counting no further than `cap` (a search for "m" in
    // a chain of 100,000 need not count them all to say "more than 1,000").
    Result<int> count(int cap = std::numeric_limits<int>::max()) const;
    static constexpr int kCountCap = 1000;
    // From how many matches a search counts as matching many (see Plan); tests lower it to try
    // every plan on a small database.
    void setManyMatchesFrom(int matches) { m_manyAt = matches; }

private:
    // How a page is read: a search that matches few patients reads them through the search-key
    // indexes and sorts them; one whose matches are spread through the list walks the list
    // order's index and stops after the page; one where only family names match many reads
    // that range in name order, as far as the page reaches.
    enum class Plan
    {
        ListOrder,
        SortMatches,
        FamilyRangeInOrder
    };
    Plan plan() const;
    Result<int> countUpTo(int cap) const;
    QString searchTerms(bool indexed) const;
    QString archivedTerm() const;
    QString otherWordTerms() const;
    QString idsSql(const QString &limit, Plan plan) const;
    QString pageSql() const;
    // The page as stored; the ids of its rows whose figures are stale into `stale` (if given).
    Result<QList<PatientListRow>> readPage(int offset, int limit, QList<qint64> *stale) const;
    void bind(QSqlQuery &q) const;

    Database &m_db;
    PatientListRequest m_request;
    QStringList m_words;
    // A search that is a date of birth lists the patients born that day; a single word that
    // starts with a digit (part of an MRN) also matches anywhere in the MRN: "00026" finds
    // DEMO-00026.
    QDate m_birthDate;
    bool m_mrnAnywhere = false;
    mutable std::optional<Plan> m_plan;
    mutable QHash<int, int> m_counted;
    int m_manyAt = kCountCap;
};

// Every row at once (small lists, tests).
Result<QList<PatientListRow>> queryPatientList(Database &db, const PatientListRequest &request);

} // namespace tricholog
