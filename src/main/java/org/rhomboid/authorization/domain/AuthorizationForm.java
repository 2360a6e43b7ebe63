package org.rhomboid.authorization.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.shared.domain.FormReader;

/**
 * A prior authorization or a yearly visit limit as typed, read field by field: the message sits beside its field
 * and the typed values are kept. A correction also needs its reason.
 */
public final class AuthorizationForm {

    public static final int MAX_CODES = 30;
    /** An authorization spans at most two years (payers grant months, not years; a typo such as 2062 is caught). */
    public static final int MAX_DAYS = 731;

    public record Checked(Authorization authorization, String reason, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public record CheckedLimit(VisitLimit limit, String reason, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private AuthorizationForm() {
    }

    /**
     * @param correction whether a reason is required (a correction of a stored authorization)
     */
    public static Checked check(Map<String, List<String>> form, UUID id, UUID patientId, boolean correction) {
        FormReader in = new FormReader(form);
        String number = in.text("number", 50);
        if (number.isEmpty()) {
            in.error("number", "Enter the authorization number");
        } else if (!number.matches("[A-Za-z0-9-]{1,50}")) {
            in.error("number", "Use letters, digits and hyphens only, as the payer wrote it");
        }
        Payer kind = payer(in);
        String payerName = payerName(in);
        LocalDate start = in.date("startDate", LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31),
                "Enter a date between 2000 and 2100");
        LocalDate end = in.date("endDate", LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31),
                "Enter a date between 2000 and 2100");
        if (start == null && !in.errors().containsKey("startDate")) {
            in.error("startDate", "Enter the first day the authorization covers");
        }
        if (end == null && !in.errors().containsKey("endDate")) {
            in.error("endDate", "Enter the last day the authorization covers");
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                in.error("endDate", "The last day comes on or after the first day");
            } else if (end.toEpochDay() - start.toEpochDay() > MAX_DAYS) {
                in.error("endDate", "An authorization spans at most two years: check the dates");
            }
        }
        Integer visits = in.integer("visitsAllowed", 1, 999, "a number of visits from 1 to 999");
        Integer units = in.integer("unitsAllowed", 1, 9999, "a number of units from 1 to 9999");
        if (visits == null && units == null && !in.errors().containsKey("visitsAllowed")
                && !in.errors().containsKey("unitsAllowed")) {
            in.error("visitsAllowed", "Enter the visits authorized, the units, or both");
        }
        List<String> codes = codes(in);
        String reason = reason(in, correction);
        Authorization authorization = in.errors().isEmpty()
                ? new Authorization(id, patientId, number, kind, payerName, start, end, visits, units, codes) : null;
        return new Checked(authorization, reason, Map.copyOf(in.errors()));
    }

    public static CheckedLimit checkLimit(Map<String, List<String>> form, UUID id, UUID patientId,
                                          boolean correction) {
        FormReader in = new FormReader(form);
        Payer kind = payer(in);
        String payerName = payerName(in);
        Integer year = in.integer("year", 2000, 2100, "a year such as 2026");
        if (year == null && !in.errors().containsKey("year")) {
            in.error("year", "Enter the calendar year the limit applies to");
        }
        Integer visits = in.integer("visitsAllowed", 1, 999, "a number of visits from 1 to 999");
        if (visits == null && !in.errors().containsKey("visitsAllowed")) {
            in.error("visitsAllowed", "Enter the visits the plan allows in the year");
        }
        String reason = reason(in, correction);
        VisitLimit limit = in.errors().isEmpty() ? new VisitLimit(id, patientId, kind, payerName, year, visits) : null;
        return new CheckedLimit(limit, reason, Map.copyOf(in.errors()));
    }

    /** Procedure codes separated by commas or spaces: five digits (CPT) or a letter and four digits (HCPCS). */
    static List<String> codes(FormReader in) {
        String raw = in.value("codes");
        if (raw.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String token : raw.toUpperCase(java.util.Locale.ROOT).split("[\\s,;]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.matches("\\d{5}|[A-Z]\\d{4}")) {
                codes.add(token);
            } else {
                wrong.add(token);
            }
        }
        if (!wrong.isEmpty()) {
            in.error("codes", "Not a procedure code: " + String.join(", ", wrong.stream().limit(5).toList())
                    + ". Enter codes such as 97110, 97140, separated by commas");
        } else if (codes.size() > MAX_CODES) {
            in.error("codes", "List at most " + MAX_CODES + " codes");
        }
        return List.copyOf(codes);
    }

    private static Payer payer(FormReader in) {
        Payer kind = in.choice("payerKind", Payer.class);
        if (kind == null && !in.errors().containsKey("payerKind")) {
            in.error("payerKind", "Choose the kind of payer");
        }
        return kind;
    }

    private static String payerName(FormReader in) {
        String name = in.text("payerName", 100);
        if (name.isEmpty()) {
            in.error("payerName", "Enter the payer's name, e.g. the insurance plan");
        }
        return name;
    }

    private static String reason(FormReader in, boolean required) {
        String reason = in.text("reason", 500);
        if (required && reason.isEmpty()) {
            in.error("reason", "Say why the record is corrected");
        }
        return reason;
    }
}
