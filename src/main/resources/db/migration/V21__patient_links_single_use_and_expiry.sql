-- Issue 15: patient links that are used once, that end, and whose lifetimes each clinic sets.

-- A measures request yields at most one result per measure. The link is consumed atomically before anything is
-- recorded; this index makes the database refuse a second result even if that ever breaks. Results recorded
-- before this migration, and those not asked for by link, have no request.
ALTER TABLE outcome_request ADD CONSTRAINT outcome_request_id_clinic_key UNIQUE (id, clinic_id);
ALTER TABLE outcome_result ADD COLUMN request_id uuid;
ALTER TABLE outcome_result ADD CONSTRAINT outcome_result_request_fk
    FOREIGN KEY (request_id, clinic_id) REFERENCES outcome_request (id, clinic_id);
CREATE UNIQUE INDEX outcome_result_once_per_request ON outcome_result (request_id, instrument)
    WHERE request_id IS NOT NULL;
