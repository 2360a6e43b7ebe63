package org.rhomboid.outcome.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding, in one place (OUTCOME-ROUNDING). Percentages to one decimal, half up (16/45 → 35.6). Means to two
 * decimals: PSFS and NPRS means are fractions over 1–5, so two decimals keep rounding from ever carrying a
 * change across the 2-point MCID.
 */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal percent(int sum, int max) {
        return scaled(sum, max, 100);
    }

    /** {@code sum} of {@code max} rescaled to {@code full}, one decimal: 16 of 45 → 17.8 of 50. */
    static BigDecimal scaled(int sum, int max, int full) {
        return BigDecimal.valueOf((long) sum * full).divide(BigDecimal.valueOf(max), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(int sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** For text: 4.50 → "4.5", 10.00 → "10". */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
