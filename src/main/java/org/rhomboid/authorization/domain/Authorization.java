package org.rhomboid.authorization.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rhomboid.patient.domain.Payer;

/**
 * A payer's prior authorization for one patient: so many visits and/or units between two dates (both included), for
 * the listed procedure codes or, when none are listed, for every code.
 *
 * @param visitsAllowed null when only units are authorized
 * @param unitsAllowed  null when only visits are authorized
 */
public record Authorization(UUID id, UUID patientId, String number, Payer payerKind, String payerName,
                            LocalDate start, LocalDate end, Integer visitsAllowed, Integer unitsAllowed,
                            List<String> codes) {

    public Authorization {
        codes = List.copyOf(codes);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether a visit billing these codes counts here: every visit when no codes are listed, else one of them. */
    public boolean coversCodes(List<String> billed) {
        return codes.isEmpty() || billed.stream().anyMatch(codes::contains);
    }

    public boolean coversCode(String code) {
        return codes.isEmpty() || codes.contains(code);
    }
}
