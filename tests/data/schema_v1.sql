-- A Tricholog database as schema version 1 wrote it (before the search keys of schema 2).
-- Kept as a fixture for the migration test: the test builds a file from it with sqlite3
-- semantics (QSqlQuery, statement by statement) and opens it with the current build.
-- Every person here is fictitious.
PRAGMA application_id = 1414677320;
CREATE TABLE patient (
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
            updated_at TEXT NOT NULL);
CREATE TABLE diagnosis (
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
            notes TEXT NOT NULL DEFAULT '');
CREATE INDEX diagnosis_patient ON diagnosis(patient_id);
CREATE TABLE session (
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
            notes TEXT NOT NULL DEFAULT '');
CREATE INDEX session_patient_date ON session(patient_id, performed_at);
CREATE TABLE session_zone (
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            zone TEXT NOT NULL CHECK (zone IN ('frontal', 'midscalp', 'vertex', 'temporal_left',
                                               'temporal_right', 'occipital')),
            PRIMARY KEY (session_id, zone)) WITHOUT ROWID;
CREATE TABLE session_adjunct (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            adjunct TEXT NOT NULL CHECK (adjunct IN ('minoxidil', 'prp', 'exosomes', 'growth_factors',
                                                     'finasteride_topical', 'dutasteride', 'other')),
            dose TEXT NOT NULL DEFAULT '');
CREATE INDEX session_adjunct_session ON session_adjunct(session_id);
CREATE TABLE adverse_event (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            event TEXT NOT NULL CHECK (event IN ('erythema', 'itching', 'pain', 'oedema', 'ecchymosis',
                'headache', 'shedding', 'infection', 'hyperpigmentation', 'milia', 'scarring', 'other')),
            severity TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
            notes TEXT NOT NULL DEFAULT '');
CREATE INDEX adverse_event_session ON adverse_event(session_id);
CREATE TABLE measurement (
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
            notes TEXT NOT NULL DEFAULT '');
CREATE INDEX measurement_patient ON measurement(patient_id, measured_on);
CREATE INDEX measurement_session ON measurement(session_id);
CREATE TABLE outcome (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE RESTRICT,
            session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
            recorded_on TEXT NOT NULL,
            global_assessment INTEGER CHECK (global_assessment BETWEEN -3 AND 3),
            shedding INTEGER CHECK (shedding BETWEEN 1 AND 6),
            notes TEXT NOT NULL DEFAULT '');
CREATE INDEX outcome_patient ON outcome(patient_id, recorded_on);
INSERT INTO patient (id, mrn, family_name, given_name, date_of_birth, sex, fitzpatrick, phone, email, notes, treatment_consent_date, photo_consent, photo_consent_date, data_consent, data_consent_date, archived, created_at, updated_at) VALUES (1, 'V1-001', 'Østergaard', 'Åsa', '1979-04-12', 'female', 2, '', 'asa@example.org', 'Migrated from schema 1', '2025-01-10', 1, '2025-01-10', 1, '2025-01-10', 0, '2025-01-10T09:00:00Z', '2025-01-10T09:00:00Z');
INSERT INTO patient (id, mrn, family_name, given_name, date_of_birth, sex, fitzpatrick, phone, email, notes, treatment_consent_date, photo_consent, photo_consent_date, data_consent, data_consent_date, archived, created_at, updated_at) VALUES (2, 'V1-002', 'O''Brien', 'Seán', '1990-11-30', 'male', NULL, '', '', '', NULL, 0, NULL, 0, NULL, 1, '2025-02-01T09:00:00Z', '2025-02-01T09:00:00Z');
INSERT INTO diagnosis (id, patient_id, type, icd10, diagnosed_on, onset, status, scale, grade, findings, notes) VALUES (1, 1, 'aga_female', 'L64.8', '2025-01-10', '2023-06', 'active', 'ludwig', 'II', 'anisotrichosis', '');
INSERT INTO session (id, patient_id, performed_at, session_number, planned_sessions, operator, device, needle_mm, endpoint, pain) VALUES (1, 1, '2025-01-10T09:30:00Z', 1, 6, 'Dr. Fixture', 'pen', 1.5, 'erythema', 4);
INSERT INTO session_zone (session_id, zone) VALUES (1, 'midscalp');
INSERT INTO session_adjunct (session_id, position, adjunct, dose) VALUES (1, 0, 'minoxidil', '5%');
INSERT INTO measurement (id, patient_id, session_id, measured_on, site, method, density, mean_diameter_um) VALUES (1, 1, 1, '2025-01-10', 'midscalp', 'trichoscopy', 112.5, 48.2);
PRAGMA user_version = 1;
