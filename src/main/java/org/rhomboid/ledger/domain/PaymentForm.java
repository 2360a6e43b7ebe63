package org.rhomboid.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A patient payment as typed at the desk: method, amount, the day received, the card's last four digits or the
 * check's number, and optionally the claim it pays. A card is identified by its last four digits only; a longer
 * number is refused (and the controller does not echo it back).
 */
public final class PaymentForm {

    public record Payment(PaymentMethod method, BigDecimal amount, LocalDate receivedOn, String cardLast4,
                          String checkNumber, String claimId) {}

    public record Checked(Payment payment, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private PaymentForm() {
    }

    public static Checked check(Map<String, List<String>> form, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        PaymentMethod method = null;
        try {
            method = PaymentMethod.valueOf(first(form, "method"));
        } catch (IllegalArgumentException notOne) {
            errors.put("method", "Choose cash, card or check.");
        }
        Optional<BigDecimal> amount = Amounts.typed(first(form, "amount"));
        if (amount.isEmpty()) {
            errors.put("amount", "Give the amount received in dollars and cents, for example 25.00.");
        }
        LocalDate receivedOn = today;
        String day = first(form, "receivedOn");
        if (!day.isEmpty()) {
            try {
                receivedOn = LocalDate.parse(day);
                if (receivedOn.isAfter(today) || receivedOn.isBefore(today.minusYears(1))) {
                    errors.put("receivedOn", "The day received is today or within the past year.");
                }
            } catch (DateTimeParseException notADate) {
                errors.put("receivedOn", "Give the day as yyyy-mm-dd.");
            }
        }
        String last4 = first(form, "cardLast4");
        String check = first(form, "checkNumber");
        if (method == PaymentMethod.CARD && !last4.matches("[0-9]{4}")) {
            errors.put("cardLast4", last4.replaceAll("[^0-9]", "").length() > 4
                    ? "Only the card's last four digits: never the full card number."
                    : "Give the card's last four digits.");
        }
        if (method == PaymentMethod.CHECK && !check.matches("[0-9A-Za-z-]{1,20}")) {
            errors.put("checkNumber", "Give the check number (up to 20 letters or digits).");
        }
        String claimId = first(form, "claimId").toUpperCase();
        if (!claimId.isEmpty() && !claimId.matches("[0-9A-Z]{1,20}")) {
            errors.put("claimId", "Choose one of the patient's visits, or leave it to pay the oldest first.");
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new Payment(method, amount.get(), receivedOn,
                method == PaymentMethod.CARD ? last4 : null, method == PaymentMethod.CHECK ? check : null,
                claimId.isEmpty() ? null : claimId), Map.of());
    }

    /** Whether what was typed as a card's digits may be shown again: never more than four digits. */
    public static boolean safeToShow(String cardLast4) {
        return cardLast4 == null || cardLast4.replaceAll("[^0-9]", "").length() <= 4;
    }

    static String first(Map<String, List<String>> form, String field) {
        List<String> values = form.get(field);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }
}
