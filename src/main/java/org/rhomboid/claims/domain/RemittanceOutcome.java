package org.rhomboid.claims.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a posted 835 claim payment (CLP) did to the claim, from its status code (CLP02) and amounts:
 * <ul>
 *   <li>4 (denied) → DENIED; 22 (reversal of previous payment) → ADJUSTED; 23 (not our claim, forwarded) → DENIED;
 *   <li>1, 2, 3 (processed as primary, secondary, tertiary) and 19, 20, 21 (the same, forwarded to another payer):
 *       nothing paid and nothing owed by the patient → DENIED; some lines denied (nothing paid on them and no
 *       patient responsibility) → PARTIALLY_PAID; otherwise PAID (contractual adjustments and the patient's share
 *       are the payment as agreed);
 *   <li>any other code → ADJUSTED.
 * </ul>
 *
 * @param lines       the service lines (SVC) the payer reported
 * @param deniedLines of them, those paid nothing with no patient responsibility (PR) adjustment
 */
public record RemittanceOutcome(String claimStatusCode, BigDecimal charged, BigDecimal paid,
                                BigDecimal patientResponsibility, int lines, int deniedLines) {

    private static final Set<String> PROCESSED = Set.of("1", "2", "3", "19", "20", "21");

    public RemittanceOutcome {
        claimStatusCode = claimStatusCode == null ? "" : claimStatusCode.strip();
        charged = charged == null ? BigDecimal.ZERO : charged;
        paid = paid == null ? BigDecimal.ZERO : paid;
        patientResponsibility = patientResponsibility == null ? BigDecimal.ZERO : patientResponsibility;
    }

    public ClaimStatus status() {
        switch (claimStatusCode) {
            case "4", "23" -> {
                return ClaimStatus.DENIED;
            }
            case "22" -> {
                return ClaimStatus.ADJUSTED;
            }
            default -> {
            }
        }
        if (!PROCESSED.contains(claimStatusCode)) {
            return ClaimStatus.ADJUSTED;
        }
        if (paid.signum() == 0 && patientResponsibility.signum() == 0) {
            return ClaimStatus.DENIED;
        }
        if (deniedLines > 0) {
            return ClaimStatus.PARTIALLY_PAID;
        }
        return ClaimStatus.PAID;
    }

    /** What the history shows: "CLP02 1: paid 66.00 of 110.00, patient owes 22.00". */
    public String describe(String payerClaimControlNumber) {
        String text = "CLP02 " + claimStatusCode + ": paid " + paid.toPlainString() + " of " + charged.toPlainString()
                + (patientResponsibility.signum() != 0 ? ", patient owes " + patientResponsibility.toPlainString() : "")
                + (deniedLines > 0 ? ", " + deniedLines + " of " + lines + " lines denied" : "");
        return payerClaimControlNumber == null || payerClaimControlNumber.isBlank() ? text
                : text + "; payer claim control number " + payerClaimControlNumber;
    }
}
