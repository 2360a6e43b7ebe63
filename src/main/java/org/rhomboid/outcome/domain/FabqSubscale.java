package org.rhomboid.outcome.domain;

import static org.rhomboid.outcome.domain.Mcid.Kind.MCID;

import java.math.BigDecimal;

/**
 * The FABQ's two subscales, each followed over time on its own (the FABQ has no total). Each has its own published
 * MCID — physical activity 4 points, work 7 points (Monticone et al. 2020, anchor-based, chronic low back pain,
 * Italian FABQ, n = 129; MDC95 3.69 and 5.95) — so a change is judged per subscale (FABQ-MCID). Lower is better.
 */
public enum FabqSubscale {

    PHYSICAL_ACTIVITY("physicalActivity", "FABQ physical activity", OutcomeScore.FabqSubscales.PHYSICAL_ACTIVITY_MAX,
            Mcid.of("4", MCID, "points", "Monticone 2020 (chronic low back pain; MDC95 3.69)", Sources.FABQ_MCID)),
    WORK("work", "FABQ work", OutcomeScore.FabqSubscales.WORK_MAX,
            Mcid.of("7", MCID, "points", "Monticone 2020 (chronic low back pain; MDC95 5.95)", Sources.FABQ_MCID));

    private final String key;
    private final String label;
    private final int max;
    private final Mcid mcid;

    FabqSubscale(String key, String label, int max, Mcid mcid) {
        this.key = key;
        this.label = label;
        this.max = max;
        this.mcid = mcid;
    }

    /** The subscale a key names — the field names of the scoring API, "physicalActivity" and "work". */
    public static FabqSubscale of(String key) {
        for (FabqSubscale subscale : values()) {
            if (subscale.key.equals(key)) {
                return subscale;
            }
        }
        throw new ScoringException("subscale", key == null || key.isBlank()
                ? "Name the FABQ subscale to compare (physicalActivity or work): each has its own MCID"
                : "The FABQ subscales are physicalActivity and work");
    }

    public String key() {
        return key;
    }

    /** What a clinician calls it, e.g. "FABQ work". */
    public String label() {
        return label;
    }

    /** Highest possible subscale score (24 or 42); the lowest is 0. */
    public int max() {
        return max;
    }

    public Mcid mcid() {
        return mcid;
    }

    /** This subscale's score in a scored FABQ. */
    public BigDecimal scoreIn(OutcomeScore fabq) {
        if (fabq.subscales() == null) {
            throw new ScoringException("instrument", "Only a FABQ has the " + label + " subscale");
        }
        return BigDecimal.valueOf(this == PHYSICAL_ACTIVITY ? fabq.subscales().physicalActivity()
                : fabq.subscales().work());
    }
}
