package org.rhomboid.remittance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the payer did with one billed line (SVC): the code and modifiers as billed (SVC06 when the payer changed
 * them, else SVC01), units, charged and paid, the adjustments (CAS) and remark codes (LQ, RARC); matched once a
 * billed line of the claim is found for it.
 */
public record ServicePayment(String code, List<String> modifiers, int units, BigDecimal charged, BigDecimal paid,
                             List<Adjustment> adjustments, List<String> remarks, boolean matched) {

    public ServicePayment {
        modifiers = List.copyOf(modifiers);
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
    }

    public ServicePayment matched(boolean found) {
        return new ServicePayment(code, modifiers, units, charged, paid, adjustments, remarks, found);
    }

    public BigDecimal adjusted() {
        return Money.sum(adjustments.stream().map(Adjustment::amount).toList());
    }
}
