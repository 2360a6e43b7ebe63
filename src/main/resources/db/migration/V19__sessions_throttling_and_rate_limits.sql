-- Issue 15, items 1, 7, 8 and 13.

-- Sessions end when the account changes: every sign-in remembers the account's stamp, and deactivation, a role
-- change or a password change moves it on, so every session signed in before no longer matches (checked on each
-- request, so it holds for sessions kept in PostgreSQL as well as in memory).
ALTER TABLE app_user ADD COLUMN security_stamp integer NOT NULL DEFAULT 0;
-- A password the administrator set (new staff, a reset, the first administrator) is changed at first sign-in.
ALTER TABLE app_user ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
-- The hard 15-minute lock (V5) gives way to growing delays counted in sign_in_failure.
ALTER TABLE app_user DROP COLUMN failed_sign_ins, DROP COLUMN locked_until;

-- Failed sign-ins per account (the e-mail as typed, known or not, so both answer alike) and per source address.
-- Keys are SHA-256 hashes: no addresses or guessed e-mails are kept in clear. No clinic is known yet at sign-in.
CREATE TABLE sign_in_failure (
    kind             text        NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    key_hash         text        NOT NULL CHECK (length(key_hash) = 64),
    failures         integer     NOT NULL CHECK (failures > 0),
    last_failure_at  timestamptz NOT NULL,
    PRIMARY KEY (kind, key_hash)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_failure TO rhomboid_app;

-- Requests per rate-limit key (an address or an API token, hashed) in the current fixed window, shared by every
-- node. Unlogged: counters need no crash safety, and their writes cost no WAL flush on every API call.
CREATE UNLOGGED TABLE request_count (
    key_hash      text        PRIMARY KEY CHECK (length(key_hash) = 64),
    window_start  timestamptz NOT NULL,
    requests      integer     NOT NULL
);
GRANT SELECT, INSERT, UPDATE, DELETE ON request_count TO rhomboid_app;
