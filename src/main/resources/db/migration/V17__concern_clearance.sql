-- How a red-flag concern ended: cleared by imaging, by a physician's clearance or by the therapist's re-screen,
-- on the date of the result, with a note and, optionally, the report filed to the chart. A record: insert-only,
-- history kept; a later clearance of the same condition supersedes an earlier one for display. The report is
-- described as it was when relied on ("Imaging report, Dec 12, 2026"), so the screening can say so.
-- The level is the concern's level when it was cleared, and the findings those the concern cited then: a later
-- screening that raises the condition higher, or on a finding the clearance did not see, is a new, open concern.
CREATE TABLE concern_clearance (
    id               uuid        PRIMARY KEY,
    clinic_id        uuid        NOT NULL,
    episode_id       uuid        NOT NULL,
    screening_id     uuid        NOT NULL,
    condition        text        NOT NULL CHECK (condition IN ('SPINAL_CORD_COMPRESSION', 'CAUDA_EQUINA',
                                                   'SPINAL_MALIGNANCY', 'VERTEBRAL_FRACTURE', 'SPINAL_INFECTION',
                                                   'CARDIAC', 'AORTIC', 'PULMONARY', 'GASTROINTESTINAL', 'RENAL')),
    level            text        NOT NULL CHECK (level IN ('TREAT_WITH_MONITORING', 'ROUTINE_REFERRAL',
                                                           'URGENT_REFERRAL', 'EMERGENCY_REFERRAL')),
    findings         text[]      NOT NULL,
    method           text        NOT NULL CHECK (method IN ('IMAGING', 'PHYSICIAN_CLEARANCE', 'RESCREEN')),
    result_date      date        NOT NULL,
    note             text        NOT NULL CHECK (length(note) BETWEEN 1 AND 1000),
    document_id      uuid,
    report           text        CHECK (length(report) BETWEEN 1 AND 200),
    cleared_by       uuid        NOT NULL,
    cleared_by_name  text        NOT NULL,
    cleared_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (id, clinic_id),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id),
    FOREIGN KEY (document_id, clinic_id) REFERENCES outside_document (id, clinic_id),
    FOREIGN KEY (cleared_by, clinic_id) REFERENCES app_user (id, clinic_id)
);
CREATE INDEX concern_clearance_episode_idx ON concern_clearance (clinic_id, episode_id, cleared_at);
SELECT isolate_by_clinic('concern_clearance');
GRANT SELECT, INSERT ON concern_clearance TO rhomboid_app;

-- The screening a clearance cleared a concern of, in the same clinic.
ALTER TABLE screening ADD CONSTRAINT screening_id_clinic_key UNIQUE (id, clinic_id);
ALTER TABLE concern_clearance ADD FOREIGN KEY (screening_id, clinic_id) REFERENCES screening (id, clinic_id);

-- Recording a clearance screens the episode again (so banners, plan and home-exercise checks see what is
-- current); that screening names the clearance that prompted it.
ALTER TABLE screening ADD COLUMN clearance_id uuid;
ALTER TABLE screening ADD FOREIGN KEY (clearance_id, clinic_id) REFERENCES concern_clearance (id, clinic_id);
ALTER TABLE screening DROP CONSTRAINT screening_trigger_check;
ALTER TABLE screening ADD CONSTRAINT screening_trigger_check
    CHECK (trigger IN ('INTAKE', 'EXAM', 'STRUCTURED_EXAM', 'CLEARANCE'));
ALTER TABLE screening ADD CONSTRAINT screening_clearance_check CHECK ((trigger = 'CLEARANCE') = (clearance_id IS NOT NULL));
