package org.rhomboid.coverage.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.patient.domain.Sex;
import org.rhomboid.shared.domain.FormReader;

/**
 * A coverage as typed, checked for what a claim needs: a payer from the directory, a member ID as the card shows it,
 * the rank, and — when someone else holds the policy — that person's name, birth date, sex and address, which the
 * claim's subscriber loop (2010BA) carries in place of the patient's. One coverage of each rank at a time.
 */
public final class CoverageForm {

    public static final String SUBSCRIBER_FAMILY = "subscriberFamily";
    public static final String SUBSCRIBER_GIVEN = "subscriberGiven";
    public static final String SUBSCRIBER_BIRTH = "subscriberBirthDate";
    public static final String SUBSCRIBER_SEX = "subscriberSex";
    public static final String SUBSCRIBER_ADDRESS = "subscriberAddress";
    public static final String SUBSCRIBER_CITY = "subscriberCity";
    public static final String SUBSCRIBER_STATE = "subscriberState";
    public static final String SUBSCRIBER_ZIP = "subscriberZip";

    private static final Set<String> STATES = org.rhomboid.payer.domain.PayerForm.STATES;

    public record Checked(Coverage coverage, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private CoverageForm() {
    }

    /**
     * @param payers   the payers that may be chosen (id → name): the directory's payers in use, and for a stored
     *                 coverage also its own payer, retired or not
     * @param existing the patient's other coverages, for the one-per-rank rule
     */
    public static Checked check(Map<String, List<String>> form, UUID id, UUID patientId, Map<UUID, String> payers,
                                List<Coverage> existing, LocalDate today) {
        FormReader in = new FormReader(form);
        UUID payerId = null;
        try {
            payerId = in.value("payerId").isEmpty() ? null : UUID.fromString(in.value("payerId"));
        } catch (IllegalArgumentException notAnId) {
            payerId = null;
        }
        if (payerId == null || !payers.containsKey(payerId)) {
            in.error("payerId", payers.isEmpty() ? "The payer directory is empty: a biller adds the payer first"
                    : "Choose the payer from the directory");
        }
        Rank rank = in.choice("rank", Rank.class);
        if (rank == null && in.value("rank").isEmpty()) {
            in.error("rank", "Choose primary, secondary or tertiary");
        }
        String member = in.value("memberId").toUpperCase(Locale.ROOT).replace(" ", "");
        if (member.isEmpty()) {
            in.error("memberId", "Enter the member ID as the insurance card shows it");
        } else if (!member.matches("[A-Z0-9-]{2,80}")) {
            in.error("memberId", "Letters, digits and hyphens only (2 to 80)");
        }
        String group = in.value("groupNumber").toUpperCase(Locale.ROOT);
        if (!group.isEmpty() && !group.matches("[A-Z0-9 -]{1,50}")) {
            in.error("groupNumber", "Letters, digits, spaces and hyphens only (at most 50)");
        }
        Relationship relationship = in.choice("relationship", Relationship.class);
        if (relationship == null && in.value("relationship").isEmpty()) {
            in.error("relationship", "Choose who holds the policy");
        }
        Subscriber subscriber = relationship == null || relationship == Relationship.SELF ? null : subscriber(in, today);
        LocalDate first = in.date("firstDay", today.minusYears(30), today.plusYears(2),
                "A date within the last 30 years or the next 2");
        if (first == null && in.value("firstDay").isEmpty()) {
            in.error("firstDay", "Enter the first day of coverage (the card's effective date)");
        }
        LocalDate last = in.date("lastDay", today.minusYears(30), today.plusYears(30), "A date within 30 years");
        if (first != null && last != null && last.isBefore(first)) {
            in.error("lastDay", "The last day cannot come before the first");
        }
        if (!in.errors().isEmpty()) {
            return new Checked(null, Map.copyOf(in.errors()));
        }
        Coverage coverage = new Coverage(id, patientId, payerId, payers.get(payerId), rank, member,
                group.isEmpty() ? null : group, relationship, subscriber, first, last);
        return CoveragesInForce.clash(existing, coverage)
                .map(c -> new Checked(null, Map.of("rank", "The patient already has a " + rank.label()
                        .toLowerCase(Locale.ROOT) + " coverage in force then (" + c.payerName()
                        + "): give that one a last day first")))
                .orElse(new Checked(coverage, Map.of()));
    }

    private static Subscriber subscriber(FormReader in, LocalDate today) {
        String family = in.value(SUBSCRIBER_FAMILY);
        String given = in.value(SUBSCRIBER_GIVEN);
        requireName(in, SUBSCRIBER_FAMILY, family, 60, "family name");
        requireName(in, SUBSCRIBER_GIVEN, given, 35, "given name");
        LocalDate birth = in.date(SUBSCRIBER_BIRTH, today.minusYears(120), today, "A date of birth in the past");
        if (birth == null && in.value(SUBSCRIBER_BIRTH).isEmpty()) {
            in.error(SUBSCRIBER_BIRTH, "Enter the policy holder's date of birth");
        }
        Sex sex = in.choice(SUBSCRIBER_SEX, Sex.class);
        if (sex == null && in.value(SUBSCRIBER_SEX).isEmpty()) {
            in.error(SUBSCRIBER_SEX, "Choose the policy holder's sex");
        }
        String line = in.value(SUBSCRIBER_ADDRESS);
        if (line.isEmpty() || line.length() > 55 || !x12Safe(line)) {
            in.error(SUBSCRIBER_ADDRESS, "Enter the policy holder's street address (at most 55 characters)");
        }
        String city = in.value(SUBSCRIBER_CITY);
        if (city.isEmpty() || city.length() > 30 || !x12Safe(city)) {
            in.error(SUBSCRIBER_CITY, "Enter the city (at most 30 characters)");
        }
        String state = in.value(SUBSCRIBER_STATE).toUpperCase(Locale.ROOT);
        if (!STATES.contains(state)) {
            in.error(SUBSCRIBER_STATE, "The two-letter state code, e.g. ME");
        }
        String zip = in.value(SUBSCRIBER_ZIP).replace("-", "");
        if (!zip.matches("\\d{5}|\\d{9}")) {
            in.error(SUBSCRIBER_ZIP, "Five digits, or nine for ZIP+4");
        }
        return new Subscriber(family, given, birth, sex, line, city, state, zip);
    }

    private static void requireName(FormReader in, String field, String value, int max, String what) {
        if (value.isEmpty()) {
            in.error(field, "Enter the policy holder's " + what);
        } else if (value.length() > max || !x12Safe(value)) {
            in.error(field, "At most " + max + " characters, without * : ~ or ^");
        }
    }

    private static boolean x12Safe(String text) {
        return text.chars().noneMatch(c -> c == '*' || c == ':' || c == '~' || c == '^' || c < 0x20);
    }

    /** What the form shows for a stored coverage. */
    public static Map<String, String> typed(Coverage c) {
        Map<String, String> typed = new HashMap<>();
        typed.put("payerId", c.payerId().toString());
        typed.put("rank", c.rank().name());
        typed.put("memberId", c.memberId());
        typed.put("groupNumber", c.groupNumber() == null ? "" : c.groupNumber());
        typed.put("relationship", c.relationship().name());
        typed.put("firstDay", c.firstDay().toString());
        typed.put("lastDay", c.lastDay() == null ? "" : c.lastDay().toString());
        Subscriber s = c.subscriber();
        if (s != null) {
            typed.put(SUBSCRIBER_FAMILY, s.familyName());
            typed.put(SUBSCRIBER_GIVEN, s.givenName());
            typed.put(SUBSCRIBER_BIRTH, s.birthDate().toString());
            typed.put(SUBSCRIBER_SEX, s.sex().name());
            typed.put(SUBSCRIBER_ADDRESS, s.addressLine());
            typed.put(SUBSCRIBER_CITY, s.city());
            typed.put(SUBSCRIBER_STATE, s.state());
            typed.put(SUBSCRIBER_ZIP, s.postalCode());
        }
        return typed;
    }
}
