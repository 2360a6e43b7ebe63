package org.rhomboid.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rhomboid.shared.domain.DateWords;

/**
 * Medicare plan-of-care certification (Benefit Policy Manual 100-02 ch. 15 §220.1.3; key POC-CERT). The
 * physician or NPP certifies the plan by a dated signature within 30 days of the first treatment day, or a verbal
 * order whose signature follows within 14 days; from dates of service on 1 Jan 2025, a signed and dated referral
 * plus sending the plan to the referring practitioner within 30 days also meets it. Certification covers at most
 * 90 calendar days (or the plan's duration if shorter); recertify before it runs out.
 */
public final class Certification {

    public enum Method {
        SIGNED_PLAN("Plan signed by the referring practitioner"),
        VERBAL_ORDER("Verbal order, signature to follow within 14 days"),
        SIGNED_REFERRAL_AND_PLAN_SENT("Signed referral on file, plan sent to the practitioner (2025 rule)");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final int CERTIFY_WITHIN_DAYS = 30;
    public static final int VERBAL_SIGNATURE_WITHIN_DAYS = 14;
    public static final int MAX_CERTIFIED_DAYS = 90;
    public static final LocalDate REFERRAL_ALTERNATIVE_FROM = LocalDate.of(2025, 1, 1);

    /**
     * @param signatureReceived signed plan (or, for a verbal order, the later signature) — null until received
     * @param verbalOrderOn     date of the verbal order, for VERBAL_ORDER
     * @param planSentOn        date the plan was sent to the referring practitioner, for the 2025 alternative
     */
    public record Facts(LocalDate firstTreatment, int durationWeeks, Method method, LocalDate signatureReceived,
                        LocalDate verbalOrderOn, LocalDate planSentOn) {}

    /** Due dates, whether the plan is certified yet, and what is missing or late; recertify by certifiedThrough. */
    public record Status(boolean certified, LocalDate certifyBy, LocalDate certifiedThrough, List<String> problems) {}

    private Certification() {
    }

    /**
     * The two dates of a status in the order they fall, in words: "certify by Jan 6, 2027; certified through
     * Mar 31, 2027 — recertify by then if treatment continues". A plan shorter than the 30 days for the signature
     * ends before the signature is due; it then reads "plan of care through Jan 3, 2027 (recertify by then if
     * treatment continues); certifying signature due by Jan 6, 2027", never "recertify" before "certify".
     */
    public static String deadlines(Status status, DateWords words) {
        String through = (status.certified() ? "certified through " : "plan of care through ")
                + words.day(status.certifiedThrough());
        if (status.certified()) {
            return through + ": recertify by then if treatment continues.";
        }
        String certify = "certifying signature due by " + words.day(status.certifyBy());
        return status.certifiedThrough().isBefore(status.certifyBy())
               ? through + " (recertify by then if treatment continues); " + certify + "."
               : certify + "; " + through + ": recertify by then if treatment continues.";
    }

    /**
     * What a plan's certification stands at on {@code today}: the problems are sentences with their dates written
     * the clinic's way.
     */
    public static Status assess(Facts f, LocalDate today, DateWords words) {
        if (f.firstTreatment() == null || f.method() == null) {
            throw new IllegalArgumentException("Give the first treatment day and the certification method");
        }
        if (f.durationWeeks() < 1 || f.durationWeeks() > 52) {
            throw new IllegalArgumentException("The plan's duration must be 1 to 52 weeks");
        }
        LocalDate planEnd = f.firstTreatment().plusWeeks(f.durationWeeks()).minusDays(1);
        return assessPeriod(new PeriodFacts(true, f.firstTreatment(), f.firstTreatment(), planEnd, f.method(),
                f.signatureReceived(), f.verbalOrderOn(), f.planSentOn(), null), today, words);
    }

    /**
     * One certification period: the initial one (its 30 days run from the first treatment day, the evaluation
     * included; POC-CERT) or a recertification (due by the day its period starts, signed by the practitioner: the
     * 2025 signed-referral alternative is for the initial certification only). A period covers at most 90 days.
     *
     * @param initial        the initial certification rather than a recertification
     * @param firstTreatment the first treatment day (the initial evaluation): the 30 days run from it
     * @param plannedEnd     the last day the period is meant to cover (capped at 90 days from its start)
     * @param delayReason    the documented reason for a late signature; with it a late certification counts
     */
    public record PeriodFacts(boolean initial, LocalDate firstTreatment, LocalDate start, LocalDate plannedEnd,
                              Method method, LocalDate signedOn, LocalDate verbalOrderOn, LocalDate planSentOn,
                              String delayReason) {}

    public static Status assessPeriod(PeriodFacts f, LocalDate today, DateWords words) {
        if (f.firstTreatment() == null || f.start() == null || f.plannedEnd() == null || f.method() == null) {
            throw new IllegalArgumentException("Give the first treatment day, the period and the certification method");
        }
        if (f.plannedEnd().isBefore(f.start())) {
            throw new IllegalArgumentException("A certification period can't end before it starts");
        }
        List<String> problems = new ArrayList<>();
        LocalDate ninetyDays = f.start().plusDays(MAX_CERTIFIED_DAYS - 1);
        LocalDate through = f.plannedEnd().isBefore(ninetyDays) ? f.plannedEnd() : ninetyDays;
        if (f.plannedEnd().isAfter(ninetyDays)) {
            problems.add("The plan runs past 90 days: certification ends " + words.day(ninetyDays) + "; recertify by then");
        }
        LocalDate certifyBy = f.initial() ? f.firstTreatment().plusDays(CERTIFY_WITHIN_DAYS) : f.start();
        boolean delayed = f.delayReason() != null && !f.delayReason().isBlank();
        boolean certified = switch (f.method()) {
            case SIGNED_PLAN -> signedInTime(f.signedOn(), certifyBy, today, delayed, problems, words);
            case VERBAL_ORDER -> {
                if (f.verbalOrderOn() == null) {
                    problems.add("Record the date of the verbal order");
                    yield false;
                }
                LocalDate signBy = f.verbalOrderOn().plusDays(VERBAL_SIGNATURE_WITHIN_DAYS);
                LocalDate due = f.initial() && certifyBy.isBefore(signBy) ? certifyBy : signBy;
                yield signedInTime(f.signedOn(), due, today, delayed, problems, words);
            }
            case SIGNED_REFERRAL_AND_PLAN_SENT -> {
                if (!f.initial()) {
                    problems.add("A recertification needs the practitioner’s signature: the signed-referral"
                            + " alternative covers the initial certification only");
                    yield false;
                }
                if (f.firstTreatment().isBefore(REFERRAL_ALTERNATIVE_FROM)) {
                    problems.add("The signed-referral alternative applies only from 1 Jan 2025");
                    yield false;
                }
                if (f.planSentOn() == null) {
                    if (today.isAfter(certifyBy)) {
                        problems.add("The plan was not sent to the referring practitioner within 30 days (by " + words.day(certifyBy) + ")");
                    } else {
                        problems.add("Send the plan to the referring practitioner by " + words.day(certifyBy));
                    }
                    yield false;
                }
                if (f.planSentOn().isAfter(certifyBy)) {
                    if (delayed) {
                        problems.add("Delayed: the plan was sent after the 30-day limit (" + words.day(certifyBy) + "); reason on file");
                        yield true;
                    }
                    problems.add("The plan was sent after the 30-day limit (" + words.day(certifyBy) + "); delayed certification needs a justification");
                    yield false;
                }
                yield true;
            }
        };
        return new Status(certified, certifyBy, through, problems);
    }

    private static boolean signedInTime(LocalDate signature, LocalDate due, LocalDate today, boolean delayed,
                                        List<String> problems, DateWords words) {
        if (signature == null) {
            problems.add(today.isAfter(due) ? "Certification is overdue (due " + words.day(due) + "); delayed certification needs a justification"
                                            : "Awaiting the certifying signature, due by " + words.day(due));
            return false;
        }
        if (signature.isAfter(due)) {
            if (delayed) {
                // Medicare accepts a delayed certification when the reason for the delay is documented.
                problems.add("Delayed: signed after the deadline (" + words.day(due) + "); reason on file");
                return true;
            }
            problems.add("Signed after the deadline (" + words.day(due) + "); document the reason for delayed certification");
            return false;
        }
        return true;
    }
}
