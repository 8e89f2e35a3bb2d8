#include "core/storage/Migrations.h"

#include "core/storage/Database.h"
#include "core/storage/PatientSummary.h"
#include "core/storage/SearchKey.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>

namespace tricholog {

Result<void> execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const auto &sql : statements) {
        if (!q.exec(sql))
            return Error::storage(Database::describe(q) + QStringLiteral(" [") +
                                  sql.simplified().left(80) + QStringLiteral("]"));
    }
    return {};
}

namespace {

// The tables of schema 1 in groups, each table with its indexes.

// Patients and their diagnoses.
QStringList patientTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE patient (
            id INTEGER PRIMARY KEY,
            mrn TEXT NOT NULL UNIQUE CHECK (length(mrn) BETWEEN 1 AND 32),
            family_name TEXT NOT NULL CHECK (family_name <> ''),
            given_name TEXT NOT NULL CHECK (given_name <> ''),
            date_of_birth TEXT,
            sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other')),
            fitzpatrick INTEGER CHECK (fitzpatrick BETWEEN 1 AND 6),
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            treatment_consent_date TEXT,
            photo_consent INTEGER NOT NULL DEFAULT 0 CHECK (photo_consent IN (0, 1)),
            photo_consent_date TEXT,
            data_consent INTEGER NOT NULL DEFAULT 0 CHECK (data_consent IN (0, 1)),
            data_consent_date TEXT,
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE diagnosis (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
            type TEXT NOT NULL,
            icd10 TEXT NOT NULL,
            diagnosed_on TEXT NOT NULL,
            onset TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('active', 'in_remission', 'resolved')),
            scale TEXT NOT NULL,
            grade TEXT NOT NULL DEFAULT '',
            salt_vertex REAL CHECK (salt_vertex BETWEEN 0 AND 100),
            salt_posterior REAL CHECK (salt_posterior BETWEEN 0 AND 100),
            salt_right REAL CHECK (salt_right BETWEEN 0 AND 100),
            salt_left REAL CHECK (salt_left BETWEEN 0 AND 100),
            findings TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX diagnosis_patient ON diagnosis(patient_id)"),
    };
}

// Microneedling sessions: zones, adjuncts and adverse events.
QStringList sessionTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE session (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
            performed_at TEXT NOT NULL,
            session_number INTEGER CHECK (session_number >= 1),
            planned_sessions INTEGER CHECK (planned_sessions >= 1),
            operator TEXT NOT NULL DEFAULT '',
            device TEXT NOT NULL CHECK (device IN ('dermaroller', 'dermastamp', 'pen', 'rf_microneedling')),
            needle_mm REAL NOT NULL CHECK (needle_mm BETWEEN 0.1 AND 3.0),
            needle_count INTEGER,
            passes INTEGER,
            direction TEXT NOT NULL DEFAULT '',
            endpoint TEXT CHECK (endpoint IN ('erythema', 'pinpoint_bleeding', 'none')),
            anaesthetic TEXT NOT NULL DEFAULT '',
            anaesthetic_minutes INTEGER,
            background_therapy TEXT NOT NULL DEFAULT '',
            pain INTEGER CHECK (pain BETWEEN 0 AND 10),
            post_care TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX session_patient_date ON session(patient_id, performed_at)"),
        QStringLiteral(R"(CREATE TABLE session_zone (
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            zone TEXT NOT NULL CHECK (zone IN ('frontal', 'midscalp', 'vertex', 'temporal_left',
                                               'temporal_right', 'occipital')),
            PRIMARY KEY (session_id, zone)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE session_adjunct (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            adjunct TEXT NOT NULL CHECK (adjunct IN ('minoxidil', 'prp', 'exosomes', 'growth_factors',
                                                     'finasteride_topical', 'dutasteride', 'other')),
            dose TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX session_adjunct_session ON session_adjunct(session_id)"),
        QStringLiteral(R"(CREATE TABLE adverse_event (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            event TEXT NOT NULL CHECK (event IN ('erythema', 'itching', 'pain', 'oedema', 'ecchymosis',
                'headache', 'shedding', 'infection', 'hyperpigmentation', 'milia', 'scarring', 'other')),
            severity TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX adverse_event_session ON adverse_event(session_id)"),
    };
}

// Measurements and patient-reported outcomes.
QStringList measurementTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE measurement (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
            session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
            measured_on TEXT NOT NULL,
            site TEXT NOT NULL CHECK (site IN ('frontal', 'midscalp', 'vertex', 'temporal_left',
                                               'temporal_right', 'occipital', 'target_area')),
            site_label TEXT NOT NULL DEFAULT '',
            method TEXT NOT NULL CHECK (method IN ('phototrichogram', 'trichoscopy', 'manual')),
            instrument TEXT NOT NULL DEFAULT '',
            magnification INTEGER,
            density REAL CHECK (density BETWEEN 0 AND 800),
            hair_count INTEGER CHECK (hair_count >= 0),
            area_cm2 REAL CHECK (area_cm2 > 0),
            mean_diameter_um REAL CHECK (mean_diameter_um BETWEEN 5 AND 200),
            terminal_pct REAL CHECK (terminal_pct BETWEEN 0 AND 100),
            vellus_pct REAL CHECK (vellus_pct BETWEEN 0 AND 100),
            anagen_pct REAL CHECK (anagen_pct BETWEEN 0 AND 100),
            telogen_pct REAL CHECK (telogen_pct BETWEEN 0 AND 100),
            fu_per_cm2 REAL,
            hairs_per_fu REAL,
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX measurement_patient ON measurement(patient_id, measured_on)"),
        QStringLiteral("CREATE INDEX measurement_session ON measurement(session_id)"),
        QStringLiteral(R"(CREATE TABLE outcome (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
            session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
            recorded_on TEXT NOT NULL,
            global_assessment INTEGER CHECK (global_assessment BETWEEN -3 AND 3),
            shedding INTEGER CHECK (shedding BETWEEN 1 AND 6),
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX outcome_patient ON outcome(patient_id, recorded_on)"),
    };
}

// Schema 1: the clinical core. Enumerations are stored by their stable keys (DOMAIN.md);
// CHECK constraints repeat the hard ranges so that no path around core can store nonsense.
Result<void> createClinicalCore(QSqlDatabase &db)
{
    return execAll(
        db,
        QStringList{QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)} +
            patientTables() + sessionTables() + measurementTables());
}

// Schema 2: accent- and case-insensitive search. SQLite folds ASCII only, so each patient gets
// folded copies of MRN and names (see searchKey), indexed for prefix range scans.
Result<void> addSearchKeys(QSqlDatabase &db)
{
    auto created = execAll(
        db,
        {
            QStringLiteral("ALTER TABLE patient ADD COLUMN mrn_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE patient ADD COLUMN family_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE patient ADD COLUMN given_key TEXT NOT NULL DEFAULT ''"),
        });
    if (!created)
        return created;

    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, mrn, family_name, given_name FROM patient")))
        return Error::storage(Database::describe(select));
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE patient SET mrn_key = ?, family_key = ?, given_key = ? WHERE id = ?"));
    while (select.next()) {
        update.addBindValue(searchKey(select.value(1).toString()));
        update.addBindValue(searchKey(select.value(2).toString()));
        update.addBindValue(searchKey(select.value(3).toString()));
        update.addBindValue(select.value(0));
        if (!update.exec())
            return Error::storage(Database::describe(update));
    }
    if (auto read = sql::finished(select); !read)
        return read;
    select.finish();
    return execAll(
        db, {
                QStringLiteral("CREATE INDEX patient_mrn_key ON patient(mrn_key)"),
                QStringLiteral("CREATE INDEX patient_family_key ON patient(family_key, given_key)"),
                QStringLiteral("CREATE INDEX patient_given_key ON patient(given_key)"),
            });
}

// Columns of a table as json_object(...) over OLD or NEW, leaving out search keys and secrets.
QString jsonOf(QSqlDatabase &db, const QString &table, const QString &row)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    QStringList parts;
    while (q.next()) {
        const QString column = q.value(1).toString();
        if (column.endsWith(QLatin1String("_key")) || column == QLatin1String("password_hash"))
            continue;
        parts << QStringLiteral("'%1', %2.%1").arg(column, row);
    }
    return QStringLiteral("json_object(") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// The statement every audit trigger runs: one audit_log row, chained to the previous one by
// SHA-256 over the previous hash and every field of the new row (AuditLog::verify recomputes it).
QString auditInsert(const QString &table, const QString &action, const QString &recordId,
                    const QString &patientId, const QString &oldValues, const QString &newValues,
                    const QString &user = QStringLiteral("tricholog_user()"))
{
    return QStringLiteral(
               "INSERT INTO audit_log (at, user_name, action, table_name, record_id, patient_id, "
               "old_values, new_values, prev_hash, hash) "
               "SELECT x.at, x.usr, x.act, '%1', x.rid, x.pid, x.ov, x.nv, x.prev, "
               "tricholog_sha256(x.prev || char(31) || x.at || char(31) || x.usr || char(31) || "
               "x.act || char(31) || '%1' || char(31) || coalesce(x.rid, '') || char(31) || "
               "coalesce(x.pid, '') || char(31) || coalesce(x.ov, '') || char(31) || "
               "coalesce(x.nv, '')) "
               "FROM (SELECT tricholog_now() AS at, %7 AS usr, %2 AS act, %3 AS rid, "
               "%4 AS pid, %5 AS ov, %6 AS nv, "
               "coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '') AS prev) x;")
        .arg(table, action, recordId, patientId, oldValues, newValues, user);
}

// A table whose every insert, update and delete the audit trail records.
struct Audited
{
    const char *table;
    const char *recordId;  // over the row alias R
    const char *patientId; // over the row alias R
};

// The schema from which imports are logged by one entry each.
constexpr int kImportAwareSchema = 7;

// The tables a CSV import writes. From schema 7 their insert triggers stay quiet while the
// connection imports (tricholog_importing()): the import logs its rows with one entry.
bool importWrites(const QString &table)
{
    static const QStringList tables{
        QStringLiteral("patient"),         QStringLiteral("diagnosis"),
        QStringLiteral("session"),         QStringLiteral("session_zone"),
        QStringLiteral("session_adjunct"), QStringLiteral("adverse_event"),
        QStringLiteral("measurement")};
    return tables.contains(table);
}

// The three AFTER triggers of an audited table (its columns as they are now); `version`: the
// schema they belong to.
QStringList auditTriggers(QSqlDatabase &db, const Audited &a, int version)
{
    const QString table = QLatin1String(a.table);
    auto over = [](const char *expr, const QString &row) {
        return QString::fromLatin1(expr).replace(QStringLiteral("R."), row + QLatin1Char('.'));
    };
    const QString oldJson = jsonOf(db, table, QStringLiteral("OLD"));
    const QString newJson = jsonOf(db, table, QStringLiteral("NEW"));
    const QString updateAction =
        table == QLatin1String("patient")
            ? QStringLiteral("CASE WHEN OLD.archived <> NEW.archived THEN "
                             "(CASE NEW.archived WHEN 1 THEN 'archive' ELSE 'unarchive' END) "
                             "ELSE 'update' END")
            : QStringLiteral("'update'");
    return QStringList()
           << QStringLiteral("CREATE TRIGGER audit_%1_insert AFTER INSERT ON %1 %3BEGIN %2 END")
                  .arg(table,
                       auditInsert(table, QStringLiteral("'insert'"),
                                   over(a.recordId, QStringLiteral("NEW")),
                                   over(a.patientId, QStringLiteral("NEW")), QStringLiteral("NULL"),
                                   newJson),
                       version >= kImportAwareSchema && importWrites(table)
                           ? QStringLiteral("WHEN NOT tricholog_importing() ")
                           : QString())
           << QStringLiteral("CREATE TRIGGER audit_%1_update AFTER UPDATE ON %1 %3BEGIN %2 END")
                  .arg(table,
                       auditInsert(table, updateAction, over(a.recordId, QStringLiteral("NEW")),
                                   over(a.patientId, QStringLiteral("NEW")), oldJson, newJson),
                       // Sign-in bookkeeping (failed attempts, lock-outs) is not an edit.
                       table == QLatin1String("app_user")
                           ? QStringLiteral("WHEN OLD.name IS NOT NEW.name OR OLD.role IS "
                                            "NOT NEW.role OR OLD.active IS NOT NEW.active "
                                            "OR OLD.password_hash IS NOT NEW.password_hash ")
                           : QString())
           << QStringLiteral("CREATE TRIGGER audit_%1_delete AFTER DELETE ON %1 BEGIN %2 END")
                  .arg(table, auditInsert(table, QStringLiteral("'delete'"),
                                          over(a.recordId, QStringLiteral("OLD")),
                                          over(a.patientId, QStringLiteral("OLD")), oldJson,
                                          QStringLiteral("NULL")));
}

// The tables whose triggers schema 3 made (photo's came with schema 4).
const QList<Audited> &auditedAtSchema3()
{
    static const QList<Audited> audited{
        {"patient", "R.id", "R.id"},
        {"diagnosis", "R.id", "R.patient_id"},
        {"session", "R.id", "R.patient_id"},
        {"measurement", "R.id", "R.patient_id"},
        {"outcome", "R.id", "R.patient_id"},
        {"session_zone", "R.session_id",
         "(SELECT patient_id FROM session WHERE id = R.session_id)"},
        {"session_adjunct", "R.session_id",
         "(SELECT patient_id FROM session WHERE id = R.session_id)"},
        {"adverse_event", "R.session_id",
         "(SELECT patient_id FROM session WHERE id = R.session_id)"},
        {"app_user", "R.id", "NULL"},
    };
    return audited;
}

// The trail is append-only, enforced by the database itself.
QStringList appendOnlyTriggers()
{
    return {QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                           "SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                           "SELECT RAISE(ABORT, 'the audit trail is append-only'); END")};
}

// Schema 3: accounts, the tamper-evident audit trail, and row versions against lost updates.
Result<void> addUsersAuditAndVersions(QSqlDatabase &db)
{
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE app_user (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64),
            role TEXT NOT NULL CHECK (role IN ('administrator', 'clinician', 'assistant')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))"),
    };
    statements << sqliteAuditLogStatements();
    statements << appendOnlyTriggers(); // enforced by the database itself
    for (const char *table : {"diagnosis", "session", "measurement", "outcome"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN updated_at TEXT")
                          .arg(QLatin1String(table));
    for (const char *table : {"patient", "diagnosis", "session", "measurement", "outcome"}) {
        statements
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
                   .arg(QLatin1String(table))
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''")
                   .arg(QLatin1String(table));
    }
    if (auto done = execAll(db, statements); !done)
        return done;

    QStringList triggers;
    for (const auto &a : auditedAtSchema3())
        triggers << auditTriggers(db, a, 3);
    return execAll(db, triggers);
}

// Schema 4: photos. The original is kept byte for byte in its own table (so listing photos never
// reads image data) with its SHA-256 in the photo row; previews (thumbnail, display size) are a
// cache that can be dropped and is rebuilt from the original. The audit trail records the photo
// rows, checksum included, not the image bytes.
Result<void> addPhotos(QSqlDatabase &db)
{
    auto created =
        execAll(db, {
                        QStringLiteral(R"(CREATE TABLE photo (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE RESTRICT,
            view TEXT NOT NULL CHECK (view IN ('global_frontal', 'global_vertex', 'left', 'right',
                                               'occipital', 'trichoscopic')),
            site TEXT CHECK (site IN ('frontal', 'midscalp', 'vertex', 'temporal_left',
                                      'temporal_right', 'occipital', 'target_area')),
            magnification INTEGER CHECK (magnification BETWEEN 1 AND 1000),
            taken_at TEXT NOT NULL,
            taken_at_source TEXT NOT NULL CHECK (taken_at_source IN ('exif', 'file', 'entered')),
            notes TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL CHECK (format IN ('jpeg', 'png')),
            byte_size INTEGER NOT NULL CHECK (byte_size > 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            width INTEGER NOT NULL CHECK (width > 0),
            height INTEGER NOT NULL CHECK (height > 0),
            orientation INTEGER NOT NULL DEFAULT 1 CHECK (orientation BETWEEN 1 AND 8),
            created_at TEXT NOT NULL,
            updated_at TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            updated_by TEXT NOT NULL DEFAULT ''))"),
                        QStringLiteral("CREATE INDEX photo_patient ON photo(patient_id, taken_at)"),
                        QStringLiteral("CREATE INDEX photo_session ON photo(session_id)"),
                        QStringLiteral(R"(CREATE TABLE photo_original (
            photo_id INTEGER PRIMARY KEY REFERENCES photo(id) ON DELETE CASCADE,
            bytes BLOB NOT NULL))"),
                        QStringLiteral(R"(CREATE TABLE photo_preview (
            photo_id INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('thumbnail', 'display')),
            bytes BLOB NOT NULL,
            PRIMARY KEY (photo_id, kind)))"),
                    });
    if (!created)
        return created;
    return execAll(db, auditTriggers(db, {"photo", "R.id", "R.patient_id"}, 4));
}

// Schema 5: the patient list's figures per patient, kept by triggers (see PatientSummary.h), so
// that the list pages, sorts and filters in SQL at clinic-chain scale.
Result<void> addPatientSummary(QSqlDatabase &db)
{
    // Every row starts stale: computed at the first read after the last step (schema 11 adds
    // columns the computation fills).
    return execAll(db, patientsummary::schemaStatements());
}

// Schema 7: the insert triggers of the tables an import writes stay quiet while it imports.
Result<void> importAwareAudit(QSqlDatabase &db)
{
    QStringList statements;
    for (const auto &a : auditedAtSchema3())
        if (importWrites(QLatin1String(a.table)))
            statements << QStringLiteral("DROP TRIGGER audit_%1_insert").arg(QLatin1String(a.table))
                       << auditTriggers(db, a, kImportAwareSchema).first();
    return execAll(db, statements);
}

} // namespace

// The device calibration profiles' table (schema 8): the same on both engines but for types.
QString deviceProfileTable(bool server)
{
    return QStringLiteral(R"(CREATE TABLE device_profile (
            id %1,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            magnification INTEGER CHECK (magnification BETWEEN 1 AND 1000),
            um_per_px %2 NOT NULL CHECK (um_per_px BETWEEN 0.2 AND 50),
            uncertainty_um_per_px %2 CHECK (uncertainty_um_per_px >= 0),
            calibrated_on TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('ruler', 'entered')),
            notes TEXT NOT NULL DEFAULT '',
            updated_at TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            updated_by TEXT NOT NULL DEFAULT ''))")
        .arg(server ? QStringLiteral("bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                    : QStringLiteral("INTEGER PRIMARY KEY"),
             server ? QStringLiteral("double precision") : QStringLiteral("REAL"));
}

// Schema 8: device calibration profiles (name, magnification, micrometres per pixel), audited.
static Result<void> addDeviceProfiles(QSqlDatabase &db)
{
    if (auto made = execAll(db, {deviceProfileTable(false),
                                 QStringLiteral("CREATE UNIQUE INDEX device_profile_name ON "
                                                "device_profile(lower(name))")});
        !made)
        return made;
    return execAll(db, auditTriggers(db, {"device_profile", "R.id", "NULL"}, 8));
}

// The image analyses' table (schema 9): the same on both engines but for types.
QString imageAnalysisTable(bool server)
{
    return QStringLiteral(R"(CREATE TABLE image_analysis (
            id %1,
            patient_id %2 NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
            photo_id %2 NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
            measurement_id %2 REFERENCES measurement(id) ON DELETE SET NULL,
            site TEXT NOT NULL CHECK (site IN ('frontal', 'midscalp', 'vertex', 'temporal_left',
                                               'temporal_right', 'occipital', 'target_area')),
            algorithm TEXT NOT NULL CHECK (length(algorithm) > 0),
            algorithm_version TEXT NOT NULL CHECK (length(algorithm_version) > 0),
            um_per_px %3 NOT NULL CHECK (um_per_px BETWEEN 0.2 AND 50),
            profile TEXT NOT NULL DEFAULT '',
            hair_count INTEGER NOT NULL CHECK (hair_count >= 0),
            analysis TEXT NOT NULL,
            edits TEXT NOT NULL DEFAULT '[]',
            analysed_at TEXT NOT NULL,
            analysed_by TEXT NOT NULL DEFAULT '',
            updated_at TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            updated_by TEXT NOT NULL DEFAULT ''))")
        .arg(server ? QStringLiteral("bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                    : QStringLiteral("INTEGER PRIMARY KEY"),
             server ? QStringLiteral("bigint") : QStringLiteral("INTEGER"),
             server ? QStringLiteral("double precision") : QStringLiteral("REAL"));
}

QStringList imageAnalysisIndexes()
{
    return {QStringLiteral("CREATE INDEX image_analysis_photo ON image_analysis(photo_id)"),
            QStringLiteral("CREATE INDEX image_analysis_patient ON image_analysis(patient_id)"),
            QStringLiteral(
                "CREATE INDEX image_analysis_measurement ON image_analysis(measurement_id)")};
}

// Schema 9: a measurement's method may be 'image_analysis', and the image analyses (hairs,
// field, scale, edits), audited. SQLite cannot change a CHECK constraint: the measurement table
// is made again from its own definition with the wider CHECK, its rows copied, and its indexes
// and triggers made again exactly as they were (sqlite_master must keep the same triggers).
static Result<void> addImageAnalyses(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, sql FROM sqlite_master WHERE tbl_name = "
                               "'measurement' AND sql IS NOT NULL ORDER BY type = 'table' DESC")))
        return Error::storage(Database::describe(q));
    QString table;
    QStringList dependents;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("table"))
            table = q.value(1).toString();
        else
            dependents << q.value(1).toString();
    }
    q.finish();
    const QString oldCheck = QStringLiteral("'trichoscopy', 'manual'))");
    const qsizetype create = table.indexOf(QLatin1String("measurement"));
    if (!table.contains(oldCheck) || create < 0)
        return Error::storage(QStringLiteral("The measurement table's method check was not found "
                                             "where schema 1 put it."));
    table.replace(oldCheck, QStringLiteral("'trichoscopy', 'manual', 'image_analysis'))"));
    table.replace(create, qsizetype(qstrlen("measurement")), QStringLiteral("measurement_new"));
    QStringList statements{table,
                           QStringLiteral("INSERT INTO measurement_new SELECT * FROM measurement"),
                           QStringLiteral("DROP TABLE measurement"),
                           QStringLiteral("ALTER TABLE measurement_new RENAME TO measurement")};
    statements << dependents << imageAnalysisTable(false) << imageAnalysisIndexes();
    if (auto made = execAll(db, statements); !made)
        return made;
    return execAll(db, auditTriggers(db, {"image_analysis", "R.id", "R.patient_id"}, 9));
}

// Schema 10's treatment-plan tables: the same on both engines but for types. A plan copies its
// template's values (editable for the patient); contact attempts are the recall list's log.
QStringList treatmentPlanTables(bool server)
{
    const QString id = server
                           ? QStringLiteral("bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                           : QStringLiteral("INTEGER PRIMARY KEY");
    const QString ref = server ? QStringLiteral("bigint") : QStringLiteral("INTEGER");
    const QString real = server ? QStringLiteral("double precision") : QStringLiteral("REAL");
    const QString protocol = QStringLiteral(R"(
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            device TEXT NOT NULL CHECK (device IN ('dermaroller', 'dermastamp', 'pen',
                                                   'rf_microneedling')),
            needle_mm %1 NOT NULL CHECK (needle_mm BETWEEN 0.1 AND 3.0),
            interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 1 AND 365),
            sessions INTEGER NOT NULL CHECK (sessions BETWEEN 1 AND 100),
            adjuncts TEXT NOT NULL DEFAULT '[]',
            measurement_weeks TEXT NOT NULL DEFAULT '',
            photo_views TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',)")
                                 .arg(real);
    const QString versioned = QStringLiteral(R"(
            updated_at TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            updated_by TEXT NOT NULL DEFAULT '')");
    return {
        QStringLiteral("CREATE TABLE protocol_template (id %1,%2%3)").arg(id, protocol, versioned),
        QStringLiteral("CREATE UNIQUE INDEX protocol_template_name ON "
                       "protocol_template(lower(name))"),
        QStringLiteral(R"(CREATE TABLE treatment_plan (id %1,
            patient_id %2 NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
            template_id %2 REFERENCES protocol_template(id) ON DELETE SET NULL,%3
            start_date TEXT NOT NULL,
            stopped_on TEXT CHECK (stopped_on IS NULL OR stopped_on >= start_date),%4))")
            .arg(id, ref, protocol, versioned),
        QStringLiteral("CREATE INDEX treatment_plan_patient ON treatment_plan(patient_id)"),
        QStringLiteral(R"(CREATE TABLE contact_attempt (id %1,
            patient_id %2 NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
            attempted_at TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'message_left',
                                                     'booked', 'declined')),
            note TEXT NOT NULL DEFAULT '',%3))")
            .arg(id, ref, versioned),
        QStringLiteral("CREATE INDEX contact_attempt_patient ON contact_attempt(patient_id, "
                       "attempted_at)")};
}

// Schema 10: treatment plans (protocol templates, a patient's plans, contact attempts), audited.
static Result<void> addTreatmentPlans(QSqlDatabase &db)
{
    if (auto made = execAll(db, treatmentPlanTables(false)); !made)
        return made;
    QStringList triggers;
    triggers << auditTriggers(db, {"protocol_template", "R.id", "NULL"}, 10)
             << auditTriggers(db, {"treatment_plan", "R.id", "R.patient_id"}, 10)
             << auditTriggers(db, {"contact_attempt", "R.id", "R.patient_id"}, 10);
    return execAll(db, triggers);
}

// Schema 6: the practice's id, made once when the database is made (or reaches this version),
// so that a backup of another practice is recognised and anchors of the audit trail name whose
// trail they hold.
Result<void> addPracticeIdStep(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('practice_id', ?)"));
    q.addBindValue(newPracticeId());
    if (!q.exec())
        return Error::storage(Database::describe(q));
    return {};
}

Result<void> addSqliteMeasurementColumn(QSqlDatabase &db, const QString &columnDefinition)
{
    QStringList statements{QStringLiteral("ALTER TABLE measurement ADD COLUMN ") + columnDefinition,
                           QStringLiteral("DROP TRIGGER audit_measurement_insert"),
                           QStringLiteral("DROP TRIGGER audit_measurement_update"),
                           QStringLiteral("DROP TRIGGER audit_measurement_delete")};
    if (auto done = execAll(db, statements); !done)
        return done;
    return execAll(db,
                   auditTriggers(db, {"measurement", "R.id", "R.patient_id"}, kImportAwareSchema));
}

// Schema 12 is a server's (PostgresDialect.cpp): its search indexes gain the patient's id, which
// SQLite's hold already (the rowid), and a trigram index of the MRNs; SQLite reads its MRN index
// through for digits typed anywhere in an MRN (under 10 ms a keystroke at 20,000 patients). So is
// schema 14: the server's summary trigger lets an import's inserts through, the import marking
// its patients stale once (SQLite's triggers write a row only when it is not stale already,
// schema 13); and schema 15: the server's triggers are not called for an import's rows (SQLite's
// have a WHEN condition since schema 7). On a file these steps only keep both engines' schema
// numbers equal.
namespace {
Result<void> serverOnlyStep(QSqlDatabase &)
{
    return {};
}
} // namespace

QString newPracticeId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList sqliteAuditLogStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id INTEGER,
            patient_id INTEGER,
            old_values TEXT,
            new_values TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX audit_patient ON audit_log(patient_id)"),
        QStringLiteral("CREATE INDEX audit_user ON audit_log(user_name)"),
        QStringLiteral("CREATE INDEX audit_at ON audit_log(at)"),
    };
}

QStringList sqliteTriggerStatements(QSqlDatabase &db, int version)
{
    QStringList statements;
    if (version >= 3) {
        statements << appendOnlyTriggers();
        for (const auto &a : auditedAtSchema3())
            statements << auditTriggers(db, a, version);
    }
    if (version >= 4)
        statements << auditTriggers(db, {"photo", "R.id", "R.patient_id"}, version);
    if (version >= 5) {
        // The summary's triggers: the stale ones as this version has them (schema 13 changed
        // them), the others as schema 5 made them.
        const QStringList firstStale = patientsummary::staleTriggers(5);
        for (const QString &sql : patientsummary::schemaStatements())
            if (sql.startsWith(QLatin1String("CREATE TRIGGER")) && !firstStale.contains(sql))
                statements << sql;
        statements << patientsummary::staleTriggers(version);
    }
    if (version >= 8)
        statements << auditTriggers(db, {"device_profile", "R.id", "NULL"}, version);
    if (version >= 9)
        statements << auditTriggers(db, {"image_analysis", "R.id", "R.patient_id"}, version);
    if (version >= 10)
        statements << auditTriggers(db, {"protocol_template", "R.id", "NULL"}, version)
                   << auditTriggers(db, {"treatment_plan", "R.id", "R.patient_id"}, version)
                   << auditTriggers(db, {"contact_attempt", "R.id", "R.patient_id"}, version);
    return statements;
}

QString sqliteRowJson(QSqlDatabase &db, const QString &table, const QString &row)
{
    return jsonOf(db, table, row);
}

QString auditInsertStatement(const QString &action, const QString &table, const QString &recordId,
                             const QString &newValues, const QString &user,
                             const QString &patientId)
{
    return auditInsert(table, action, recordId, patientId, QStringLiteral("NULL"), newValues, user);
}

bool upgradeChangesStructure(const QList<Migration> &steps, int from)
{
    return std::any_of(steps.cbegin(), steps.cend(), [from](const Migration &step) {
        return step.version > from && step.changesStructure;
    });
}

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1, "clinical core: patients, diagnoses, sessions, measurements, outcomes",
         createClinicalCore},
        {2, "accent-insensitive search keys for patients", addSearchKeys},
        {3, "accounts, tamper-evident audit trail, row versions", addUsersAuditAndVersions},
        {4, "photos: originals with checksums, cached previews", addPhotos},
        {5, "patient list summary kept by triggers", addPatientSummary},
        {6, "the practice's id", addPracticeIdStep},
        {7, "imports logged by one entry each", importAwareAudit},
        {8, "device calibration profiles", addDeviceProfiles},
        {9, "image analyses; measurements by image analysis", addImageAnalyses},
        {10, "treatment plans: protocol templates, plans, contact attempts", addTreatmentPlans},
        {11, "the days of each patient's visits kept for the recall list",
         patientsummary::addVisitDays},
        {12, "the search's indexes on a server (nothing changes in a file)", serverOnlyStep, false},
        {13, "the summary's triggers write a patient's row only when it is not stale already",
         patientsummary::quietStaleTriggers},
        {14, "an import marks its patients' summaries stale once (a server's step)", serverOnlyStep,
         false},
        {15, "the triggers are not called for an import's rows (a server's step)", serverOnlyStep,
         false},
    };
    return list;
}

} // namespace tricholog
