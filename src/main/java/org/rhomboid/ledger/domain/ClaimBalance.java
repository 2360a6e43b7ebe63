package org.rhomboid.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One claim's ledger: what was charged, what the payers paid and adjusted (by group, from the posted 835s), what the
 * biller wrote off or billed to the patient, and what the patient paid. Amounts are dollars with two decimals.
 *
 * <p>A claim is on the payer's side until the payer answers: its full charge when no remittance was posted yet. A
 * payer's contractual and other adjustments (CO, OI, PI, CR) take the amount off the books; its patient
 * responsibility (PR) moves it to the patient's side. A denied claim (CLP02 = 4) keeps its CO/OI/PI/CR amount with
 * the payer until a biller works it: corrects, appeals, writes it off, or bills the patient.
 *
 * <p>Outstanding = with the payer + the patient owes = charge − payer paid − patient paid − adjustments off the books
 * (the posted contractual adjustments and every write-off), to the cent.
 */
public record ClaimBalance(String claimId, UUID patientId, LocalDate serviceDate, String payerName, BigDecimal charge,
                           BigDecimal payerPaid, Map<String, BigDecimal> adjustmentsByGroup, BigDecimal contractual,
                           BigDecimal denied, BigDecimal patientResponsibility, BigDecimal billedToPatient,
                           BigDecimal payerWriteOffs, BigDecimal patientWriteOffs, BigDecimal patientPaid,
                           boolean remitted) {

    public ClaimBalance {
        adjustmentsByGroup = Map.copyOf(adjustmentsByGroup);
    }

    private static final java.util.List<String> OFF_THE_BOOKS = java.util.List.of("CO", "OI", "PI", "CR");

    /**
     * A claim's balance from the sums posted against it: payerPaid from the 835s (null when none was posted), and by
     * label — a CAS group ("CO", "PR", …; a denied claim's non-PR groups as "DENIED:CO"), "PATIENT_PAID",
     * "WRITE_OFF:PAYER", "WRITE_OFF:PATIENT" and "BILL_PATIENT".
     */
    public static ClaimBalance from(String claimId, UUID patientId, LocalDate serviceDate, String payerName,
                                    BigDecimal charge, BigDecimal payerPaid, Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> groups = new java.util.LinkedHashMap<>();
        BigDecimal contractual = Amounts.ZERO;
        BigDecimal denied = Amounts.ZERO;
        for (Map.Entry<String, BigDecimal> sum : sums.entrySet()) {
            String label = sum.getKey();
            boolean deniedGroup = label.startsWith("DENIED:");
            String group = deniedGroup ? label.substring("DENIED:".length()) : label;
            if (OFF_THE_BOOKS.contains(group)) {
                if (deniedGroup) {
                    denied = denied.add(sum.getValue());
                } else {
                    contractual = contractual.add(sum.getValue());
                }
            }
            if (OFF_THE_BOOKS.contains(group) || group.equals("PR")) {
                groups.merge(group, sum.getValue(), BigDecimal::add);
            }
        }
        return new ClaimBalance(claimId, patientId, serviceDate, payerName, charge.setScale(2),
                payerPaid == null ? Amounts.ZERO : payerPaid.setScale(2), groups, contractual, denied,
                amount(sums, "PR"), amount(sums, "BILL_PATIENT"), amount(sums, "WRITE_OFF:PAYER"),
                amount(sums, "WRITE_OFF:PATIENT"), amount(sums, "PATIENT_PAID"), payerPaid != null);
    }

    private static BigDecimal amount(Map<String, BigDecimal> sums, String label) {
        return sums.getOrDefault(label, Amounts.ZERO).setScale(2);
    }

    /** Taken off the books: the payers' posted adjustments other than the patient's share, and all write-offs. */
    public BigDecimal adjustmentsOff() {
        return contractual.add(payerWriteOffs).add(patientWriteOffs);
    }

    /** Still expected from the payer: the whole charge before a remittance; a denial's amount until it is worked. */
    public BigDecimal withPayer() {
        return charge.subtract(payerPaid).subtract(contractual).subtract(patientResponsibility)
                .subtract(billedToPatient).subtract(payerWriteOffs);
    }

    /** The patient's share (PR and amounts billed to them) less what they paid and what was written off for them. */
    public BigDecimal patientOwes() {
        return patientResponsibility.add(billedToPatient).subtract(patientPaid).subtract(patientWriteOffs);
    }

    public BigDecimal outstanding() {
        return withPayer().add(patientOwes());
    }

    /** Adjustments a payer posted, all groups (for the patient's statement: "insurance adjustments"). */
    public BigDecimal insuranceAdjustments() {
        return contractual.add(denied);
    }

    /** The payers' adjustments in words, for the balance page: "Contractual (CO) $12.00". */
    public java.util.List<String> adjustmentLines() {
        Map<String, String> names = Map.of("CO", "Contractual", "PR", "Patient responsibility", "OI",
                "Other adjustment", "PI", "Payer initiated", "CR", "Correction");
        return adjustmentsByGroup.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> names.getOrDefault(e.getKey(), e.getKey()) + " " + Amounts.dollars(e.getValue()))
                .toList();
    }

    public boolean deniedByPayer() {
        return denied.signum() != 0;
    }
}
