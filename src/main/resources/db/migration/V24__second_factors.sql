-- Issue 15, item 9: a second factor for staff sign-in — passkeys (WebAuthn) and authenticator-app codes (TOTP)
-- with one-time recovery codes.

-- The clinic's policy: on by default; the demo clinic (whose accounts are documented) off.
ALTER TABLE clinic ADD COLUMN mfa_required boolean NOT NULL DEFAULT true;
ALTER TABLE clinic DISABLE ROW LEVEL SECURITY;
UPDATE clinic SET mfa_required = false
 WHERE id IN (SELECT clinic_id FROM app_user WHERE email = 'admin@demo.rhomboid.org');
ALTER TABLE clinic ENABLE ROW LEVEL SECURITY;

-- Like app_user, these are read before any clinic is known (a passkey sign-in names no clinic), so they are not
-- isolated by row-level security; every query names the account.

-- The WebAuthn user handle of the account: random, not the e-mail or id, so an authenticator learns nothing.
ALTER TABLE app_user ADD COLUMN passkey_user_handle text UNIQUE CHECK (length(passkey_user_handle) <= 200);

-- The authenticator app's shared secret (base32). Unconfirmed until the first code from the app is typed.
CREATE TABLE staff_totp (
    user_id         uuid        PRIMARY KEY REFERENCES app_user (id),
    secret          text        NOT NULL CHECK (secret ~ '^[A-Z2-7]{32}$'),
    confirmed_at    timestamptz,
    last_used_step  bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE, DELETE ON staff_totp TO rhomboid_app;

-- One-time recovery codes, kept as SHA-256 hashes; a used one keeps its row, marked.
CREATE TABLE staff_recovery_code (
    user_id    uuid        NOT NULL REFERENCES app_user (id),
    code_hash  text        NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
    used_at    timestamptz,
    PRIMARY KEY (user_id, code_hash)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON staff_recovery_code TO rhomboid_app;

-- Passkeys, in the table Spring Security's JdbcUserCredentialRepository reads and writes
-- (org/springframework/security/user-credentials-schema-postgres.sql), tied to the account by its user handle.
CREATE TABLE user_credentials (
    credential_id                varchar(1000) NOT NULL PRIMARY KEY,
    user_entity_user_id          varchar(1000) NOT NULL REFERENCES app_user (passkey_user_handle),
    public_key                   bytea         NOT NULL,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       NOT NULL,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       NOT NULL,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) NOT NULL
);
CREATE INDEX user_credentials_user ON user_credentials (user_entity_user_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON user_credentials TO rhomboid_app;
