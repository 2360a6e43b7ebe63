package org.rhomboid.visit.domain;

/**
 * The notes of an episode after the initial evaluation. Only the daily (treatment) note may be signed by an
 * assistant: progress reports are written by the clinician, not a PTA (Benefit Policy Manual 100-02 ch. 15
 * §220.3.D), and re-evaluations and discharge summaries are the therapist's judgement. Source: NOTE-SIGNER.
 */
public enum NoteKind {
    /** The visit of the signed initial evaluation, recorded with its billed line when the evaluation is signed. */
    INITIAL_EVALUATION("Initial evaluation", false, false),
    DAILY_NOTE("Daily note", true, false),
    PROGRESS_REPORT("Progress report", false, true),
    RE_EVALUATION("Re-evaluation", false, true),
    DISCHARGE_SUMMARY("Discharge summary", false, false);

    private final String label;
    private final boolean assistantMaySign;
    private final boolean closesReportingPeriod;

    NoteKind(String label, boolean assistantMaySign, boolean closesReportingPeriod) {
        this.label = label;
        this.assistantMaySign = assistantMaySign;
        this.closesReportingPeriod = closesReportingPeriod;
    }

    public String label() {
        return label;
    }

    public boolean assistantMaySign() {
        return assistantMaySign;
    }

    /** Whether staff start notes of this kind from the notes page (the initial evaluation has its own page). */
    public boolean written() {
        return this != INITIAL_EVALUATION;
    }

    /** Whether this kind of note bills services (its lines go on the day's claim). */
    public boolean billed() {
        return this == INITIAL_EVALUATION || this == DAILY_NOTE || this == RE_EVALUATION;
    }

    /**
     * Whether a signed note of this kind starts a new progress-reporting period (PR-10-DAYS; the re-evaluation
     * counting as one is PR-REEVAL, UNCONFIRMED). A discharge summary ends the episode instead.
     */
    public boolean closesReportingPeriod() {
        return closesReportingPeriod;
    }
}
