package org.rhomboid.hep.domain;

/** How much of one exercise the patient did in a session, and what it earns towards adherence. */
public enum SessionStatus {
    DONE("Done", 1), PARTLY("Partly", 0.5), SKIPPED("Skipped", 0);

    private final String label;
    private final double credit;

    SessionStatus(String label, double credit) {
        this.label = label;
        this.credit = credit;
    }

    public String label() {
        return label;
    }

    /** Sessions credited: a partly done session counts half (HEP-ADHERENCE). */
    public double credit() {
        return credit;
    }

    /** Credit in half sessions, so adherence can be summed exactly. */
    int halves() {
        return (int) Math.round(credit * 2);
    }
}
