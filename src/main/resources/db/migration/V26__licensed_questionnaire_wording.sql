-- The patient-facing wording of a copyrighted outcome measure (NDI, ODI, FABQ, FRI), loaded by a clinic holding its
-- licence (QUESTIONNAIRE-LICENCE). One row per clinic and instrument; the text is the file as uploaded, read and
-- checked by outcome.domain.LicensedWording before it is stored and every time it is used.
CREATE TABLE licensed_questionnaire (
    clinic_id   uuid        NOT NULL REFERENCES clinic (id),
    instrument  text        NOT NULL CHECK (instrument IN ('NDI', 'ODI', 'FABQ', 'FRI')),
    wording     text        NOT NULL CHECK (length(wording) <= 65536),
    file_name   text        CHECK (length(file_name) <= 200),
    loaded_by   uuid        NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, instrument)
);
SELECT isolate_by_clinic('licensed_questionnaire');
GRANT SELECT, INSERT, UPDATE ON licensed_questionnaire TO rhomboid_app;
