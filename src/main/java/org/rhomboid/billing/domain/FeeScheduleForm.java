package org.rhomboid.billing.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.shared.domain.FormReader;

/**
 * The fee schedule as typed: for each procedure code a charge per unit ({@code charge_CODE}) and an optional
 * expected allowed amount ({@code allowed_CODE}). A blank charge means the clinic has no fee for the code (a visit
 * billing it is held back); an allowed amount needs a charge beside it.
 */
public final class FeeScheduleForm {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("99999.99");

    public record Checked(Map<String, Fee> fees, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private FeeScheduleForm() {
    }

    public static String chargeField(String code) {
        return "charge_" + code;
    }

    public static String allowedField(String code) {
        return "allowed_" + code;
    }

    /** Reads the amounts typed for {@code codes}; fields of other codes are ignored. */
    public static Checked check(Map<String, List<String>> form, List<String> codes) {
        FormReader in = new FormReader(form);
        Map<String, Fee> fees = new LinkedHashMap<>();
        for (String code : codes) {
            BigDecimal charge = amount(in, chargeField(code), false);
            BigDecimal allowed = amount(in, allowedField(code), true);
            if (charge == null && allowed != null && !in.errors().containsKey(chargeField(code))) {
                in.error(chargeField(code), "Enter the charge too, or clear the allowed amount");
            }
            if (charge != null) {
                fees.put(code, new Fee(code, charge, allowed));
            }
        }
        return new Checked(in.errors().isEmpty() ? fees : Map.of(), Map.copyOf(in.errors()));
    }

    /** Dollars and cents: 55, 55.5 or 55.50; more than zero for a charge, zero or more for an allowed amount. */
    static BigDecimal amount(FormReader in, String field, boolean zeroAllowed) {
        String raw = in.value(field).replace("$", "").replace(",", "").strip();
        if (raw.isEmpty()) {
            return null;
        }
        if (!raw.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            in.error(field, "Enter dollars and cents, e.g. 55.00");
            return null;
        }
        BigDecimal value = new BigDecimal(raw).setScale(2);
        if (value.compareTo(MAX_AMOUNT) > 0) {
            in.error(field, "At most $99,999.99");
            return null;
        }
        if (value.signum() == 0 && !zeroAllowed) {
            in.error(field, "A charge must be more than zero; clear it to have no fee for the code");
            return null;
        }
        return value;
    }
}
