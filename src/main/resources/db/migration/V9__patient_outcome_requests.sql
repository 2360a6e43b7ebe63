-- Patients complete outcome measures themselves at progress visits, by a link like the intake's.
ALTER TABLE outcome_result DROP CONSTRAINT outcome_result_source_check;
ALTER TABLE outcome_result ADD CONSTRAINT outcome_result_source_check
    CHECK (source IN ('INTAKE', 'THERAPIST', 'PATIENT'));

-- What the patient was asked to complete. The PSFS activities are copied from the intake when the request is
-- made, so the patient rates the same activities they named at the start.
CREATE TABLE outcome_request (
    id              uuid PRIMARY KEY,
    clinic_id       uuid        NOT NULL,
    episode_id      uuid        NOT NULL,
    patient_id      uuid        NOT NULL,
    instruments     text[]      NOT NULL CHECK (cardinality(instruments) BETWEEN 1 AND 7),
    psfs_activities text[]      NOT NULL DEFAULT '{}',
    status          text        NOT NULL CHECK (status IN ('OPEN', 'COMPLETED', 'WITHDRAWN')),
    requested_by    uuid        NOT NULL,
    requested_at    timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    completed_at    timestamptz,
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id),
    FOREIGN KEY (patient_id, clinic_id) REFERENCES patient (id, clinic_id),
    CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
);
CREATE INDEX outcome_request_episode_idx ON outcome_request (clinic_id, episode_id);

-- The live link of an open request, found by the SHA-256 of its token before any clinic is known (as
-- intake_link: no patient data, not under row-level security, deleted when used or replaced).
CREATE TABLE outcome_link (
    token_hash  text PRIMARY KEY,
    request_id  uuid NOT NULL UNIQUE REFERENCES outcome_request (id),
    clinic_id   uuid NOT NULL REFERENCES clinic (id)
);

SELECT isolate_by_clinic('outcome_request');
GRANT SELECT, INSERT, UPDATE ON outcome_request TO rhomboid_app;
GRANT SELECT, INSERT, DELETE ON outcome_link TO rhomboid_app;
