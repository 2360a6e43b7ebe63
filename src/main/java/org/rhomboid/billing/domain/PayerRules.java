package org.rhomboid.billing.domain;

import org.rhomboid.shared.domain.RuleTables;
import java.util.EnumMap;
import java.util.Map;
import org.rhomboid.patient.domain.Payer;

/**
 * How a payer wants PT billed, from billing/payer-rules.tsv.
 *
 * @param encounterModifier marks a service of a separate session on the same day (MOD-XE)
 */
public record PayerRules(Payer payer, UnitMethod unitMethod, String distinctModifier, boolean medicareRules,
                         boolean ncci, String encounterModifier) {

    /** The NCCI-associated modifiers that say a column-2 service was distinct (knowledge base D7). */
    public static final java.util.Set<String> DISTINCT_MODIFIERS = java.util.Set.of("59", "XE", "XS", "XP", "XU");

    private static final Map<Payer, PayerRules> BUILT_IN = new EnumMap<>(Payer.class);

    static {
        for (String[] row : RuleTables.rows("/billing/payer-rules.tsv")) {
            Payer payer = Payer.valueOf(row[0]);
            BUILT_IN.put(payer, new PayerRules(payer, UnitMethod.valueOf(row[1]), row[2], Boolean.parseBoolean(row[3]),
                    Boolean.parseBoolean(row[4]), row[5]));
        }
    }

    public static PayerRules of(Payer payer) {
        return BUILT_IN.get(payer);
    }

    /**
     * These rules as the clinic's payer directory sets them for one insurer (issue 19): its unit rule, its
     * distinct-service modifier, whether Medicare's rules and NCCI edits apply; the kind's other settings stay.
     */
    public PayerRules withDirectory(UnitMethod unitMethod, String distinctModifier, boolean medicareRules,
                                    boolean ncci) {
        if (!DISTINCT_MODIFIERS.contains(distinctModifier)) {
            throw new IllegalArgumentException("Not a distinct-service modifier: " + distinctModifier);
        }
        return new PayerRules(payer, unitMethod, distinctModifier, medicareRules, ncci, encounterModifier);
    }
}
