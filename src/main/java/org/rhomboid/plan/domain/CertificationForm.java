package org.rhomboid.plan.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.FormReader;
import org.rhomboid.shared.domain.Npi;
import org.rhomboid.shared.domain.Plural;

/**
 * A certification record as typed: for the initial period, or a new recertification period (its dates, why, how
 * often). Checked field by field, every problem at once, so the page can put each message beside its field.
 * Rules: POC-CERT (recertification needs the practitioner's signature; a period covers at most 90 days).
 */
public record CertificationForm(Map<String, List<String>> fields) {

    public static final int NOTE_LIMIT = 1000;
    public static final int NAME_LIMIT = 120;
    /** A recertification may be recorded ahead of its period, but not further ahead than this. */
    public static final int RECERTIFY_AHEAD_DAYS = 30;

    /** What a record is checked against: today, the plan, and the first treatment day. */
    public record Context(LocalDate today, PlanOfCare plan, LocalDate firstTreatment, DateWords words) {}

    /** The record's content without who and when (the service adds those), or the problems by field. */
    public record Checked(Draft draft, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public record Draft(LocalDate periodStart, LocalDate periodEnd, CertificationReason reason, Integer frequencyPerWeek,
                        Certification.Method method, String practitionerName, String practitionerNpi,
                        LocalDate signedOn, LocalDate receivedOn, LocalDate verbalOrderOn, LocalDate planSentOn,
                        String note) {}

    public CertificationForm {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Map.copyOf(copy);
    }

    public String value(String name) {
        return new FormReader(fields).value(name);
    }

    public Checked check(Context context) {
        FormReader f = new FormReader(fields);
        LocalDate today = context.today();
        PlanOfCare plan = context.plan();
        CertificationReason reason = f.choice("reason", CertificationReason.class);
        if (reason == null && !f.errors().containsKey("reason")) {
            f.error("reason", "Say which period this certifies");
        }
        boolean recertification = reason != null && reason.recertification();

        LocalDate start = plan.startDate();
        LocalDate end = plan.endDate();
        Integer frequency = plan.frequencyPerWeek();
        if (recertification) {
            start = f.date("periodStart", plan.startDate().plusDays(1), today.plusDays(RECERTIFY_AHEAD_DAYS),
                    "Give a start after the plan’s start (" + context.words().day(plan.startDate()) + ") and at most "
                    + Plural.of(RECERTIFY_AHEAD_DAYS, "day") + " from today");
            if (start == null && !f.errors().containsKey("periodStart")) {
                f.error("periodStart", "Give the first day of the recertified period");
            }
            LocalDate earliest = start == null ? plan.startDate() : start;
            end = f.date("periodEnd", earliest, earliest.plusDays(Certification.MAX_CERTIFIED_DAYS - 1),
                    "Give an end on or after the start and at most 90 days from it");
            if (end == null && !f.errors().containsKey("periodEnd")) {
                f.error("periodEnd", "Give the last day of the recertified period");
            }
            frequency = f.integer("frequencyPerWeek", 1, 7, "1 to 7 visits a week");
            if (frequency == null && !f.errors().containsKey("frequencyPerWeek")) {
                f.error("frequencyPerWeek", "Say how many visits a week the recertified plan holds");
            }
        } else if (end.isAfter(start.plusDays(Certification.MAX_CERTIFIED_DAYS - 1))) {
            end = start.plusDays(Certification.MAX_CERTIFIED_DAYS - 1);
        }

        Certification.Method method = f.choice("method", Certification.Method.class);
        if (method == null && !f.errors().containsKey("method")) {
            f.error("method", "Say how the plan is certified");
        }
        if (recertification && method == Certification.Method.SIGNED_REFERRAL_AND_PLAN_SENT) {
            f.error("method", "A recertification needs the practitioner’s signature: the signed-referral"
                    + " alternative covers the initial certification only");
        }
        String name = f.text("practitionerName", NAME_LIMIT);
        String npi = f.value("practitionerNpi").replace(" ", "");
        if (!npi.isEmpty() && !Npi.isValid(npi)) {
            f.error("practitionerNpi", "Enter the practitioner’s 10-digit NPI (its last digit is a check digit)");
        }
        LocalDate earliest = plan.startDate().minusDays(60);
        String range = "Give a date from " + context.words().day(earliest) + " to today";
        LocalDate verbal = f.date("verbalOrderOn", earliest, today, range);
        LocalDate signed = f.date("signedOn", earliest, today, range);
        LocalDate received = f.date("receivedOn", earliest, today, range);
        LocalDate sent = f.date("planSentOn", earliest, today, range);
        String note = f.text("note", NOTE_LIMIT);

        if (method == Certification.Method.VERBAL_ORDER) {
            require(f, "verbalOrderOn", verbal, "Give the date of the verbal order");
        }
        if (method == Certification.Method.SIGNED_REFERRAL_AND_PLAN_SENT) {
            require(f, "planSentOn", sent, "Give the date the plan was sent to the referring practitioner");
        }
        if (method == Certification.Method.SIGNED_PLAN && signed == null && sent == null
                && !f.errors().containsKey("signedOn") && !f.errors().containsKey("planSentOn")) {
            f.error("signedOn", "Give the date of the signature, or the date the plan was sent for signing");
        }
        if (received != null) {
            require(f, "signedOn", signed, "Give the date the practitioner signed");
        }
        if (signed != null && received != null && received.isBefore(signed)) {
            f.error("receivedOn", "The signed plan can’t arrive before it was signed");
        }
        if (signed != null && verbal != null && signed.isBefore(verbal)) {
            f.error("signedOn", "The signature follows the verbal order: give a date on or after it");
        }
        boolean practitionerNamed = signed != null || verbal != null || method == Certification.Method.SIGNED_REFERRAL_AND_PLAN_SENT;
        if (practitionerNamed) {
            if (name.isEmpty() && !f.errors().containsKey("practitionerName")) {
                f.error("practitionerName", "Name the practitioner who certifies the plan");
            }
            if (npi.isEmpty() && !f.errors().containsKey("practitionerNpi")) {
                f.error("practitionerNpi", "Give the practitioner’s NPI");
            }
        }
        if (!f.errors().isEmpty()) {
            return new Checked(null, Map.copyOf(f.errors()));
        }
        return new Checked(new Draft(start, end, reason, frequency, method, name.isEmpty() ? null : name,
                npi.isEmpty() ? null : npi, signed, received, verbal, sent, note), Map.of());
    }

    private static void require(FormReader f, String field, Object value, String message) {
        if (value == null && !f.errors().containsKey(field)) {
            f.error(field, message);
        }
    }
}
