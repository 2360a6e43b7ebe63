-- Who touched which patient's data, when, how, and with what outcome. Append-only: the
-- application role may insert and read, never change or remove; a trigger stops everyone else.
CREATE TABLE audit_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id      uuid        NOT NULL REFERENCES clinic (id),
    user_id        uuid,
    username       text        NOT NULL,
    patient_id     uuid,
    action         text        NOT NULL CHECK (action IN ('READ', 'SEARCH', 'CREATE', 'UPDATE')),
    resource_type  text        NOT NULL,
    resource_id    text,
    channel        text        NOT NULL CHECK (channel IN ('UI', 'API', 'SYSTEM')),
    outcome        text        NOT NULL CHECK (outcome IN ('SUCCESS', 'NOT_FOUND', 'DENIED', 'CONFLICT')),
    occurred_at    timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX audit_event_clinic_time_idx ON audit_event (clinic_id, occurred_at DESC);
CREATE INDEX audit_event_patient_idx ON audit_event (clinic_id, patient_id, occurred_at DESC);

CREATE FUNCTION audit_event_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only';
END
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_tenant ON audit_event
    USING (clinic_id = current_clinic_id()) WITH CHECK (clinic_id = current_clinic_id());

GRANT SELECT, INSERT ON audit_event TO rhomboid_app;
