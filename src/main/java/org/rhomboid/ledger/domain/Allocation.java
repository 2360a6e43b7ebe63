package org.rhomboid.ledger.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which claims a patient payment pays: the one the desk chose, or the oldest dates of service first. A payment is
 * never more than what the patient owes (on that claim, or in all), so no amount is left unapplied.
 */
public final class Allocation {

    /** The amount per claim ID, or the problem (for the amount field) when the payment can't be applied. */
    public record Applied(Map<String, BigDecimal> toClaims, Optional<String> problem) {}

    private Allocation() {
    }

    public static Applied apply(BigDecimal amount, List<ClaimBalance> claims, String claimId) {
        if (claimId != null) {
            Optional<ClaimBalance> chosen = claims.stream().filter(c -> c.claimId().equals(claimId)).findFirst();
            if (chosen.isEmpty()) {
                return refused("That visit is not one of this patient's billed visits.");
            }
            BigDecimal owed = chosen.get().patientOwes();
            if (amount.compareTo(owed) > 0) {
                return refused("The patient owes " + Amounts.dollars(owed.max(Amounts.ZERO))
                        + " on that visit; record at most that.");
            }
            return new Applied(Map.of(claimId, amount), Optional.empty());
        }
        List<ClaimBalance> owing = claims.stream().filter(c -> c.patientOwes().signum() > 0)
                .sorted(Comparator.comparing(ClaimBalance::serviceDate).thenComparing(ClaimBalance::claimId))
                .toList();
        BigDecimal total = Amounts.sum(owing.stream().map(ClaimBalance::patientOwes).toList());
        if (amount.compareTo(total) > 0) {
            return refused("The patient owes " + Amounts.dollars(total) + " in all; record at most that.");
        }
        Map<String, BigDecimal> applied = new LinkedHashMap<>();
        BigDecimal left = amount;
        for (ClaimBalance claim : owing) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal part = left.min(claim.patientOwes());
            applied.put(claim.claimId(), part);
            left = left.subtract(part);
        }
        return new Applied(applied, Optional.empty());
    }

    private static Applied refused(String problem) {
        return new Applied(Map.of(), Optional.of(problem));
    }
}
