-- Issue 16 item 7: the therapist's note on how a cautioned exercise is adapted stays in the chart; the patient
-- reads a separate plain-language line. Versions saved before have no patient line (their chart note is not
-- copied: it was written for clinicians).
alter table hep_program_exercise
    add column patient_note text CHECK (length(patient_note) <= 500);
