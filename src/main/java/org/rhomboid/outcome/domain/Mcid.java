package org.rhomboid.outcome.domain;

import java.math.BigDecimal;

/**
 * The smallest change on an instrument that counts: a minimal clinically important difference (MCID) or, where
 * only that is published, a minimal detectable change (MDC). Always positive, in the instrument's own units
 * (points for NPRS and PSFS, percentage points for NDI, ODI and FRI).
 *
 * @param source key of the entry in docs/clinical-sources.md
 */
public record Mcid(BigDecimal value, Kind kind, String unit, String citation, String source) {

    public enum Kind {
        /** Anchored to what patients call an important change. */
        MCID,
        /** Beyond measurement error only; used where no MCID is established. */
        MDC
    }

    public Mcid {
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("An MCID is a positive change");
        }
    }

    static Mcid of(String value, Kind kind, String unit, String citation, String source) {
        return new Mcid(new BigDecimal(value), kind, unit, citation, source);
    }
}
