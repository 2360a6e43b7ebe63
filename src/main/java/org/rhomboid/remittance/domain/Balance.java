package org.rhomboid.remittance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 835's balancing rules (005010X221A1, section 1.10.2): what was charged is what was paid plus what was
 * adjusted, line by line and claim by claim; the patient owes what the PR adjustments say; and the payment is the
 * claims' payments less the provider-level adjustments. An 835 that breaks one is refused, since posting it would
 * leave a balance nobody can explain.
 */
public final class Balance {

    private Balance() {
    }

    static void check(Remittance remittance, List<Segment> claimSegments, Segment bpr) {
        for (int i = 0; i < remittance.claims().size(); i++) {
            ClaimPayment claim = remittance.claims().get(i);
            Segment clp = claimSegments.get(i);
            for (ServicePayment line : claim.services()) {
                BigDecimal accounted = line.paid().add(line.adjusted());
                if (line.charged().compareTo(accounted) != 0) {
                    throw RemittanceFileException.at(clp, "claim " + claim.claimId() + ", line " + line.code()
                            + ": charged " + line.charged() + " but paid " + line.paid() + " + adjusted "
                            + line.adjusted() + " = " + accounted);
                }
            }
            BigDecimal adjusted = adjusted(claim);
            if (claim.charged().compareTo(claim.paid().add(adjusted)) != 0) {
                throw RemittanceFileException.at(clp, "claim " + claim.claimId() + ": charged " + claim.charged()
                        + " but paid " + claim.paid() + " + adjusted " + adjusted + " = "
                        + claim.paid().add(adjusted));
            }
            BigDecimal patient = patientShare(claim);
            if (claim.patientResponsibility().compareTo(patient) != 0) {
                throw RemittanceFileException.at(clp, "claim " + claim.claimId() + ": the patient's responsibility "
                        + claim.patientResponsibility() + " differs from the PR adjustments, " + patient);
            }
        }
        BigDecimal expected = paid(remittance).subtract(Money.sum(remittance.providerAdjustments().stream()
                .map(ProviderAdjustment::amount).toList()));
        if (remittance.payment().amount().compareTo(expected) != 0) {
            throw RemittanceFileException.at(bpr, "the payment " + remittance.payment().amount()
                    + " differs from the claims paid less the provider adjustments, " + expected);
        }
    }

    /** Every adjustment of a claim, its own and its lines'. */
    public static BigDecimal adjusted(ClaimPayment claim) {
        return Money.sum(claim.allAdjustments().stream().map(Adjustment::amount).toList());
    }

    /** What the patient owes by the PR adjustments (deductible PR-1, coinsurance PR-2, copay PR-3, …). */
    public static BigDecimal patientShare(ClaimPayment claim) {
        return Money.sum(claim.allAdjustments().stream().filter(Adjustment::patientOwes).map(Adjustment::amount)
                .toList());
    }

    /** The adjustments of a claim and its lines summed by group (CO, PR, OI, PI), in the order they first appear. */
    public static java.util.Map<String, BigDecimal> byGroup(ClaimPayment claim) {
        java.util.Map<String, BigDecimal> groups = new java.util.LinkedHashMap<>();
        claim.allAdjustments().forEach(a -> groups.merge(a.group(), a.amount(), BigDecimal::add));
        return groups;
    }

    public static BigDecimal paid(Remittance remittance) {
        return Money.sum(remittance.claims().stream().map(ClaimPayment::paid).toList());
    }
}
