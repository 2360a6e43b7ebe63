package org.rhomboid.exam.domain;

/** Cut-offs the examination uses to call a finding abnormal. Sources in docs/clinical-sources.md. */
public final class Thresholds {

    /** Range of motion below 75 % of normal is limited. ROM-75 (UNCONFIRMED, product rule). */
    public static final double ROM_LIMITED_BELOW_PERCENT = 75;

    /** Manual muscle test grades below 4/5 count as weakness. MMT-4 (practice convention). */
    public static final int WEAK_BELOW_GRADE = 4;

    /** Deep neck flexor endurance under 20 s supports a postural impairment. DNF-20S (UNCONFIRMED). */
    public static final double DEEP_NECK_FLEXOR_SHORT_BELOW = 20;

    /** Hyperkyphosis when an inclinometer angle above 40° is given. KYPHOSIS-40 (UNCONFIRMED). */
    public static final double HYPERKYPHOSIS_ABOVE = 40;

    private Thresholds() {
    }
}
