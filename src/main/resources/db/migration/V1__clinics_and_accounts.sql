-- The application works as rhomboid_app (see DatabaseConfig): it owns nothing, so row-level
-- security always applies to it, and it gets only the privileges granted below.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rhomboid_app') THEN
        CREATE ROLE rhomboid_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
    EXECUTE format('GRANT rhomboid_app TO %I', current_user);
END
$$;

GRANT USAGE ON SCHEMA public TO rhomboid_app;

-- The clinic a row belongs to, as set per transaction by TenantTransactionManager.
CREATE FUNCTION current_clinic_id() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('rhomboid.clinic_id', true), '')::uuid $$;

CREATE TABLE clinic (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    next_mrn    bigint      NOT NULL DEFAULT 1000,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Staff accounts. Login looks a user up by e-mail before any clinic is known, so this table is
-- scoped by the application rather than by row-level security; it holds no patient data.
CREATE TABLE app_user (
    id             uuid PRIMARY KEY,
    clinic_id      uuid        NOT NULL REFERENCES clinic (id),
    email          text        NOT NULL,
    display_name   text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    password_hash  text        NOT NULL,
    roles          text[]      NOT NULL CHECK (cardinality(roles) > 0
                                   AND roles <@ ARRAY ['PT','PTA','FRONT_DESK','BILLER','CLINIC_ADMIN']),
    npi            char(10),
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, clinic_id)
);
CREATE UNIQUE INDEX app_user_email_idx ON app_user (lower(email));

-- API bearer tokens; only a SHA-256 of the token is kept.
CREATE TABLE api_token (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES app_user (id),
    token_hash  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

ALTER TABLE clinic ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinic FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_tenant ON clinic USING (id = current_clinic_id()) WITH CHECK (id = current_clinic_id());

GRANT SELECT, INSERT, UPDATE ON clinic TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE ON app_user TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE ON api_token TO rhomboid_app;
