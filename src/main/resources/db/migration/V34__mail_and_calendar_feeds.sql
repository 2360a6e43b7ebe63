-- Reminders and links by e-mail, and therapists' calendar feeds (issue 18, docs/mail.md).
--
-- Each clinic sends through its own SMTP server; nothing is sent until its administrator has filled this in. The
-- password is kept as typed: Rhomboid has no secret-encryption facility yet (docs/mail.md, "The SMTP password"); it
-- is never shown back, logged or audited. Use an account that can only send, e.g. an app password.
CREATE TABLE clinic_mail_settings (
    clinic_id            uuid        NOT NULL REFERENCES clinic (id),
    host                 text        NOT NULL CHECK (length(host) BETWEEN 1 AND 253),
    port                 int         NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security             text        NOT NULL CHECK (security IN ('STARTTLS', 'SMTPS', 'NONE')),
    username             text        CHECK (length(username) <= 200),
    password             text        CHECK (length(password) <= 200),
    from_address         text        NOT NULL CHECK (length(from_address) BETWEEN 3 AND 254),
    from_name            text        CHECK (length(from_name) <= 100),
    reminder_lead_hours  int         NOT NULL CHECK (reminder_lead_hours BETWEEN 1 AND 168),
    reminders_on         boolean     NOT NULL DEFAULT false,
    updated_by           uuid        NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id)
);
SELECT isolate_by_clinic('clinic_mail_settings');
GRANT SELECT, INSERT, UPDATE ON clinic_mail_settings TO rhomboid_app;

-- One reminder per appointment, whichever node runs the job: the row is claimed (SENDING) before the message goes
-- out and keeps its outcome after, so an appointment is reminded at most once by the job.
CREATE TABLE appointment_reminder (
    clinic_id       uuid        NOT NULL,
    appointment_id  uuid        NOT NULL,
    outcome         text        NOT NULL CHECK (outcome IN ('SENDING', 'SENT', 'FAILED', 'NO_ADDRESS')),
    claimed_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    PRIMARY KEY (clinic_id, appointment_id),
    FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointment (clinic_id, id)
);
SELECT isolate_by_clinic('appointment_reminder');
GRANT SELECT, INSERT, UPDATE ON appointment_reminder TO rhomboid_app;

-- A therapist's private calendar feed (/calendar/{token}.ics): revocable, renewable, one live feed per therapist.
CREATE TABLE calendar_feed (
    clinic_id        uuid        NOT NULL REFERENCES clinic (id),
    id               uuid        NOT NULL,
    therapist_id     uuid        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    revoked_at       timestamptz,
    last_fetched_at  timestamptz,
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, therapist_id) REFERENCES app_user (clinic_id, id)
);
CREATE UNIQUE INDEX calendar_feed_live ON calendar_feed (clinic_id, therapist_id) WHERE revoked_at IS NULL;
SELECT isolate_by_clinic('calendar_feed');
GRANT SELECT, INSERT, UPDATE ON calendar_feed TO rhomboid_app;

-- The feed's token, as its SHA-256 only (like portal_link): found before the clinic is known, so not under
-- row-level security; it holds no patient data. Revoking deletes the row.
CREATE TABLE calendar_feed_link (
    clinic_id   uuid NOT NULL REFERENCES clinic (id),
    token_hash  text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    feed_id     uuid NOT NULL,
    PRIMARY KEY (clinic_id, token_hash),
    UNIQUE (clinic_id, feed_id),
    FOREIGN KEY (clinic_id, feed_id) REFERENCES calendar_feed (clinic_id, id)
);
CREATE INDEX calendar_feed_link_lookup ON calendar_feed_link (token_hash);
GRANT SELECT, INSERT, DELETE ON calendar_feed_link TO rhomboid_app;

-- An e-mail the clinic's server did not accept is audited as FAILED (without its content).
ALTER TABLE audit_event DROP CONSTRAINT audit_event_outcome_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_outcome_check
    CHECK (outcome IN ('SUCCESS', 'NOT_FOUND', 'DENIED', 'CONFLICT', 'FAILED'));
