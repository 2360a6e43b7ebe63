-- Issue 15: patient links that are used once, that end, and whose lifetimes each clinic sets.

-- How long a clinic's patient links last (defaults apply while a clinic has no row): the intake and measures links
-- a number of days from when they are sent, the exercise portal a grace period after the plan of care's last day.
CREATE TABLE patient_link_settings (
    clinic_id         uuid PRIMARY KEY REFERENCES clinic (id),
    intake_days       int         NOT NULL CHECK (intake_days BETWEEN 1 AND 30),
    measures_days     int         NOT NULL CHECK (measures_days BETWEEN 1 AND 30),
    portal_grace_days int         NOT NULL CHECK (portal_grace_days BETWEEN 0 AND 90),
    updated_by        uuid,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
SELECT isolate_by_clinic('patient_link_settings');
GRANT SELECT, INSERT, UPDATE ON patient_link_settings TO rhomboid_app;

-- A measures request yields at most one result per measure. The link is consumed atomically before anything is
-- recorded; this index makes the database refuse a second result even if that ever breaks. Results recorded
-- before this migration, and those not asked for by link, have no request.
ALTER TABLE outcome_request ADD CONSTRAINT outcome_request_id_clinic_key UNIQUE (id, clinic_id);
ALTER TABLE outcome_result ADD COLUMN request_id uuid;
ALTER TABLE outcome_result ADD CONSTRAINT outcome_result_request_fk
    FOREIGN KEY (request_id, clinic_id) REFERENCES outcome_request (id, clinic_id);
CREATE UNIQUE INDEX outcome_result_once_per_request ON outcome_result (request_id, instrument)
    WHERE request_id IS NOT NULL;
