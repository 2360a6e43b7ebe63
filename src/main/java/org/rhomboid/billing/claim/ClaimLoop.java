package org.rhomboid.billing.claim;

import static org.rhomboid.billing.claim.Segments.composite;
import static org.rhomboid.billing.claim.X12Values.upper;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything below the billing provider for one claim: subscriber level (2000B), subscriber (2010BA), payer (2010BB),
 * claim (2300) with its diagnoses and providers, and one 2400 per service line.
 */
final class ClaimLoop {

    private final Segments segments;
    private final Claim claim;
    // the earlier payer's adjudication on a secondary claim (loops 2320/2330, 2430), or null
    private final OtherPayerLoops otherPayer;

    ClaimLoop(Segments segments, Claim claim) {
        this(segments, claim, null);
    }

    ClaimLoop(Segments segments, Claim claim, OtherPayer otherPayer) {
        this.segments = segments;
        this.claim = claim;
        this.otherPayer = otherPayer == null ? null : new OtherPayerLoops(segments, otherPayer);
    }

    /** @return the hierarchical IDs used: one for the subscriber level, two when a patient level follows it */
    int write(int hierarchyId, int parentId) {
        writeSubscriber(hierarchyId, parentId);
        writePayer();
        int used = 1;
        if (claim.patient() != null) {
            writePatient(hierarchyId + 1, hierarchyId);
            used = 2;
        }
        writeClaim();
        writeProviders();
        if (otherPayer != null) {
            otherPayer.writeClaimLevel();
        }
        writeServiceLines();
        return used;
    }

    private void writeSubscriber(int hierarchyId, int parentId) {
        Subscriber subscriber = claim.subscriber();
        boolean self = claim.patient() == null;
        // HL04: 0 when the patient is the subscriber (no level below), 1 when a patient level (2000C) follows
        segments.write("HL", Integer.toString(hierarchyId), Integer.toString(parentId), "22", self ? "0" : "1");
        // SBR01 P/S/T: which payer this is; SBR02 18 (self) only when the patient is the subscriber
        segments.write("SBR", claim.payerSequence(), self ? "18" : "", "", "", "", "", "", "",
                claim.payer().claimFilingIndicator());
        segments.write("NM1", "IL", "1", upper(subscriber.lastName()), upper(subscriber.firstName()), "", "", "",
                "MI", subscriber.memberId());
        Names.writeAddress(segments, subscriber.address());
        segments.write("DMG", "D8", X12Values.date(subscriber.birthDate()), subscriber.sex());
    }

    private void writePayer() {
        segments.write("NM1", "PR", "2", upper(claim.payer().name()), "", "", "", "", "PI", claim.payer().payerId());
        if (claim.payer().address() != null) {
            Names.writeAddress(segments, claim.payer().address());
        }
    }

    /** 2000C and 2010CA: the patient, who is not the subscriber, with their relationship to the subscriber. */
    private void writePatient(int hierarchyId, int parentId) {
        PatientLevel patient = claim.patient();
        segments.write("HL", Integer.toString(hierarchyId), Integer.toString(parentId), "23", "0");
        segments.write("PAT", patient.relationship());
        segments.write("NM1", "QC", "1", upper(patient.lastName()), upper(patient.firstName()));
        Names.writeAddress(segments, patient.address());
        segments.write("DMG", "D8", X12Values.date(patient.birthDate()), patient.sex());
    }

    private void writeClaim() {
        // CLM05 = place of service : B (professional) : frequency (1 original, 7 replacement, 8 void); then
        // signature on file, accepts assignment, benefits assigned, release of information signed
        segments.write("CLM", claim.claimId(), X12Values.amount(claim.totalCharge()), "", "",
                composite(claim.placeOfService(), "B", claim.frequency()), "Y", "A", "Y", "Y");
        if (claim.priorAuthorization() != null) {
            // G1 = prior authorization number (005010X222A1 loop 2300 REF, after CLM and its dates, before HI)
            segments.write("REF", "G1", claim.priorAuthorization());
        }
        if (claim.payerClaimControlNumber() != null) {
            // F8 = payer claim control number of the claim replaced or voided; the IG orders it after REF*G1
            segments.write("REF", "F8", claim.payerClaimControlNumber());
        }
        List<Object> codes = new ArrayList<>();
        for (int i = 0; i < claim.diagnoses().size(); i++) {
            // ABK = principal ICD-10-CM diagnosis, ABF = other ICD-10-CM diagnoses
            codes.add(composite(i == 0 ? "ABK" : "ABF", claim.diagnoses().get(i)));
        }
        segments.write("HI", codes.toArray());
    }

    private void writeProviders() {
        if (claim.referringProvider() != null) {
            Names.writeProvider(segments, "DN", claim.referringProvider());
        }
        Provider rendering = claim.renderingProvider();
        // the IG sends a rendering provider only when it differs from the billing provider
        if (rendering != null && !rendering.npi().equals(claim.billingProvider().npi())) {
            Names.writeProvider(segments, "82", rendering);
            if (rendering.taxonomy() != null) {
                segments.write("PRV", "PE", "PXC", rendering.taxonomy());
            }
        }
    }

    private void writeServiceLines() {
        int number = 0;
        for (ServiceLine line : claim.lines()) {
            segments.write("LX", Integer.toString(++number));
            List<String> procedure = new ArrayList<>(List.of("HC", line.procedureCode()));
            procedure.addAll(line.modifiers());
            String[] pointers = line.diagnosisPointers().stream().map(String::valueOf).toArray(String[]::new);
            segments.write("SV1", composite(procedure.toArray(String[]::new)), X12Values.amount(line.charge()), "UN",
                    Integer.toString(line.units()), claim.placeOfService(), "",
                    composite(pointers));
            // 472 = date of service
            segments.write("DTP", "472", "D8", X12Values.date(line.serviceDate()));
            if (otherPayer != null) {
                otherPayer.writeLine(number);
            }
        }
    }
}
