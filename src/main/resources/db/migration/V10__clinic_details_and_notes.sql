-- The clinic's letterhead and billing-provider details, and whether an assistant's daily notes wait for a
-- therapist's co-signature (state practice acts and payers differ, so the clinic decides; on by default).
ALTER TABLE clinic
    ADD COLUMN address_line    text CHECK (length(address_line) <= 200),
    ADD COLUMN city            text CHECK (length(city) <= 100),
    ADD COLUMN state           text CHECK (state ~ '^[A-Z]{2}$'),
    ADD COLUMN postal_code     text CHECK (postal_code ~ '^[0-9]{5}([0-9]{4})?$'),
    ADD COLUMN phone           text CHECK (length(phone) <= 30),
    ADD COLUMN fax             text CHECK (length(fax) <= 30),
    ADD COLUMN npi             text CHECK (npi ~ '^[12][0-9]{9}$'),
    ADD COLUMN tax_id          text CHECK (tax_id ~ '^[0-9]{9}$'),
    ADD COLUMN requires_cosign boolean NOT NULL DEFAULT true;

-- Notes after the initial evaluation: daily notes, progress reports, re-evaluations, discharge summaries. The
-- draft is the raw form as typed (nothing is lost). Signing stores the canonical content exactly as hashed and
-- its SHA-256, so a viewer can verify that what it shows is what was signed.
CREATE TABLE note (
    id              uuid PRIMARY KEY,
    clinic_id       uuid        NOT NULL,
    episode_id      uuid        NOT NULL,
    patient_id      uuid        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('DAILY_NOTE', 'PROGRESS_REPORT', 'RE_EVALUATION',
                                                         'DISCHARGE_SUMMARY')),
    visit_date      date        NOT NULL,
    status          text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'AWAITING_COSIGN', 'SIGNED')),
    draft           jsonb       NOT NULL DEFAULT '{}',
    content         text,
    content_hash    text CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    author_id       uuid        NOT NULL,
    author_name     text        NOT NULL,
    author_role     text        NOT NULL CHECK (author_role IN ('PT', 'PTA')),
    signed_at       timestamptz,
    cosigned_by     uuid,
    cosigner_name   text,
    cosigned_at     timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id),
    FOREIGN KEY (patient_id, clinic_id) REFERENCES patient (id, clinic_id),
    UNIQUE (id, clinic_id),
    CHECK ((status = 'DRAFT') = (content IS NULL AND content_hash IS NULL AND signed_at IS NULL)),
    CHECK ((cosigned_at IS NOT NULL) = (cosigned_by IS NOT NULL))
);
CREATE INDEX note_episode_idx ON note (clinic_id, episode_id, visit_date);
CREATE INDEX note_open_idx ON note (clinic_id, status) WHERE status <> 'SIGNED';

-- The billed services of a signed note, as coded at signing: what claims are built from.
CREATE TABLE note_service (
    clinic_id     uuid     NOT NULL,
    note_id       uuid     NOT NULL,
    line          integer  NOT NULL CHECK (line BETWEEN 1 AND 50),
    code          text     NOT NULL,
    minutes       integer  NOT NULL,
    units         integer  NOT NULL,
    modifiers     text[]   NOT NULL,
    status        text     NOT NULL CHECK (status IN ('BILLABLE', 'BUNDLED', 'NOT_BILLED', 'DENIED')),
    PRIMARY KEY (note_id, line),
    FOREIGN KEY (note_id, clinic_id) REFERENCES note (id, clinic_id)
);

-- Corrections and late entries: signed, time-stamped, linked; the original note is never changed.
CREATE TABLE note_addendum (
    id            uuid PRIMARY KEY,
    clinic_id     uuid        NOT NULL,
    note_id       uuid        NOT NULL,
    text          text        NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
    author_id     uuid        NOT NULL,
    author_name   text        NOT NULL,
    signed_at     timestamptz NOT NULL DEFAULT now(),
    content_hash  text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    FOREIGN KEY (note_id, clinic_id) REFERENCES note (id, clinic_id)
);
CREATE INDEX note_addendum_note_idx ON note_addendum (clinic_id, note_id);

-- A signed note is locked for everyone: only the co-signature of an assistant's note may still be added, and a
-- note that is not a draft can never be deleted.
CREATE FUNCTION note_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'a signed note cannot be deleted' USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'SIGNED' THEN
        RAISE EXCEPTION 'a signed note is locked; add an addendum' USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status = 'AWAITING_COSIGN' THEN
        IF NEW.status <> 'SIGNED' OR NEW.cosigned_by IS NULL
           OR NEW.content IS DISTINCT FROM OLD.content OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
           OR NEW.draft IS DISTINCT FROM OLD.draft OR NEW.visit_date IS DISTINCT FROM OLD.visit_date
           OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.author_id IS DISTINCT FROM OLD.author_id
           OR NEW.signed_at IS DISTINCT FROM OLD.signed_at THEN
            RAISE EXCEPTION 'a signed note is locked; only its co-signature may be added' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER note_locked BEFORE UPDATE OR DELETE ON note FOR EACH ROW EXECUTE FUNCTION note_locked();

SELECT isolate_by_clinic('note');
SELECT isolate_by_clinic('note_service');
SELECT isolate_by_clinic('note_addendum');
GRANT SELECT, INSERT, UPDATE, DELETE ON note TO rhomboid_app;
GRANT SELECT, INSERT ON note_service TO rhomboid_app;
GRANT SELECT, INSERT ON note_addendum TO rhomboid_app;
