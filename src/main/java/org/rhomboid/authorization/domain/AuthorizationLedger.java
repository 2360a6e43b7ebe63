package org.rhomboid.authorization.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.Plural;
import org.rhomboid.shared.domain.Sentences;

/**
 * What a patient's prior authorizations and yearly visit limits have left, counted from the signed visits and the
 * appointments still booked; when one is running out; and the warning a visit on a date deserves. Plain rules on
 * plain facts: the feature's service gathers them and gives the clinic's today. Warnings never block anything: the
 * visit happened, and the payer, not the software, decides what it pays (docs/clinical-sources.md, PRIOR-AUTH).
 *
 * <p>What counts against an authorization: a signed visit (initial evaluation, daily note or re-evaluation — never a
 * progress report or discharge summary) dated within its dates and, when it lists codes, billing one of them; its
 * units are the visit's billable units under those codes. A booked or checked-in appointment dated today or later
 * within its dates counts as a visit booked (its codes are not known yet). A yearly limit counts every signed visit
 * and every booked appointment of that calendar year.
 */
public final class AuthorizationLedger {

    /** Running out when this many authorized visits or fewer remain. Product decision (AUTH-RUNNING-OUT). */
    public static final int RUNNING_OUT_VISITS = 2;
    /** …or when this share (percent) of the authorized visits or units or less remains (AUTH-RUNNING-OUT). */
    public static final int RUNNING_OUT_PERCENT = 20;
    /** …or when the authorization ends within this many days (AUTH-RUNNING-OUT). */
    public static final int RUNNING_OUT_DAYS = 7;

    /** Where an authorization stands on the day it is looked at. */
    public enum Status { UPCOMING, IN_FORCE, ENDED }

    /**
     * An authorization with what it has left: used (signed visits and their units), booked (appointments from today),
     * remaining (allowed less used less booked; null when that measure is not authorized).
     */
    public record Use(Authorization authorization, Status status, int visitsUsed, int unitsUsed, int visitsBooked,
                      Integer visitsRemaining, Integer unitsRemaining, List<String> runningOut) {

        public boolean isRunningOut() {
            return !runningOut.isEmpty();
        }
    }

    /** A yearly limit with the visits signed and booked in its year. */
    public record LimitUse(VisitLimit limit, int visitsUsed, int visitsBooked, int visitsRemaining, boolean runningOut) {}

    public enum AlertKind { RUNNING_OUT, EXPIRED_WITH_BOOKINGS }

    /** What the compliance worklist lists for a patient's authorization. */
    public record Alert(AlertKind kind, UUID patientId, Authorization authorization, LocalDate due, String sentence) {}

    private AuthorizationLedger() {
    }

    /** The visits that count against the authorization (its dates, and its codes when it lists any). */
    public static List<CountedVisit> counted(Authorization a, List<CountedVisit> visits) {
        return visits.stream().filter(v -> a.covers(v.date()) && a.coversCodes(v.codes())).toList();
    }

    public static Use use(Authorization a, List<CountedVisit> visits, List<LocalDate> bookings, LocalDate today,
                          DateWords words) {
        List<CountedVisit> counted = counted(a, visits);
        int used = counted.size();
        int units = counted.stream().mapToInt(v -> v.unitsUnder(a)).sum();
        int booked = (int) bookings.stream().filter(d -> !d.isBefore(today) && a.covers(d)).count();
        Integer visitsLeft = a.visitsAllowed() == null ? null : a.visitsAllowed() - used - booked;
        Integer unitsLeft = a.unitsAllowed() == null ? null : a.unitsAllowed() - units;
        Status status = today.isBefore(a.start()) ? Status.UPCOMING : today.isAfter(a.end()) ? Status.ENDED
                : Status.IN_FORCE;
        List<String> reasons = new ArrayList<>();
        if (status != Status.ENDED) {
            if (visitsLeft != null && (visitsLeft <= RUNNING_OUT_VISITS
                    || visitsLeft * 100 <= a.visitsAllowed() * RUNNING_OUT_PERCENT)) {
                reasons.add(visitsLeft <= 0
                        ? "all " + Plural.of(a.visitsAllowed(), "visit") + " authorized are used or booked"
                        : Plural.of(visitsLeft, "visit") + " of " + a.visitsAllowed() + " left after those booked");
            }
            if (unitsLeft != null && unitsLeft * 100 <= a.unitsAllowed() * RUNNING_OUT_PERCENT) {
                reasons.add(unitsLeft <= 0 ? "all " + Plural.of(a.unitsAllowed(), "unit") + " authorized are used"
                        : Plural.of(unitsLeft, "unit") + " of " + a.unitsAllowed() + " left");
            }
            if (!a.end().isAfter(today.plusDays(RUNNING_OUT_DAYS))) {
                reasons.add("it ends " + words.day(a.end()));
            }
        }
        return new Use(a, status, used, units, booked, visitsLeft, unitsLeft, List.copyOf(reasons));
    }

    public static LimitUse use(VisitLimit limit, List<CountedVisit> visits, List<LocalDate> bookings, LocalDate today) {
        int used = (int) visits.stream().filter(v -> v.date().getYear() == limit.year()).count();
        int booked = (int) bookings.stream().filter(d -> !d.isBefore(today) && d.getYear() == limit.year()).count();
        int left = limit.visitsAllowed() - used - booked;
        boolean runningOut = limit.year() >= today.getYear() && (left <= RUNNING_OUT_VISITS
                || left * 100 <= limit.visitsAllowed() * RUNNING_OUT_PERCENT);
        return new LimitUse(limit, used, booked, left, runningOut);
    }

    /**
     * The authorization in force on a date for a visit billing these codes (any codes when none are known yet): of
     * those whose dates hold the date and whose codes cover the visit, the one that started last.
     */
    public static Optional<Authorization> inForce(List<Authorization> authorizations, LocalDate date,
                                                  List<String> codes) {
        return authorizations.stream()
                .filter(a -> a.covers(date) && (codes.isEmpty() || a.coversCodes(codes)))
                .max(Comparator.comparing(Authorization::start).thenComparing(Authorization::number));
    }

    /**
     * The warning a visit deserves when it is signed, or empty: a patient with any authorization on file is taken
     * to need one, so a visit no authorization covers (dates, codes) is flagged, as is one beyond the count
     * authorized (visits or units) or beyond the plan's visits for the year.
     *
     * @param others the patient's other counted visits (not this one)
     */
    public static Optional<String> flag(List<Authorization> authorizations, List<VisitLimit> limits,
                                        List<CountedVisit> others, CountedVisit visit, DateWords words) {
        List<String> flags = new ArrayList<>();
        if (!authorizations.isEmpty()) {
            Optional<Authorization> inForce = inForce(authorizations, visit.date(), visit.codes());
            if (inForce.isEmpty()) {
                boolean datesOnly = authorizations.stream().anyMatch(a -> a.covers(visit.date()));
                flags.add(datesOnly
                        ? "No prior authorization on file covers the codes billed on " + words.day(visit.date())
                          + " (" + ranges(authorizations, words) + ")"
                        : "No prior authorization on file covers " + words.day(visit.date()) + " ("
                          + ranges(authorizations, words) + ")");
            } else {
                Authorization a = inForce.get();
                List<CountedVisit> before = counted(a, others);
                if (a.visitsAllowed() != null && before.size() + 1 > a.visitsAllowed()) {
                    flags.add("This is visit " + (before.size() + 1) + " under authorization " + a.number()
                              + ", which allows " + Plural.of(a.visitsAllowed(), "visit"));
                }
                int units = before.stream().mapToInt(v -> v.unitsUnder(a)).sum() + visit.unitsUnder(a);
                if (a.unitsAllowed() != null && units > a.unitsAllowed()) {
                    flags.add("This visit brings the units under authorization " + a.number() + " to " + units
                              + ", beyond the " + a.unitsAllowed() + " authorized");
                }
            }
        }
        for (VisitLimit limit : limits) {
            if (limit.year() == visit.date().getYear()) {
                long inYear = others.stream().filter(v -> v.date().getYear() == limit.year()).count() + 1;
                if (inYear > limit.visitsAllowed()) {
                    flags.add("This is visit " + inYear + " in " + limit.year() + ", beyond the "
                              + Plural.of(limit.visitsAllowed(), "visit") + " " + limit.payerName() + " allows that year");
                }
            }
        }
        return flags.isEmpty() ? Optional.empty()
                : Optional.of(Sentences.join(flags) + " The note may still be signed; check with the payer.");
    }

    /**
     * The warnings for a series of visits (a plan's 2× a week for 6 weeks), date by date in order: each date is judged
     * with the bookings already made and the series' earlier dates, so the first dates past the authorized count
     * are the ones named. Dates without a warning are left out.
     */
    public static java.util.Map<LocalDate, String> seriesWarnings(List<Authorization> authorizations,
                                                                  List<VisitLimit> limits, List<CountedVisit> visits,
                                                                  List<LocalDate> bookings, List<LocalDate> series,
                                                                  LocalDate today, DateWords words) {
        java.util.Map<LocalDate, String> warnings = new java.util.LinkedHashMap<>();
        List<LocalDate> booked = new ArrayList<>(bookings);
        for (LocalDate date : series.stream().sorted().toList()) {
            bookingWarning(authorizations, limits, visits, booked, date, today, words)
                    .ifPresent(w -> warnings.put(date, w));
            booked.add(date);
        }
        return warnings;
    }

    /**
     * The warning for booking one more visit on a date, or empty: outside every authorization, or past the visits
     * authorized (used and booked) or the year's limit.
     */
    public static Optional<String> bookingWarning(List<Authorization> authorizations, List<VisitLimit> limits,
                                                  List<CountedVisit> visits, List<LocalDate> bookings,
                                                  LocalDate date, LocalDate today, DateWords words) {
        List<String> warnings = new ArrayList<>();
        if (!authorizations.isEmpty()) {
            Optional<Authorization> inForce = inForce(authorizations, date, List.of());
            if (inForce.isEmpty()) {
                warnings.add("No prior authorization on file covers " + words.day(date) + " ("
                             + ranges(authorizations, words) + ")");
            } else {
                Use use = use(inForce.get(), visits, bookings, today, words);
                if (use.visitsRemaining() != null && use.visitsRemaining() < 1) {
                    warnings.add("Authorization " + inForce.get().number() + " allows "
                                 + Plural.of(inForce.get().visitsAllowed(), "visit") + ": " + use.visitsUsed()
                                 + " signed and " + use.visitsBooked() + " booked already");
                }
            }
        }
        for (VisitLimit limit : limits) {
            if (limit.year() == date.getYear()) {
                LimitUse use = use(limit, visits, bookings, today);
                if (use.visitsRemaining() < 1) {
                    warnings.add(limit.payerName() + " allows " + Plural.of(limit.visitsAllowed(), "visit") + " in "
                                 + limit.year() + ": " + use.visitsUsed() + " signed and " + use.visitsBooked()
                                 + " booked already");
                }
            }
        }
        return warnings.isEmpty() ? Optional.empty() : Optional.of(Sentences.join(warnings));
    }

    /**
     * The worklist's items for one patient: each authorization not yet ended that is running out (by count or by
     * date), and booked visits that no authorization covers once the last one has ended.
     */
    public static List<Alert> alerts(UUID patientId, List<Authorization> authorizations, List<CountedVisit> visits,
                                     List<LocalDate> bookings, LocalDate today, DateWords words) {
        List<Alert> alerts = new ArrayList<>();
        for (Authorization a : authorizations) {
            Use use = use(a, visits, bookings, today, words);
            if (use.isRunningOut()) {
                boolean byDate = !a.end().isAfter(today.plusDays(RUNNING_OUT_DAYS));
                alerts.add(new Alert(AlertKind.RUNNING_OUT, patientId, a, byDate ? a.end() : today,
                        "Authorization " + a.number() + " (" + a.payerName() + ") is running out: "
                        + String.join("; ", use.runningOut()) + ". Request more visits or plan the discharge."));
            }
        }
        List<LocalDate> uncovered = bookings.stream().filter(d -> !d.isBefore(today))
                .filter(d -> authorizations.stream().noneMatch(a -> a.covers(d))).sorted().toList();
        Optional<Authorization> ended = authorizations.stream().filter(a -> a.end().isBefore(today))
                .max(Comparator.comparing(Authorization::end));
        if (!uncovered.isEmpty() && ended.isPresent()) {
            Authorization a = ended.get();
            alerts.add(new Alert(AlertKind.EXPIRED_WITH_BOOKINGS, patientId, a, uncovered.get(0),
                    "Authorization " + a.number() + " (" + a.payerName() + ") ended " + words.day(a.end()) + ", and "
                    + Plural.of(uncovered.size(), "visit") + " " + (uncovered.size() == 1 ? "is" : "are")
                    + " booked from " + words.day(uncovered.get(0)) + " that no authorization covers:"
                    + " request a new authorization."));
        }
        return List.copyOf(alerts);
    }

    private static String ranges(List<Authorization> authorizations, DateWords words) {
        return String.join("; ", authorizations.stream().sorted(Comparator.comparing(Authorization::start))
                .map(a -> a.number() + " runs " + words.day(a.start()) + " to " + words.day(a.end())).toList());
    }
}
