package org.rhomboid.screening.domain;

/**
 * Where a red-flag concern stands, as documents state it beside the precautions: open until a therapist
 * acknowledges it; then referred when its level asks for a physician (the acknowledgement is the therapist's
 * record of acting on that referral) or monitored when it only asks for watchful waiting; cleared once a
 * recorded outcome settles it (DOC-SAFETY, CLEARANCE in docs/clinical-sources.md).
 */
public enum ConcernStanding {
    OPEN("Open"), REFERRED("Referred"), MONITORED("Monitored"), CLEARED("Cleared");

    private final String label;

    ConcernStanding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The standing of a concern not (yet) cleared, at {@code level}, acknowledged or not. */
    public static ConcernStanding of(Disposition level, boolean acknowledged) {
        if (!acknowledged) {
            return OPEN;
        }
        return level.compareTo(Disposition.ROUTINE_REFERRAL) >= 0 ? REFERRED : MONITORED;
    }
}
