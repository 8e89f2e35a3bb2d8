#include "core/storage/DiagnosisRepository.h"

#include "core/clinical/Validation.h"
#include "core/storage/BatchInsert.h"
#include "core/storage/CopyRows.h"
#include "core/storage/Database.h"
#include "core/storage/NamedColumns.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace tricholog {

namespace {

const QString kColumns = QStringLiteral(
    "id, patient_id, type, icd10, diagnosed_on, onset, status, scale, grade, salt_vertex, "
    "salt_posterior, salt_right, salt_left, findings, notes, row_version");

template<typename Rows>
Diagnosis readDiagnosis(const Rows &q)
{
    Diagnosis d;
    d.rowVersion.value = q.value(QStringLiteral("row_version")).toInt();
    d.id = q.value(0).toLongLong();
    d.patientId = q.value(1).toLongLong();
    d.type = sql::toEnum(q.value(2), DiagnosisType::Other);
    d.icd10 = q.value(3).toString();
    d.diagnosedOn = sql::toDate(q.value(4));
    d.onset = q.value(5).toString();
    d.status = sql::toEnum(q.value(6), DiagnosisStatus::Active);
    d.scale = sql::toEnum(q.value(7), Scale::None);
    d.grade = q.value(8).toString();
    d.salt.vertex = sql::toQuantity<Percentage>(q.value(9));
    d.salt.posterior = sql::toQuantity<Percentage>(q.value(10));
    d.salt.rightSide = sql::toQuantity<Percentage>(q.value(11));
    d.salt.leftSide = sql::toQuantity<Percentage>(q.value(12));
    for (const auto &key : q.value(13).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (const auto f = fromKey<TrichoscopyFinding>(key))
            d.findings.append(*f);
    }
    d.notes = q.value(14).toString();
    return d;
}

// The columns a diagnosis's values go to, with their placeholders, in the INSERT's order.
constexpr sql::NamedColumn kDiagnosisColumns[] = {
    {"id", ":id"},
    {"patient_id", ":patient"},
    {"type", ":type"},
    {"icd10", ":icd10"},
    {"diagnosed_on", ":diagnosed"},
    {"onset", ":onset"},
    {"status", ":status"},
    {"scale", ":scale"},
    {"grade", ":grade"},
    {"salt_vertex", ":sv"},
    {"salt_posterior", ":sp"},
    {"salt_right", ":sr"},
    {"salt_left", ":sl"},
    {"findings", ":findings"},
    {"notes", ":notes"},
};

// A diagnosis's values in kDiagnosisColumns' order.
QVariantList diagnosisValues(const Diagnosis &d)
{
    const bool salt = d.scale == Scale::Salt;
    QStringList findings;
    for (auto f : d.findings)
        findings << toKey(f);
    return {sql::fromId(d.id), d.patientId, toKey(d.type), sql::text(d.icd10),
            sql::fromDate(d.diagnosedOn), sql::text(d.onset), toKey(d.status), toKey(d.scale),
            // SALT keeps a grade only as the total alone, when no region is recorded.
            sql::text(salt && !d.salt.isEmpty() ? QString() : d.grade),
            sql::fromQuantity(salt ? d.salt.vertex : Percentage()),
            sql::fromQuantity(salt ? d.salt.posterior : Percentage()),
            sql::fromQuantity(salt ? d.salt.rightSide : Percentage()),
            sql::fromQuantity(salt ? d.salt.leftSide : Percentage()),
            sql::text(findings.join(QLatin1Char('|'))), sql::text(d.notes)};
}

void bindDiagnosis(QSqlQuery &q, const Diagnosis &d)
{
    sql::bindNamed(q, kDiagnosisColumns, diagnosisValues(d));
}

} // namespace

Result<void> DiagnosisRepository::validate(const Diagnosis &diagnosis) const
{
    const auto owner = PatientRepository(m_db).find(diagnosis.patientId);
    if (!owner)
        return owner.error();
    if (const auto v = validateDiagnosis(diagnosis, owner.value(), m_db.clock().today()); !v.ok())
        return Error::validation(v);
    return {};
}

DiagnosisRepository::Inserter::Inserter(Database &db)
    : m_db(db)
    , m_q(db.connection())
{
    m_q.prepare(QStringLiteral("INSERT INTO diagnosis (%1) VALUES (%2)")
                    .arg(sql::columnNames(kDiagnosisColumns).join(QStringLiteral(", ")),
                         sql::placeholders(kDiagnosisColumns).join(QStringLiteral(", "))) +
                db.dialect().returningId());
}

DiagnosisRepository::Inserter::~Inserter() = default;

Result<void> DiagnosisRepository::Inserter::insert(Diagnosis &diagnosis)
{
    bindDiagnosis(m_q, diagnosis);
    if (!m_q.exec())
        return Error::storage(Database::describe(m_q));
    diagnosis.id = m_db.dialect().insertedId(m_q);
    diagnosis.rowVersion.value = 1;
    return {};
}

Result<void> DiagnosisRepository::Inserter::insertAll(QList<Diagnosis> &diagnoses)
{
    return insertRecords(
        diagnoses, m_many,
        [this] {
            return std::make_unique<BatchInsert>(m_db, QStringLiteral("diagnosis"),
                                                 sql::columnNames(kDiagnosisColumns));
        },
        [this](Diagnosis &d) { return insert(d); }, diagnosisValues);
}

Result<qint64> DiagnosisRepository::add(Diagnosis &diagnosis)
{
    if (auto allowed = m_db.require(Permission::EditDiagnoses); !allowed)
        return allowed.error();
    if (auto v = validate(diagnosis); !v)
        return v.error();
    if (auto added = Inserter(m_db).insert(diagnosis); !added)
        return added.error();
    return diagnosis.id;
}

Result<void> DiagnosisRepository::update(const Diagnosis &diagnosis)
{
    if (auto allowed = m_db.require(Permission::EditDiagnoses); !allowed)
        return allowed.error();
    if (auto v = validate(diagnosis); !v)
        return v;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE diagnosis SET patient_id = :patient, type = :type, icd10 = :icd10, "
        "diagnosed_on = :diagnosed, onset = :onset, status = :status, scale = :scale, "
        "grade = :grade, salt_vertex = :sv, salt_posterior = :sp, salt_right = :sr, "
        "salt_left = :sl, findings = :findings, notes = :notes, row_version = row_version + 1, "
        "updated_by = tricholog_user(), updated_at = tricholog_now() "
        "WHERE id = :id AND (:rv = 0 OR row_version = :rv2)"));
    bindDiagnosis(q, diagnosis);
    q.bindValue(QStringLiteral(":id"), diagnosis.id);
    q.bindValue(QStringLiteral(":rv"), diagnosis.rowVersion.value);
    q.bindValue(QStringLiteral(":rv2"), diagnosis.rowVersion.value);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (q.numRowsAffected() != 1)
        return m_db.staleOrMissing(QStringLiteral("diagnosis"), diagnosis.id,
                                   QCoreApplication::translate("Database", "diagnosis"));
    return {};
}

Result<void> DiagnosisRepository::remove(qint64 id)
{
    if (auto allowed = m_db.require(Permission::Delete); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM diagnosis WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("Database", "Diagnosis %1 does not exist.").arg(id));
    return {};
}

Result<Diagnosis> DiagnosisRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM diagnosis WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (!q.next()) {
        if (auto read = sql::finished(q); !read)
            return read.error();
        return Error::notFound(
            QCoreApplication::translate("Database", "Diagnosis %1 does not exist.").arg(id));
    }
    return readDiagnosis(q);
}

Result<QList<Diagnosis>> DiagnosisRepository::forPatient(qint64 patientId) const
{
    return forPatients({patientId});
}

Result<QList<Diagnosis>> DiagnosisRepository::forPatients(const QList<qint64> &patientIds) const
{
    if (patientIds.isEmpty())
        return QList<Diagnosis>{};
    QList<Diagnosis> list;
    auto read = sql::readRows(
        m_db,
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM diagnosis WHERE ") +
            m_db.dialect().idIn(QStringLiteral("patient_id"), patientIds) +
            QStringLiteral(" ORDER BY patient_id, diagnosed_on DESC, id DESC"),
        {}, [&list](auto &rows) {
            while (rows.next())
                list.append(readDiagnosis(rows));
        });
    if (!read)
        return read.error();
    return list;
}

} // namespace tricholog
