package org.rhomboid.remittance.domain;

import java.math.BigDecimal;

/**
 * One amount the payer took off the charge (CAS): the group says who bears it (CO contractual, the clinic; PR the
 * patient; OI other insurance; PI the payer's own initiative, the clinic) and the reason is a CARC code.
 */
public record Adjustment(String group, String reason, BigDecimal amount) {

    public boolean patientOwes() {
        return group.equals("PR");
    }
}
