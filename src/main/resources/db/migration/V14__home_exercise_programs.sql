-- Home exercise programmes and the patient portal.

-- A clinic's own exercises, with their own text and poses (codes start with "c-", so they never collide with the
-- built-in library's), and the exercises (built-in or own) a clinic has chosen not to offer.
CREATE TABLE clinic_exercise (
    clinic_id    uuid        NOT NULL REFERENCES clinic (id),
    code         text        NOT NULL CHECK (code ~ '^c-[a-z0-9-]{1,60}$'),
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    category     text        NOT NULL,
    purpose      text        NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
    steps        text[]      NOT NULL CHECK (cardinality(steps) BETWEEN 1 AND 12),
    dosage       text        NOT NULL,
    progressions text[]      NOT NULL DEFAULT '{}',
    regressions  text[]      NOT NULL DEFAULT '{}',
    cautions     text[]      NOT NULL DEFAULT '{}',
    movements    text[]      NOT NULL DEFAULT '{}',
    suits        text[]      NOT NULL DEFAULT '{}',
    props        text[]      NOT NULL DEFAULT '{}',
    start_pose   text        NOT NULL,
    end_pose     text        NOT NULL,
    created_by   uuid        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, code)
);

CREATE TABLE hidden_exercise (
    clinic_id uuid        NOT NULL REFERENCES clinic (id),
    code      text        NOT NULL,
    hidden_by uuid        NOT NULL,
    hidden_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, code)
);

-- A programme version is never changed: editing makes the next version, so what the patient had on any date
-- stays known. The exercise's name is kept as prescribed.
CREATE TABLE hep_program (
    id             uuid PRIMARY KEY,
    clinic_id      uuid        NOT NULL,
    episode_id     uuid        NOT NULL,
    patient_id     uuid        NOT NULL,
    version        int         NOT NULL CHECK (version >= 1),
    effective_from date        NOT NULL,
    message        text        CHECK (length(message) <= 1000),
    created_by     uuid        NOT NULL,
    created_by_name text       NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, episode_id, version),
    UNIQUE (id, clinic_id),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id),
    FOREIGN KEY (patient_id, clinic_id) REFERENCES patient (id, clinic_id)
);

CREATE TABLE hep_program_exercise (
    program_id    uuid NOT NULL,
    clinic_id     uuid NOT NULL,
    position      int  NOT NULL CHECK (position >= 0),
    exercise_code text NOT NULL,
    exercise_name text NOT NULL,
    sets          int  NOT NULL CHECK (sets BETWEEN 1 AND 10),
    reps          int  CHECK (reps BETWEEN 1 AND 100),
    hold_seconds  int  CHECK (hold_seconds BETWEEN 1 AND 300),
    minutes       int  CHECK (minutes BETWEEN 1 AND 60),
    times_per_day int  NOT NULL CHECK (times_per_day BETWEEN 1 AND 6),
    days_per_week int  NOT NULL CHECK (days_per_week BETWEEN 1 AND 7),
    instructions  text CHECK (length(instructions) <= 500),
    safety_note   text CHECK (length(safety_note) <= 500),
    PRIMARY KEY (program_id, position),
    UNIQUE (program_id, exercise_code),
    FOREIGN KEY (program_id, clinic_id) REFERENCES hep_program (id, clinic_id)
);

-- Portal access: one live link per episode at most. The token's SHA-256 finds it before any clinic is known
-- (as intake_link: no patient data, not under row-level security, deleted when revoked or renewed).
CREATE TABLE portal_access (
    id           uuid PRIMARY KEY,
    clinic_id    uuid        NOT NULL,
    episode_id   uuid        NOT NULL,
    patient_id   uuid        NOT NULL,
    issued_by    uuid        NOT NULL,
    issued_at    timestamptz NOT NULL DEFAULT now(),
    revoked_by   uuid,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id),
    FOREIGN KEY (patient_id, clinic_id) REFERENCES patient (id, clinic_id)
);
CREATE UNIQUE INDEX portal_access_live_idx ON portal_access (clinic_id, episode_id) WHERE revoked_at IS NULL;

CREATE TABLE portal_link (
    token_hash text PRIMARY KEY,
    access_id  uuid NOT NULL UNIQUE REFERENCES portal_access (id),
    clinic_id  uuid NOT NULL REFERENCES clinic (id)
);

-- What the patient logs: sessions of the programme (with each exercise's status) and a daily pain diary.
CREATE TABLE hep_session (
    id           uuid PRIMARY KEY,
    clinic_id    uuid        NOT NULL,
    episode_id   uuid        NOT NULL,
    patient_id   uuid        NOT NULL,
    program_id   uuid        NOT NULL,
    performed_on date        NOT NULL,
    pain_before  int         CHECK (pain_before BETWEEN 0 AND 10),
    pain_after   int         CHECK (pain_after BETWEEN 0 AND 10),
    difficulty   text        CHECK (difficulty IN ('TOO_EASY', 'ABOUT_RIGHT', 'HARD', 'TOO_HARD')),
    comment      text        CHECK (length(comment) <= 500),
    logged_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, clinic_id),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id),
    FOREIGN KEY (program_id, clinic_id) REFERENCES hep_program (id, clinic_id)
);
CREATE INDEX hep_session_episode_idx ON hep_session (clinic_id, episode_id, performed_on);

CREATE TABLE hep_session_exercise (
    session_id    uuid NOT NULL,
    clinic_id     uuid NOT NULL,
    exercise_code text NOT NULL,
    status        text NOT NULL CHECK (status IN ('DONE', 'PARTLY', 'SKIPPED')),
    sets          int  CHECK (sets BETWEEN 0 AND 20),
    reps          int  CHECK (reps BETWEEN 0 AND 200),
    PRIMARY KEY (session_id, exercise_code),
    FOREIGN KEY (session_id, clinic_id) REFERENCES hep_session (id, clinic_id)
);

CREATE TABLE pain_diary (
    clinic_id  uuid        NOT NULL,
    episode_id uuid        NOT NULL,
    patient_id uuid        NOT NULL,
    entry_date date        NOT NULL,
    pain       int         NOT NULL CHECK (pain BETWEEN 0 AND 10),
    comment    text        CHECK (length(comment) <= 500),
    logged_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, episode_id, entry_date),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);

-- When to suggest progressing or reviewing a programme (HEP-PROGRESSION, HEP-REVIEW).
CREATE TABLE hep_settings (
    clinic_id                  uuid PRIMARY KEY REFERENCES clinic (id),
    progress_adherence_percent int         NOT NULL CHECK (progress_adherence_percent BETWEEN 50 AND 100),
    progress_max_pain          int         NOT NULL CHECK (progress_max_pain BETWEEN 0 AND 10),
    progress_days              int         NOT NULL CHECK (progress_days BETWEEN 7 AND 42),
    review_pain_rise           int         NOT NULL CHECK (review_pain_rise BETWEEN 1 AND 5),
    updated_by                 uuid        NOT NULL,
    updated_at                 timestamptz NOT NULL DEFAULT now()
);

SELECT isolate_by_clinic('clinic_exercise');
SELECT isolate_by_clinic('hidden_exercise');
SELECT isolate_by_clinic('hep_program');
SELECT isolate_by_clinic('hep_program_exercise');
SELECT isolate_by_clinic('portal_access');
SELECT isolate_by_clinic('hep_session');
SELECT isolate_by_clinic('hep_session_exercise');
SELECT isolate_by_clinic('pain_diary');
SELECT isolate_by_clinic('hep_settings');
GRANT SELECT, INSERT, UPDATE ON clinic_exercise TO rhomboid_app;
GRANT SELECT, INSERT, DELETE ON hidden_exercise TO rhomboid_app;
GRANT SELECT, INSERT ON hep_program, hep_program_exercise TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE ON portal_access TO rhomboid_app;
GRANT SELECT, INSERT, DELETE ON portal_link TO rhomboid_app;
GRANT SELECT, INSERT ON hep_session, hep_session_exercise TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE ON pain_diary TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE ON hep_settings TO rhomboid_app;
