package org.rhomboid.billing.claim;

import static org.rhomboid.billing.claim.X12Values.upper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One 837P transaction (ST…SE): header, submitter (1000A), receiver (1000B), then one billing provider level
 * (2000A) per distinct billing provider with each claim's subscriber level (2000B) under it. HL IDs run 1, 2, 3…
 * across the whole batch.
 */
final class ClaimTransaction {

    private static final String CONTROL_NUMBER = "0001";

    private final Segments segments;
    private final Interchange settings;
    private int hierarchyId;
    // secondary claims' earlier adjudication, by claim (identity: two claims may be equal records)
    private final Map<Claim, OtherPayer> otherPayers;

    ClaimTransaction(Segments segments, Interchange settings) {
        this(segments, settings, Map.of());
    }

    ClaimTransaction(Segments segments, Interchange settings, Map<Claim, OtherPayer> otherPayers) {
        this.segments = segments;
        this.settings = settings;
        this.otherPayers = otherPayers;
    }

    void write(List<Claim> claims) {
        segments.write("ST", "837", CONTROL_NUMBER, X12ClaimWriter.VERSION);
        // 0019 = information source/subscriber/dependent structure; 00 = original; CH = chargeable claims
        segments.write("BHT", "0019", "00", Integer.toString(settings.controlNumber()),
                X12Values.date(settings.createdAt().toLocalDate()), X12Values.time(settings.createdAt()), "CH");
        writeSubmitterAndReceiver();
        byBillingProvider(claims).forEach(this::writeBillingProvider);
        segments.write("SE", Integer.toString(segments.countIncludingNext()), CONTROL_NUMBER);
    }

    private void writeSubmitterAndReceiver() {
        Submitter submitter = settings.submitter();
        segments.write("NM1", "41", "2", upper(submitter.name()), "", "", "", "", "46", settings.senderId());
        segments.write("PER", "IC", upper(submitter.contactName()), "TE", submitter.phone());
        segments.write("NM1", "40", "2", upper(settings.receiverName()), "", "", "", "", "46", settings.receiverId());
    }

    private static Map<Provider, List<Claim>> byBillingProvider(List<Claim> claims) {
        Map<Provider, List<Claim>> grouped = new LinkedHashMap<>();
        claims.forEach(claim -> grouped.computeIfAbsent(claim.billingProvider(), p -> new ArrayList<>()).add(claim));
        return grouped;
    }

    private void writeBillingProvider(Provider provider, List<Claim> claims) {
        int billingLevel = ++hierarchyId;
        segments.write("HL", Integer.toString(billingLevel), "", "20", "1");
        if (provider.taxonomy() != null) {
            segments.write("PRV", "BI", "PXC", provider.taxonomy());
        }
        Names.writeProvider(segments, "85", provider);
        Names.writeAddress(segments, provider.address());
        segments.write("REF", "EI", provider.taxId());
        for (Claim claim : claims) {
            int subscriberLevel = ++hierarchyId;
            hierarchyId += new ClaimLoop(segments, claim, otherPayers.get(claim)).write(subscriberLevel, billingLevel) - 1;
        }
    }
}
