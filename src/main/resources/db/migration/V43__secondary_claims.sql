-- Secondary claims (issue 19): a claim whose primary remittance is posted goes on to the patient's secondary payer
-- with the primary's adjudication (837P loops 2320/2330/2430). The file is kept as a claim batch like any other; this
-- row says which claim (CLM01, the same patient control number) went to the secondary, in which batch, built from
-- which posted claim payment, so that it is not offered again. A record: insert only.
CREATE TABLE secondary_claim (
    clinic_id            uuid           NOT NULL REFERENCES clinic (id),
    claim_id             text           NOT NULL CHECK (claim_id ~ '^[0-9A-Z]{1,20}$'),
    batch_id             uuid           NOT NULL,
    remittance_claim_id  uuid           NOT NULL,
    patient_id           uuid           NOT NULL,
    payer_id             uuid           NOT NULL,
    primary_paid         numeric(11, 2) NOT NULL,
    created_at           timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, claim_id),
    FOREIGN KEY (clinic_id, batch_id) REFERENCES claim_batch (clinic_id, id),
    FOREIGN KEY (clinic_id, remittance_claim_id) REFERENCES remittance_claim (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
    FOREIGN KEY (clinic_id, payer_id) REFERENCES payer (clinic_id, id)
);
CREATE INDEX secondary_claim_batch_idx ON secondary_claim (clinic_id, batch_id);

SELECT isolate_by_clinic('secondary_claim');
GRANT SELECT, INSERT ON secondary_claim TO rhomboid_app;
