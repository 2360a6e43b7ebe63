-- Incoming referrals (issue 20): a referral another system sends by FHIR (a ServiceRequest with its Patient) waits
-- in the clinic's referral inbox until the front desk files it to a patient (an existing one, or one registered from
-- it) or declines it. What was received is kept as received (the raw JSON); the list reads the extracted fields.
CREATE TABLE incoming_referral (
    id                   uuid        NOT NULL,
    clinic_id            uuid        NOT NULL REFERENCES clinic (id),
    received_at          timestamptz NOT NULL DEFAULT now(),
    received_by          uuid        NOT NULL,
    received_by_name     text        NOT NULL,
    source               text        NOT NULL CHECK (source IN ('FHIR')),
    service_request_json jsonb       NOT NULL,
    patient_json         jsonb,
    patient_family_name  text        NOT NULL CHECK (length(patient_family_name) <= 100),
    patient_given_name   text        NOT NULL CHECK (length(patient_given_name) <= 100),
    patient_birth_date   date        NOT NULL,
    patient_sex          text        CHECK (patient_sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    referrer_name        text        CHECK (length(referrer_name) <= 200),
    referrer_npi         text        CHECK (referrer_npi ~ '^[0-9]{10}$'),
    reason               text        NOT NULL CHECK (length(reason) <= 1000),
    status               text        NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'FILED', 'DECLINED')),
    filed_patient_id     uuid,
    decided_by           uuid,
    decided_by_name      text,
    decided_at           timestamptz,
    decline_reason       text        CHECK (length(decline_reason) <= 500),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, filed_patient_id) REFERENCES patient (clinic_id, id),
    CHECK (referrer_name IS NOT NULL OR referrer_npi IS NOT NULL),
    CHECK ((status = 'NEW') = (decided_at IS NULL)),
    CHECK ((status = 'FILED') = (filed_patient_id IS NOT NULL)),
    CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
);
CREATE INDEX incoming_referral_inbox_idx ON incoming_referral (clinic_id, status, received_at);

SELECT isolate_by_clinic('incoming_referral');
GRANT SELECT, INSERT, UPDATE ON incoming_referral TO rhomboid_app;
