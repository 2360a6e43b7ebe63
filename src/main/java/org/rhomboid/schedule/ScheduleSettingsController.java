package org.rhomboid.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.schedule.domain.AppointmentType;
import org.rhomboid.schedule.domain.OpeningHours;
import org.rhomboid.schedule.domain.TypeLengths;
import org.rhomboid.shared.domain.FormReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinic's opening hours per weekday and its own appointment lengths per type (administrators). */
@Controller
@AdministersClinic
class ScheduleSettingsController {

    private final ScheduleService schedule;
    private final org.rhomboid.clinic.ClinicDates dates;

    ScheduleSettingsController(ScheduleService schedule, org.rhomboid.clinic.ClinicDates dates) {
        this.schedule = schedule;
        this.dates = dates;
    }

    @GetMapping("/admin/schedule")
    String page(Model model) {
        OpeningHours hours = schedule.openingHours();
        TypeLengths lengths = schedule.typeLengths();
        Map<String, String> values = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.on(day).ifPresent(h -> {
                values.put("opens." + day, h.opens().toString());
                values.put("closes." + day, h.closes().toString());
            });
        }
        for (AppointmentType type : AppointmentType.values()) {
            if (lengths.overridden(type)) {
                values.put("minutes." + type, String.valueOf(lengths.minutes(type)));
            }
        }
        return render(values, Map.of(), model);
    }

    @PostMapping("/admin/schedule")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        FormReader f = new FormReader(params);
        Map<DayOfWeek, OpeningHours.Hours> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            LocalTime opens = time(f, "opens." + day);
            LocalTime closes = time(f, "closes." + day);
            if (opens == null && closes == null) {
                continue;
            }
            if (opens == null || closes == null) {
                f.error((opens == null ? "opens." : "closes.") + day, "Give both times, or neither for a closed day");
            } else if (!closes.isAfter(opens)) {
                f.error("closes." + day, "Closes after it opens");
            } else {
                days.put(day, new OpeningHours.Hours(opens, closes));
            }
        }
        Map<AppointmentType, Integer> own = new EnumMap<>(AppointmentType.class);
        for (AppointmentType type : AppointmentType.values()) {
            Integer minutes = f.integer("minutes." + type, AppointmentType.MIN_MINUTES, AppointmentType.MAX_MINUTES,
                    "5 to 480 minutes, or blank for the built-in " + type.defaultMinutes());
            if (minutes != null) {
                own.put(type, minutes);
            }
        }
        if (!f.errors().isEmpty()) {
            Map<String, String> typed = new LinkedHashMap<>();
            params.forEach((k, v) -> typed.put(k, v.isEmpty() ? "" : v.get(0)));
            return render(typed, f.errors(), model);
        }
        schedule.saveSettings(new OpeningHours(days), own);
        redirect.addFlashAttribute("notice", "Schedule settings saved.");
        return "redirect:/admin/schedule";
    }

    private static LocalTime time(FormReader f, String field) {
        String raw = f.value(field);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeParseException notATime) {
            f.error(field, "Enter a time as hh:mm");
            return null;
        }
    }

    private String render(Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("days", List.of(DayOfWeek.values()));
        Map<DayOfWeek, String> labels = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            labels.put(day, day.getDisplayName(java.time.format.TextStyle.FULL, dates.words().locale()));
        }
        model.addAttribute("dayLabels", labels);
        model.addAttribute("types", AppointmentType.values());
        return "admin/schedule";
    }
}
