package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Days with patient-logged data in each 30-day period, for remote therapeutic monitoring (RTM-DAYS in
 * docs/clinical-sources.md). CMS pays the musculoskeletal RTM device-supply code 98977 for 16–30 days of data in a
 * 30-day period; from CY2026 the Physician Fee Schedule added 98985 for 2–15 days (secondary sources only:
 * UNCONFIRMED against the final rule). Rhomboid shows the count and its band; it does not bill RTM.
 */
public final class MonitoringDays {

    public static final int PERIOD_DAYS = 30;

    private MonitoringDays() {
    }

    /** One 30-day period; {@code end} is its 30th day even while it is current. */
    public record Period(int number, LocalDate start, LocalDate end, int daysWithData, boolean current) {

        /** The RTM band the count falls in. */
        public String band() {
            if (daysWithData >= 16) {
                return "16 or more days";
            }
            return daysWithData >= 2 ? "2–15 days" : "fewer than 2 days";
        }
    }

    /**
     * Consecutive 30-day periods from {@code start} up to {@code today}; a day counts when the patient logged a
     * session or a diary entry that day (the caller passes those dates; days outside [start, today] are ignored).
     */
    public static List<Period> periods(Set<LocalDate> loggedDays, LocalDate start, LocalDate today) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(today, "today");
        List<Period> periods = new ArrayList<>();
        LocalDate from = start;
        for (int n = 1; !from.isAfter(today); n++, from = from.plusDays(PERIOD_DAYS)) {
            LocalDate end = from.plusDays(PERIOD_DAYS - 1L);
            LocalDate countTo = end.isAfter(today) ? today : end;
            LocalDate countFrom = from;
            int days = (int) loggedDays.stream().filter(d -> !d.isBefore(countFrom) && !d.isAfter(countTo)).count();
            periods.add(new Period(n, from, end, days, !end.isBefore(today)));
        }
        return periods;
    }
}
