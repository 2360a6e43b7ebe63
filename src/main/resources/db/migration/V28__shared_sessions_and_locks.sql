-- Issue 17: many nodes, no lost work.

-- Web sessions live in PostgreSQL (Spring Session JDBC's own PostgreSQL schema, as shipped in spring-session-jdbc
-- 4.1.0), so any node serves any signed-in person and a node that dies takes no one's sign-in with it. A session is
-- found by its cookie before any clinic is known, like app_user and api_token, so these tables are not under
-- row-level security: the application reads a row only by the session's id. They hold the sign-in (the security
-- context with the staff principal), the CSRF token and flash messages, never patient data. principal_name (the
-- e-mail signed in with) is text rather than Spring's varchar(100): staff e-mails may be up to 254 characters.
CREATE TABLE spring_session (
    primary_id             char(36)     NOT NULL,
    session_id             char(36)     NOT NULL,
    creation_time          bigint       NOT NULL,
    last_access_time       bigint       NOT NULL,
    max_inactive_interval  int          NOT NULL,
    expiry_time            bigint       NOT NULL,
    principal_name         text,
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id  char(36)      NOT NULL,
    attribute_name      varchar(200)  NOT NULL,
    attribute_bytes     bytea         NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
GRANT SELECT, INSERT, UPDATE, DELETE ON spring_session, spring_session_attributes TO rhomboid_app;

-- Sessions that sat idle past their time-out and were ended by a request that found them so (Spring Session deletes
-- them then), waiting to be written to the owner's audit trail as SESSION_EXPIRED by the sweep (ExpiredSessions),
-- which also ends the ones nobody came back to. Only the e-mail the session was signed in with: no clinic yet.
CREATE TABLE session_timeout (
    id              bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    principal_name  text    NOT NULL,
    expired_at      bigint  NOT NULL
);
GRANT SELECT, INSERT, DELETE ON session_timeout TO rhomboid_app;

-- ShedLock's table (its JDBC provider, with the database's clock): each scheduled job runs on one node at a time.
CREATE TABLE shedlock (
    name        varchar(64)   NOT NULL,
    lock_until  timestamp     NOT NULL,
    locked_at   timestamp     NOT NULL,
    locked_by   varchar(255)  NOT NULL,
    PRIMARY KEY (name)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON shedlock TO rhomboid_app;
