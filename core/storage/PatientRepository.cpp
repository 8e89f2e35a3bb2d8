#include "core/storage/PatientRepository.h"

#include "core/clinical/Validation.h"
#include "core/storage/BatchInsert.h"
#include "core/storage/CopyRows.h"
#include "core/storage/Database.h"
#include "core/storage/NamedColumns.h"
#include "core/storage/SearchKey.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace tricholog {

namespace {

const QString kColumns = QStringLiteral(
    "id, mrn, family_name, given_name, date_of_birth, sex, fitzpatrick, phone, email, notes, "
    "treatment_consent_date, photo_consent, photo_consent_date, data_consent, data_consent_date, "
    "archived, row_version");

template<typename Rows>
Patient readPatient(const Rows &q)
{
    Patient p;
    p.rowVersion.value = q.value(QStringLiteral("row_version")).toInt();
    p.id = q.value(0).toLongLong();
    p.mrn = q.value(1).toString();
    p.familyName = q.value(2).toString();
    p.givenName = q.value(3).toString();
    p.dateOfBirth = sql::toDate(q.value(4));
    p.sex = sql::toEnum(q.value(5), Sex::Other);
    p.fitzpatrick = sql::toOptionalInt(q.value(6));
    p.phone = q.value(7).toString();
    p.email = q.value(8).toString();
    p.notes = q.value(9).toString();
    p.treatmentConsentDate = sql::toDate(q.value(10));
    p.photoConsent = q.value(11).toBool();
    p.photoConsentDate = sql::toDate(q.value(12));
    p.dataProcessingConsent = q.value(13).toBool();
    p.dataProcessingConsentDate = sql::toDate(q.value(14));
    p.archived = q.value(15).toBool();
    return p;
}

// Every row of an executed SELECT of kColumns.
template<typename Rows>
Result<QList<Patient>> readPatients(Rows &q)
{
    QList<Patient> patients;
    while (q.next())
        patients.append(readPatient(q));
    if (auto read = sql::finished(q); !read)
        return read.error();
    return patients;
}

// The columns a patient's values go to, with their placeholders, in the INSERT's order.
constexpr sql::NamedColumn kPatientColumns[] = {
    {"id", ":id"},
    {"mrn", ":mrn"},
    {"family_name", ":family"},
    {"given_name", ":given"},
    {"date_of_birth", ":dob"},
    {"sex", ":sex"},
    {"fitzpatrick", ":fitz"},
    {"phone", ":phone"},
    {"email", ":email"},
    {"notes", ":notes"},
    {"treatment_consent_date", ":tcd"},
    {"photo_consent", ":pc"},
    {"photo_consent_date", ":pcd"},
    {"data_consent", ":dc"},
    {"data_consent_date", ":dcd"},
    {"archived", ":archived"},
    {"mrn_key", ":mrn_key"},
    {"family_key", ":family_key"},
    {"given_key", ":given_key"},
};

// A patient's values in kPatientColumns' order.
QVariantList patientValues(const Patient &p)
{
    return {sql::fromId(p.id),
            p.mrn.trimmed(),
            p.familyName.trimmed(),
            p.givenName.trimmed(),
            sql::fromDate(p.dateOfBirth),
            toKey(p.sex),
            sql::fromOptional(p.fitzpatrick),
            sql::text(p.phone.trimmed()),
            sql::text(p.email.trimmed()),
            sql::text(p.notes),
            sql::fromDate(p.treatmentConsentDate),
            p.photoConsent ? 1 : 0,
            sql::fromDate(p.photoConsentDate),
            p.dataProcessingConsent ? 1 : 0,
            sql::fromDate(p.dataProcessingConsentDate),
            p.archived ? 1 : 0,
            sql::text(searchKey(p.mrn.trimmed())),
            sql::text(searchKey(p.familyName)),
            sql::text(searchKey(p.givenName))};
}

void bindPatient(QSqlQuery &q, const Patient &p)
{
    sql::bindNamed(q, kPatientColumns, patientValues(p));
}

// The INSERT's columns: kPatientColumns, then created_at and updated_at.
QStringList insertColumns()
{
    return sql::columnNames(kPatientColumns)
           << QStringLiteral("created_at") << QStringLiteral("updated_at");
}

Error queryError(const QSqlQuery &q)
{
    return Error::storage(Database::describe(q));
}

} // namespace

ValidationResult PatientRepository::validate(const Patient &patient) const
{
    ValidationResult result = validatePatient(patient, m_db.clock().today());
    if (!patient.mrn.trimmed().isEmpty() && isMrnTaken(patient.mrn.trimmed(), patient.id)) {
        const QString label = QCoreApplication::translate("Validation", "Record number (MRN)");
        result.add(QStringLiteral("mrn"), label, patient.mrn,
                   QCoreApplication::translate("Validation", "unique"),
                   QCoreApplication::translate("Validation",
                                               "%1: \"%2\" is already used by another patient.")
                       .arg(label, patient.mrn));
    }
    return result;
}

PatientRepository::Inserter::Inserter(Database &db)
    : m_db(db)
    , m_q(db.connection())
{
    const QStringList placeholders = sql::placeholders(kPatientColumns)
                                     << QStringLiteral(":now") << QStringLiteral(":now");
    m_q.prepare(QStringLiteral("INSERT INTO patient (%1) VALUES (%2)")
                    .arg(insertColumns().join(QStringLiteral(", ")),
                         placeholders.join(QStringLiteral(", "))) +
                db.dialect().returningId());
}

PatientRepository::Inserter::~Inserter() = default;

Result<void> PatientRepository::Inserter::insert(Patient &patient)
{
    bindPatient(m_q, patient);
    m_q.bindValue(QStringLiteral(":now"), sql::fromDateTime(m_db.clock().now()));
    if (!m_q.exec())
        return queryError(m_q);
    patient.id = m_db.dialect().insertedId(m_q);
    patient.rowVersion.value = 1;
    return {};
}

Result<void> PatientRepository::Inserter::insertAll(QList<Patient> &patients)
{
    const QVariant now = sql::fromDateTime(m_db.clock().now());
    return insertRecords(
        patients, m_many,
        [this] {
            return std::make_unique<BatchInsert>(m_db, QStringLiteral("patient"), insertColumns());
        },
        [this](Patient &p) { return insert(p); },
        [&now](const Patient &p) { return patientValues(p) << now << now; });
}

Result<qint64> PatientRepository::add(Patient &patient)
{
    if (auto allowed = m_db.require(Permission::EditPatients); !allowed)
        return allowed.error();
    if (const auto v = validate(patient); !v.ok())
        return Error::validation(v);
    if (auto added = Inserter(m_db).insert(patient); !added)
        return added.error();
    return patient.id;
}

Result<void> PatientRepository::update(const Patient &patient)
{
    if (auto allowed = m_db.require(Permission::EditPatients); !allowed)
        return allowed.error();
    if (patient.id <= 0)
        return Error::notFound(
            QCoreApplication::translate("Database", "The patient was never saved."));
    if (const auto v = validate(patient); !v.ok())
        return Error::validation(v);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE patient SET mrn = :mrn, family_name = :family, given_name = :given, "
        "date_of_birth = :dob, sex = :sex, fitzpatrick = :fitz, phone = :phone, email = :email, "
        "notes = :notes, treatment_consent_date = :tcd, photo_consent = :pc, "
        "photo_consent_date = :pcd, data_consent = :dc, data_consent_date = :dcd, "
        "archived = :archived, updated_at = :now, mrn_key = :mrn_key, family_key = :family_key, "
        "given_key = :given_key, row_version = row_version + 1, updated_by = tricholog_user() "
        "WHERE id = :id AND (:rv = 0 OR row_version = :rv2)"));
    bindPatient(q, patient);
    q.bindValue(QStringLiteral(":now"), sql::fromDateTime(m_db.clock().now()));
    q.bindValue(QStringLiteral(":id"), patient.id);
    q.bindValue(QStringLiteral(":rv"), patient.rowVersion.value);
    q.bindValue(QStringLiteral(":rv2"), patient.rowVersion.value);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return m_db.staleOrMissing(QStringLiteral("patient"), patient.id,
                                   QCoreApplication::translate("Database", "patient"));
    return {};
}

Result<void> PatientRepository::setArchived(qint64 id, bool archived)
{
    if (auto allowed = m_db.require(Permission::Archive); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE patient SET archived = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(sql::fromDateTime(m_db.clock().now()));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("Database", "Patient %1 does not exist.").arg(id));
    return {};
}

Result<void> PatientRepository::remove(qint64 id)
{
    if (auto allowed = m_db.require(Permission::Delete); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM patient WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("Database", "Patient %1 does not exist.").arg(id));
    return {};
}

Result<Patient> PatientRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM patient WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        if (auto read = sql::finished(q); !read)
            return read.error();
        return Error::notFound(
            QCoreApplication::translate("Database", "Patient %1 does not exist.").arg(id));
    }
    return readPatient(q);
}

Result<QList<QPair<qint64, QString>>> PatientRepository::idsByMrn() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, mrn FROM patient")))
        return queryError(q);
    QList<QPair<qint64, QString>> keys;
    while (q.next())
        keys.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (auto read = sql::finished(q); !read)
        return read.error();
    std::sort(keys.begin(), keys.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    return keys;
}

Result<QList<Patient>> PatientRepository::findAll(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<Patient>{};
    QList<Patient> patients;
    auto read = sql::readRows(m_db,
                              QStringLiteral("SELECT ") + kColumns +
                                  QStringLiteral(" FROM patient WHERE ") +
                                  m_db.dialect().idIn(QStringLiteral("id"), ids),
                              {}, [&patients](auto &rows) {
                                  while (rows.next())
                                      patients.append(readPatient(rows));
                              });
    if (!read)
        return read.error();
    return patients;
}

Result<Patient> PatientRepository::findByMrn(const QString &mrn) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM patient WHERE mrn = ?"));
    q.addBindValue(mrn.trimmed());
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        if (auto read = sql::finished(q); !read)
            return read.error();
        return Error::notFound(
            QCoreApplication::translate("Database", "No patient has the record number \"%1\".")
                .arg(mrn));
    }
    return readPatient(q);
}

bool PatientRepository::isMrnTaken(const QString &mrn, qint64 exceptId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM patient WHERE mrn = ? AND id <> ?"));
    q.addBindValue(mrn.trimmed());
    q.addBindValue(exceptId);
    return q.exec() && q.next();
}

Result<QList<Patient>> PatientRepository::search(const PatientQuery &query) const
{
    const QStringList words = searchKey(query.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString sqlText =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM patient WHERE TRUE");
    if (!query.includeArchived)
        sqlText += QStringLiteral(" AND archived = 0");
    // The first word drives an index range scan on one of the three keys; further words narrow.
    if (!words.isEmpty())
        sqlText +=
            QStringLiteral(" AND ((mrn_key >= :lo AND mrn_key < :hi) OR (family_key >= :lo "
                           "AND family_key < :hi) OR (given_key >= :lo AND given_key < :hi))");
    for (qsizetype i = 1; i < words.size(); ++i)
        sqlText +=
            QStringLiteral(" AND (substr(family_key, 1, length(CAST(:w%1 AS TEXT))) = :w%1 OR "
                           "substr(given_key, 1, length(CAST(:w%1 AS TEXT))) = :w%1 OR "
                           "substr(mrn_key, 1, length(CAST(:w%1 AS TEXT))) = :w%1)")
                .arg(i);
    sqlText += QStringLiteral(" ORDER BY family_key, given_key, id");
    if (query.limit > 0)
        sqlText += QStringLiteral(" LIMIT %1").arg(query.limit);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sqlText);
    if (!words.isEmpty()) {
        q.bindValue(QStringLiteral(":lo"), words.first());
        q.bindValue(QStringLiteral(":hi"), prefixUpperBound(words.first()));
    }
    for (qsizetype i = 1; i < words.size(); ++i)
        q.bindValue(QStringLiteral(":w%1").arg(i), words.at(i));
    if (!q.exec())
        return queryError(q);
    return readPatients(q);
}

int PatientRepository::count(bool includeArchived) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(includeArchived
                    ? QStringLiteral("SELECT count(*) FROM patient")
                    : QStringLiteral("SELECT count(*) FROM patient WHERE archived = 0")) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<QString> PatientRepository::proposeMrn(const QString &pattern, QDate today) const
{
    static const QRegularExpression counter(QStringLiteral("\\{n(?::0?(\\d{1,2}))?\\}"));
    const QString withYear =
        QString(pattern).replace(QStringLiteral("{year}"), QString::number(today.year()));
    QList<QRegularExpressionMatch> found;
    for (auto it = counter.globalMatch(withYear); it.hasNext();)
        found << it.next();
    if (found.size() != 1)
        return Error::validation([&] {
            ValidationResult v;
            v.add(QStringLiteral("mrn_pattern"),
                  QCoreApplication::translate("Patients", "MRN pattern"), pattern.left(80),
                  QCoreApplication::translate("Patients", "one {n} or {n:05}"),
                  QCoreApplication::translate("Patients",
                                              "MRN pattern \"%1\": it needs exactly one running "
                                              "number, {n} or {n:05} (zero-padded to 5 digits).")
                      .arg(pattern.left(80)));
            return v;
        }());
    const QRegularExpressionMatch m = found.first();
    const int width = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
    const QString before = withYear.left(m.capturedStart());
    const QString after = withYear.mid(m.capturedEnd());
    const QRegularExpression shape(QStringLiteral("^") + QRegularExpression::escape(before) +
                                   QStringLiteral("(\\d+)") + QRegularExpression::escape(after) +
                                   QStringLiteral("$"));
    // Only the MRNs that start as the pattern does are read (the MRN index serves the prefix).
    QString prefix = before;
    prefix.replace(QLatin1Char('!'), QStringLiteral("!!"))
        .replace(QLatin1Char('%'), QStringLiteral("!%"))
        .replace(QLatin1Char('_'), QStringLiteral("!_"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT mrn FROM patient WHERE mrn LIKE ? ESCAPE '!'"));
    q.addBindValue(QString(prefix + QLatin1Char('%')));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    qint64 highest = 0;
    while (q.next()) {
        const auto match = shape.match(q.value(0).toString());
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toLongLong());
    }
    if (auto read = sql::finished(q); !read)
        return read.error();
    return QString(before + QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0')) +
                   after);
}

} // namespace tricholog
