-- The structured examination: what it establishes joins the screen as its own source of findings, so the
-- therapist's checklist and the structured exam never overwrite each other.
ALTER TABLE episode_finding DROP CONSTRAINT episode_finding_source_check;
ALTER TABLE episode_finding ADD CONSTRAINT episode_finding_source_check
    CHECK (source IN ('INTAKE', 'EXAM', 'STRUCTURED_EXAM'));
ALTER TABLE screening DROP CONSTRAINT screening_trigger_check;
ALTER TABLE screening ADD CONSTRAINT screening_trigger_check CHECK (trigger IN ('INTAKE', 'EXAM', 'STRUCTURED_EXAM'));

-- Side-view posture photos. Patient data: clinic-scoped, served only through an audited, signed-in route.
CREATE TABLE posture_photo (
    id            uuid PRIMARY KEY,
    clinic_id     uuid        NOT NULL,
    episode_id    uuid        NOT NULL,
    content_type  text        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    width         integer     NOT NULL CHECK (width > 0),
    height        integer     NOT NULL CHECK (height > 0),
    bytes         bytea       NOT NULL CHECK (length(bytes) <= 10485760),
    uploaded_by   uuid        NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, clinic_id),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);

-- Every examination is kept as recorded (the form as typed, validated); the latest is carried forward.
CREATE TABLE examination (
    id                     uuid PRIMARY KEY,
    clinic_id              uuid        NOT NULL,
    episode_id             uuid        NOT NULL,
    form                   jsonb       NOT NULL,
    photo_id               uuid,
    craniovertebral_angle  numeric(4, 1),
    examined_by            uuid        NOT NULL,
    examined_at            timestamptz NOT NULL DEFAULT clock_timestamp(),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id),
    FOREIGN KEY (photo_id, clinic_id) REFERENCES posture_photo (id, clinic_id)
);
CREATE INDEX examination_episode_idx ON examination (clinic_id, episode_id, examined_at DESC);

-- The initial evaluation: the therapist's assessment, then, once signed, the assembled note, locked.
CREATE TABLE evaluation (
    id                uuid PRIMARY KEY,
    clinic_id         uuid        NOT NULL,
    episode_id        uuid        NOT NULL UNIQUE,
    classifications   text[]      NOT NULL,
    prognosis         text        NOT NULL,
    narrative         text        NOT NULL CHECK (length(narrative) <= 4000),
    presentation      text        NOT NULL,
    decision_making   text        NOT NULL,
    personal_factors  integer     NOT NULL CHECK (personal_factors BETWEEN 0 AND 20),
    status            text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SIGNED')),
    note              jsonb,
    signed_by         uuid,
    signed_at         timestamptz,
    updated_by        uuid        NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'SIGNED') = (note IS NOT NULL AND signed_by IS NOT NULL AND signed_at IS NOT NULL)),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);

-- One plan of care per episode (recertification comes with progress reports).
CREATE TABLE plan_of_care (
    id                  uuid PRIMARY KEY,
    clinic_id           uuid        NOT NULL,
    episode_id          uuid        NOT NULL UNIQUE,
    diagnoses           text[]      NOT NULL,
    frequency_per_week  integer     NOT NULL CHECK (frequency_per_week BETWEEN 1 AND 7),
    duration_weeks      integer     NOT NULL CHECK (duration_weeks BETWEEN 1 AND 52),
    start_date          date        NOT NULL,
    certification       text        NOT NULL,
    signature_received  date,
    verbal_order_on     date,
    plan_sent_on        date,
    interventions       jsonb       NOT NULL,
    conditions          text[]      NOT NULL,
    updated_by          uuid        NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);

CREATE TABLE goal (
    id             uuid PRIMARY KEY,
    clinic_id      uuid        NOT NULL,
    episode_id     uuid        NOT NULL,
    activity       text        NOT NULL,
    instrument     text        NOT NULL,
    baseline       numeric     NOT NULL,
    target         numeric     NOT NULL,
    deadline       date        NOT NULL,
    participation  text        NOT NULL,
    relevant_to    text        NOT NULL,
    term           text        NOT NULL CHECK (term IN ('SHORT_TERM', 'LONG_TERM')),
    status         text        NOT NULL DEFAULT 'PROGRESSING'
                   CHECK (status IN ('PROGRESSING', 'MET', 'NOT_MET', 'MODIFIED', 'DISCONTINUED')),
    created_by     uuid        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);
CREATE INDEX goal_episode_idx ON goal (clinic_id, episode_id, created_at);

-- A signed evaluation is locked, and so are the plan and goals it signed: the database refuses, whoever asks.
CREATE FUNCTION refuse_change_after_signing() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_TABLE_NAME = 'evaluation' THEN
        IF OLD.status = 'SIGNED' THEN
            RAISE EXCEPTION 'a signed evaluation is locked' USING ERRCODE = 'check_violation';
        END IF;
    ELSIF EXISTS (SELECT 1 FROM evaluation e WHERE e.episode_id = OLD.episode_id AND e.status = 'SIGNED') THEN
        -- A goal's status still moves on after signing (progress reports); its content and the plan do not.
        IF TG_TABLE_NAME = 'goal' AND TG_OP = 'UPDATE' THEN
            IF (NEW.activity, NEW.instrument, NEW.baseline, NEW.target, NEW.deadline)
               IS DISTINCT FROM (OLD.activity, OLD.instrument, OLD.baseline, OLD.target, OLD.deadline) THEN
                RAISE EXCEPTION 'the plan of care is locked by the signed evaluation' USING ERRCODE = 'check_violation';
            END IF;
        ELSE
            RAISE EXCEPTION 'the plan of care is locked by the signed evaluation' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER evaluation_locked BEFORE UPDATE OR DELETE ON evaluation
    FOR EACH ROW EXECUTE FUNCTION refuse_change_after_signing();
CREATE TRIGGER plan_locked BEFORE UPDATE OR DELETE ON plan_of_care
    FOR EACH ROW EXECUTE FUNCTION refuse_change_after_signing();
CREATE TRIGGER goal_locked BEFORE UPDATE OR DELETE ON goal
    FOR EACH ROW EXECUTE FUNCTION refuse_change_after_signing();

SELECT isolate_by_clinic('posture_photo');
SELECT isolate_by_clinic('examination');
SELECT isolate_by_clinic('evaluation');
SELECT isolate_by_clinic('plan_of_care');
SELECT isolate_by_clinic('goal');

GRANT SELECT, INSERT ON posture_photo TO rhomboid_app;
GRANT SELECT, INSERT ON examination TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE ON evaluation TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE ON plan_of_care TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON goal TO rhomboid_app;

-- Goals of an unsigned plan can be deleted; the audit trail says so.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
    CHECK (action IN ('READ', 'SEARCH', 'CREATE', 'UPDATE', 'DELETE'));
