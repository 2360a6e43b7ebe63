-- Billing settings of a clinic: what it charges per code, how it reaches its clearinghouse, and how each kind of
-- payer is named on the claim. Then the claim batches it sent and which signed notes went into which batch.

-- The clinic's charge per procedure code (per unit) and, optionally, what the payer is expected to allow.
CREATE TABLE fee_schedule (
    clinic_id   uuid          NOT NULL REFERENCES clinic (id),
    code        text          NOT NULL CHECK (code ~ '^[0-9A-Z]{5}$'),
    charge      numeric(9, 2) NOT NULL CHECK (charge > 0),
    allowed     numeric(9, 2) CHECK (allowed >= 0),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, code)
);

-- One row per clinic: the billing provider's taxonomy and place of service, and the envelope settings agreed with
-- the clearinghouse (ISA06/ISA08, 1000A submitter, 1000B receiver, usage T or P, the next interchange control
-- number, taken and advanced under this row's lock when a batch is made).
CREATE TABLE billing_settings (
    clinic_id            uuid        PRIMARY KEY REFERENCES clinic (id),
    taxonomy             text        CHECK (taxonomy ~ '^[0-9A-Z]{9}X$'),
    place_of_service     text        NOT NULL DEFAULT '11' CHECK (place_of_service ~ '^[0-9]{2}$'),
    sender_id            text        CHECK (length(sender_id) BETWEEN 1 AND 15),
    receiver_id          text        CHECK (length(receiver_id) BETWEEN 1 AND 15),
    receiver_name        text        CHECK (length(receiver_name) BETWEEN 1 AND 60),
    submitter_name       text        CHECK (length(submitter_name) BETWEEN 1 AND 60),
    contact_name         text        CHECK (length(contact_name) BETWEEN 1 AND 60),
    contact_phone        text        CHECK (contact_phone ~ '^[0-9]{10}$'),
    usage                text        NOT NULL DEFAULT 'T' CHECK (usage IN ('T', 'P')),
    next_control_number  integer     NOT NULL DEFAULT 1 CHECK (next_control_number BETWEEN 1 AND 999999999),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

-- How each kind of primary payer (patient.domain.Payer) is named in the 837P payer loop (2010BB).
CREATE TABLE payer_setting (
    clinic_id   uuid NOT NULL REFERENCES clinic (id),
    payer       text NOT NULL CHECK (payer IN ('MEDICARE', 'MEDICAID', 'COMMERCIAL', 'WORKERS_COMP')),
    payer_name  text NOT NULL CHECK (length(payer_name) BETWEEN 1 AND 60),
    payer_id    text NOT NULL CHECK (length(payer_id) BETWEEN 1 AND 80),
    PRIMARY KEY (clinic_id, payer)
);

-- A claim file as sent: who made it, when, for which visit dates, its control number, counts and the file itself
-- (kept so it can be downloaded again; it holds patient data, so it lives under row-level security like the rest).
CREATE TABLE claim_batch (
    id              uuid          PRIMARY KEY,
    clinic_id       uuid          NOT NULL REFERENCES clinic (id),
    number          integer       NOT NULL CHECK (number > 0),
    control_number  integer       NOT NULL CHECK (control_number BETWEEN 1 AND 999999999),
    from_date       date          NOT NULL,
    to_date         date          NOT NULL,
    created_by      uuid          NOT NULL,
    created_by_name text          NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    claim_count     integer       NOT NULL CHECK (claim_count > 0),
    held_count      integer       NOT NULL CHECK (held_count >= 0),
    total_charge    numeric(11, 2) NOT NULL CHECK (total_charge > 0),
    usage           text          NOT NULL CHECK (usage IN ('T', 'P')),
    file            text          NOT NULL,
    UNIQUE (clinic_id, number),
    UNIQUE (id, clinic_id),
    CHECK (to_date >= from_date),
    FOREIGN KEY (created_by, clinic_id) REFERENCES app_user (id, clinic_id)
);

-- Which signed note went into which batch, under which claim id (the patient control number, CLM01). A note is
-- billed once: the primary key refuses a second batch for it.
CREATE TABLE claim_batch_note (
    note_id       uuid          PRIMARY KEY,
    clinic_id     uuid          NOT NULL,
    batch_id      uuid          NOT NULL,
    claim_id      text          NOT NULL CHECK (claim_id ~ '^[0-9A-Z]{1,20}$'),
    total_charge  numeric(11, 2) NOT NULL CHECK (total_charge > 0),
    UNIQUE (clinic_id, claim_id),
    FOREIGN KEY (note_id, clinic_id) REFERENCES note (id, clinic_id),
    FOREIGN KEY (batch_id, clinic_id) REFERENCES claim_batch (id, clinic_id)
);
CREATE INDEX claim_batch_note_batch_idx ON claim_batch_note (clinic_id, batch_id);
CREATE INDEX note_daily_date_idx ON note (clinic_id, visit_date) WHERE kind = 'DAILY_NOTE';

SELECT isolate_by_clinic('fee_schedule');
SELECT isolate_by_clinic('billing_settings');
SELECT isolate_by_clinic('payer_setting');
SELECT isolate_by_clinic('claim_batch');
SELECT isolate_by_clinic('claim_batch_note');
GRANT SELECT, INSERT, UPDATE, DELETE ON fee_schedule TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE ON billing_settings TO rhomboid_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON payer_setting TO rhomboid_app;
-- A batch, once sent, is a record: the application may only add batches, never change or remove them.
GRANT SELECT, INSERT ON claim_batch TO rhomboid_app;
GRANT SELECT, INSERT ON claim_batch_note TO rhomboid_app;
