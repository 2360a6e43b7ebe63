-- Documents that reach the clinic from outside, on paper or by fax: referrals, imaging reports, plans of care
-- signed by the referring practitioner, physician letters, insurance cards. Kept in the database (bytes
-- included) so backups and row-level security cover them like every other part of the chart. A document is a
-- record: it is never changed or deleted by the application; one filed by mistake is marked "entered in error"
-- (who, when, why) and stays readable in the history.
CREATE TABLE outside_document (
    id               uuid PRIMARY KEY,
    clinic_id        uuid        NOT NULL,
    patient_id       uuid        NOT NULL,
    episode_id       uuid,
    kind             text        NOT NULL CHECK (kind IN ('REFERRAL', 'IMAGING_REPORT', 'SIGNED_PLAN_OF_CARE',
                                                         'PHYSICIAN_LETTER', 'INSURANCE_CARD', 'OTHER')),
    document_date    date        NOT NULL,
    note             text        NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    file_name        text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type     text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes       integer     NOT NULL CHECK (size_bytes > 0),
    bytes            bytea       NOT NULL CHECK (length(bytes) <= 10485760),
    sha256           text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by      uuid        NOT NULL,
    uploaded_by_name text        NOT NULL,
    uploaded_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, clinic_id),
    FOREIGN KEY (patient_id, clinic_id) REFERENCES patient (id, clinic_id),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id),
    FOREIGN KEY (uploaded_by, clinic_id) REFERENCES app_user (id, clinic_id)
);
CREATE INDEX outside_document_patient_idx ON outside_document (clinic_id, patient_id, document_date DESC);
SELECT isolate_by_clinic('outside_document');
GRANT SELECT, INSERT ON outside_document TO rhomboid_app;

-- "Entered in error": the only change a document knows, itself a record.
CREATE TABLE outside_document_error (
    document_id     uuid        PRIMARY KEY,
    clinic_id       uuid        NOT NULL,
    reason          text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    marked_by       uuid        NOT NULL,
    marked_by_name  text        NOT NULL,
    marked_at       timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (document_id, clinic_id) REFERENCES outside_document (id, clinic_id),
    FOREIGN KEY (marked_by, clinic_id) REFERENCES app_user (id, clinic_id)
);
SELECT isolate_by_clinic('outside_document_error');
GRANT SELECT, INSERT ON outside_document_error TO rhomboid_app;
