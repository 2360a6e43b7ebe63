-- A patient's insurance coverages (issue 19): primary, secondary, tertiary, each with a payer from the clinic's
-- directory, member and group numbers, the policy holder (the patient, or a spouse, parent or other person with
-- their own name, birth date, sex and address, as the claim's subscriber loop needs) and the days it is in force.
-- A patient has one coverage of each rank on any day: an exclusion constraint holds it whatever the application does.
CREATE TABLE coverage (
    id                  uuid        NOT NULL,
    clinic_id           uuid        NOT NULL REFERENCES clinic (id),
    patient_id          uuid        NOT NULL,
    payer_id            uuid        NOT NULL,
    rank                text        NOT NULL CHECK (rank IN ('PRIMARY', 'SECONDARY', 'TERTIARY')),
    member_id           text        NOT NULL CHECK (member_id ~ '^[A-Z0-9-]{2,80}$'),
    group_number        text        CHECK (group_number ~ '^[A-Z0-9 -]{1,50}$'),
    relationship        text        NOT NULL CHECK (relationship IN ('SELF', 'SPOUSE', 'CHILD', 'OTHER')),
    subscriber_family   text        CHECK (length(subscriber_family) BETWEEN 1 AND 60),
    subscriber_given    text        CHECK (length(subscriber_given) BETWEEN 1 AND 35),
    subscriber_birth    date,
    subscriber_sex      text        CHECK (subscriber_sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    subscriber_address  text        CHECK (length(subscriber_address) BETWEEN 1 AND 55),
    subscriber_city     text        CHECK (length(subscriber_city) BETWEEN 1 AND 30),
    subscriber_state    text        CHECK (subscriber_state ~ '^[A-Z]{2}$'),
    subscriber_zip      text        CHECK (subscriber_zip ~ '^(\d{5}|\d{9})$'),
    first_day           date        NOT NULL,
    last_day            date        CHECK (last_day >= first_day),
    version             integer     NOT NULL DEFAULT 1,
    created_by          uuid        NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          uuid,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    -- Someone else's policy carries that person's details; the patient's own carries none (they are the patient's).
    CHECK ((relationship = 'SELF') = (subscriber_family IS NULL)),
    CHECK (relationship = 'SELF' OR (subscriber_given IS NOT NULL AND subscriber_birth IS NOT NULL
        AND subscriber_sex IS NOT NULL AND subscriber_address IS NOT NULL AND subscriber_city IS NOT NULL
        AND subscriber_state IS NOT NULL AND subscriber_zip IS NOT NULL)),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
    FOREIGN KEY (clinic_id, payer_id) REFERENCES payer (clinic_id, id),
    CONSTRAINT coverage_one_per_rank EXCLUDE USING gist (clinic_id WITH =, patient_id WITH =, rank WITH =,
        daterange(first_day, last_day, '[]') WITH &&)
);
CREATE INDEX coverage_patient_idx ON coverage (clinic_id, patient_id, first_day);
SELECT isolate_by_clinic('coverage');
GRANT SELECT, INSERT, UPDATE ON coverage TO rhomboid_app;
