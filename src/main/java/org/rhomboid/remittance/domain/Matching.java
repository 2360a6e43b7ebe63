package org.rhomboid.remittance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Matches each claim payment to the claim Rhomboid sent under that claim ID (CLP01 = CLM01), and each of its
 * service lines to a billed line of that claim with the same code, the same modifiers (in any order) and the same
 * units; a billed line answers one payment line only. A claim is matched when its ID is one of the clinic's and
 * every line found its billed line; the rest wait for a biller to match them by hand.
 */
public final class Matching {

    private Matching() {
    }

    /** @param billed the clinic's claims by claim ID, each with its lines as sent */
    public static Remittance match(Remittance remittance, Map<String, List<BilledLine>> billed) {
        List<ClaimPayment> claims = new ArrayList<>();
        for (ClaimPayment claim : remittance.claims()) {
            List<BilledLine> sent = billed.get(claim.claimId());
            if (sent == null) {
                claims.add(claim.matched(false, claim.services().stream().map(s -> s.matched(false)).toList()));
                continue;
            }
            List<BilledLine> open = new ArrayList<>(sent);
            List<ServicePayment> lines = new ArrayList<>();
            for (ServicePayment line : claim.services()) {
                BilledLine found = open.stream().filter(b -> same(b, line)).findFirst().orElse(null);
                open.remove(found);
                lines.add(line.matched(found != null));
            }
            claims.add(claim.matched(lines.stream().allMatch(ServicePayment::matched), lines));
        }
        return remittance.withClaims(claims);
    }

    static boolean same(BilledLine billed, ServicePayment paid) {
        // A reversal (CLP02 = 22) may write the units negative, as it does the amounts.
        return billed.code().equals(paid.code()) && billed.units() == Math.abs(paid.units())
                && billed.modifiers().stream().sorted().toList().equals(paid.modifiers().stream().sorted().toList());
    }
}
