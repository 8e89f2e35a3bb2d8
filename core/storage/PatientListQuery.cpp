#include "PatientListQuery.h"

#include "Database.h"
#include "SearchKey.h"
#include "SqlValues.h"
#include "clinical/Progress.h"
#include "model/Diagnosis.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace tricholog {

namespace {

QString orderBy(PatientSort sort, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (sort) {
    case PatientSort::Mrn:
        return QStringLiteral("p.mrn_key") + dir;
    case PatientSort::Name:
        return QStringLiteral("p.family_key") + dir + QStringLiteral(", p.given_key") + dir;
    case PatientSort::Age: // older first when ascending by age means later birth dates first
        return QStringLiteral("p.date_of_birth IS NULL, p.date_of_birth") +
               (descending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    case PatientSort::Diagnosis:
        return QStringLiteral("d.type IS NULL, d.type") + dir + QStringLiteral(", d.grade") + dir;
    case PatientSort::Sessions:
        return QStringLiteral("sessions") + dir;
    case PatientSort::LastVisit:
        return QStringLiteral("last_visit IS NULL, last_visit") + dir;
    case PatientSort::DensityChange:
        return QStringLiteral("p.family_key, p.given_key"); // re-sorted after the maths
    }
    return QStringLiteral("p.id");
}

} // namespace

Result<QList<PatientListRow>> queryPatientList(Database &db, const PatientListRequest &request)
{
    const QStringList words = searchKey(request.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString sqlText = QStringLiteral(
        "SELECT p.id, p.mrn, p.family_name, p.given_name, p.date_of_birth, p.archived, "
        "(SELECT count(*) FROM session s WHERE s.patient_id = p.id) AS sessions, "
        "max(coalesce((SELECT max(s.performed_at) FROM session s WHERE s.patient_id = p.id), ''), "
        "    coalesce((SELECT max(m.measured_on) FROM measurement m WHERE m.patient_id = p.id), "
        "'')) "
        "    AS last_visit, "
        "d.type, d.icd10, d.scale, d.grade, d.salt_vertex, d.salt_posterior, d.salt_right, "
        "d.salt_left "
        "FROM patient p LEFT JOIN diagnosis d ON d.id = (SELECT id FROM diagnosis x WHERE "
        "x.patient_id = p.id ORDER BY x.status = 'active' DESC, x.diagnosed_on DESC, x.id DESC "
        "LIMIT 1) "
        "WHERE 1");
    if (!request.includeArchived)
        sqlText += QStringLiteral(" AND p.archived = 0");
    if (!words.isEmpty())
        sqlText += QStringLiteral(
            " AND ((p.mrn_key >= :lo AND p.mrn_key < :hi) OR (p.family_key >= :lo "
            "AND p.family_key < :hi) OR (p.given_key >= :lo AND p.given_key < :hi))");
    for (qsizetype i = 1; i < words.size(); ++i)
        sqlText += QStringLiteral(" AND (substr(p.family_key, 1, length(:w%1)) = :w%1 OR "
                                  "substr(p.given_key, 1, length(:w%1)) = :w%1 OR "
                                  "substr(p.mrn_key, 1, length(:w%1)) = :w%1)")
                       .arg(i);
    sqlText += QStringLiteral(" ORDER BY ") + orderBy(request.sort, request.descending) +
               QStringLiteral(", p.id");

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sqlText);
    if (!words.isEmpty()) {
        q.bindValue(QStringLiteral(":lo"), words.first());
        q.bindValue(QStringLiteral(":hi"), prefixUpperBound(words.first()));
    }
    for (qsizetype i = 1; i < words.size(); ++i)
        q.bindValue(QStringLiteral(":w%1").arg(i), words.at(i));
    if (!q.exec())
        return Error::storage(Database::describe(q.lastError()));

    const QDate today = db.clock().today();
    QList<PatientListRow> rows;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        PatientListRow row;
        row.id = q.value(0).toLongLong();
        row.mrn = q.value(1).toString();
        const QString family = q.value(2).toString();
        const QString given = q.value(3).toString();
        row.name = given.isEmpty() ? family : family + QStringLiteral(", ") + given;
        row.dateOfBirth = sql::toDate(q.value(4));
        if (row.dateOfBirth.isValid() && today >= row.dateOfBirth) {
            int age = today.year() - row.dateOfBirth.year();
            if (today < row.dateOfBirth.addYears(age))
                --age;
            row.age = age;
        }
        row.archived = q.value(5).toBool();
        row.sessions = q.value(6).toInt();
        const QString last = q.value(7).toString();
        row.lastVisit = last.size() > 10 ? sql::toDateTime(last).date() : sql::toDate(last);
        if (!q.value(8).isNull()) {
            Diagnosis d;
            d.type = sql::toEnum(q.value(8), DiagnosisType::Other);
            d.icd10 = q.value(9).toString();
            d.scale = sql::toEnum(q.value(10), Scale::None);
            d.grade = q.value(11).toString();
            d.salt = {
                sql::toQuantity<Percentage>(q.value(12)), sql::toQuantity<Percentage>(q.value(13)),
                sql::toQuantity<Percentage>(q.value(14)), sql::toQuantity<Percentage>(q.value(15))};
            // Compact for the list: ICD-10 code and grade; the full label is the tooltip.
            row.diagnosis = d.icd10;
            row.diagnosisLabel = label(d.type);
            const QString severity = d.severityText();
            if (!severity.isEmpty())
                row.diagnosis += QStringLiteral(" · ") + severity;
        }
        index.insert(row.id, rows.size());
        rows.append(row);
    }
    q.finish();
    if (rows.isEmpty())
        return rows;

    // Headline density change per listed patient, with the progress code of the patient file.
    QSqlQuery m(db.connection());
    m.setForwardOnly(true);
    if (!m.exec(QStringLiteral("SELECT patient_id, site, site_label, measured_on, density FROM "
                               "measurement WHERE density IS NOT NULL ORDER BY patient_id")))
        return Error::storage(Database::describe(m.lastError()));
    QHash<qint64, QList<Measurement>> byPatient;
    while (m.next()) {
        const qint64 pid = m.value(0).toLongLong();
        if (!index.contains(pid))
            continue;
        Measurement ms;
        ms.site = sql::toEnum(m.value(1), ScalpSite::Vertex);
        ms.siteLabel = m.value(2).toString();
        ms.measuredOn = sql::toDate(m.value(3));
        ms.density = HairDensity(m.value(4).toDouble());
        byPatient[pid].append(ms);
    }
    for (auto it = byPatient.cbegin(); it != byPatient.cend(); ++it)
        rows[index.value(it.key())].densityChangePercent = headlineDensityChange(it.value());

    if (request.sort == PatientSort::DensityChange) {
        std::stable_sort(
            rows.begin(), rows.end(), [&](const PatientListRow &a, const PatientListRow &b) {
                if (a.densityChangePercent.has_value() != b.densityChangePercent.has_value())
                    return a.densityChangePercent.has_value(); // unknown last, either direction
                if (!a.densityChangePercent)
                    return false;
                return request.descending ? *a.densityChangePercent > *b.densityChangePercent
                                          : *a.densityChangePercent < *b.densityChangePercent;
            });
    }
    return rows;
}

} // namespace tricholog
