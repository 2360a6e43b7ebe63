package org.rhomboid.billing.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.shared.domain.FormReader;

/**
 * The billing settings form as typed. Text settings may be left blank (claims then say what is missing), but what
 * is typed must fit the 837P: no X12 delimiters (* : ~ ^), IDs of at most 15 characters, a 10-digit phone, a
 * taxonomy such as 225100000X. A payer is named by both its name and its payer ID, or not at all.
 */
public final class ClearinghouseForm {

    public record Checked(ClearinghouseSettings settings, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The payers that are billed (self-pay never is). */
    public static final List<Payer> BILLED_PAYERS = List.of(Payer.MEDICARE, Payer.MEDICAID, Payer.COMMERCIAL,
            Payer.WORKERS_COMP);

    private ClearinghouseForm() {
    }

    public static String payerNameField(Payer payer) {
        return "payerName_" + payer.name();
    }

    public static String payerIdField(Payer payer) {
        return "payerId_" + payer.name();
    }

    public static Checked check(Map<String, List<String>> form) {
        FormReader in = new FormReader(form);
        String taxonomy = pattern(in, "taxonomy", true, "[0-9A-Z]{9}X",
                "Ten characters ending in X, e.g. 225100000X (physical therapist)");
        String pos = in.value("placeOfService");
        if (pos.isEmpty()) {
            in.error("placeOfService", "Enter the place of service, e.g. 11 (office)");
        } else if (!pos.matches("\\d{2}")) {
            in.error("placeOfService", "Two digits, e.g. 11 (office)");
        }
        String sender = pattern(in, "senderId", true, "[A-Z0-9 ]{1,15}", "Up to 15 letters or digits");
        String receiver = pattern(in, "receiverId", true, "[A-Z0-9 ]{1,15}", "Up to 15 letters or digits");
        String receiverName = text(in, "receiverName", 60);
        String submitter = text(in, "submitterName", 60);
        String contact = text(in, "contactName", 60);
        String phone = in.value("contactPhone").replaceAll("[^0-9]", "");
        if (!in.value("contactPhone").isEmpty() && !phone.matches("\\d{10}")) {
            in.error("contactPhone", "Ten digits, e.g. (207) 555-0100");
        }
        String usage = in.value("usage");
        if (!usage.equals("T") && !usage.equals("P")) {
            in.error("usage", "Choose test or production");
        }
        Integer control = in.integer("nextControlNumber", 1, ClearinghouseSettings.MAX_CONTROL_NUMBER,
                "a number from 1 to 999999999");
        if (control == null && in.value("nextControlNumber").isEmpty()) {
            in.error("nextControlNumber", "Enter the next control number (1 for a new clearinghouse)");
        }
        Map<Payer, PayerIdentity> payers = new EnumMap<>(Payer.class);
        for (Payer payer : BILLED_PAYERS) {
            String name = text(in, payerNameField(payer), 60);
            String id = text(in, payerIdField(payer), 80);
            if (name.isEmpty() != id.isEmpty()) {
                in.error(name.isEmpty() ? payerNameField(payer) : payerIdField(payer),
                        "Enter both the payer's name and its payer ID, or neither");
            } else if (!name.isEmpty()) {
                payers.put(payer, new PayerIdentity(name, id));
            }
        }
        if (!in.errors().isEmpty()) {
            return new Checked(null, Map.copyOf(in.errors()));
        }
        return new Checked(new ClearinghouseSettings(blank(taxonomy), pos, blank(sender), blank(receiver),
                blank(receiverName), blank(submitter), blank(contact), blank(phone), usage.charAt(0), control, payers),
                Map.of());
    }

    private static String pattern(FormReader in, String field, boolean upper, String regex, String message) {
        String value = in.value(field);
        if (upper) {
            value = value.toUpperCase(Locale.ROOT);
        }
        if (!value.isEmpty() && !value.matches(regex)) {
            in.error(field, message);
        }
        return value;
    }

    private static String text(FormReader in, String field, int limit) {
        String value = in.text(field, limit);
        if (value.matches(".*[*:~^].*")) {
            in.error(field, "Leave out * : ~ and ^ (they separate the parts of a claim file)");
        }
        return value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
