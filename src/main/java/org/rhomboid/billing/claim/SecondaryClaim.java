package org.rhomboid.billing.claim;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A claim to a payer after the first (SBR01 S or T) with the earlier payer's adjudication. It must balance as
 * 005010X222A1 requires: per line, the line charge (SV102) − what the other payer paid (SVD02) − its line adjustments
 * (2430 CAS) = 0; per claim, the total charge (CLM02) − the payer paid amount (2320 AMT*D) − claim-level (2320 CAS) and
 * all line-level adjustments = 0; and the lines' paid amounts add up to AMT*D.
 */
public record SecondaryClaim(Claim claim, OtherPayer otherPayer) {

    public SecondaryClaim {
        Check.present(claim, "claim");
        Check.present(otherPayer, "other payer");
        if (claim.payerSequence().equals("P")) {
            throw new IllegalArgumentException("a claim carrying another payer's adjudication goes to the secondary or"
                    + " tertiary payer (SBR01 S or T), not P");
        }
        BigDecimal lineAdjustments = BigDecimal.ZERO;
        if (otherPayer.lineLevel()) {
            Set<Integer> seen = new HashSet<>();
            BigDecimal linesPaid = BigDecimal.ZERO;
            for (OtherPayerLine line : otherPayer.lines()) {
                if (line.lineNumber() > claim.lines().size() || !seen.add(line.lineNumber())) {
                    throw new IllegalArgumentException("adjudicated line " + line.lineNumber()
                            + " is not one of the claim's lines, or is there twice");
                }
                ServiceLine billed = claim.lines().get(line.lineNumber() - 1);
                BigDecimal left = billed.charge().subtract(line.paid()).subtract(line.adjusted());
                if (left.signum() != 0) {
                    throw new IllegalArgumentException("line " + line.lineNumber() + " does not balance: charge "
                            + billed.charge() + " − paid " + line.paid() + " − adjustments " + line.adjusted()
                            + " leaves " + left);
                }
                linesPaid = linesPaid.add(line.paid());
                lineAdjustments = lineAdjustments.add(line.adjusted());
            }
            if (linesPaid.compareTo(otherPayer.paid()) != 0) {
                throw new IllegalArgumentException("the lines' paid amounts add up to " + linesPaid
                        + " but the other payer paid " + otherPayer.paid());
            }
        }
        BigDecimal claimAdjustments = otherPayer.adjustments().stream().map(ClaimAdjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = claim.totalCharge().subtract(otherPayer.paid()).subtract(claimAdjustments)
                .subtract(lineAdjustments);
        if (left.signum() != 0) {
            throw new IllegalArgumentException("the claim does not balance: charge " + claim.totalCharge() + " − paid "
                    + otherPayer.paid() + " − adjustments " + claimAdjustments.add(lineAdjustments) + " leaves " + left);
        }
    }

    static List<Claim> claims(List<SecondaryClaim> secondary) {
        return secondary.stream().map(SecondaryClaim::claim).toList();
    }
}
