package org.rhomboid.visit.domain;

/**
 * The notes of an episode after the initial evaluation. Only the daily (treatment) note may be signed by an
 * assistant: progress reports are written by the clinician, not a PTA (Benefit Policy Manual 100-02 ch. 15
 * §220.3.D), and re-evaluations and discharge summaries are the therapist's judgement. Source: NOTE-SIGNER.
 */
public enum NoteKind {
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

    /**
     * Whether a signed note of this kind starts a new progress-reporting period (PR-10-DAYS; the re-evaluation
     * counting as one is PR-REEVAL, UNCONFIRMED). A discharge summary ends the episode instead.
     */
    public boolean closesReportingPeriod() {
        return closesReportingPeriod;
    }
}
