package org.rhomboid.claims.domain;

import java.util.Map;
import java.util.UUID;
import org.rhomboid.billing.domain.PayerIdentity;
import org.rhomboid.coverage.domain.Coverage;
import org.rhomboid.coverage.domain.CoveragesInForce;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.payer.domain.PayerProfile;

/**
 * What a date of service is billed to when the patient has coverages on file (COVERAGE-ORDER): the primary coverage
 * in force that day and its payer from the directory — or why the day has none. A patient with no coverage on file
 * at all is billed the older way, by the kind of payer on their record and the billing settings' payer for it.
 *
 * @param problem why the day cannot be billed (no coverage, no primary), or null
 */
public record Insurance(Coverage primary, PayerProfile payer, String problem) {

    public static Insurance on(CoveragesInForce.OnDay day, Map<UUID, PayerProfile> payers) {
        if (day.problem().isPresent()) {
            return new Insurance(null, null, day.problem().get());
        }
        Coverage primary = day.primary().orElseThrow();
        PayerProfile payer = payers.get(primary.payerId());
        return payer == null ? new Insurance(null, null, "The primary coverage's payer is not in the directory")
                : new Insurance(primary, payer, null);
    }

    public boolean billable() {
        return problem == null;
    }

    /** The kind of payer whose rules apply (Medicare's for MA and MB, and so on). */
    public Payer kind() {
        return payer.filingIndicator().kind();
    }

    public PayerIdentity identity() {
        return new PayerIdentity(payer.name(), payer.payerId());
    }

    public String filingIndicator() {
        return payer.filingIndicator().code();
    }
}
