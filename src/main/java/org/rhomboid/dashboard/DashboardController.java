package org.rhomboid.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.StaffDirectory;
import org.rhomboid.account.access.SeesOutcomesDashboard;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.episode.domain.DischargeReason;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.reasoning.domain.Classification;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinic outcomes dashboard and its CSV export, for clinic administrators and physical therapists. Filters
 * are dates, a therapist id and a classification code — no patient data — so they live in the URL and a view
 * can be bookmarked.
 */
@Controller
@SeesOutcomesDashboard
class DashboardController {

    private final OutcomeDashboard dashboard;
    private final StaffDirectory staff;

    private final ClinicDates clinicDates;

    DashboardController(OutcomeDashboard dashboard, StaffDirectory staff, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.dashboard = dashboard;
        this.staff = staff;
    }

    /** The filter as typed, its problems, and the filter to use (the default where a field is wrong). */
    record ReadFilter(Map<String, String> typed, Map<String, String> errors, OutcomeFilter filter) {}

    @GetMapping("/dashboard/outcomes")
    String page(@RequestParam Map<String, String> params, Model model) {
        ReadFilter read = read(params);
        model.addAttribute("report", dashboard.report(read.filter()));
        model.addAttribute("typed", read.typed());
        model.addAttribute("errors", read.errors());
        model.addAttribute("therapists", staff.activeTherapists());
        model.addAttribute("classifications", Classification.values());
        return "dashboard/outcomes";
    }

    @GetMapping("/dashboard/outcomes.csv")
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params) {
        OutcomeReport report = dashboard.report(read(params).filter());
        StringBuilder csv = new StringBuilder("group,name,episodes,open,on_hold,discharged,visits_per_episode");
        for (OutcomeInstrument m : report.measures()) {
            String n = m.name().toLowerCase();
            csv.append(',').append(n).append("_episodes,").append(n).append("_mean_change,").append(n)
                    .append("_percent_reaching_mcid");
        }
        for (DischargeReason reason : DischargeReason.values()) {
            csv.append(",discharged_").append(reason.name().toLowerCase());
        }
        csv.append(",discharged_without_summary\r\n");
        for (OutcomeReport.Group g : report.groups()) {
            csv.append(g.kind().name().toLowerCase()).append(',').append(cell(g.label())).append(',').append(g.episodes())
                    .append(',').append(g.open()).append(',').append(g.onHold()).append(',').append(g.discharged())
                    .append(',').append(plain(g.visitsPerEpisode()));
            for (OutcomeInstrument m : report.measures()) {
                OutcomeReport.MeasureStats s = g.stats(m);
                csv.append(',').append(s.episodes()).append(',').append(plain(s.meanChange())).append(',')
                        .append(plain(s.percentReached()));
            }
            for (DischargeReason reason : DischargeReason.values()) {
                csv.append(',').append(g.dischargeReasons().getOrDefault(reason, 0));
            }
            csv.append(',').append(g.withoutReason()).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "attachment; filename=\"clinic-outcomes.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    ReadFilter read(Map<String, String> params) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        OutcomeFilter defaults = OutcomeFilter.lastYear(clinicDates.today());
        LocalDate from = date(params, "from", defaults.from(), typed, errors);
        LocalDate to = date(params, "to", defaults.to(), typed, errors);
        if (from.isAfter(to)) {
            errors.put("to", "The end date must not be before the start date");
            from = defaults.from();
            to = defaults.to();
        }
        UUID therapist = null;
        String rawTherapist = params.getOrDefault("therapist", "").strip();
        typed.put("therapist", rawTherapist);
        if (!rawTherapist.isEmpty()) {
            try {
                therapist = UUID.fromString(rawTherapist);
            } catch (IllegalArgumentException notAnId) {
                errors.put("therapist", "Choose a therapist from the list");
            }
        }
        Classification classification = null;
        String rawClass = params.getOrDefault("classification", "").strip();
        typed.put("classification", rawClass);
        if (!rawClass.isEmpty()) {
            try {
                classification = Classification.valueOf(rawClass);
            } catch (IllegalArgumentException unknown) {
                errors.put("classification", "Choose a classification from the list");
            }
        }
        return new ReadFilter(typed, errors, new OutcomeFilter(from, to, therapist, classification));
    }

    private static LocalDate date(Map<String, String> params, String field, LocalDate fallback,
                                  Map<String, String> typed, Map<String, String> errors) {
        String raw = params.getOrDefault(field, "").strip();
        typed.put(field, raw.isEmpty() ? fallback.toString() : raw);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(raw);
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                errors.put(field, "Enter a real date");
                return fallback;
            }
            return date;
        } catch (DateTimeParseException notADate) {
            errors.put(field, "Enter a date as yyyy-mm-dd");
            return fallback;
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String cell(String text) {
        return org.rhomboid.shared.domain.CsvCell.of(text);
    }
}
