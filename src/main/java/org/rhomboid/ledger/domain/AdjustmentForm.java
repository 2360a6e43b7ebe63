package org.rhomboid.ledger.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A biller's adjustment of one claim: a write-off (amount, reason, side, note) of at most what is left on that
 * side, or billing the patient (amount, note) for at most what is still with the payer.
 */
public final class AdjustmentForm {

    public enum Kind { WRITE_OFF, BILL_PATIENT }

    public record Adjustment(Kind kind, Side side, String reason, BigDecimal amount, String note) {}

    public record Checked(Adjustment adjustment, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private AdjustmentForm() {
    }

    public static Checked writeOff(Map<String, List<String>> form, ClaimBalance claim) {
        Map<String, String> errors = new LinkedHashMap<>();
        Side side = null;
        try {
            side = Side.valueOf(PaymentForm.first(form, "side"));
        } catch (IllegalArgumentException notOne) {
            errors.put("side", "Choose the payer's side or the patient's side.");
        }
        WriteOffReason reason = null;
        try {
            reason = WriteOffReason.valueOf(PaymentForm.first(form, "reason"));
        } catch (IllegalArgumentException notOne) {
            errors.put("reason", "Choose why the balance is written off.");
        }
        BigDecimal left = side == Side.PATIENT ? claim.patientOwes() : claim.withPayer();
        Optional<BigDecimal> amount = amount(form, errors, side == null ? null : left,
                side == Side.PATIENT ? "the patient owes" : "is still with the payer");
        String note = note(form, errors);
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new Adjustment(Kind.WRITE_OFF, side, reason.name(), amount.get(), note), Map.of());
    }

    public static Checked billPatient(Map<String, List<String>> form, ClaimBalance claim) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<BigDecimal> amount = amount(form, errors, claim.withPayer(), "is still with the payer");
        String note = note(form, errors);
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new Adjustment(Kind.BILL_PATIENT, Side.PAYER, "BILL_PATIENT", amount.get(), note),
                Map.of());
    }

    private static Optional<BigDecimal> amount(Map<String, List<String>> form, Map<String, String> errors,
                                               BigDecimal left, String where) {
        Optional<BigDecimal> amount = Amounts.typed(PaymentForm.first(form, "amount"));
        if (amount.isEmpty()) {
            errors.put("amount", "Give the amount in dollars and cents, for example 12.50.");
        } else if (left != null && amount.get().compareTo(left) > 0) {
            errors.put("amount", left.signum() > 0
                    ? "Only " + Amounts.dollars(left) + " " + where + " on this claim."
                    : "Nothing " + where + " on this claim.");
        }
        return amount;
    }

    private static String note(Map<String, List<String>> form, Map<String, String> errors) {
        String note = PaymentForm.first(form, "note");
        if (note.length() > 500) {
            errors.put("note", "Keep the note under 500 characters.");
        }
        return note;
    }
}
