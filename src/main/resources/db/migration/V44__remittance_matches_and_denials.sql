-- Matching by hand and the denials worklist (issue 19).
--
-- A claim payment or service line of an 835 that matched nothing billed is matched by a biller to one of the
-- clinic's billed claims. The remittance rows stay as the payer sent them (insert-only, as posted): the match is the
-- clinic's own act, so it is its own insert-only row with who matched and when, and the queue and the balances read
-- remittance rows through it. A row per item (the claim payment, or one of its lines): matched once.
CREATE TABLE remittance_match (
    id                     uuid        NOT NULL,
    clinic_id              uuid        NOT NULL REFERENCES clinic (id),
    -- The unmatched item: the remittance_claim row itself, or one of its remittance_service rows.
    item_id                uuid        NOT NULL,
    remittance_claim_id    uuid        NOT NULL,
    remittance_service_id  uuid,
    -- The billed claim (CLM01) it was matched to, and that claim's patient. No foreign key to claim_batch_note: a
    -- claim ID is shared by the day's notes there (V16); the application checks the claim was billed.
    claim_id               text        NOT NULL CHECK (claim_id ~ '^[0-9A-Z]{1,20}$'),
    patient_id             uuid        NOT NULL,
    matched_by             uuid        NOT NULL,
    matched_by_name        text        NOT NULL,
    matched_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id),
    UNIQUE (clinic_id, item_id),
    CHECK (item_id = remittance_claim_id OR item_id = remittance_service_id),
    FOREIGN KEY (clinic_id, remittance_claim_id) REFERENCES remittance_claim (clinic_id, id),
    FOREIGN KEY (clinic_id, remittance_service_id) REFERENCES remittance_service (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX remittance_match_claim_idx ON remittance_match (clinic_id, remittance_claim_id);

-- A denial worked: the claim payment leaves the worklist with the action taken, who took it and when.
CREATE TABLE denial_worked (
    id                   uuid        NOT NULL,
    clinic_id            uuid        NOT NULL REFERENCES clinic (id),
    remittance_claim_id  uuid        NOT NULL,
    action               text        NOT NULL CHECK (action IN ('CORRECTED', 'APPEALED', 'WRITTEN_OFF',
                                                                'BILLED_PATIENT', 'NO_ACTION')),
    note                 text        NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    worked_by            uuid        NOT NULL,
    worked_by_name       text        NOT NULL,
    worked_at            timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id),
    UNIQUE (clinic_id, remittance_claim_id),
    FOREIGN KEY (clinic_id, remittance_claim_id) REFERENCES remittance_claim (clinic_id, id)
);

-- Claim-level remark codes (MOA/MIA), which were read into nothing before: the denial's RARC is often there.
ALTER TABLE remittance_claim ADD COLUMN remarks text[] NOT NULL DEFAULT '{}';

SELECT isolate_by_clinic('remittance_match');
SELECT isolate_by_clinic('denial_worked');
GRANT SELECT, INSERT ON remittance_match TO rhomboid_app;
GRANT SELECT, INSERT ON denial_worked TO rhomboid_app;
