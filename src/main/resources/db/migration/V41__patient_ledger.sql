-- Patient balances (issue 19): what the patient paid at the desk and how each payment was applied to claims, and
-- the biller's balance adjustments — write-offs (payer's or patient's side) and amounts moved from the payer's side
-- to the patient's ("bill the patient"). All of it is a record: insert only. A mistaken payment is reversed by a
-- negative entry that names it and says why; it is never changed or deleted.
CREATE TABLE patient_payment (
    id                uuid           NOT NULL,
    clinic_id         uuid           NOT NULL REFERENCES clinic (id),
    patient_id        uuid           NOT NULL,
    method            text           NOT NULL CHECK (method IN ('CASH', 'CARD', 'CHECK')),
    -- A card's last four digits only: never a full card number.
    card_last4        text           CHECK (card_last4 ~ '^[0-9]{4}$'),
    check_number      text           CHECK (length(check_number) BETWEEN 1 AND 20),
    amount            numeric(11, 2) NOT NULL CHECK (amount <> 0),
    received_on       date           NOT NULL,
    -- A reversal (refund or a payment recorded by mistake): negative, naming the payment it reverses, with a reason.
    reverses          uuid,
    reason            text           CHECK (length(reason) BETWEEN 1 AND 200),
    recorded_by       uuid           NOT NULL,
    recorded_by_name  text           NOT NULL,
    recorded_at       timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id),
    UNIQUE (clinic_id, reverses),
    CHECK (method <> 'CARD' OR card_last4 IS NOT NULL),
    CHECK ((reverses IS NULL AND amount > 0) OR (reverses IS NOT NULL AND amount < 0 AND reason IS NOT NULL)),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
    FOREIGN KEY (clinic_id, reverses) REFERENCES patient_payment (clinic_id, id)
);
CREATE INDEX patient_payment_patient_idx ON patient_payment (clinic_id, patient_id);

-- How much of a payment went to which claim (CLM01).
CREATE TABLE patient_payment_claim (
    clinic_id   uuid           NOT NULL REFERENCES clinic (id),
    payment_id  uuid           NOT NULL,
    claim_id    text           NOT NULL CHECK (claim_id ~ '^[0-9A-Z]{1,20}$'),
    amount      numeric(11, 2) NOT NULL CHECK (amount <> 0),
    PRIMARY KEY (clinic_id, payment_id, claim_id),
    FOREIGN KEY (clinic_id, payment_id) REFERENCES patient_payment (clinic_id, id)
);
CREATE INDEX patient_payment_claim_claim_idx ON patient_payment_claim (clinic_id, claim_id);

-- A write-off (side PAYER or PATIENT, with its reason) or a transfer to the patient (kind BILL_PATIENT, side PAYER:
-- taken off the payer's side and added to the patient's).
CREATE TABLE balance_adjustment (
    id                uuid           NOT NULL,
    clinic_id         uuid           NOT NULL REFERENCES clinic (id),
    patient_id        uuid           NOT NULL,
    claim_id          text           NOT NULL CHECK (claim_id ~ '^[0-9A-Z]{1,20}$'),
    kind              text           NOT NULL CHECK (kind IN ('WRITE_OFF', 'BILL_PATIENT')),
    side              text           NOT NULL CHECK (side IN ('PAYER', 'PATIENT')),
    reason            text           NOT NULL CHECK (length(reason) BETWEEN 1 AND 30),
    amount            numeric(11, 2) NOT NULL CHECK (amount > 0),
    note              text           NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    recorded_by       uuid           NOT NULL,
    recorded_by_name  text           NOT NULL,
    recorded_at       timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id),
    CHECK (kind = 'WRITE_OFF' OR side = 'PAYER'),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX balance_adjustment_claim_idx ON balance_adjustment (clinic_id, claim_id);

SELECT isolate_by_clinic('patient_payment');
SELECT isolate_by_clinic('patient_payment_claim');
SELECT isolate_by_clinic('balance_adjustment');
GRANT SELECT, INSERT ON patient_payment TO rhomboid_app;
GRANT SELECT, INSERT ON patient_payment_claim TO rhomboid_app;
GRANT SELECT, INSERT ON balance_adjustment TO rhomboid_app;
