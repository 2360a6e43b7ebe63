-- A claim's life after it is made (issue 19): every event that changes what a claim (CLM01, the patient control
-- number) is waiting for — sent in a batch, accepted or rejected by a 999 acknowledgment, paid, partly paid,
-- denied or adjusted by a posted 835, corrected (frequency 7) or voided (frequency 8), closed — is kept as a row,
-- insert only. The claim's status is derived from them (claims.domain.ClaimStatus), never stored.
CREATE TABLE claim_event (
    id                uuid        NOT NULL,
    clinic_id         uuid        NOT NULL REFERENCES clinic (id),
    claim_id          text        NOT NULL CHECK (claim_id ~ '^[0-9A-Z]{1,20}$'),
    kind              text        NOT NULL CHECK (kind IN ('SENT', 'ACCEPTED', 'REJECTED', 'PAID', 'PARTIALLY_PAID',
                                                           'DENIED', 'ADJUSTED', 'CORRECTED', 'VOIDED', 'CLOSED')),
    occurred_at       timestamptz NOT NULL DEFAULT now(),
    recorded_by       uuid,
    recorded_by_name  text        NOT NULL CHECK (length(recorded_by_name) BETWEEN 1 AND 200),
    detail            text        NOT NULL DEFAULT '' CHECK (length(detail) <= 4000),
    -- The batch the event is about: the batch sent, the one acknowledged, the correction or void file made.
    batch_id          uuid,
    remittance_id     uuid,
    acknowledgment_id uuid,
    -- What recorded it, so recording the same thing twice (a 999 or an 835 uploaded again) adds nothing.
    source            text        NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
    PRIMARY KEY (clinic_id, id),
    UNIQUE (clinic_id, claim_id, kind, source),
    FOREIGN KEY (clinic_id, batch_id) REFERENCES claim_batch (clinic_id, id),
    FOREIGN KEY (clinic_id, remittance_id) REFERENCES remittance (clinic_id, id)
);
CREATE INDEX claim_event_claim_idx ON claim_event (clinic_id, claim_id, occurred_at);
CREATE INDEX claim_event_batch_idx ON claim_event (clinic_id, batch_id) WHERE batch_id IS NOT NULL;

-- A 999 implementation acknowledgment (005010X231A1) as uploaded, once per sender and interchange control number
-- (ISA06 + ISA13): uploading the same file again records nothing.
CREATE TABLE claim_acknowledgment (
    id                    uuid        NOT NULL,
    clinic_id             uuid        NOT NULL REFERENCES clinic (id),
    sender_id             text        NOT NULL CHECK (length(sender_id) BETWEEN 1 AND 15),
    control_number        text        NOT NULL CHECK (length(control_number) BETWEEN 1 AND 9),
    summary               text        NOT NULL CHECK (length(summary) <= 4000),
    uploaded_by           uuid        NOT NULL,
    uploaded_by_name      text        NOT NULL,
    uploaded_at           timestamptz NOT NULL DEFAULT now(),
    file                  text        NOT NULL,
    PRIMARY KEY (clinic_id, id),
    UNIQUE (clinic_id, sender_id, control_number)
);
ALTER TABLE claim_event ADD FOREIGN KEY (clinic_id, acknowledgment_id) REFERENCES claim_acknowledgment (clinic_id, id);

-- A corrected (CLM05-3 = 7) or void (8) claim goes out as a batch of one, in the same table as the original
-- batches (number, control number, file, download); frequency 1 is every original batch.
ALTER TABLE claim_batch ADD COLUMN frequency text NOT NULL DEFAULT '1' CHECK (frequency IN ('1', '7', '8'));

SELECT isolate_by_clinic('claim_event');
SELECT isolate_by_clinic('claim_acknowledgment');
GRANT SELECT, INSERT ON claim_event TO rhomboid_app;
GRANT SELECT, INSERT ON claim_acknowledgment TO rhomboid_app;
