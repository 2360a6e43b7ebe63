-- Drafts for sign-daily-note.pgbench to sign, one per transaction: psql -v drafts=N -f sign-daily-note-setup.sql
-- (run as the schema owner on a database LoadData filled). Each draft is a daily note on one of the generated
-- open episodes (as many different ones as there are drafts, up to all; not the simulation's), started by its
-- treating therapist, with the deterministic id md5('load-draft-' || n)::uuid so the script finds draft n without a search; load_sign_seq hands them out.
\set ON_ERROR_STOP on
DROP SEQUENCE IF EXISTS load_sign_seq;
CREATE SEQUENCE load_sign_seq;
DELETE FROM note WHERE status = 'DRAFT' AND draft ? 'loadDraft';
WITH e AS (SELECT e.*, row_number() OVER (ORDER BY e.id) AS rn
             FROM (SELECT * FROM episode WHERE status = 'OPEN'
                      AND patient_id NOT IN (SELECT id FROM patient WHERE mrn LIKE 'LC%') ORDER BY id LIMIT :drafts) e),
     c AS (SELECT count(*) AS episodes FROM e)
INSERT INTO note (id, clinic_id, episode_id, patient_id, kind, visit_date, status, draft, author_id, author_name,
                  author_role)
SELECT md5('load-draft-' || n)::uuid, e.clinic_id, e.id, e.patient_id, 'DAILY_NOTE', current_date, 'DRAFT',
       '{"loadDraft": ["yes"]}', e.treating_therapist_id, u.display_name, 'PT'
  FROM generate_series(1, :drafts) n
  CROSS JOIN c
  JOIN e ON e.rn = 1 + n % c.episodes
  JOIN app_user u ON u.id = e.treating_therapist_id;
GRANT USAGE ON SEQUENCE load_sign_seq TO rhomboid_app;
ANALYZE note;
