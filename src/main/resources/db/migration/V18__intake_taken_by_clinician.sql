-- A clinician may take the patient's intake for them (a paper form, a phone call, an interpreter) when the patient
-- did not fill in the link. The intake then records who entered it and how, so the evaluation can say whose
-- words these are. A patient's own intake leaves these empty.
ALTER TABLE intake
    ADD COLUMN entered_by           uuid,
    ADD COLUMN entered_by_name      text CHECK (length(entered_by_name) BETWEEN 1 AND 200),
    ADD COLUMN taken_by             text CHECK (taken_by IN ('PAPER_FORM', 'PHONE', 'IN_PERSON')),
    ADD COLUMN interpreter_name     text CHECK (length(interpreter_name) BETWEEN 1 AND 200),
    ADD COLUMN interpreter_language text CHECK (length(interpreter_language) BETWEEN 1 AND 100),
    ADD CONSTRAINT intake_entered_by_fk FOREIGN KEY (entered_by, clinic_id) REFERENCES app_user (id, clinic_id),
    -- Who and how come together, and only with a submitted intake.
    ADD CONSTRAINT intake_entered_by_complete CHECK (
        (entered_by IS NULL AND entered_by_name IS NULL AND taken_by IS NULL)
        OR (entered_by IS NOT NULL AND entered_by_name IS NOT NULL AND taken_by IS NOT NULL AND status = 'SUBMITTED')),
    ADD CONSTRAINT intake_interpreter_complete CHECK ((interpreter_name IS NULL) = (interpreter_language IS NULL)
        AND (interpreter_name IS NULL OR taken_by IS NOT NULL));
