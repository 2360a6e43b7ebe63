-- Outcome measures over an episode: each result keeps the responses as answered (null = missing) and its score.
CREATE TABLE outcome_result (
    id            uuid PRIMARY KEY,
    clinic_id     uuid        NOT NULL,
    episode_id    uuid        NOT NULL,
    instrument    text        NOT NULL CHECK (instrument IN ('NPRS', 'PSFS', 'NDI', 'ODI', 'FABQ', 'FRI', 'GROC')),
    responses     integer[]   NOT NULL,
    score         numeric,
    percent       numeric,
    value         numeric,
    answered      integer     NOT NULL,
    measured_on   date        NOT NULL,
    source        text        NOT NULL CHECK (source IN ('INTAKE', 'THERAPIST')),
    recorded_by   uuid,
    recorded_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);
CREATE INDEX outcome_result_episode_idx ON outcome_result (clinic_id, episode_id, instrument, measured_on);

SELECT isolate_by_clinic('outcome_result');
GRANT SELECT, INSERT ON outcome_result TO rhomboid_app;
