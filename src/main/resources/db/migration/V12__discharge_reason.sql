-- Why an episode ended, recorded by the discharge summary (the clinic dashboard counts them). Episodes discharged
-- from the episode form before this, or without a summary, have none.
ALTER TABLE episode ADD COLUMN discharge_reason text
    CHECK (discharge_reason IN ('GOALS_MET', 'PLATEAU', 'PATIENT_CHOICE', 'NON_ATTENDANCE', 'REFERRED_ELSEWHERE',
                                'MEDICAL_CHANGE', 'BENEFITS_EXHAUSTED', 'OTHER'));
ALTER TABLE episode ADD CONSTRAINT episode_discharge_reason_when_discharged CHECK (discharge_reason IS NULL OR status = 'DISCHARGED');

-- Visits per episode for the clinic dashboard: the distinct days with a signed evaluation or note, kept up to date
-- as notes are signed (like episode_outcome, so the dashboard never scans notes).
CREATE TABLE episode_visits (
    clinic_id   uuid    NOT NULL,
    episode_id  uuid    PRIMARY KEY,
    visits      integer NOT NULL CHECK (visits >= 0),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);
SELECT isolate_by_clinic('episode_visits');
GRANT SELECT, INSERT, UPDATE ON episode_visits TO rhomboid_app;
