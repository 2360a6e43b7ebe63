-- Each episode's first and latest result per measure, kept up to date as results are recorded, so the clinic
-- outcomes dashboard aggregates one row per episode and measure instead of re-reading every result.
CREATE TABLE episode_outcome (
    clinic_id       uuid    NOT NULL,
    episode_id      uuid    NOT NULL,
    instrument      text    NOT NULL,
    baseline_value  numeric NOT NULL,
    baseline_on     date    NOT NULL,
    latest_value    numeric NOT NULL,
    latest_on       date    NOT NULL,
    results         integer NOT NULL CHECK (results >= 1),
    PRIMARY KEY (episode_id, instrument),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);
CREATE INDEX episode_outcome_clinic_idx ON episode_outcome (clinic_id, instrument);
CREATE INDEX episode_clinic_onset_idx ON episode (clinic_id, onset_date);

INSERT INTO episode_outcome (clinic_id, episode_id, instrument, baseline_value, baseline_on, latest_value, latest_on,
                             results)
SELECT clinic_id, episode_id, instrument,
       (array_agg(value ORDER BY measured_on, recorded_at))[1], min(measured_on),
       (array_agg(value ORDER BY measured_on DESC, recorded_at DESC))[1], max(measured_on), count(*)
  FROM outcome_result WHERE value IS NOT NULL
 GROUP BY clinic_id, episode_id, instrument;

SELECT isolate_by_clinic('episode_outcome');
GRANT SELECT, INSERT, UPDATE ON episode_outcome TO rhomboid_app;
