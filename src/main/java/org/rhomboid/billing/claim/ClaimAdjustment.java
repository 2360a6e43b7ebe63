package org.rhomboid.billing.claim;

import java.math.BigDecimal;

/**
 * One adjustment another payer made (CAS in loops 2320 and 2430 of a secondary claim): the group (CO contractual, PR
 * patient responsibility, OI other, PI payer initiated, CR correction), the claim adjustment reason code (CARC) and
 * the amount, which may be negative.
 */
public record ClaimAdjustment(String group, String reason, BigDecimal amount) {

    public ClaimAdjustment {
        group = Check.matches(group, "adjustment group", "CO|CR|OA|OI|PI|PR", "CO, CR, OA, OI, PI or PR");
        reason = Check.matches(reason, "adjustment reason code", "[0-9A-Z]{1,5}", "a claim adjustment reason code");
        Check.present(amount, "adjustment amount");
        if (amount.scale() > 2) {
            throw new IllegalArgumentException("adjustment amount must be dollars and cents: " + amount);
        }
    }
}
