#include "Migrations.h"

#include "Database.h"
#include "SearchKey.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tricholog {

Result<void> execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const auto &sql : statements) {
        if (!q.exec(sql))
            return Error::storage(Database::describe(q.lastError()) + QStringLiteral(" [")
                                  + sql.simplified().left(80) + QStringLiteral("]"));
    }
    return {};
}

namespace {

// Schema 1: the clinical core. Enumerations are stored by their stable keys (DOMAIN.md);
// CHECK constraints repeat the hard ranges so that no path around core can store nonsense.
Result<void> createClinicalCore(QSqlDatabase &db)
{
    return execAll(db, {
        QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
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
    });
}

// Schema 2: accent- and case-insensitive search. SQLite folds ASCII only, so each patient gets
// folded copies of MRN and names (see searchKey), indexed for prefix range scans.
Result<void> addSearchKeys(QSqlDatabase &db)
{
    auto created = execAll(db, {
        QStringLiteral("ALTER TABLE patient ADD COLUMN mrn_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE patient ADD COLUMN family_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE patient ADD COLUMN given_key TEXT NOT NULL DEFAULT ''"),
    });
    if (!created)
        return created;

    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, mrn, family_name, given_name FROM patient")))
        return Error::storage(Database::describe(select.lastError()));
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE patient SET mrn_key = ?, family_key = ?, given_key = ? WHERE id = ?"));
    while (select.next()) {
        update.addBindValue(searchKey(select.value(1).toString()));
        update.addBindValue(searchKey(select.value(2).toString()));
        update.addBindValue(searchKey(select.value(3).toString()));
        update.addBindValue(select.value(0));
        if (!update.exec())
            return Error::storage(Database::describe(update.lastError()));
    }
    select.finish();
    return execAll(db, {
        QStringLiteral("CREATE INDEX patient_mrn_key ON patient(mrn_key)"),
        QStringLiteral("CREATE INDEX patient_family_key ON patient(family_key, given_key)"),
        QStringLiteral("CREATE INDEX patient_given_key ON patient(given_key)"),
    });
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1, "clinical core: patients, diagnoses, sessions, measurements, outcomes", createClinicalCore},
        {2, "accent-insensitive search keys for patients", addSearchKeys},
    };
    return list;
}

} // namespace tricholog
