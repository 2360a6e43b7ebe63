package org.rhomboid.remittance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One claim's payment (CLP): Rhomboid's claim ID (CLP01, sent as CLM01), the payer's status code (CLP02: 1, 2, 3
 * processed as primary, secondary, tertiary; 4 denied; 22 reversal; …), charged, paid, what the patient owes, the
 * payer's claim control number (needed to correct or void the claim), claim-level adjustments, the lines and the
 * claim's own remark codes (MOA/MIA).
 */
public record ClaimPayment(String claimId, String status, BigDecimal charged, BigDecimal paid,
                           BigDecimal patientResponsibility, String payerClaimControlNumber,
                           List<Adjustment> adjustments, List<ServicePayment> services, boolean matched,
                           List<String> remarks) {

    public ClaimPayment {
        adjustments = List.copyOf(adjustments);
        services = List.copyOf(services);
        remarks = List.copyOf(remarks);
    }

    public ClaimPayment matched(boolean found, List<ServicePayment> lines) {
        return new ClaimPayment(claimId, status, charged, paid, patientResponsibility, payerClaimControlNumber,
                adjustments, lines, found, remarks);
    }

    /** A reversal (CLP02 = 22): the payer takes back an earlier payment of the claim, in negative amounts. */
    public boolean reversal() {
        return status.equals("22");
    }

    /** Every adjustment of the claim, its own and its lines'. */
    public List<Adjustment> allAdjustments() {
        return java.util.stream.Stream.concat(adjustments.stream(),
                services.stream().flatMap(s -> s.adjustments().stream())).toList();
    }

    public boolean denied() {
        return status.equals("4");
    }
}
