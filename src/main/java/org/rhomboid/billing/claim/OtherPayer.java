package org.rhomboid.billing.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The payer that adjudicated the claim before this one (a secondary claim's primary): loop 2320 (other subscriber
 * information — SBR, claim-level CAS, AMT*D paid, AMT*EAF, OI), 2330A (the other subscriber), 2330B (the other payer)
 * and, when it adjudicated line by line, one 2430 per service line.
 *
 * @param sequence                 the other payer's responsibility (SBR01 of 2320): P, S or T
 * @param relationship             the patient's relationship to the other subscriber (SBR02: 18 self, 01, 19, G8…)
 * @param groupNumber              the other coverage's group number (SBR03), or null
 * @param remainingPatientLiability claim-level AMT*EAF, sent only when the payer adjudicated at claim level; or null
 * @param adjudicated              the other payer's adjudication (remittance) date: DTP*573 in 2430, or in 2330B when
 *                                 there are no lines
 * @param lines                    line-level adjudication, one per service line; empty when it was claim level only
 */
public record OtherPayer(String sequence, String relationship, String groupNumber, String claimFilingIndicator,
                         OtherSubscriber subscriber, String payerName, String payerId, Address payerAddress,
                         BigDecimal paid, List<ClaimAdjustment> adjustments, BigDecimal remainingPatientLiability,
                         LocalDate adjudicated, List<OtherPayerLine> lines) {

    /** The other payer's member (2330A): name, member ID and, when known, address. */
    public record OtherSubscriber(String lastName, String firstName, String memberId, Address address) {
        public OtherSubscriber {
            lastName = Check.text(lastName, "other subscriber last name", 60);
            firstName = Check.text(firstName, "other subscriber first name", 35);
            memberId = Check.text(memberId, "other subscriber member ID", 80);
        }
    }

    public OtherPayer {
        sequence = Check.matches(sequence, "other payer responsibility sequence", "[PST]", "P, S or T");
        relationship = Check.matches(relationship, "relationship to the other subscriber",
                "01|18|19|20|21|39|40|53|G8", "an X12 individual relationship code such as 18, 01 or 19");
        groupNumber = Check.optionalText(groupNumber, "other coverage group number", 50);
        claimFilingIndicator = Check.matches(claimFilingIndicator, "other payer claim filing indicator",
                "[0-9A-Z]{1,2}", "a 1–2 character code such as MB or CI");
        Check.present(subscriber, "other subscriber");
        payerName = Check.text(payerName, "other payer name", 60);
        payerId = Check.text(payerId, "other payer ID", 80);
        Check.present(paid, "other payer paid amount");
        adjustments = List.copyOf(Check.present(adjustments, "claim adjustments"));
        Check.present(adjudicated, "adjudication date");
        lines = List.copyOf(Check.present(lines, "adjudicated lines"));
    }

    boolean lineLevel() {
        return !lines.isEmpty();
    }
}
