-- Remittance (835) posting (issue 19). A payment as the payer sent it, posted once per trace number (TRN02: the
-- check or EFT number) in a clinic, so uploading the same 835 again posts nothing. Each claim payment is kept with
-- its lines, adjustments (group + CARC) and remark codes; a claim or line that matched nothing the clinic billed is
-- kept with matched = false: that is the queue a biller works by hand. Posted rows are a record: insert only.
CREATE TABLE remittance (
    id              uuid           NOT NULL,
    clinic_id       uuid           NOT NULL REFERENCES clinic (id),
    trace_number    text           NOT NULL CHECK (length(trace_number) BETWEEN 1 AND 50),
    payer_name      text           NOT NULL CHECK (length(payer_name) BETWEEN 1 AND 60),
    payer_id        text           NOT NULL DEFAULT '' CHECK (length(payer_id) <= 80),
    method          text           NOT NULL CHECK (length(method) BETWEEN 1 AND 3),
    amount          numeric(11, 2) NOT NULL,
    paid_on         date           NOT NULL,
    posted_by       uuid           NOT NULL,
    posted_by_name  text           NOT NULL,
    posted_at       timestamptz    NOT NULL DEFAULT now(),
    file            text           NOT NULL,
    PRIMARY KEY (clinic_id, id),
    UNIQUE (clinic_id, trace_number)
);
CREATE INDEX remittance_posted_idx ON remittance (clinic_id, posted_at);

CREATE TABLE remittance_claim (
    id                          uuid           NOT NULL,
    clinic_id                   uuid           NOT NULL REFERENCES clinic (id),
    remittance_id               uuid           NOT NULL,
    line                        integer        NOT NULL CHECK (line > 0),
    claim_id                    text           NOT NULL CHECK (length(claim_id) BETWEEN 1 AND 38),
    status                      text           NOT NULL CHECK (status ~ '^[0-9]{1,2}$'),
    charged                     numeric(11, 2) NOT NULL,
    paid                        numeric(11, 2) NOT NULL,
    patient_responsibility      numeric(11, 2) NOT NULL,
    payer_claim_control_number  text           NOT NULL DEFAULT '' CHECK (length(payer_claim_control_number) <= 50),
    matched                     boolean        NOT NULL,
    -- The patient of a matched claim (its billed notes'), for the audit trail and the patient's balance.
    patient_id                  uuid,
    PRIMARY KEY (clinic_id, id),
    UNIQUE (clinic_id, remittance_id, line),
    CHECK (NOT matched OR patient_id IS NOT NULL),
    FOREIGN KEY (clinic_id, remittance_id) REFERENCES remittance (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX remittance_claim_claim_idx ON remittance_claim (clinic_id, claim_id);
CREATE INDEX remittance_claim_unmatched_idx ON remittance_claim (clinic_id) WHERE NOT matched;

CREATE TABLE remittance_service (
    id                   uuid           NOT NULL,
    clinic_id            uuid           NOT NULL REFERENCES clinic (id),
    remittance_claim_id  uuid           NOT NULL,
    line                 integer        NOT NULL CHECK (line > 0),
    code                 text           NOT NULL CHECK (length(code) BETWEEN 1 AND 48),
    modifiers            text[]         NOT NULL DEFAULT '{}' CHECK (cardinality(modifiers) <= 4),
    units                integer        NOT NULL,
    charged              numeric(11, 2) NOT NULL,
    paid                 numeric(11, 2) NOT NULL,
    remarks              text[]         NOT NULL DEFAULT '{}',
    matched              boolean        NOT NULL,
    PRIMARY KEY (clinic_id, id),
    UNIQUE (clinic_id, remittance_claim_id, line),
    FOREIGN KEY (clinic_id, remittance_claim_id) REFERENCES remittance_claim (clinic_id, id)
);
CREATE INDEX remittance_service_unmatched_idx ON remittance_service (clinic_id) WHERE NOT matched;

-- A CAS adjustment: of the claim (service_id null) or of one of its lines.
CREATE TABLE remittance_adjustment (
    id                   uuid           NOT NULL,
    clinic_id            uuid           NOT NULL REFERENCES clinic (id),
    remittance_claim_id  uuid           NOT NULL,
    remittance_service_id uuid,
    group_code           text           NOT NULL CHECK (group_code IN ('CO', 'PR', 'OI', 'PI', 'CR')),
    reason               text           NOT NULL CHECK (length(reason) BETWEEN 1 AND 5),
    amount               numeric(11, 2) NOT NULL,
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, remittance_claim_id) REFERENCES remittance_claim (clinic_id, id),
    FOREIGN KEY (clinic_id, remittance_service_id) REFERENCES remittance_service (clinic_id, id)
);
CREATE INDEX remittance_adjustment_claim_idx ON remittance_adjustment (clinic_id, remittance_claim_id);

-- A provider-level adjustment (PLB): interest, an overpayment recovered, a forward balance…
CREATE TABLE remittance_provider_adjustment (
    id             uuid           NOT NULL,
    clinic_id      uuid           NOT NULL REFERENCES clinic (id),
    remittance_id  uuid           NOT NULL,
    reason         text           NOT NULL CHECK (length(reason) BETWEEN 1 AND 2),
    reference      text           NOT NULL DEFAULT '' CHECK (length(reference) <= 50),
    amount         numeric(11, 2) NOT NULL,
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, remittance_id) REFERENCES remittance (clinic_id, id)
);

SELECT isolate_by_clinic('remittance');
SELECT isolate_by_clinic('remittance_claim');
SELECT isolate_by_clinic('remittance_service');
SELECT isolate_by_clinic('remittance_adjustment');
SELECT isolate_by_clinic('remittance_provider_adjustment');
GRANT SELECT, INSERT ON remittance TO rhomboid_app;
GRANT SELECT, INSERT ON remittance_claim TO rhomboid_app;
GRANT SELECT, INSERT ON remittance_service TO rhomboid_app;
GRANT SELECT, INSERT ON remittance_adjustment TO rhomboid_app;
GRANT SELECT, INSERT ON remittance_provider_adjustment TO rhomboid_app;
