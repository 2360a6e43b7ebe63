CREATE TABLE patient (
    id                       uuid PRIMARY KEY,
    clinic_id                uuid        NOT NULL REFERENCES clinic (id),
    mrn                      text        NOT NULL CHECK (mrn ~ '^[A-Z0-9-]{1,20}$'),
    family_name              text        NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    given_name               text        NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    birth_date               date        NOT NULL,
    sex                      text        NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    phone                    text,
    email                    text,
    address_line             text,
    city                     text,
    state                    text,
    postal_code              text,
    primary_payer            text        NOT NULL CHECK (primary_payer IN
                                 ('MEDICARE', 'MEDICAID', 'COMMERCIAL', 'WORKERS_COMP', 'SELF_PAY')),
    member_id                text,
    referring_provider_name  text,
    referring_provider_npi   char(10),
    -- Lower-case search keys. Under row-level security PostgreSQL only uses leakproof operators in index
    -- conditions, and lower() and LIKE are not; searching these columns by a ~>=~ / ~<~ range is.
    family_name_key          text        GENERATED ALWAYS AS (lower(family_name)) STORED,
    given_name_key           text        GENERATED ALWAYS AS (lower(given_name)) STORED,
    version                  integer     NOT NULL DEFAULT 0,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, mrn),
    UNIQUE (id, clinic_id)
);
-- Prefix search on either name within a clinic ("smi" finds Smith, "smith, ma" finds Mary Smith), in index
-- order so a search stops after the first page of matches; and exact date of birth.
CREATE INDEX patient_family_name_idx
    ON patient (clinic_id, family_name_key text_pattern_ops, given_name_key text_pattern_ops, birth_date);
CREATE INDEX patient_given_name_idx
    ON patient (clinic_id, given_name_key text_pattern_ops, family_name_key text_pattern_ops, birth_date);
CREATE INDEX patient_birth_date_idx ON patient (clinic_id, birth_date);

CREATE TABLE episode (
    id                     uuid PRIMARY KEY,
    clinic_id              uuid        NOT NULL,
    patient_id             uuid        NOT NULL,
    body_region            text        NOT NULL CHECK (body_region IN ('THORACIC', 'CERVICAL', 'LUMBAR')),
    onset_date             date        NOT NULL,
    mechanism              text        NOT NULL CHECK (mechanism IN
                               ('ACUTE_TRAUMA', 'SUDDEN_MOVEMENT', 'INSIDIOUS', 'REPETITIVE')),
    status                 text        NOT NULL CHECK (status IN ('OPEN', 'ON_HOLD', 'DISCHARGED')),
    treating_therapist_id  uuid        NOT NULL,
    started_on             date        NOT NULL,
    discharged_on          date,
    version                integer     NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    -- Composite keys keep an episode, its patient and its therapist in one clinic.
    FOREIGN KEY (patient_id, clinic_id) REFERENCES patient (id, clinic_id),
    FOREIGN KEY (treating_therapist_id, clinic_id) REFERENCES app_user (id, clinic_id),
    CHECK ((status = 'DISCHARGED') = (discharged_on IS NOT NULL))
);
CREATE INDEX episode_patient_idx ON episode (clinic_id, patient_id);

ALTER TABLE patient ENABLE ROW LEVEL SECURITY;
ALTER TABLE patient FORCE ROW LEVEL SECURITY;
CREATE POLICY patient_tenant ON patient
    USING (clinic_id = current_clinic_id()) WITH CHECK (clinic_id = current_clinic_id());

ALTER TABLE episode ENABLE ROW LEVEL SECURITY;
ALTER TABLE episode FORCE ROW LEVEL SECURITY;
CREATE POLICY episode_tenant ON episode
    USING (clinic_id = current_clinic_id()) WITH CHECK (clinic_id = current_clinic_id());

GRANT SELECT, INSERT, UPDATE ON patient TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE ON episode TO rhomboid_app;
