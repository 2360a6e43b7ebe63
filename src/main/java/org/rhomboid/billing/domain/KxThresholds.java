package org.rhomboid.billing.domain;

import org.rhomboid.shared.domain.RuleTables;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Medicare's per-beneficiary KX threshold for PT and SLP combined, by calendar year, and the fixed $3,000
 * targeted medical review threshold. Source: KX-THRESHOLD.
 */
public final class KxThresholds {

    public static final BigDecimal MEDICAL_REVIEW = new BigDecimal("3000");

    private final Map<Integer, BigDecimal> byYear;

    private KxThresholds(Map<Integer, BigDecimal> byYear) {
        this.byYear = Map.copyOf(byYear);
    }

    public static KxThresholds builtIn() {
        return withOverrides(Map.of());
    }

    /** The built-in table with configured years replacing or adding to it. */
    public static KxThresholds withOverrides(Map<Integer, BigDecimal> overrides) {
        Map<Integer, BigDecimal> table = new TreeMap<>();
        for (String[] row : RuleTables.rows("/billing/kx-thresholds.tsv")) {
            table.put(Integer.parseInt(row[0]), new BigDecimal(row[1]));
        }
        table.putAll(overrides);
        return new KxThresholds(table);
    }

    public Optional<BigDecimal> forYear(int year) {
        return Optional.ofNullable(byYear.get(year));
    }
}
