-- A clinic's week without dead ends: the evaluation's date of service and its billed visit, separate sessions on
-- one day, late entries, a changeable episode start (with its history) and the certification of each plan period.

-- The evaluation happened on a day, which is not always the day it is signed (late entry): the date of service.
ALTER TABLE evaluation ADD COLUMN evaluated_on date;
ALTER TABLE evaluation DISABLE TRIGGER evaluation_locked;
UPDATE evaluation SET evaluated_on = signed_at::date WHERE status = 'SIGNED';
ALTER TABLE evaluation ENABLE TRIGGER evaluation_locked;
ALTER TABLE evaluation ADD CONSTRAINT evaluation_signed_on_a_date CHECK (status <> 'SIGNED' OR evaluated_on IS NOT NULL);

-- The signed evaluation's visit is recorded as a note of its own kind with its billed line, so that claims
-- treat every billable document of a day alike.
ALTER TABLE note DROP CONSTRAINT note_kind_check;
ALTER TABLE note ADD CONSTRAINT note_kind_check CHECK (kind IN ('INITIAL_EVALUATION', 'DAILY_NOTE', 'PROGRESS_REPORT',
                                                               'RE_EVALUATION', 'DISCHARGE_SUMMARY'));

-- A second daily note on the same day is a separate session only when the therapist says so, and why. Second
-- notes signed before this rule existed point to the day's first note (duplicate_of): claims hold them back.
ALTER TABLE note ADD COLUMN separate_session_reason text
    CHECK (separate_session_reason IS NULL OR length(separate_session_reason) BETWEEN 1 AND 500);
ALTER TABLE note ADD COLUMN duplicate_of uuid;
ALTER TABLE note DISABLE TRIGGER note_locked;
UPDATE note n SET duplicate_of = first.id
FROM (SELECT id, clinic_id, episode_id, visit_date,
             row_number() OVER (PARTITION BY clinic_id, episode_id, visit_date ORDER BY signed_at, created_at) AS nth
      FROM note WHERE kind = 'DAILY_NOTE' AND status <> 'DRAFT') first,
     (SELECT id, clinic_id, episode_id, visit_date,
             row_number() OVER (PARTITION BY clinic_id, episode_id, visit_date ORDER BY signed_at, created_at) AS nth
      FROM note WHERE kind = 'DAILY_NOTE' AND status <> 'DRAFT') later
WHERE first.nth = 1 AND later.nth > 1 AND later.id = n.id AND first.clinic_id = later.clinic_id
  AND first.episode_id = later.episode_id AND first.visit_date = later.visit_date;
ALTER TABLE note ENABLE TRIGGER note_locked;
CREATE UNIQUE INDEX note_one_daily_note_a_day ON note (clinic_id, episode_id, visit_date)
    WHERE kind = 'DAILY_NOTE' AND status <> 'DRAFT' AND separate_session_reason IS NULL AND duplicate_of IS NULL;

-- After how many days a note signed after its visit is a late entry (the clinic's policy).
ALTER TABLE clinic ADD COLUMN late_entry_days integer NOT NULL DEFAULT 3 CHECK (late_entry_days BETWEEN 1 AND 30);

-- An episode's start date may be corrected; every change is kept.
CREATE TABLE episode_start_change (
    id              uuid PRIMARY KEY,
    clinic_id       uuid        NOT NULL,
    episode_id      uuid        NOT NULL,
    from_date       date        NOT NULL,
    to_date         date        NOT NULL,
    reason          text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    changed_by      uuid        NOT NULL,
    changed_by_name text        NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id)
);
CREATE INDEX episode_start_change_episode_idx ON episode_start_change (clinic_id, episode_id, changed_at);
SELECT isolate_by_clinic('episode_start_change');
GRANT SELECT, INSERT ON episode_start_change TO rhomboid_app;

-- Certification of a plan-of-care period: the initial period or a recertification. Insert-only: a later record for
-- the same period (the signature that followed a verbal order, a corrected date) supersedes the earlier one, which
-- stays in the history. The 2025 signed-referral alternative is for the initial certification only.
CREATE TABLE plan_certification (
    id                 uuid PRIMARY KEY,
    clinic_id          uuid        NOT NULL,
    episode_id         uuid        NOT NULL,
    period_start       date        NOT NULL,
    period_end         date        NOT NULL,
    recertification    boolean     NOT NULL,
    reason             text        NOT NULL CHECK (reason IN ('INITIAL', 'PROGRESS_REPORT', 'RE_EVALUATION',
                                                              'AMENDED_PLAN', 'PERIOD_ENDING')),
    frequency_per_week integer     CHECK (frequency_per_week BETWEEN 1 AND 7),
    method             text        NOT NULL CHECK (method IN ('SIGNED_PLAN', 'VERBAL_ORDER',
                                                              'SIGNED_REFERRAL_AND_PLAN_SENT')),
    practitioner_name  text        CHECK (length(practitioner_name) BETWEEN 1 AND 120),
    practitioner_npi   text        CHECK (practitioner_npi ~ '^[12][0-9]{9}$'),
    signed_on          date,
    received_on        date,
    verbal_order_on    date,
    plan_sent_on       date,
    document_id        uuid,
    note               text        NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    recorded_by        uuid        NOT NULL,
    recorded_by_name   text        NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK (period_end >= period_start AND period_end <= period_start + 89),
    CHECK (NOT recertification OR method <> 'SIGNED_REFERRAL_AND_PLAN_SENT'),
    CHECK (recertification = (reason <> 'INITIAL')),
    FOREIGN KEY (episode_id, clinic_id) REFERENCES episode (id, clinic_id),
    FOREIGN KEY (document_id, clinic_id) REFERENCES outside_document (id, clinic_id)
);
CREATE INDEX plan_certification_episode_idx ON plan_certification (clinic_id, episode_id, period_start, recorded_at);
SELECT isolate_by_clinic('plan_certification');
GRANT SELECT, INSERT ON plan_certification TO rhomboid_app;

-- A claim is a patient's day: several documents (the evaluation's visit, the daily note, a re-evaluation) share its
-- claim ID, and a document whose lines were all left off by an NCCI edit goes out with no charge of its own.
ALTER TABLE claim_batch_note DROP CONSTRAINT claim_batch_note_clinic_id_claim_id_key;
ALTER TABLE claim_batch_note DROP CONSTRAINT claim_batch_note_total_charge_check;
ALTER TABLE claim_batch_note ADD CONSTRAINT claim_batch_note_total_charge_check CHECK (total_charge >= 0);
CREATE INDEX claim_batch_note_claim_idx ON claim_batch_note (clinic_id, claim_id);
CREATE INDEX note_billed_date_idx ON note (clinic_id, visit_date)
    WHERE kind IN ('INITIAL_EVALUATION', 'DAILY_NOTE', 'RE_EVALUATION');
