-- Prior authorizations and plan visit limits (issue 18). A payer that requires prior authorization allows so many
-- visits (and/or units) between two dates, for some codes or for all; a plan may also cap visits per calendar year.
-- The rows are corrected in place (front desk and billers fix a mistyped number or date); every correction keeps the
-- values it replaced, with who, when and why, in authorization_correction (insert-only).
CREATE TABLE prior_authorization (
    id              uuid        NOT NULL,
    clinic_id       uuid        NOT NULL REFERENCES clinic (id),
    patient_id      uuid        NOT NULL,
    number          text        NOT NULL CHECK (number ~ '^[A-Za-z0-9-]{1,50}$'),
    payer_kind      text        NOT NULL CHECK (payer_kind IN
                                    ('MEDICARE', 'MEDICAID', 'COMMERCIAL', 'WORKERS_COMP', 'SELF_PAY')),
    payer_name      text        NOT NULL CHECK (length(payer_name) BETWEEN 1 AND 100),
    start_date      date        NOT NULL,
    end_date        date        NOT NULL CHECK (end_date >= start_date AND end_date - start_date <= 731),
    visits_allowed  integer     CHECK (visits_allowed BETWEEN 1 AND 999),
    units_allowed   integer     CHECK (units_allowed BETWEEN 1 AND 9999),
    codes           text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(codes) <= 30),
    created_by      uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (visits_allowed IS NOT NULL OR units_allowed IS NOT NULL),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX prior_authorization_patient_idx ON prior_authorization (clinic_id, patient_id, start_date);
CREATE INDEX prior_authorization_end_idx ON prior_authorization (clinic_id, end_date);
SELECT isolate_by_clinic('prior_authorization');
GRANT SELECT, INSERT, UPDATE ON prior_authorization TO rhomboid_app;

-- The plan's visit limit for a calendar year (e.g. 20 PT visits a year), whatever the authorizations say.
CREATE TABLE visit_limit (
    id              uuid        NOT NULL,
    clinic_id       uuid        NOT NULL REFERENCES clinic (id),
    patient_id      uuid        NOT NULL,
    payer_kind      text        NOT NULL CHECK (payer_kind IN
                                    ('MEDICARE', 'MEDICAID', 'COMMERCIAL', 'WORKERS_COMP', 'SELF_PAY')),
    payer_name      text        NOT NULL CHECK (length(payer_name) BETWEEN 1 AND 100),
    year            integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    visits_allowed  integer     NOT NULL CHECK (visits_allowed BETWEEN 1 AND 999),
    created_by      uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX visit_limit_patient_idx ON visit_limit (clinic_id, patient_id, year);
SELECT isolate_by_clinic('visit_limit');
GRANT SELECT, INSERT, UPDATE ON visit_limit TO rhomboid_app;

-- Every correction of an authorization or a visit limit: the values before (as JSON), the reason, who and when.
CREATE TABLE authorization_correction (
    id              uuid        NOT NULL,
    clinic_id       uuid        NOT NULL REFERENCES clinic (id),
    patient_id      uuid        NOT NULL,
    record_kind     text        NOT NULL CHECK (record_kind IN ('AUTHORIZATION', 'VISIT_LIMIT')),
    record_id       uuid        NOT NULL,
    before          jsonb       NOT NULL,
    reason          text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    changed_by      uuid        NOT NULL,
    changed_by_name text        NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX authorization_correction_record_idx ON authorization_correction (clinic_id, record_id, changed_at);
SELECT isolate_by_clinic('authorization_correction');
GRANT SELECT, INSERT ON authorization_correction TO rhomboid_app;

-- The authorization warning a note carried when it was signed (outside every authorization's dates, beyond its
-- count, beyond the year's limit), as shown to the signer: a warning, never a refusal. Insert-only.
CREATE TABLE authorization_note_flag (
    clinic_id       uuid        NOT NULL REFERENCES clinic (id),
    note_id         uuid        NOT NULL,
    patient_id      uuid        NOT NULL,
    flag            text        NOT NULL CHECK (length(flag) BETWEEN 1 AND 2000),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, note_id),
    FOREIGN KEY (clinic_id, note_id) REFERENCES note (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
SELECT isolate_by_clinic('authorization_note_flag');
GRANT SELECT, INSERT ON authorization_note_flag TO rhomboid_app;
