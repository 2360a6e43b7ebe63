package org.rhomboid.denial.domain;

/** What usually fixes a denial; the worklist offers all four and marks the suggested one. */
public enum SuggestedAction {
    CORRECT_AND_RESUBMIT("Correct and resubmit as frequency 7"),
    APPEAL("Appeal"),
    WRITE_OFF("Write off"),
    BILL_PATIENT("Bill the patient");

    private final String label;

    SuggestedAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
