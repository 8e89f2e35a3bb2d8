// The PostgreSQL side of SqlDialect: a server shared by the workstations of a clinic. The schema
// is the SQLite schema 5 in PostgreSQL's terms (a server database starts at version 5); the
// audit trail, the append-only guard and the patient-list summary are kept by PL/pgSQL triggers
// with the same rules and the same hash chain, so AuditLog verifies either engine's trail.
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PatientSummary.h"
#include "core/storage/PostgresImportTriggers.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tricholog {

namespace {

// The most ranges idIn writes for ids that follow one another; more are given as a list.
constexpr qsizetype kMostRanges = 32;

// The functions the schema and the repositories call, as on SQLite (SqliteFunctions.h): who is
// signed in (set per connection by Database), the time in UTC, and SHA-256 in hex.
const QStringList kFunctions{
    QStringLiteral(R"(CREATE FUNCTION tricholog_user() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(current_setting('tricholog.user', true), ''), 'system') $$)"),
    // The server's clock, one for every workstation (a connection with a fixed clock, in tests,
    // sets tricholog.now).
    QStringLiteral(R"(CREATE FUNCTION tricholog_now() RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT coalesce(nullif(current_setting('tricholog.now', true), ''),
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) $$)"),
    QStringLiteral(R"(CREATE FUNCTION tricholog_sha256(t text) RETURNS text LANGUAGE sql IMMUTABLE
        AS $$ SELECT encode(sha256(convert_to(t, 'UTF8')), 'hex') $$)"),
    // A row as the trail stores it: every column but the search keys and secrets.
    QStringLiteral(R"(CREATE FUNCTION tricholog_row_json(r jsonb) RETURNS text LANGUAGE sql
        IMMUTABLE AS $$ SELECT jsonb_object_agg(key, value)::text FROM jsonb_each(r)
        WHERE key NOT LIKE '%\_key' AND key <> 'password_hash' $$)"),
    // One entry of the trail, chained to the one before; writers take turns (the advisory
    // lock), so two workstations never link to the same entry.
    QStringLiteral(R"(CREATE FUNCTION tricholog_audit_write(act text, tbl text, rid bigint,
            pid bigint, ov text, nv text, usr text) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE prev text; stamp text := tricholog_now();
        BEGIN
            PERFORM pg_advisory_xact_lock(7354001);
            SELECT hash INTO prev FROM audit_log ORDER BY id DESC LIMIT 1;
            prev := coalesce(prev, '');
            INSERT INTO audit_log (at, user_name, action, table_name, record_id, patient_id,
                                   old_values, new_values, prev_hash, hash)
            VALUES (stamp, usr, act, tbl, rid, pid, ov, nv, prev,
                    tricholog_sha256(prev || chr(31) || stamp || chr(31) || usr || chr(31) ||
                        act || chr(31) || tbl || chr(31) || coalesce(rid::text, '') || chr(31) ||
                        coalesce(pid::text, '') || chr(31) || coalesce(ov, '') || chr(31) ||
                        coalesce(nv, '')));
        END $$)"),
    // The trigger of every audited table. TG_ARGV[0]: the record's id column; TG_ARGV[1]: how
    // to find the patient ('self': the id, a column name, 'session': through session_id,
    // 'none').
    QStringLiteral(R"(CREATE FUNCTION tricholog_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE r jsonb; act text := lower(TG_OP); rid bigint; pid bigint; ov text; nv text;
        BEGIN
            -- A CSV import logs the rows it adds with one entry (Database::setImporting).
            IF TG_OP = 'INSERT' AND TG_TABLE_NAME IN ('patient', 'diagnosis', 'session',
                    'session_zone', 'session_adjunct', 'adverse_event', 'measurement')
                    AND current_setting('tricholog.importing', true) = 'on' THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
            IF TG_TABLE_NAME = 'patient' AND TG_OP = 'UPDATE' THEN
                IF (to_jsonb(OLD) ->> 'archived') <> (r ->> 'archived') THEN
                    act := CASE WHEN r ->> 'archived' = '1' THEN 'archive' ELSE 'unarchive' END;
                END IF;
            END IF;
            rid := (r ->> TG_ARGV[0])::bigint;
            IF TG_ARGV[1] = 'self' THEN pid := rid;
            ELSIF TG_ARGV[1] = 'session' THEN
                SELECT s.patient_id INTO pid FROM session s WHERE s.id = (r ->> 'session_id')::bigint;
            ELSIF TG_ARGV[1] = 'none' THEN pid := NULL;
            ELSE pid := (r ->> TG_ARGV[1])::bigint;
            END IF;
            IF TG_OP <> 'INSERT' THEN ov := tricholog_row_json(to_jsonb(OLD)); END IF;
            IF TG_OP <> 'DELETE' THEN nv := tricholog_row_json(to_jsonb(NEW)); END IF;
            PERFORM tricholog_audit_write(act, TG_TABLE_NAME, rid, pid, ov, nv, tricholog_user());
            RETURN NULL;
        END $$)"),
    // Repositories insert a new row with the id NULL (an undone deletion brings its old id back):
    // as SQLite does, a NULL id takes the next number.
    QStringLiteral(R"(CREATE FUNCTION tricholog_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.id IS NULL THEN
                NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_NAME, 'id'));
            END IF;
            RETURN NEW;
        END $$)"),
    QStringLiteral(R"(CREATE FUNCTION tricholog_append_only() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$)"),
    // The patient list's summary: stale whenever a patient's sessions, measurements or
    // diagnoses change (see PatientSummary.h). A CSV import marks its patients once, before it
    // commits, rather than for each row it adds (csvimport::ImportRun::markSummariesStale).
    QStringLiteral(R"(CREATE FUNCTION tricholog_summary_stale() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN
            IF TG_OP = 'INSERT' AND current_setting('tricholog.importing', true) = 'on' THEN
                RETURN NULL;
            END IF;
            IF TG_OP <> 'INSERT' THEN
                UPDATE patient_summary SET stale = 1 WHERE patient_id = OLD.patient_id;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                UPDATE patient_summary SET stale = 1 WHERE patient_id = NEW.patient_id;
            END IF;
            RETURN NULL;
        END $$)"),
    QStringLiteral(R"(CREATE FUNCTION tricholog_summary_patient() RETURNS trigger LANGUAGE
        plpgsql AS $$ BEGIN
            INSERT INTO patient_summary (patient_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$)"),
};

// Schema 5, as on SQLite: ids from identity columns, REAL as double precision, BLOB as bytea,
// the search keys compared byte by byte (COLLATE "C", as SQLite does), booleans as 0/1.
const QStringList kTables{
    QStringLiteral(R"(CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE patient (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        mrn text NOT NULL UNIQUE CHECK (length(mrn) BETWEEN 1 AND 32),
        family_name text NOT NULL CHECK (family_name <> ''),
        given_name text NOT NULL CHECK (given_name <> ''),
        date_of_birth text,
        sex text NOT NULL CHECK (sex IN ('female', 'male', 'other')),
        fitzpatrick integer CHECK (fitzpatrick BETWEEN 1 AND 6),
        phone text NOT NULL DEFAULT '',
        email text NOT NULL DEFAULT '',
        notes text NOT NULL DEFAULT '',
        treatment_consent_date text,
        photo_consent integer NOT NULL DEFAULT 0 CHECK (photo_consent IN (0, 1)),
        photo_consent_date text,
        data_consent integer NOT NULL DEFAULT 0 CHECK (data_consent IN (0, 1)),
        data_consent_date text,
        archived integer NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at text NOT NULL,
        updated_at text NOT NULL,
        mrn_key text COLLATE "C" NOT NULL DEFAULT '',
        family_key text COLLATE "C" NOT NULL DEFAULT '',
        given_key text COLLATE "C" NOT NULL DEFAULT '',
        row_version integer NOT NULL DEFAULT 1,
        updated_by text NOT NULL DEFAULT ''))"),
    QStringLiteral(R"(CREATE TABLE diagnosis (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        patient_id bigint NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
        type text NOT NULL,
        icd10 text NOT NULL,
        diagnosed_on text NOT NULL,
        onset text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('active', 'in_remission', 'resolved')),
        scale text NOT NULL,
        grade text NOT NULL DEFAULT '',
        salt_vertex double precision CHECK (salt_vertex BETWEEN 0 AND 100),
        salt_posterior double precision CHECK (salt_posterior BETWEEN 0 AND 100),
        salt_right double precision CHECK (salt_right BETWEEN 0 AND 100),
        salt_left double precision CHECK (salt_left BETWEEN 0 AND 100),
        findings text NOT NULL DEFAULT '',
        notes text NOT NULL DEFAULT '',
        updated_at text,
        row_version integer NOT NULL DEFAULT 1,
        updated_by text NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX diagnosis_patient ON diagnosis(patient_id)"),
    QStringLiteral(R"(CREATE TABLE session (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        patient_id bigint NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
        performed_at text NOT NULL,
        session_number integer CHECK (session_number >= 1),
        planned_sessions integer CHECK (planned_sessions >= 1),
        operator text NOT NULL DEFAULT '',
        device text NOT NULL CHECK (device IN ('dermaroller', 'dermastamp', 'pen',
                                               'rf_microneedling')),
        needle_mm double precision NOT NULL CHECK (needle_mm BETWEEN 0.1 AND 3.0),
        needle_count integer,
        passes integer,
        direction text NOT NULL DEFAULT '',
        endpoint text CHECK (endpoint IN ('erythema', 'pinpoint_bleeding', 'none')),
        anaesthetic text NOT NULL DEFAULT '',
        anaesthetic_minutes integer,
        background_therapy text NOT NULL DEFAULT '',
        pain integer CHECK (pain BETWEEN 0 AND 10),
        post_care text NOT NULL DEFAULT '',
        notes text NOT NULL DEFAULT '',
        updated_at text,
        row_version integer NOT NULL DEFAULT 1,
        updated_by text NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX session_patient_date ON session(patient_id, performed_at)"),
    QStringLiteral(R"(CREATE TABLE session_zone (
        session_id bigint NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        zone text NOT NULL CHECK (zone IN ('frontal', 'midscalp', 'vertex', 'temporal_left',
                                           'temporal_right', 'occipital')),
        PRIMARY KEY (session_id, zone)))"),
    QStringLiteral(R"(CREATE TABLE session_adjunct (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        session_id bigint NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        position integer NOT NULL,
        adjunct text NOT NULL CHECK (adjunct IN ('minoxidil', 'prp', 'exosomes',
            'growth_factors', 'finasteride_topical', 'dutasteride', 'other')),
        dose text NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX session_adjunct_session ON session_adjunct(session_id)"),
    QStringLiteral(R"(CREATE TABLE adverse_event (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        session_id bigint NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        position integer NOT NULL,
        event text NOT NULL CHECK (event IN ('erythema', 'itching', 'pain', 'oedema',
            'ecchymosis', 'headache', 'shedding', 'infection', 'hyperpigmentation', 'milia',
            'scarring', 'other')),
        severity text NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
        notes text NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX adverse_event_session ON adverse_event(session_id)"),
    QStringLiteral(R"(CREATE TABLE measurement (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        patient_id bigint NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
        session_id bigint REFERENCES session(id) ON DELETE SET NULL,
        measured_on text NOT NULL,
        site text NOT NULL CHECK (site IN ('frontal', 'midscalp', 'vertex', 'temporal_left',
                                           'temporal_right', 'occipital', 'target_area')),
        site_label text NOT NULL DEFAULT '',
        method text NOT NULL CHECK (method IN ('phototrichogram', 'trichoscopy', 'manual')),
        instrument text NOT NULL DEFAULT '',
        magnification integer,
        density double precision CHECK (density BETWEEN 0 AND 800),
        hair_count integer CHECK (hair_count >= 0),
        area_cm2 double precision CHECK (area_cm2 > 0),
        mean_diameter_um double precision CHECK (mean_diameter_um BETWEEN 5 AND 200),
        terminal_pct double precision CHECK (terminal_pct BETWEEN 0 AND 100),
        vellus_pct double precision CHECK (vellus_pct BETWEEN 0 AND 100),
        anagen_pct double precision CHECK (anagen_pct BETWEEN 0 AND 100),
        telogen_pct double precision CHECK (telogen_pct BETWEEN 0 AND 100),
        fu_per_cm2 double precision,
        hairs_per_fu double precision,
        notes text NOT NULL DEFAULT '',
        updated_at text,
        row_version integer NOT NULL DEFAULT 1,
        updated_by text NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX measurement_patient ON measurement(patient_id, measured_on)"),
    QStringLiteral("CREATE INDEX measurement_session ON measurement(session_id)"),
    QStringLiteral(R"(CREATE TABLE outcome (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        patient_id bigint NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
        session_id bigint REFERENCES session(id) ON DELETE SET NULL,
        recorded_on text NOT NULL,
        global_assessment integer CHECK (global_assessment BETWEEN -3 AND 3),
        shedding integer CHECK (shedding BETWEEN 1 AND 6),
        notes text NOT NULL DEFAULT '',
        updated_at text,
        row_version integer NOT NULL DEFAULT 1,
        updated_by text NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX outcome_patient ON outcome(patient_id, recorded_on)"),
    QStringLiteral(R"(CREATE TABLE app_user (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
        role text NOT NULL CHECK (role IN ('administrator', 'clinician', 'assistant')),
        password_hash text NOT NULL,
        active integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until text,
        created_at text NOT NULL))"),
    // Names are unique whatever their case, as SQLite's NOCASE has it.
    QStringLiteral("CREATE UNIQUE INDEX app_user_name ON app_user(lower(name))"),
    QStringLiteral(R"(CREATE TABLE audit_log (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at text NOT NULL,
        user_name text NOT NULL,
        action text NOT NULL,
        table_name text NOT NULL,
        record_id bigint,
        patient_id bigint,
        old_values text,
        new_values text,
        prev_hash text NOT NULL,
        hash text NOT NULL))"),
    QStringLiteral("CREATE INDEX audit_patient ON audit_log(patient_id)"),
    QStringLiteral("CREATE INDEX audit_user ON audit_log(user_name)"),
    QStringLiteral("CREATE INDEX audit_at ON audit_log(at)"),
    QStringLiteral(R"(CREATE TABLE photo (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        patient_id bigint NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
        session_id bigint NOT NULL REFERENCES session(id) ON DELETE RESTRICT,
        view text NOT NULL CHECK (view IN ('global_frontal', 'global_vertex', 'left', 'right',
                                           'occipital', 'trichoscopic')),
        site text CHECK (site IN ('frontal', 'midscalp', 'vertex', 'temporal_left',
                                  'temporal_right', 'occipital', 'target_area')),
        magnification integer CHECK (magnification BETWEEN 1 AND 1000),
        taken_at text NOT NULL,
        taken_at_source text NOT NULL CHECK (taken_at_source IN ('exif', 'file', 'entered')),
        notes text NOT NULL DEFAULT '',
        file_name text NOT NULL DEFAULT '',
        format text NOT NULL CHECK (format IN ('jpeg', 'png')),
        byte_size bigint NOT NULL CHECK (byte_size > 0),
        sha256 text NOT NULL CHECK (length(sha256) = 64),
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        orientation integer NOT NULL DEFAULT 1 CHECK (orientation BETWEEN 1 AND 8),
        created_at text NOT NULL,
        updated_at text,
        row_version integer NOT NULL DEFAULT 1,
        updated_by text NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX photo_patient ON photo(patient_id, taken_at)"),
    QStringLiteral("CREATE INDEX photo_session ON photo(session_id)"),
    QStringLiteral(R"(CREATE TABLE photo_original (
        photo_id bigint PRIMARY KEY REFERENCES photo(id) ON DELETE CASCADE,
        bytes bytea NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE photo_preview (
        photo_id bigint NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('thumbnail', 'display')),
        bytes bytea NOT NULL,
        PRIMARY KEY (photo_id, kind)))"),
    QStringLiteral(R"(CREATE TABLE patient_summary (
        patient_id bigint PRIMARY KEY REFERENCES patient(id) ON DELETE CASCADE,
        sessions integer NOT NULL DEFAULT 0,
        last_visit text,
        main_diagnosis_id bigint,
        diagnosis_sort text COLLATE "C",
        density_change double precision,
        stale integer NOT NULL DEFAULT 1))"),
    QStringLiteral("CREATE INDEX patient_summary_sessions ON patient_summary(sessions)"),
    QStringLiteral("CREATE INDEX patient_summary_last_visit ON patient_summary(last_visit)"),
    QStringLiteral("CREATE INDEX patient_summary_diagnosis ON patient_summary(diagnosis_sort)"),
    QStringLiteral("CREATE INDEX patient_summary_density ON patient_summary(density_change)"),
    QStringLiteral(
        "CREATE INDEX patient_summary_stale ON patient_summary(patient_id) WHERE stale = 1"),
    QStringLiteral("CREATE INDEX patient_birth ON patient(date_of_birth)"),
    QStringLiteral("CREATE INDEX patient_family_search ON patient(family_key, given_key, mrn_key, "
                   "archived)"),
    QStringLiteral("CREATE INDEX patient_given_search ON patient(given_key, family_key, mrn_key, "
                   "archived)"),
    QStringLiteral("CREATE INDEX patient_mrn_search ON patient(mrn_key, family_key, given_key, "
                   "archived)"),
};

QStringList triggers()
{
    QStringList t;
    struct Audited
    {
        const char *table;
        const char *recordId;
        const char *patient;
    };
    for (const Audited &a :
         {Audited{"patient", "id", "self"}, Audited{"diagnosis", "id", "patient_id"},
          Audited{"session", "id", "patient_id"}, Audited{"measurement", "id", "patient_id"},
          Audited{"outcome", "id", "patient_id"}, Audited{"photo", "id", "patient_id"},
          Audited{"session_zone", "session_id", "session"},
          Audited{"session_adjunct", "session_id", "session"},
          Audited{"adverse_event", "session_id", "session"}, Audited{"app_user", "id", "none"}}) {
        const QString table = QLatin1String(a.table);
        for (const char *op : {"insert", "update", "delete"}) {
            // Sign-in bookkeeping (failed attempts, lock-outs) is not an edit.
            const QString when =
                table == QLatin1String("app_user") && qstrcmp(op, "update") == 0
                    ? QStringLiteral(" WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.role IS "
                                     "DISTINCT FROM NEW.role OR OLD.active IS DISTINCT FROM "
                                     "NEW.active OR OLD.password_hash IS DISTINCT FROM "
                                     "NEW.password_hash)")
                    : QString();
            t << QStringLiteral("CREATE TRIGGER audit_%1_%2 AFTER %3 ON %1 FOR EACH ROW%4 "
                                "EXECUTE FUNCTION tricholog_audit('%5', '%6')")
                     .arg(table, QLatin1String(op), QString::fromLatin1(op).toUpper(), when,
                          QLatin1String(a.recordId), QLatin1String(a.patient));
        }
    }
    for (const char *table : {"patient", "diagnosis", "session", "measurement", "outcome", "photo",
                              "session_adjunct", "adverse_event", "app_user"})
        t << QStringLiteral("CREATE TRIGGER %1_assign_id BEFORE INSERT ON %1 FOR EACH ROW "
                            "EXECUTE FUNCTION tricholog_assign_id()")
                 .arg(QLatin1String(table));
    t << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH "
                        "ROW EXECUTE FUNCTION tricholog_append_only()")
      << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH "
                        "ROW EXECUTE FUNCTION tricholog_append_only()");
    for (const QString &table : patientsummary::sourceTables())
        t << QStringLiteral("CREATE TRIGGER summary_%1 AFTER INSERT OR UPDATE OR DELETE ON %1 "
                            "FOR EACH ROW EXECUTE FUNCTION tricholog_summary_stale()")
                 .arg(table);
    t << QStringLiteral("CREATE TRIGGER summary_patient_insert AFTER INSERT ON patient FOR EACH "
                        "ROW EXECUTE FUNCTION tricholog_summary_patient()");
    return t;
}

// A trigger function (`signature`, "tricholog_audit()") as kFunctions has it now.
Result<void> functionAsNow(QSqlDatabase &db, const QString &signature)
{
    const QString create = QStringLiteral("CREATE FUNCTION ") + signature;
    for (const QString &statement : kFunctions)
        if (statement.startsWith(create))
            return execAll(
                db, {QString(statement).replace(0, int(qstrlen("CREATE FUNCTION")),
                                                QStringLiteral("CREATE OR REPLACE FUNCTION"))});
    return Error::storage(QStringLiteral("%1 is not among the functions").arg(signature));
}

// Schema 7: the audit trigger function lets an import's inserts through unlogged (the import
// logs them with one entry).
Result<void> importAwareAudit(QSqlDatabase &db)
{
    return functionAsNow(db, QStringLiteral("tricholog_audit()"));
}

// Schema 14: an import's inserts leave the summary to the import, which marks its patients stale
// once (each row an import added used to rewrite its patient's summary row: 14 of the 29 us the
// server takes to insert a clinic's measurement).
Result<void> importAwareSummary(QSqlDatabase &db)
{
    return functionAsNow(db, QStringLiteral("tricholog_summary_stale()"));
}

// Schema 8: device calibration profiles, audited (no patient), ids as on the other tables.
QStringList deviceProfileTriggers()
{
    QStringList t;
    for (const char *op : {"insert", "update", "delete"})
        t << QStringLiteral("CREATE TRIGGER audit_device_profile_%1 AFTER %2 ON device_profile "
                            "FOR EACH ROW EXECUTE FUNCTION tricholog_audit('id', 'none')")
                 .arg(QLatin1String(op), QString::fromLatin1(op).toUpper());
    t << QStringLiteral("CREATE TRIGGER device_profile_assign_id BEFORE INSERT ON device_profile "
                        "FOR EACH ROW EXECUTE FUNCTION tricholog_assign_id()");
    return t;
}

Result<void> addDeviceProfiles(QSqlDatabase &db)
{
    return execAll(db, QStringList{deviceProfileTable(true),
                                   QStringLiteral("CREATE UNIQUE INDEX device_profile_name ON "
                                                  "device_profile(lower(name))")} +
                           deviceProfileTriggers());
}

// Schema 9: image analyses, audited like the other patient tables; a measurement's method may be
// 'image_analysis'.
QStringList imageAnalysisTriggers()
{
    QStringList t;
    for (const char *op : {"insert", "update", "delete"})
        t << QStringLiteral("CREATE TRIGGER audit_image_analysis_%1 AFTER %2 ON image_analysis "
                            "FOR EACH ROW EXECUTE FUNCTION tricholog_audit('id', 'patient_id')")
                 .arg(QLatin1String(op), QString::fromLatin1(op).toUpper());
    t << QStringLiteral("CREATE TRIGGER image_analysis_assign_id BEFORE INSERT ON image_analysis "
                        "FOR EACH ROW EXECUTE FUNCTION tricholog_assign_id()");
    return t;
}

Result<void> addImageAnalyses(QSqlDatabase &db)
{
    return execAll(db, QStringList{QStringLiteral("ALTER TABLE measurement DROP CONSTRAINT "
                                                  "measurement_method_check, ADD CONSTRAINT "
                                                  "measurement_method_check CHECK (method IN "
                                                  "('phototrichogram', 'trichoscopy', 'manual', "
                                                  "'image_analysis'))"),
                                   imageAnalysisTable(true)} +
                           imageAnalysisIndexes() + imageAnalysisTriggers());
}

// Schema 10: treatment plans, audited (templates without a patient), ids as elsewhere.
QStringList treatmentPlanTriggers()
{
    QStringList t;
    for (const auto &[table, patient] :
         {std::pair{"protocol_template", "none"}, std::pair{"treatment_plan", "patient_id"},
          std::pair{"contact_attempt", "patient_id"}}) {
        for (const char *op : {"insert", "update", "delete"})
            t << QStringLiteral("CREATE TRIGGER audit_%1_%2 AFTER %3 ON %1 FOR EACH ROW EXECUTE "
                                "FUNCTION tricholog_audit('id', '%4')")
                     .arg(QLatin1String(table), QLatin1String(op),
                          QString::fromLatin1(op).toUpper(), QLatin1String(patient));
        t << QStringLiteral("CREATE TRIGGER %1_assign_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE "
                            "FUNCTION tricholog_assign_id()")
                 .arg(QLatin1String(table));
    }
    return t;
}

Result<void> addTreatmentPlans(QSqlDatabase &db)
{
    return execAll(db, treatmentPlanTables(true) + treatmentPlanTriggers());
}

// Schema 12, the search on a server. (1) The list's three search indexes also hold the patient's
// id (INCLUDE), as SQLite's hold the rowid: a page read in list order is read from the index
// alone (2.4 ms instead of 5.4 ms for a page of matches at 20,000 patients). (2) The MRN's
// trigrams indexed (pg_trgm, a contrib extension PostgreSQL ships), so that digits typed into
// the search ("01234" of C-012345) are found anywhere in an MRN from the index instead of
// reading every patient (39 ms a keystroke at 100,000 patients, 6 ms with it). The extension
// is trusted: the database's owner, who migrates, may create it. Where the server lacks it or
// refuses it, the step still succeeds without that index (the search is the same, slower) and
// says why on stderr; IT can build it later (README, "Setting up").
Result<void> addSearchIndexes(QSqlDatabase &db)
{
    QStringList covering;
    for (const auto &[name, columns] :
         {std::pair{"patient_family_search", "family_key, given_key, mrn_key, archived"},
          std::pair{"patient_given_search", "given_key, family_key, mrn_key, archived"},
          std::pair{"patient_mrn_search", "mrn_key, family_key, given_key, archived"}})
        covering << QStringLiteral("DROP INDEX %1").arg(QLatin1String(name))
                 << QStringLiteral("CREATE INDEX %1 ON patient (%2) INCLUDE (id)")
                        .arg(QLatin1String(name), QLatin1String(columns));
    if (auto rebuilt = execAll(db, covering); !rebuilt)
        return rebuilt;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SAVEPOINT mrn_trigrams")))
        return Error::storage(Database::describe(q));
    // The extension where it is (an administrator may have put it in a schema of its own), or
    // made here; the operator class named with its schema.
    auto build = [&q]() -> QString {
        const QString where = QStringLiteral(
            "SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = "
            "e.extnamespace WHERE e.extname = 'pg_trgm'");
        if (!q.exec(where))
            return Database::describe(q);
        if (!q.next() &&
            (!q.exec(QStringLiteral("CREATE EXTENSION pg_trgm")) || !q.exec(where) || !q.next()))
            return Database::describe(q);
        const QString schema = q.value(0).toString();
        if (!q.exec(QStringLiteral("CREATE INDEX patient_mrn_trigrams ON patient USING gin "
                                   "(mrn_key %1.gin_trgm_ops)")
                        .arg(schema)))
            return Database::describe(q);
        return {};
    };
    const QString refused = build();
    if (refused.isEmpty())
        return {};
    if (!q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT mrn_trigrams")))
        return Error::storage(Database::describe(q));
    qWarning("Tricholog: the MRN search index was not built (pg_trgm: %s); digits typed into the "
             "search are looked for in every MRN.",
             qPrintable(refused));
    return {};
}

Result<void> createSchema5(QSqlDatabase &db)
{
    if (auto made = execAll(db, kFunctions + kTables + triggers()); !made)
        return made;
    return execAll(db, {QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', "
                                       "'tricholog')")});
}

class PostgresDialect final : public SqlDialect
{
public:
    Engine engine() const override { return Engine::Postgres; }
    QString name() const override { return QStringLiteral("PostgreSQL"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }
    QString beginRead() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    QString returningId() const override { return QStringLiteral(" RETURNING id"); }
    QString unindexed(const QString &column) const override { return column; }
    QString idIn(const QString &column, const QList<qint64> &ids) const override
    {
        // Ids that follow one another (a batch of patients numbered in a row, their sessions)
        // as ranges: one index range scan each, where a list costs a descent of the index per
        // id (the 3,531 sessions of 500 patients: 0.8 ms against 3.0 ms). Others as an array
        // the planner cannot look into (estimating each listed id while planning cost more
        // than the scans).
        const QList<sql::IdRun> runs = sql::idRuns(ids);
        qint64 distinct = 0;
        for (const sql::IdRun &run : runs)
            distinct += run.last - run.first + 1;
        if (!runs.isEmpty() && runs.size() <= kMostRanges && runs.size() * 8 <= distinct) {
            QStringList ranges;
            for (const sql::IdRun &run : runs)
                ranges << QStringLiteral("%1 BETWEEN %2 AND %3")
                              .arg(column)
                              .arg(run.first)
                              .arg(run.last);
            return QLatin1Char('(') + ranges.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        return column + QStringLiteral(" = ANY(ARRAY(SELECT unnest('{") + sql::idList(ids) +
               QStringLiteral("}'::bigint[])))");
    }
    QString statementShape(const QString &statement) const override
    {
        // Each term idIn wrote, ranges or list, as "column IN ()".
        static const QRegularExpression ranges(QStringLiteral(
            "\\((\\w+) BETWEEN [0-9]+ AND [0-9]+(?: OR \\1 BETWEEN [0-9]+ AND [0-9]+)*\\)"));
        static const QRegularExpression list(QStringLiteral(
            "(\\w+) = ANY\\(ARRAY\\(SELECT unnest\\('\\{[0-9,]*\\}'::bigint\\[\\]\\)\\)\\)"));
        return QString(statement)
            .replace(ranges, QStringLiteral("\\1 IN ()"))
            .replace(list, QStringLiteral("\\1 IN ()"));
    }
    QStringList connectionSettings() const override
    {
        // A clinic's database is held in the server's memory, where a page read at random
        // costs about what a page read in order costs. With the default cost (4) the planner
        // reads the whole patient_summary table to join the 200 rows of a list page, where
        // SQLite looks each one up by its key.
        // And every double as text exact to its last bit, as from PostgreSQL 12 on: version 11
        // rounds to 15 digits unless asked, where the export's binary reading (CopyRows) is
        // exact.
        return {QStringLiteral("SET random_page_cost = 1.1"),
                QStringLiteral("SET extra_float_digits = 3")};
    }
    qint64 insertedId(QSqlQuery &q) const override
    {
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    QString auditDocument(const QString &action, const QString &table) const override
    {
        return QStringLiteral("SELECT tricholog_audit_write('%1', '%2', NULL, NULL, NULL, "
                              "CAST(? AS text), tricholog_user())")
            .arg(action, table);
    }

    QString auditEvent(const QString &action, const QString &table, const QString &recordId,
                       const QList<QPair<QString, QString>> &fields, const QString &user,
                       const QString &patientId) const override
    {
        QStringList pairs;
        for (const auto &[key, expr] : fields)
            pairs << QStringLiteral("'%1', CAST(%2 AS text)").arg(key, expr);
        return QStringLiteral("SELECT tricholog_audit_write(%1, '%2', CAST(%3 AS bigint), "
                              "CAST(%6 AS bigint), NULL, jsonb_build_object(%4)::text, "
                              "CAST(%5 AS text))")
            .arg(action, table, recordId, pairs.join(QStringLiteral(", ")), user, patientId);
    }

    const QList<Migration> &migrations() const override
    {
        static const QList<Migration> list{
            {5, "the whole schema 5 (a server database starts here)", createSchema5},
            {6, "the practice's id", addPracticeIdStep},
            {7, "imports logged by one entry each", importAwareAudit},
            {8, "device calibration profiles", addDeviceProfiles},
            {9, "image analyses; measurements by image analysis", addImageAnalyses},
            {10, "treatment plans: protocol templates, plans, contact attempts", addTreatmentPlans},
            {11, "the days of each patient's visits kept for the recall list",
             patientsummary::addVisitDays},
            {12, "the search: indexes that hold the patient's id, the MRN's trigrams",
             addSearchIndexes},
            {13, "the summary's triggers as they were (a file's step; see PatientSummary.h)",
             [](QSqlDatabase &) { return Result<void>{}; }, false},
            {14, "an import marks its patients' summaries stale once, not for each row",
             importAwareSummary},
            {15, "the triggers are not called for an import's rows, nor for a row with its id",
             [](QSqlDatabase &db) {
                 return execAll(db, importSkippingTriggerSteps(postgresTriggerStatements(14)));
             }},
        };
        return list;
    }

    Result<SchemaState> schemaState(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        SchemaState state;
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname "
                                   "= current_schema()")) ||
            !q.next())
            return Error::storage(Database::describe(q));
        state.empty = q.value(0).toInt() == 0;
        if (state.empty)
            return state;
        if (!q.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !q.next())
            return Error::storage(Database::describe(q));
        if (!q.value(0).toBool())
            return state; // tables, but not ours
        if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('application', "
                                   "'schema_version')")))
            return Error::storage(Database::describe(q));
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("application"))
                state.ours = q.value(1).toString() == QLatin1String("tricholog");
            else
                state.version = q.value(1).toInt();
        }
        if (auto read = sql::finished(q); !read)
            return read.error();
        return state;
    }

    Result<void> setSchemaVersion(QSqlDatabase &db, int version) const override
    {
        return execAll(db, {QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                           "('schema_version', '%1') ON CONFLICT (key) DO UPDATE "
                                           "SET value = excluded.value")
                                .arg(version)});
    }

    QString migrationLock() const override
    {
        return QStringLiteral("SELECT pg_advisory_xact_lock(7354000)");
    }

    QString describe(const QSqlError &error) const override
    {
        const QString code = error.nativeErrorCode();
        // simplified(): libpq's messages run over lines, indented by tabs.
        const QString detail = error.databaseText().trimmed().isEmpty()
                                   ? error.text().simplified()
                                   : error.databaseText().simplified();
        if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
            code == QLatin1String("57P02") || code == QLatin1String("57P03") ||
            error.type() == QSqlError::ConnectionError)
            return QCoreApplication::translate(
                       "Database", "The database server cannot be reached: the change was not "
                                   "saved. Tricholog connects again on the next try (%1).")
                .arg(detail);
        if (code == QLatin1String("53100"))
            return QCoreApplication::translate(
                       "Database", "The database server's disk is full: the change was not "
                                   "saved (%1).")
                .arg(detail);
        if (code == QLatin1String("25006"))
            return QCoreApplication::translate(
                       "Database", "The database is read-only: the change was not saved (%1).")
                .arg(detail);
        if (code == QLatin1String("57014"))
            return QCoreApplication::translate("Database", "Interrupted (%1).").arg(detail);
        if (code == QLatin1String("40P01") || code == QLatin1String("40001") ||
            code == QLatin1String("55P03"))
            return QCoreApplication::translate(
                       "Database", "The database is busy with another workstation's change; "
                                   "try again (%1).")
                .arg(detail);
        return detail.isEmpty() ? QCoreApplication::translate("Database", "Unknown database error")
                                : detail;
    }
};

} // namespace

QStringList postgresTriggerStatements(int version)
{
    QStringList t = triggers();
    if (version >= 8)
        t << deviceProfileTriggers();
    if (version >= 9)
        t << imageAnalysisTriggers();
    if (version >= 10)
        t << treatmentPlanTriggers();
    if (version >= 15)
        t = importSkippingTriggers(t);
    return t;
}

QStringList postgresFunctionStatements()
{
    return kFunctions;
}

QStringList postgresAuditLogStatements()
{
    QStringList statements;
    for (const QString &sql : kTables)
        if (sql.startsWith(QLatin1String("CREATE TABLE audit_log ")) ||
            sql.contains(QLatin1String(" ON audit_log(")))
            statements << sql;
    return statements;
}

const SqlDialect &postgresDialect()
{
    static const PostgresDialect dialect;
    return dialect;
}

} // namespace tricholog
