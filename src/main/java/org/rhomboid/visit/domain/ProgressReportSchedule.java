package org.rhomboid.visit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.Plural;

/**
 * Medicare wants a progress report at least once every 10 treatment days; the first reporting period starts on
 * day 1 of the episode, the evaluation day included (Benefit Policy Manual 100-02 ch. 15 §220.3.D; knowledge
 * base D9; PR-10-DAYS). A signed progress report closes the period and so does a re-evaluation (PR-REEVAL,
 * UNCONFIRMED: not in the knowledge base). A treatment day is a date with an evaluation or daily note; several
 * notes on one date are one day.
 *
 * <p>From day 8 the report is due soon (PR-DUE-SOON, product decision). On day 10 and after it is required:
 * for Medicare a daily note is blocked until the report for this period is written — one dated the same day as
 * the visit satisfies it. For other payers the schedule is advice only (PR-ADVISORY).
 */
public final class ProgressReportSchedule {

    public static final int TREATMENT_DAYS_PER_REPORT = 10;
    public static final int DUE_SOON_FROM_DAY = 8;

    public enum Status { OK, DUE_SOON, REQUIRED }

    /**
     * @param treatmentDay the visit's day number in its reporting period (1 = first day after the last report)
     * @param periodStart  the first treatment day of that period
     * @param reportOnDate a progress report or re-evaluation is dated on the visit's own date
     */
    public record Result(LocalDate date, int treatmentDay, LocalDate periodStart, boolean reportOnDate, Status status) {

        /** Whether a daily note on this date must wait for the progress report (Medicare rules only). */
        public boolean blocksDailyNote(boolean medicareRules) {
            return medicareRules && status == Status.REQUIRED;
        }

        /** What the therapist reads about the schedule, its dates written the clinic's way. */
        public String message(boolean medicareRules, DateWords words) {
            return switch (status) {
                case OK -> reportOnDate
                        ? "Progress report written on " + words.day(date) + "; a new reporting period starts with the next visit."
                        : "Treatment day " + treatmentDay + " of " + TREATMENT_DAYS_PER_REPORT + " since "
                          + (treatmentDay == 1 ? "this reporting period began." : words.day(periodStart) + ".");
                case DUE_SOON -> "Treatment day " + treatmentDay + " of " + TREATMENT_DAYS_PER_REPORT
                        + ": a progress report is due within "
                        + Plural.of(TREATMENT_DAYS_PER_REPORT - treatmentDay, "more visit", "more visits") + ".";
                case REQUIRED -> medicareRules
                        ? "Treatment day " + treatmentDay + " since " + words.day(periodStart) + ": write the progress report "
                          + "(by the physical therapist) before this visit's daily note."
                        : "Treatment day " + treatmentDay + " since " + words.day(periodStart) + ": a progress report is "
                          + "recommended (Medicare requires one every " + TREATMENT_DAYS_PER_REPORT + " treatment days).";
            };
        }
    }

    private ProgressReportSchedule() {
    }

    /**
     * @param treatmentDays dates of the evaluation and daily notes so far (duplicates are one day)
     * @param reports       dates of signed progress reports and re-evaluations
     * @param visit         the date of the proposed visit (counted once, whether or not it is already in the days)
     */
    public static Result assess(Collection<LocalDate> treatmentDays, Collection<LocalDate> reports, LocalDate visit) {
        Objects.requireNonNull(visit, "visit");
        // The last report before the visit's date closes the earlier days; one on the date itself covers the visit.
        LocalDate lastReport = reports.stream().filter(d -> d.isBefore(visit)).max(LocalDate::compareTo).orElse(null);
        boolean reportOnDate = reports.contains(visit);
        TreeSet<LocalDate> period = new TreeSet<>();
        for (LocalDate day : treatmentDays) {
            if (!day.isAfter(visit) && (lastReport == null || day.isAfter(lastReport))) {
                period.add(day);
            }
        }
        period.add(visit);
        int day = period.size();
        Status status = reportOnDate || day < DUE_SOON_FROM_DAY ? Status.OK
                : day < TREATMENT_DAYS_PER_REPORT ? Status.DUE_SOON : Status.REQUIRED;
        return new Result(visit, day, period.first(), reportOnDate, status);
    }
}
