-- Drafts for sign-daily-note.pgbench to sign, one per transaction: psql -v drafts=N -f sign-daily-note-setup.sql
-- (run as the schema owner on a database LoadData filled). Each draft is a daily note on one of the generated
-- open episodes (as many different ones as there are drafts, up to all; not the simulation's), started by its
-- treating therapist, with the deterministic id md5('load-draft-' || n)::uuid so the script finds draft n without a
-- search; load_sign_seq hands them out. Each run numbers its drafts after the last run's (load_sign_base), since the
-- drafts an earlier run signed stay signed.
\set ON_ERROR_STOP on
CREATE TABLE IF NOT EXISTS load_sign_base (last_n bigint NOT NULL);
-- (Started far above the numbers the runs before this table used, which began at 1.)
INSERT INTO load_sign_base SELECT extract(epoch FROM now())::bigint * 1000000
 WHERE NOT EXISTS (SELECT 1 FROM load_sign_base);
SELECT last_n + 1 AS first, last_n + :drafts AS last FROM load_sign_base \gset
UPDATE load_sign_base SET last_n = :last;
DROP SEQUENCE IF EXISTS load_sign_seq;
CREATE SEQUENCE load_sign_seq START WITH :first;
DELETE FROM note WHERE status = 'DRAFT' AND draft ? 'loadDraft';
WITH e AS (SELECT e.*, row_number() OVER (ORDER BY e.id) AS rn
             FROM (SELECT * FROM episode WHERE status = 'OPEN'
                      AND patient_id NOT IN (SELECT id FROM patient WHERE mrn LIKE 'LC%') ORDER BY id LIMIT :drafts) e),
     c AS (SELECT count(*) AS episodes FROM e)
INSERT INTO note (id, clinic_id, episode_id, patient_id, kind, visit_date, status, draft, author_id, author_name,
                  author_role)
SELECT md5('load-draft-' || n)::uuid, e.clinic_id, e.id, e.patient_id, 'DAILY_NOTE', current_date, 'DRAFT',
       '{"loadDraft": ["yes"]}', e.treating_therapist_id, u.display_name, 'PT'
  FROM generate_series(:first, :last) n
  CROSS JOIN c
  JOIN e ON e.rn = 1 + n % c.episodes
  JOIN app_user u ON u.id = e.treating_therapist_id;
GRANT USAGE ON SEQUENCE load_sign_seq TO rhomboid_app;
ANALYZE note;
