-- The clinic's schedule (issue 18): opening hours, appointment types with their default lengths, recurring series and
-- appointments. A therapist is never double-booked: the exclusion constraint below refuses, inside PostgreSQL, two
-- live appointments of one therapist whose times overlap, so two front-desk users booking the same slot at the same
-- moment get one success and one conflict whatever the application does. btree_gist lets the constraint compare the
-- clinic and therapist ids (equality) together with the time ranges (overlap); it is a trusted extension, so the
-- database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- When the clinic is open, per ISO weekday (1 = Monday … 7 = Sunday), in the clinic's own time zone (clinic.time_zone).
-- A weekday without a row is closed.
CREATE TABLE clinic_opening_hours (
    clinic_id  uuid     NOT NULL REFERENCES clinic (id),
    weekday    smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens      time     NOT NULL,
    closes     time     NOT NULL,
    CHECK (closes > opens),
    PRIMARY KEY (clinic_id, weekday)
);
SELECT isolate_by_clinic('clinic_opening_hours');
GRANT SELECT, INSERT, UPDATE, DELETE ON clinic_opening_hours TO rhomboid_app;

-- The default length of each kind of appointment, per clinic (a missing row takes the built-in default).
CREATE TABLE appointment_type_length (
    clinic_id  uuid NOT NULL REFERENCES clinic (id),
    type       text NOT NULL CHECK (type IN ('INITIAL_EVALUATION', 'TREATMENT', 'RE_EVALUATION', 'DISCHARGE', 'OTHER')),
    minutes    int  NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    PRIMARY KEY (clinic_id, type)
);
SELECT isolate_by_clinic('appointment_type_length');
GRANT SELECT, INSERT, UPDATE, DELETE ON appointment_type_length TO rhomboid_app;

-- A recurring series as it was asked for (e.g. Mon/Thu at 9:00 until Jan 22): its appointments are ordinary rows
-- below that point back at it; dates skipped for a conflict are simply not booked.
CREATE TABLE appointment_series (
    id            uuid        NOT NULL,
    clinic_id     uuid        NOT NULL REFERENCES clinic (id),
    patient_id    uuid        NOT NULL,
    episode_id    uuid,
    therapist_id  uuid        NOT NULL,
    type          text        NOT NULL CHECK (type IN ('INITIAL_EVALUATION', 'TREATMENT', 'RE_EVALUATION', 'DISCHARGE', 'OTHER')),
    weekdays      smallint[]  NOT NULL CHECK (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]),
    local_time    time        NOT NULL,
    minutes       int         NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    first_date    date        NOT NULL,
    until_date    date        NOT NULL CHECK (until_date >= first_date AND until_date - first_date <= 366),
    booked_by     uuid        NOT NULL,
    booked_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
    FOREIGN KEY (clinic_id, episode_id) REFERENCES episode (clinic_id, id),
    FOREIGN KEY (clinic_id, therapist_id) REFERENCES app_user (clinic_id, id)
);
SELECT isolate_by_clinic('appointment_series');
GRANT SELECT, INSERT ON appointment_series TO rhomboid_app;

-- One appointment. BOOKED → CHECKED_IN → SEEN (a signed note of the appointment's day), or CANCELLED (by the patient
-- or the clinic, with a reason) or NO_SHOW. Cancelled and no-show appointments free the therapist's time; they are
-- kept (never deleted) for the cancellation and no-show rates.
CREATE TABLE appointment (
    id                 uuid        NOT NULL,
    clinic_id          uuid        NOT NULL REFERENCES clinic (id),
    patient_id         uuid        NOT NULL,
    episode_id         uuid,
    therapist_id       uuid        NOT NULL,
    series_id          uuid,
    type               text        NOT NULL CHECK (type IN ('INITIAL_EVALUATION', 'TREATMENT', 'RE_EVALUATION', 'DISCHARGE', 'OTHER')),
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz NOT NULL,
    status             text        NOT NULL DEFAULT 'BOOKED'
                                   CHECK (status IN ('BOOKED', 'CHECKED_IN', 'SEEN', 'CANCELLED', 'NO_SHOW')),
    cancelled_by       text        CHECK (cancelled_by IN ('PATIENT', 'CLINIC')),
    status_reason      text        CHECK (length(status_reason) <= 500),
    note_id            uuid,
    booked_by          uuid        NOT NULL,
    booked_at          timestamptz NOT NULL DEFAULT now(),
    status_changed_by  uuid,
    status_changed_at  timestamptz,
    CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '8 hours'),
    CHECK ((status = 'CANCELLED') = (cancelled_by IS NOT NULL)),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
    FOREIGN KEY (clinic_id, episode_id) REFERENCES episode (clinic_id, id),
    FOREIGN KEY (clinic_id, therapist_id) REFERENCES app_user (clinic_id, id),
    FOREIGN KEY (clinic_id, series_id) REFERENCES appointment_series (clinic_id, id),
    FOREIGN KEY (clinic_id, note_id) REFERENCES note (clinic_id, id),
    CONSTRAINT appointment_therapist_free EXCLUDE USING gist
        (clinic_id WITH =, therapist_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (status NOT IN ('CANCELLED', 'NO_SHOW'))
);
SELECT isolate_by_clinic('appointment');
GRANT SELECT, INSERT, UPDATE ON appointment TO rhomboid_app;
-- Day and week views read a clinic's (or one therapist's) appointments by time.
CREATE INDEX appointment_by_time ON appointment (clinic_id, starts_at);
CREATE INDEX appointment_by_patient ON appointment (clinic_id, patient_id, starts_at);
