package org.rhomboid.billing.domain;

/** A billable PT procedure: timed in 15-minute units or untimed (one unit), and how Medicare treats it. */
public record ProcedureCode(String code, boolean timed, MedicareStatus medicare, String label, String medicareNote) {

    public enum MedicareStatus {
        PAYABLE,
        /** Paid only as part of other services (status B): billable line, no separate payment. */
        BUNDLED,
        /** Not accepted (or not paid) by Medicare; the note says what to do instead (97014 → G0283). */
        NOT_ACCEPTED
    }
}
