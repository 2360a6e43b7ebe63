package org.rhomboid.billing.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One billed procedure (2400 loop): CPT/HCPCS code with up to four modifiers (GP, CQ, KX, 59…), the line charge,
 * units, date of service and 1–4 pointers to the claim's diagnoses (1 = principal).
 */
public record ServiceLine(String procedureCode, List<String> modifiers, BigDecimal charge, int units,
        LocalDate serviceDate, List<Integer> diagnosisPointers) {

    public ServiceLine {
        procedureCode = Check.matches(procedureCode, "procedure code", "[0-9A-Z]{5}", "a 5-character CPT/HCPCS code");
        modifiers = List.copyOf(Check.present(modifiers, "modifiers"));
        if (modifiers.size() > 4) {
            throw new IllegalArgumentException(
                    "procedure " + procedureCode + " has " + modifiers.size() + " modifiers; at most 4 are allowed");
        }
        String code = procedureCode;
        modifiers = modifiers.stream()
                .map(m -> Check.matches(m, "modifier on " + code, "[0-9A-Z]{2}", "2 characters"))
                .toList();
        Check.present(charge, "line charge");
        if (charge.signum() <= 0 || charge.scale() > 2) {
            throw new IllegalArgumentException("line charge for " + procedureCode + " must be positive dollars and cents: " + charge);
        }
        if (units < 1 || units > 999) {
            throw new IllegalArgumentException("units for " + procedureCode + " must be 1–999: " + units);
        }
        Check.present(serviceDate, "date of service");
        diagnosisPointers = List.copyOf(Check.present(diagnosisPointers, "diagnosis pointers"));
        if (diagnosisPointers.isEmpty() || diagnosisPointers.size() > 4) {
            throw new IllegalArgumentException(
                    "procedure " + procedureCode + " needs 1–4 diagnosis pointers, has " + diagnosisPointers.size());
        }
        if (diagnosisPointers.stream().distinct().count() != diagnosisPointers.size()) {
            throw new IllegalArgumentException("procedure " + procedureCode + " points at the same diagnosis twice");
        }
    }
}
