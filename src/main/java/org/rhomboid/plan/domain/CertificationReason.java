package org.rhomboid.plan.domain;

/** Why a plan-of-care period is certified: the initial certification, or why the plan is recertified. */
public enum CertificationReason {
    INITIAL("Initial certification"),
    PROGRESS_REPORT("Recertification after a progress report"),
    RE_EVALUATION("Recertification after a re-evaluation"),
    AMENDED_PLAN("Recertification of an amended plan"),
    PERIOD_ENDING("Recertification as the certified period ends");

    private final String label;

    CertificationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean recertification() {
        return this != INITIAL;
    }
}
