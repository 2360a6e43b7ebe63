package org.rhomboid.billing.claim;

import static org.rhomboid.billing.claim.Segments.composite;
import static org.rhomboid.billing.claim.X12Values.upper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other payer's adjudication on a secondary claim (005010X222A1): loop 2320 with 2330A and 2330B after the
 * claim's providers (2310), and loop 2430 after each service line's date (2400 DTP*472).
 */
final class OtherPayerLoops {

    // a CAS segment holds six reason/amount/quantity trios; a group code appears once per loop
    private static final int TRIOS_PER_CAS = 6;

    private final Segments segments;
    private final OtherPayer other;

    OtherPayerLoops(Segments segments, OtherPayer other) {
        this.segments = segments;
        this.other = other;
    }

    /** 2320, 2330A, 2330B. */
    void writeClaimLevel() {
        segments.write("SBR", other.sequence(), other.relationship(), other.groupNumber(), "", "", "", "", "",
                other.claimFilingIndicator());
        writeAdjustments(other.adjustments());
        // D = payer paid amount: required once the other payer adjudicated the claim, zero included
        segments.write("AMT", "D", X12Values.amount(other.paid()));
        if (!other.lineLevel() && other.remainingPatientLiability() != null) {
            // EAF at claim level only when the payer reported claim-level information (2430 AMT*EAF otherwise)
            segments.write("AMT", "EAF", X12Values.amount(other.remainingPatientLiability()));
        }
        // OI03 benefits assigned, OI06 release of information: as on CLM08 and CLM09
        segments.write("OI", "", "", "Y", "", "", "Y");
        OtherPayer.OtherSubscriber subscriber = other.subscriber();
        segments.write("NM1", "IL", "1", upper(subscriber.lastName()), upper(subscriber.firstName()), "", "", "",
                "MI", subscriber.memberId());
        if (subscriber.address() != null) {
            Names.writeAddress(segments, subscriber.address());
        }
        segments.write("NM1", "PR", "2", upper(other.payerName()), "", "", "", "", "PI", other.payerId());
        if (other.payerAddress() != null) {
            Names.writeAddress(segments, other.payerAddress());
        }
        if (!other.lineLevel()) {
            // 573 = date claim paid: in 2330B only when no 2430 carries it
            segments.write("DTP", "573", "D8", X12Values.date(other.adjudicated()));
        }
    }

    /** 2430 for the claim's service line {@code lineNumber}, when the other payer adjudicated it. */
    void writeLine(int lineNumber) {
        for (OtherPayerLine line : other.lines()) {
            if (line.lineNumber() != lineNumber) {
                continue;
            }
            List<String> procedure = new ArrayList<>(List.of("HC", line.procedureCode()));
            procedure.addAll(line.modifiers());
            // SVD01 must be the 2330B payer's identifier
            segments.write("SVD", other.payerId(), X12Values.amount(line.paid()),
                    composite(procedure.toArray(String[]::new)), "", Integer.toString(line.units()));
            writeAdjustments(line.adjustments());
            segments.write("DTP", "573", "D8", X12Values.date(other.adjudicated()));
            if (line.remainingPatientLiability() != null) {
                segments.write("AMT", "EAF", X12Values.amount(line.remainingPatientLiability()));
            }
        }
    }

    /** One CAS per group in first-seen order, zero amounts left out (the IG sends only non-zero adjustments). */
    private void writeAdjustments(List<ClaimAdjustment> adjustments) {
        Map<String, List<ClaimAdjustment>> byGroup = new LinkedHashMap<>();
        for (ClaimAdjustment a : adjustments) {
            if (a.amount().signum() != 0) {
                byGroup.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a);
            }
        }
        byGroup.forEach((group, list) -> {
            if (list.size() > TRIOS_PER_CAS) {
                throw new IllegalArgumentException("more than " + TRIOS_PER_CAS + " " + group
                        + " adjustments on one claim or line");
            }
            List<Object> elements = new ArrayList<>();
            elements.add(group);
            for (ClaimAdjustment a : list) {
                elements.add(a.reason());
                elements.add(X12Values.amount(a.amount()));
                elements.add("");
            }
            segments.write("CAS", elements.toArray());
        });
    }
}
