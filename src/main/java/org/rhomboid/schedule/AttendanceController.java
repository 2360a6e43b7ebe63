package org.rhomboid.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.StaffUser;
import org.rhomboid.account.access.SeesAttendanceRates;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.schedule.domain.AttendanceRates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The attendance report: each therapist's cancellation and no-show rates over a chosen period (the last 90 days
 * unless chosen), for the physical therapists and the clinic's administrators. Counts only; no patient is named.
 */
@Controller
class AttendanceController {

    static final int DEFAULT_DAYS = 90;
    static final int LONGEST_YEARS = 3;
    static final int YEARS_BACK = 20;
    static final int YEARS_AHEAD = 5;

    private final ScheduleService schedule;
    private final ClinicDates dates;

    AttendanceController(ScheduleService schedule, ClinicDates dates) {
        this.schedule = schedule;
        this.dates = dates;
    }

    /** One therapist's line of the report, written out. */
    public record Line(String therapist, int counted, int cancelled, String cancellationRate, int noShows,
                       String noShowRate) {
    }

    @GetMapping("/schedule/attendance")
    @SeesAttendanceRates
    String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  Model model) {
        LocalDate today = dates.today();
        Map<String, String> errors = new LinkedHashMap<>();
        // Dates far from today are typing slips (and beyond what the database stores): refused beside the field.
        LocalDate earliest = today.minusYears(YEARS_BACK);
        LocalDate latest = today.plusYears(YEARS_AHEAD);
        String outside = "Choose a day between " + dates.day(earliest) + " and " + dates.day(latest);
        LocalDate last = date(to, today, "to", "Enter the last day as a date", errors);
        if (last.isBefore(earliest) || last.isAfter(latest)) {
            errors.put("to", outside);
            last = today;
        }
        LocalDate first = date(from, last.minusDays(DEFAULT_DAYS - 1L), "from", "Enter the first day as a date",
                errors);
        if (first.isBefore(earliest) || first.isAfter(latest)) {
            errors.put("from", outside);
            first = last.minusDays(DEFAULT_DAYS - 1L);
        }
        if (errors.isEmpty() && first.isAfter(last)) {
            errors.put("from", "The first day must come before the last");
        } else if (errors.isEmpty() && first.isBefore(last.minusYears(LONGEST_YEARS))) {
            errors.put("from", "Choose a period of at most " + LONGEST_YEARS + " years");
        }
        List<Line> lines = new ArrayList<>();
        if (errors.isEmpty()) {
            ZoneId zone = dates.zone();
            Map<UUID, AttendanceRates> rates = schedule.ratesByTherapist(first.atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant());
            for (StaffUser t : schedule.therapists()) {
                AttendanceRates r = rates.getOrDefault(t.id(), AttendanceRates.NONE);
                lines.add(new Line(t.displayName(), r.counted(), r.cancelled(),
                        AttendanceRates.percent(r.cancellationRate(), r.counted()), r.noShows(),
                        AttendanceRates.percent(r.noShowRate(), r.counted())));
            }
        }
        // What was typed stays in a field that is refused; otherwise the day the report used.
        model.addAttribute("from", errors.containsKey("from") && from != null ? from : first.toString());
        model.addAttribute("to", errors.containsKey("to") ? to : last.toString());
        model.addAttribute("first", first);
        model.addAttribute("last", last);
        model.addAttribute("errors", errors);
        model.addAttribute("lines", lines);
        return "schedule/attendance";
    }

    private static LocalDate date(String typed, LocalDate otherwise, String field, String message,
                                  Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            errors.put(field, message);
            return otherwise;
        }
    }
}
