-- Why an episode ended, recorded by the discharge summary (the clinic dashboard counts them). Episodes discharged
-- from the episode form before this, or without a summary, have none.
ALTER TABLE episode ADD COLUMN discharge_reason text
    CHECK (discharge_reason IN ('GOALS_MET', 'PLATEAU', 'PATIENT_CHOICE', 'NON_ATTENDANCE', 'REFERRED_ELSEWHERE',
                                'MEDICAL_CHANGE', 'BENEFITS_EXHAUSTED', 'OTHER'));
ALTER TABLE episode ADD CONSTRAINT episode_discharge_reason_when_discharged CHECK (discharge_reason IS NULL OR status = 'DISCHARGED');
