-- Changes to a signed plan of care: interventions added later, each under the same safety checks, with the
-- reason; signed by the PT, time-stamped, never changed. The original plan stays as it was signed.
CREATE TABLE plan_amendment (
    id             uuid PRIMARY KEY,
    clinic_id      uuid        NOT NULL,
    episode_id     uuid        NOT NULL,
    interventions  jsonb       NOT NULL,
    reason         text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    signed_by      uuid        NOT NULL,
    signed_by_name text        NOT NULL,
    signed_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);
CREATE INDEX plan_amendment_episode_idx ON plan_amendment (clinic_id, episode_id);
SELECT isolate_by_clinic('plan_amendment');
GRANT SELECT, INSERT ON plan_amendment TO rhomboid_app;
