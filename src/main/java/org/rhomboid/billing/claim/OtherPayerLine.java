package org.rhomboid.billing.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the other payer adjudicated one of the claim's service lines (loop 2430): SVD with what it paid for the
 * procedure as it adjudicated it, CAS by group, and the remaining patient liability (AMT*EAF) when known.
 *
 * @param lineNumber               the claim's service line (LX01, 1-based) this adjudication belongs to
 * @param remainingPatientLiability what, in the provider's judgment, the patient still owes after this payer; or null
 */
public record OtherPayerLine(int lineNumber, String procedureCode, List<String> modifiers, int units, BigDecimal paid,
                             List<ClaimAdjustment> adjustments, BigDecimal remainingPatientLiability) {

    public OtherPayerLine {
        if (lineNumber < 1 || lineNumber > 50) {
            throw new IllegalArgumentException("other payer's line number must be 1–50: " + lineNumber);
        }
        procedureCode = Check.matches(procedureCode, "adjudicated procedure code", "[0-9A-Z]{5}",
                "a 5-character CPT/HCPCS code");
        modifiers = List.copyOf(Check.present(modifiers, "adjudicated modifiers"));
        if (modifiers.size() > 4) {
            throw new IllegalArgumentException("at most 4 modifiers on an adjudicated line");
        }
        modifiers.forEach(m -> Check.matches(m, "adjudicated modifier", "[0-9A-Z]{2}", "2 characters"));
        if (units < 0 || units > 999) {
            throw new IllegalArgumentException("adjudicated units must be 0–999: " + units);
        }
        Check.present(paid, "line paid amount");
        adjustments = List.copyOf(Check.present(adjustments, "line adjustments"));
    }

    BigDecimal adjusted() {
        return adjustments.stream().map(ClaimAdjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
