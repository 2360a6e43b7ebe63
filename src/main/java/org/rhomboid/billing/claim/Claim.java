package org.rhomboid.billing.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One professional claim (2300 loop) for a visit: who bills, who is insured, who pays, what was wrong
 * (ICD-10-CM, principal first) and what was done.
 *
 * @param patient            the patient when someone else is the subscriber (loop 2000C), or null when the patient is
 *                           the subscriber (SBR02 = 18)
 * @param payerSequence      which payer this claim goes to for the visit: P primary, S secondary, T tertiary (SBR01)
 * @param priorAuthorization the payer's prior authorization number in force on the date of service (REF*G1 in loop
 *                           2300), or null when there is none
 * @param frequency          the claim frequency type code (CLM05-3): 1 original, 7 replacement of a prior claim
 *                           (corrected), 8 void of a prior claim
 * @param payerClaimControlNumber the payer's claim control number of the claim replaced or voided (REF*F8 in loop
 *                           2300, from the remittance's CLP07); required for frequency 7 and 8, absent for 1
 */
public record Claim(String claimId, BigDecimal totalCharge, String placeOfService, Provider billingProvider,
        Subscriber subscriber, Payer payer, List<String> diagnoses, List<ServiceLine> lines,
        Provider referringProvider, Provider renderingProvider, String priorAuthorization, PatientLevel patient,
        String payerSequence, String frequency, String payerClaimControlNumber) {

    /** An original claim (frequency 1). */
    public Claim(String claimId, BigDecimal totalCharge, String placeOfService, Provider billingProvider,
                 Subscriber subscriber, Payer payer, List<String> diagnoses, List<ServiceLine> lines,
                 Provider referringProvider, Provider renderingProvider, String priorAuthorization,
                 PatientLevel patient, String payerSequence) {
        this(claimId, totalCharge, placeOfService, billingProvider, subscriber, payer, diagnoses, lines,
                referringProvider, renderingProvider, priorAuthorization, patient, payerSequence, null, null);
    }

    /** A claim to the primary payer of a patient who is the subscriber. */
    public Claim(String claimId, BigDecimal totalCharge, String placeOfService, Provider billingProvider,
                 Subscriber subscriber, Payer payer, List<String> diagnoses, List<ServiceLine> lines,
                 Provider referringProvider, Provider renderingProvider, String priorAuthorization) {
        this(claimId, totalCharge, placeOfService, billingProvider, subscriber, payer, diagnoses, lines,
                referringProvider, renderingProvider, priorAuthorization, null, "P");
    }

    /** A claim without a prior authorization number. */
    public Claim(String claimId, BigDecimal totalCharge, String placeOfService, Provider billingProvider,
                 Subscriber subscriber, Payer payer, List<String> diagnoses, List<ServiceLine> lines,
                 Provider referringProvider, Provider renderingProvider) {
        this(claimId, totalCharge, placeOfService, billingProvider, subscriber, payer, diagnoses, lines,
                referringProvider, renderingProvider, null, null, "P");
    }

    /**
     * This claim again as a replacement (7) or void (8) of the one the payer knows by its claim control number:
     * same claim ID (CLM01), same lines; the payer finds the claim it replaces by REF*F8.
     */
    public Claim resubmitted(String frequencyCode, String payerControlNumber) {
        return new Claim(claimId, totalCharge, placeOfService, billingProvider, subscriber, payer, diagnoses, lines,
                referringProvider, renderingProvider, priorAuthorization, patient, payerSequence, frequencyCode,
                payerControlNumber);
    }

    public Claim {
        frequency = Check.matches(frequency == null ? "1" : frequency, "claim frequency code", "[178]",
                "1 (original), 7 (replacement) or 8 (void)");
        if (frequency.equals("1")) {
            if (payerClaimControlNumber != null) {
                throw new IllegalArgumentException("an original claim (frequency 1) has no payer claim control number");
            }
        } else {
            // REF02 holds 1–50 characters; payers' control numbers are letters and digits (some with hyphens)
            payerClaimControlNumber = Check.matches(payerClaimControlNumber, "payer claim control number",
                    "[A-Za-z0-9-]{1,50}", "the payer's claim control number (CLP07 of the remittance), at most 50");
        }
        // A claim that does not say (the claims API before secondary billing) goes to the primary payer.
        payerSequence = Check.matches(payerSequence == null ? "P" : payerSequence, "payer responsibility sequence", "[PST]",
                "P (primary), S (secondary) or T (tertiary)");
        if (priorAuthorization != null) {
            // REF02 holds 1–50 characters; the authorization form keeps letters, digits and hyphens
            priorAuthorization = Check.matches(priorAuthorization, "prior authorization number", "[A-Za-z0-9-]{1,50}",
                    "letters, digits and hyphens, at most 50");
        }
        // the IG caps the patient control number at 20, and payers echo it back on the remittance
        claimId = Check.text(claimId, "claim ID (patient control number)", 20);
        Check.present(totalCharge, "total charge");
        placeOfService = Check.matches(placeOfService, "place of service", "\\d{2}", "a 2-digit code such as 11");
        Check.present(billingProvider, "billing provider");
        if (billingProvider.taxId() == null) {
            throw new IllegalArgumentException("billing provider needs a tax ID (EIN)");
        }
        if (billingProvider.address() == null || !billingProvider.address().hasZipPlusFour()) {
            throw new IllegalArgumentException("billing provider needs an address with a 9-digit ZIP+4");
        }
        Check.present(subscriber, "subscriber");
        Check.present(payer, "payer");
        diagnoses = normalized(Check.present(diagnoses, "diagnoses"));
        lines = List.copyOf(Check.present(lines, "service lines"));
        if (lines.isEmpty() || lines.size() > 50) {
            throw new IllegalArgumentException("a claim needs 1–50 service lines, has " + lines.size());
        }
        for (ServiceLine line : lines) {
            for (int pointer : line.diagnosisPointers()) {
                if (pointer < 1 || pointer > diagnoses.size()) {
                    throw new IllegalArgumentException("diagnosis pointer " + pointer + " on " + line.procedureCode()
                            + " is out of range 1–" + diagnoses.size());
                }
            }
        }
        BigDecimal sum = lines.stream().map(ServiceLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(totalCharge) != 0) {
            throw new IllegalArgumentException("line charges add up to " + sum + " but the claim total is " + totalCharge);
        }
        if (referringProvider != null && !referringProvider.isPerson()) {
            throw new IllegalArgumentException("referring provider must be a person (last and first name)");
        }
    }

    /** ICD-10-CM codes go on the claim without the dot: M62.830 becomes M62830. */
    private static List<String> normalized(List<String> codes) {
        if (codes.isEmpty() || codes.size() > 12) {
            throw new IllegalArgumentException("a claim needs 1–12 diagnoses, has " + codes.size());
        }
        List<String> result = codes.stream()
                .map(code -> Check.text(code, "diagnosis code", 8).replace(".", "").toUpperCase(Locale.ROOT))
                .toList();
        result.forEach(code -> Check.matches(code, "diagnosis code", "[A-Z]\\d[0-9A-Z]{1,5}", "an ICD-10-CM code such as M54.6"));
        if (result.stream().distinct().count() != result.size()) {
            throw new IllegalArgumentException("a diagnosis is listed twice: " + result);
        }
        return result;
    }
}
