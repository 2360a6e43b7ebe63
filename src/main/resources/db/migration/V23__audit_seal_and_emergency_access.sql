-- An audit trail an auditor accepts: where each event came from, which patients a list showed, the security events
-- of accounts and sessions, and a tamper-evident seal. Then restricted records and emergency access.

ALTER TABLE audit_event ADD COLUMN source_address text CHECK (length(source_address) <= 64);
ALTER TABLE audit_event ADD COLUMN detail text CHECK (length(detail) <= 500);
ALTER TABLE audit_event ADD COLUMN patients_shown uuid[];
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN (
    'READ', 'SEARCH', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT',
    'SESSION_EXPIRED', 'TOKEN_ISSUED', 'TOKEN_REVOKED', 'THROTTLED', 'MFA_ENROLLED', 'BREAK_GLASS'));

-- The seal: every event of a clinic, in the order it was sealed, with the SHA-256 of the previous seal's hash and
-- the event's own content. A changed or removed event no longer matches its seal; a removed seal breaks the chain.
-- Sealing runs after the event's transaction (so no request waits on another), under a per-clinic advisory lock.
CREATE TABLE audit_seal (
    clinic_id  uuid        NOT NULL REFERENCES clinic (id),
    seq        bigint      NOT NULL CHECK (seq > 0),
    event_id   bigint      NOT NULL UNIQUE REFERENCES audit_event (id),
    prev_hash  text        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash       text        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    sealed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, seq)
);
CREATE TRIGGER audit_seal_no_update BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
SELECT isolate_by_clinic('audit_seal');
GRANT SELECT, INSERT ON audit_seal TO rhomboid_app;

-- A restricted record (a staff member, a VIP, a sensitive case): only the care team opens the chart; anyone else
-- with a clinical role may break the glass, with a reason, for a limited time.
ALTER TABLE patient ADD COLUMN restriction text CHECK (restriction IN ('STAFF_MEMBER', 'VIP', 'SENSITIVE'));

CREATE TABLE patient_care_team (
    clinic_id  uuid        NOT NULL,
    patient_id uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    added_by   uuid        NOT NULL,
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (patient_id, user_id),
    FOREIGN KEY (patient_id, clinic_id) REFERENCES patient (id, clinic_id),
    FOREIGN KEY (user_id, clinic_id) REFERENCES app_user (id, clinic_id)
);
SELECT isolate_by_clinic('patient_care_team');
GRANT SELECT, INSERT, DELETE ON patient_care_team TO rhomboid_app;

CREATE TABLE emergency_access (
    id         uuid PRIMARY KEY,
    clinic_id  uuid        NOT NULL,
    patient_id uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    user_name  text        NOT NULL,
    reason     text        NOT NULL CHECK (length(reason) BETWEEN 10 AND 500),
    granted_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    CHECK (expires_at > granted_at),
    FOREIGN KEY (patient_id, clinic_id) REFERENCES patient (id, clinic_id),
    FOREIGN KEY (user_id, clinic_id) REFERENCES app_user (id, clinic_id)
);
CREATE INDEX emergency_access_patient_idx ON emergency_access (clinic_id, patient_id, user_id, expires_at);
SELECT isolate_by_clinic('emergency_access');
GRANT SELECT, INSERT ON emergency_access TO rhomboid_app;
