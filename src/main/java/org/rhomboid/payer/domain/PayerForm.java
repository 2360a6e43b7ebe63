package org.rhomboid.payer.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.billing.domain.PayerRules;
import org.rhomboid.billing.domain.UnitMethod;
import org.rhomboid.shared.domain.FormReader;

/**
 * The payer form as typed, checked against what an 837P can carry and what the payer's kind requires: Medicare
 * (MA, MB) is billed by CMS's 8-minute rule with Medicare's rules (CMS-8MIN, KX), whatever is typed. The same rules
 * check each row of an imported CSV file.
 */
public final class PayerForm {

    /** A field of the form, in page order, with its label (also the CSV column's meaning). */
    public record Field(String name, String label) {}

    public static final List<Field> FIELDS = List.of(
            new Field("name", "Payer name"),
            new Field("payerId", "Payer ID"),
            new Field("filingIndicator", "Claim filing indicator"),
            new Field("addressLine", "Claims address"),
            new Field("city", "City"),
            new Field("state", "State"),
            new Field("postalCode", "ZIP code"),
            new Field("phone", "Phone"),
            new Field("unitMethod", "Unit rule"),
            new Field("distinctModifier", "Distinct-service modifier"),
            new Field("medicareRules", "Medicare's rules"),
            new Field("ncci", "NCCI edits"),
            new Field("timelyFilingDays", "Timely filing (days)"),
            new Field("priorAuthorization", "Prior authorization"),
            new Field("active", "In use"));

    /** Days to file when the contract is not known yet: short, so claims go out early rather than too late. */
    public static final int DEFAULT_TIMELY_FILING_DAYS = 90;
    /** Medicare: 12 months after the date of service (42 CFR 424.44). */
    public static final int MEDICARE_TIMELY_FILING_DAYS = 365;

    public static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "PR", "VI", "GU", "AS", "MP");

    public record Checked(PayerProfile payer, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private PayerForm() {
    }

    /** A new payer of this kind as the form first shows it: the kind's billing rules, the safe filing limit. */
    public static Map<String, String> defaults(FilingIndicator indicator) {
        PayerRules rules = PayerRules.of(indicator.kind());
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("filingIndicator", indicator.code());
        typed.put("unitMethod", rules.unitMethod().name());
        typed.put("distinctModifier", rules.distinctModifier());
        typed.put("medicareRules", rules.medicareRules() ? "yes" : "");
        typed.put("ncci", rules.ncci() ? "yes" : "");
        typed.put("timelyFilingDays", Integer.toString(rules.medicareRules() ? MEDICARE_TIMELY_FILING_DAYS
                : DEFAULT_TIMELY_FILING_DAYS));
        typed.put("active", "yes");
        return typed;
    }

    /** What the form shows for a stored payer. */
    public static Map<String, String> typed(PayerProfile p) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", p.name());
        typed.put("payerId", p.payerId());
        typed.put("filingIndicator", p.filingIndicator().code());
        typed.put("addressLine", p.address().line());
        typed.put("city", p.address().city());
        typed.put("state", p.address().state());
        typed.put("postalCode", p.address().postalCode());
        typed.put("phone", p.address().phone());
        typed.put("unitMethod", p.unitMethod().name());
        typed.put("distinctModifier", p.distinctModifier());
        typed.put("medicareRules", p.medicareRules() ? "yes" : "");
        typed.put("ncci", p.ncci() ? "yes" : "");
        typed.put("timelyFilingDays", Integer.toString(p.timelyFilingDays()));
        typed.put("priorAuthorization", p.priorAuthorization() ? "yes" : "");
        typed.put("active", p.active() ? "yes" : "");
        return typed;
    }

    /** @param id the stored payer's id, or null for a new one (the caller gives it one) */
    public static Checked check(Map<String, List<String>> form, UUID id) {
        FormReader in = new FormReader(form);
        String name = in.value("name");
        if (name.isEmpty()) {
            in.error("name", "Enter the payer's name as your clearinghouse lists it");
        } else if (name.length() > 60) {
            in.error("name", "Use at most 60 characters (the claim's limit)");
        } else if (!x12Safe(name)) {
            in.error("name", "Leave out * : ~ and ^ (they separate a claim file's parts)");
        }
        String payerId = in.value("payerId").toUpperCase(Locale.ROOT);
        if (payerId.isEmpty()) {
            in.error("payerId", "Enter the payer ID your clearinghouse gives for this payer");
        } else if (!payerId.matches("[A-Z0-9]{2,80}")) {
            in.error("payerId", "2 to 80 letters or digits, e.g. 12502 or 60054");
        }
        FilingIndicator indicator = FilingIndicator.ofCode(in.value("filingIndicator")).orElse(null);
        if (indicator == null) {
            in.error("filingIndicator", "Choose the kind of programme, e.g. Medicare Part B or commercial");
        }
        PayerProfile.Address address = address(in);
        UnitMethod units = in.choice("unitMethod", UnitMethod.class);
        if (units == null) {
            in.error("unitMethod", "Choose how timed minutes become units");
        }
        String modifier = in.value("distinctModifier").toUpperCase(Locale.ROOT);
        if (!PayerRules.DISTINCT_MODIFIERS.contains(modifier)) {
            in.error("distinctModifier", "Choose 59, XE, XS, XP or XU");
        }
        boolean medicare = in.ticked("medicareRules");
        if (indicator != null && indicator.kind() == org.rhomboid.patient.domain.Payer.MEDICARE) {
            if (units != null && units != UnitMethod.CMS) {
                in.error("unitMethod", "Medicare is billed by CMS's 8-minute rule");
            }
            if (!medicare) {
                in.error("medicareRules", "Medicare's rules (KX, CQ, certification) apply to Medicare");
            }
        }
        Integer days = in.integer("timelyFilingDays", 1, 3650, "a number of days from 1 to 3650");
        if (days == null && in.value("timelyFilingDays").isEmpty()) {
            in.error("timelyFilingDays", "Enter how many days after the visit the payer accepts a claim");
        }
        if (!in.errors().isEmpty()) {
            return new Checked(null, Map.copyOf(in.errors()));
        }
        return new Checked(new PayerProfile(id, name, payerId, indicator, address, units, modifier, medicare,
                in.ticked("ncci"), days, in.ticked("priorAuthorization"), in.ticked("active")), Map.of());
    }

    private static PayerProfile.Address address(FormReader in) {
        String line = in.value("addressLine");
        String city = in.value("city");
        String state = in.value("state").toUpperCase(Locale.ROOT);
        String zip = in.value("postalCode").replace("-", "");
        String phone = in.value("phone").replaceAll("[^0-9]", "");
        if (!in.value("phone").isEmpty() && !phone.matches("\\d{10}")) {
            in.error("phone", "Ten digits, e.g. (800) 555-0100");
        }
        boolean any = !line.isEmpty() || !city.isEmpty() || !state.isEmpty() || !zip.isEmpty();
        if (!any) {
            return new PayerProfile.Address("", "", "", "", phone);
        }
        if (line.isEmpty()) {
            in.error("addressLine", "Enter the street or PO box, or leave the whole address blank");
        } else if (line.length() > 55 || !x12Safe(line)) {
            in.error("addressLine", "At most 55 characters, without * : ~ or ^");
        }
        if (city.isEmpty()) {
            in.error("city", "Enter the city");
        } else if (city.length() > 30 || !x12Safe(city)) {
            in.error("city", "At most 30 characters, without * : ~ or ^");
        }
        if (!STATES.contains(state)) {
            in.error("state", "The two-letter state code, e.g. PA");
        }
        if (!zip.matches("\\d{5}|\\d{9}")) {
            in.error("postalCode", "Five digits, or nine for ZIP+4");
        }
        return new PayerProfile.Address(line, city, state, zip, phone);
    }

    private static boolean x12Safe(String text) {
        return text.chars().noneMatch(c -> c == '*' || c == ':' || c == '~' || c == '^' || c < 0x20);
    }
}
