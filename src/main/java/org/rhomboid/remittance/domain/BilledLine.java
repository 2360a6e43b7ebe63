package org.rhomboid.remittance.domain;

import java.math.BigDecimal;
import java.util.List;

/** A service line as Rhomboid sent it in the claim file (837P SV1): procedure, modifiers, units and charge. */
public record BilledLine(String code, List<String> modifiers, int units, BigDecimal charge) {

    public BilledLine {
        modifiers = List.copyOf(modifiers);
    }
}
