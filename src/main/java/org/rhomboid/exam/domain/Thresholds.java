package org.rhomboid.exam.domain;

/** Cut-offs the examination uses to call a finding abnormal. Sources in docs/clinical-sources.md. */
public final class Thresholds {

    /** Range of motion below 75 % of normal is limited. ROM-75 (UNCONFIRMED, product rule). */
    public static final double ROM_LIMITED_BELOW_PERCENT = 75;

    /** Manual muscle test grades below 4/5 count as weakness. MMT-4 (practice convention). */
    public static final int WEAK_BELOW_GRADE = 4;

    /**
     * Deep neck flexor endurance under 20 s counts as a supporting criterion for a postural impairment: a product
     * heuristic with no source (DNF-20S); the published norms are sex-specific, about 39 s in men and 29 s in women
     * ({@link ReferenceValues}). It only ranks proposals and is labelled as a heuristic where shown.
     */
    public static final double DEEP_NECK_FLEXOR_SHORT_BELOW = 20;

    private Thresholds() {
    }
}
