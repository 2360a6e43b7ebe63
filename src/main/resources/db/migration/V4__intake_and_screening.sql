-- Patients answer intakes themselves, through a link; their accesses are audited on their own channel.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_channel_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_channel_check CHECK (channel IN ('UI', 'API', 'SYSTEM', 'PATIENT'));

ALTER TABLE episode ADD CONSTRAINT episode_id_clinic_key UNIQUE (id, clinic_id);

-- One intake per episode. The draft is the raw form as typed (nothing is lost); answers are the validated
-- submission.
CREATE TABLE intake (
    id            uuid PRIMARY KEY,
    clinic_id     uuid        NOT NULL,
    episode_id    uuid        NOT NULL UNIQUE,
    patient_id    uuid        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('OPEN', 'SUBMITTED')),
    expires_at    timestamptz NOT NULL,
    draft         jsonb       NOT NULL DEFAULT '{}',
    answers       jsonb,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    submitted_at  timestamptz,
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id),
    FOREIGN KEY (patient_id, clinic_id) REFERENCES patient (id, clinic_id),
    CHECK ((status = 'SUBMITTED') = (answers IS NOT NULL AND submitted_at IS NOT NULL))
);

-- The live link of an open intake, found by the SHA-256 of its token before any clinic is known (so, like
-- api_token, not under row-level security). It holds no patient data and is deleted on submit: single use.
CREATE TABLE intake_link (
    token_hash  text PRIMARY KEY,
    intake_id   uuid NOT NULL UNIQUE REFERENCES intake (id),
    clinic_id   uuid NOT NULL REFERENCES clinic (id)
);

-- Findings recorded for an episode: reported in the intake, or found by the therapist on examination.
CREATE TABLE episode_finding (
    clinic_id    uuid        NOT NULL,
    episode_id   uuid        NOT NULL,
    finding      text        NOT NULL,
    source       text        NOT NULL CHECK (source IN ('INTAKE', 'EXAM')),
    recorded_by  uuid,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (episode_id, source, finding),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);

-- Every screening result is kept: the history shows how the picture changed.
CREATE TABLE screening (
    id           uuid PRIMARY KEY,
    clinic_id    uuid        NOT NULL,
    episode_id   uuid        NOT NULL,
    age          integer     NOT NULL,
    sex          text        NOT NULL,
    findings     text[]      NOT NULL,
    disposition  text        NOT NULL,
    result       jsonb       NOT NULL,
    trigger      text        NOT NULL CHECK (trigger IN ('INTAKE', 'EXAM')),
    screened_by  uuid,
    screened_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);
CREATE INDEX screening_episode_idx ON screening (clinic_id, episode_id, screened_at DESC);

-- A therapist's acknowledgement of a concern, with their note. It covers later screenings of the same
-- condition at the same or a lower level; an escalation needs a new acknowledgement.
CREATE TABLE concern_acknowledgement (
    id               uuid PRIMARY KEY,
    clinic_id        uuid        NOT NULL,
    episode_id       uuid        NOT NULL,
    screening_id     uuid        NOT NULL REFERENCES screening (id),
    condition        text        NOT NULL,
    level            text        NOT NULL,
    note             text        NOT NULL CHECK (length(note) BETWEEN 1 AND 1000),
    acknowledged_by  uuid        NOT NULL,
    acknowledged_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);
CREATE INDEX concern_ack_episode_idx ON concern_acknowledgement (clinic_id, episode_id);

-- Every clinical table gets the same protection; one function so no table can get half of it.
CREATE FUNCTION isolate_by_clinic(tbl regclass) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY clinic_isolation ON %s USING (clinic_id = current_clinic_id()) '
                   'WITH CHECK (clinic_id = current_clinic_id())', tbl);
END
$$;

SELECT isolate_by_clinic('intake');
SELECT isolate_by_clinic('episode_finding');
SELECT isolate_by_clinic('screening');
SELECT isolate_by_clinic('concern_acknowledgement');

GRANT SELECT, INSERT, UPDATE ON intake TO rhomboid_app;
GRANT SELECT, INSERT, DELETE ON intake_link TO rhomboid_app;
GRANT SELECT, INSERT, DELETE ON episode_finding TO rhomboid_app;
GRANT SELECT, INSERT ON screening TO rhomboid_app;
GRANT SELECT, INSERT ON concern_acknowledgement TO rhomboid_app;
