package org.rhomboid.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;
import org.rhomboid.account.StaffUser;
import org.rhomboid.account.access.BooksAppointments;
import org.rhomboid.account.access.MarksAttendance;
import org.rhomboid.account.access.SeesSchedule;
import org.rhomboid.authorization.Authorizations;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.schedule.domain.AppointmentType;
import org.rhomboid.schedule.domain.CancelledBy;
import org.rhomboid.schedule.domain.OpeningHours;
import org.rhomboid.schedule.domain.SeriesSuggestion;
import org.rhomboid.schedule.domain.StatusChange;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.visit.VisitService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The schedule's pages: the day and week views, booking, an appointment with its reschedule form and the front
 * desk's check-in, cancellation and no-show, and the series of an episode from its plan of care (preview first).
 */
@Controller
class ScheduleController {

    private final ScheduleService schedule;
    private final PatientService patients;
    private final ClinicDates dates;
    private final Authorizations authorizations;
    private final VisitService visits;

    ScheduleController(ScheduleService schedule, PatientService patients, ClinicDates dates,
                       Authorizations authorizations, VisitService visits) {
        this.authorizations = authorizations;
        this.visits = visits;
        this.schedule = schedule;
        this.patients = patients;
        this.dates = dates;
    }

    @GetMapping("/schedule")
    @SeesSchedule
    String view(@RequestParam(defaultValue = "day") String view, @RequestParam(required = false) String date,
                @RequestParam(required = false) String therapistId, Model model, HttpServletRequest request) {
        boolean week = "week".equals(view);
        LocalDate day = parse(date).orElse(dates.today());
        ZoneId zone = dates.zone();
        List<StaffUser> therapists = schedule.therapists();
        UUID chosen = therapists.stream().map(StaffUser::id).filter(id -> id.toString().equals(therapistId))
                .findFirst().orElse(null);
        LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate to = week ? from.plusDays(7) : day.plusDays(1);
        List<Appointment> list = schedule.between(from.atStartOfDay(zone).toInstant(),
                to.atStartOfDay(zone).toInstant(), chosen);
        OpeningHours hours = schedule.openingHours();
        List<ScheduleGrid.ColumnSpec> specs = new ArrayList<>();
        if (week) {
            for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                LocalDate each = d;
                specs.add(new ScheduleGrid.ColumnSpec(d.toString(), dates.weekday(d), d,
                        a -> a.start().atZoneSameInstant(zone).toLocalDate().equals(each), null));
            }
        } else {
            therapists.stream().filter(t -> chosen == null || t.id().equals(chosen)).forEach(t ->
                    specs.add(new ScheduleGrid.ColumnSpec(t.id().toString(), t.displayName(), day,
                            a -> a.therapistId().equals(t.id()), t.id().toString())));
        }
        DateWords words = dates.words();
        String link = request.getContextPath() + "/schedule/appointments/";
        boolean withTherapist = week && chosen == null;
        model.addAttribute("grid", ScheduleGrid.of(specs, list, hours, zone,
                a -> block(a, words, link, withTherapist), t -> words.time(t.atDate(day).atZone(zone))));
        model.addAttribute("week", week);
        model.addAttribute("day", day);
        model.addAttribute("from", from);
        model.addAttribute("to", to.minusDays(1));
        model.addAttribute("previous", week ? day.minusWeeks(1) : day.minusDays(1));
        model.addAttribute("next", week ? day.plusWeeks(1) : day.plusDays(1));
        model.addAttribute("therapists", therapists);
        model.addAttribute("therapistId", chosen);
        model.addAttribute("count", list.size());
        model.addAttribute("clinicWide", chosen == null);
        // The day's visits documented without an appointment (a walk-in, a visit booked elsewhere): shown apart.
        model.addAttribute("withoutAppointment", week ? List.of() : visits.signedVisitsOn(day,
                schedule.patientsWithAppointments(from.atStartOfDay(zone).toInstant(),
                        to.atStartOfDay(zone).toInstant()), chosen));
        return "schedule/page";
    }

    /**
     * What the grid writes of an appointment, made here once rather than by expressions in the template (the week
     * view of a busy clinic draws hundreds): its link, its status's CSS class (and "movable" while it may still be
     * dragged to another time), the patient's name, and its times, type, therapist (clinic-wide week) and status.
     */
    private static ScheduleGrid.Block block(Appointment a, DateWords words, String link, boolean withTherapist) {
        StringBuilder line = new StringBuilder(64).append(words.time(a.start())).append('–')
                .append(words.time(a.end())).append(" · ").append(a.type().label());
        if (withTherapist) {
            line.append(" · ").append(a.therapistName());
        }
        line.append(" · ").append(a.status().label());
        String css = "appointment status-" + a.status().name().toLowerCase(java.util.Locale.ROOT)
                + (a.status().open() ? " movable" : "");
        return new ScheduleGrid.Block(link + a.id(), css, a.patientName(), line.toString());
    }

    @GetMapping("/schedule/book")
    @BooksAppointments
    String bookForm(@RequestParam MultiValueMap<String, String> params, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("date", dates.today().plusDays(1).toString());
        typed.put("time", "09:00");
        typed.put("type", AppointmentType.TREATMENT.name());
        for (String k : List.of("patientId", "episodeId", "therapistId", "date", "time", "type", "minutes")) {
            String v = params.getFirst(k);
            if (v != null && !v.isBlank()) {
                typed.put(k, v.strip());
            }
        }
        return bookPage(typed, Map.of(), model);
    }

    @PostMapping("/schedule/book")
    @BooksAppointments
    String book(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> fields = fields(params);
        try {
            Appointment booked = schedule.book(fields);
            // Asked once the booking stands (a refused one reads nothing): whether this visit still fits the
            // patient's authorizations and visit limits.
            Optional<String> authorization = authorizations.bookedWarning(booked.patientId(),
                    booked.start().atZoneSameInstant(dates.zone()).toLocalDate());
            redirect.addFlashAttribute("notice", "Booked " + booked.patientName() + " with " + booked.therapistName()
                    + ", " + dates.moment(booked.start()) + "." + authorization.map(w -> " Authorization: " + w)
                    .orElse(""));
            return "redirect:" + dayLink(booked);
        } catch (BookingRefused refused) {
            return bookPage(single(params), refused.errors(), model);
        } catch (ConflictException taken) {
            return bookPage(single(params), Map.of("time", taken.getMessage()), model);
        }
    }

    /** Patients matching the search, as choices for the booking form (htmx). */
    @PostMapping("/schedule/patients")
    @BooksAppointments
    String patientChoices(@RequestParam(defaultValue = "") String patientQuery, Model model) {
        String query = patientQuery.strip();
        model.addAttribute("found", query.length() < 2 || query.length() > 200 ? List.of() : patients.search(query));
        model.addAttribute("patientQuery", query);
        return "schedule/book :: choices";
    }

    @GetMapping("/schedule/appointments/{appointmentId}")
    @SeesSchedule
    String appointment(@PathVariable UUID appointmentId, Model model) {
        return appointmentPage(schedule.get(appointmentId), Map.of(), Map.of(), model);
    }

    @PostMapping("/schedule/appointments/{appointmentId}")
    @BooksAppointments
    String reschedule(@PathVariable UUID appointmentId, @RequestParam MultiValueMap<String, String> params,
                      Model model, RedirectAttributes redirect) {
        try {
            Appointment moved = schedule.reschedule(appointmentId, fields(params));
            redirect.addFlashAttribute("notice", "Moved to " + dates.moment(moved.start()) + ".");
            return "redirect:/schedule/appointments/" + appointmentId;
        } catch (BookingRefused refused) {
            return appointmentPage(schedule.get(appointmentId), single(params), refused.errors(), model);
        } catch (ConflictException taken) {
            return appointmentPage(schedule.get(appointmentId), single(params), Map.of("time", taken.getMessage()),
                    model);
        }
    }

    /**
     * An appointment dragged to another slot of the day or week view (and, in the day view, to another therapist's
     * column): the same reschedule as the form, its length kept. Back to the view it was dragged in, saying what
     * happened; a refusal (the time taken, a date out of range) leaves the appointment where it was.
     */
    @PostMapping("/schedule/appointments/{appointmentId}/move")
    @BooksAppointments
    String move(@PathVariable UUID appointmentId, @RequestParam(defaultValue = "") String slot,
                @RequestParam(required = false) String therapistId, @RequestParam(defaultValue = "day") String view,
                @RequestParam(required = false) String date, @RequestParam(required = false) String shownTherapistId,
                RedirectAttributes redirect) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int t = slot.indexOf('T');
        fields.put("date", List.of(t < 0 ? "" : slot.substring(0, t)));
        fields.put("time", List.of(t < 0 ? "" : slot.substring(t + 1)));
        if (therapistId != null && !therapistId.isBlank()) {
            fields.put("therapistId", List.of(therapistId.strip()));
        }
        try {
            Appointment moved = schedule.reschedule(appointmentId, fields);
            redirect.addFlashAttribute("notice", "Moved " + moved.patientName() + " to " + dates.moment(moved.start())
                    + " with " + moved.therapistName() + ".");
        } catch (BookingRefused refused) {
            redirect.addFlashAttribute("notice", "Not moved: " + String.join("; ", refused.errors().values()) + ".");
        } catch (ConflictException taken) {
            redirect.addFlashAttribute("notice", "Not moved: " + taken.getMessage() + ".");
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/schedule")
                .queryParam("view", "week".equals(view) ? "week" : "day")
                .queryParamIfPresent("date", parse(date))
                .queryParamIfPresent("therapistId", Optional.ofNullable(shownTherapistId).filter(s -> !s.isBlank())
                        .flatMap(ScheduleController::uuid))
                .build().toUriString();
    }

    @PostMapping("/schedule/appointments/{appointmentId}/status")
    @MarksAttendance
    String status(@PathVariable UUID appointmentId, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        try {
            Appointment changed = schedule.changeStatus(appointmentId, fields(params));
            redirect.addFlashAttribute("notice", changed.patientName() + ": " + (changed.status()
                    == org.rhomboid.schedule.domain.AppointmentStatus.BOOKED ? "reopened, booked again"
                    : changed.status().label()) + ".");
            return "redirect:/schedule/appointments/" + appointmentId;
        } catch (BookingRefused refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.errors().forEach((k, v) -> errors.put("status." + k, v));
            return appointmentPage(schedule.get(appointmentId), single(params), errors, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("notice", refused.getMessage());
            return "redirect:/schedule/appointments/" + appointmentId;
        }
    }

    @GetMapping("/episodes/{episodeId}/series")
    @BooksAppointments
    String seriesForm(@PathVariable UUID episodeId, Model model) {
        UUID patient = schedule.patientOfEpisode(episodeId).orElseThrow(() ->
                new org.rhomboid.shared.NotFoundException("Episode"));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("patientId", patient.toString());
        typed.put("episodeId", episodeId.toString());
        typed.put("type", AppointmentType.TREATMENT.name());
        typed.put("time", "09:00");
        Optional<ScheduleService.Suggested> suggested = schedule.suggestion(episodeId);
        List<String> weekdays = new ArrayList<>();
        if (suggested.isPresent()) {
            SeriesSuggestion s = suggested.get().series();
            typed.put("therapistId", suggested.get().therapistId().toString());
            typed.put("date", s.first().toString());
            typed.put("until", s.until().toString());
            s.weekdays().stream().sorted().forEach(d -> weekdays.add(code(d)));
        } else {
            typed.put("date", dates.today().plusDays(1).toString());
        }
        model.addAttribute("suggested", suggested.orElse(null));
        return seriesPage(episodeId, patient, typed, weekdays, Map.of(), null, model);
    }

    @PostMapping("/episodes/{episodeId}/series/preview")
    @BooksAppointments
    String seriesPreview(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params,
                         Model model) {
        UUID patient = schedule.patientOfEpisode(episodeId).orElseThrow(() ->
                new org.rhomboid.shared.NotFoundException("Episode"));
        Map<String, List<String>> fields = seriesFields(episodeId, patient, params);
        try {
            ScheduleService.Preview preview = schedule.preview(fields);
            // The free dates that would go past the patient's authorizations or visit limit, said before booking.
            model.addAttribute("authorizationWarnings", authorizations.seriesWarnings(patient, preview.dates()
                    .stream().filter(d -> d.conflicting().isEmpty()).map(d -> d.start().toLocalDate()).toList()));
            return seriesPage(episodeId, patient, single(params), weekdays(params), Map.of(), preview, model);
        } catch (BookingRefused refused) {
            return seriesPage(episodeId, patient, single(params), weekdays(params), refused.errors(), null, model);
        }
    }

    @PostMapping("/episodes/{episodeId}/series")
    @BooksAppointments
    String bookSeries(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params, Model model,
                      RedirectAttributes redirect) {
        UUID patient = schedule.patientOfEpisode(episodeId).orElseThrow(() ->
                new org.rhomboid.shared.NotFoundException("Episode"));
        try {
            ScheduleService.SeriesResult result = schedule.bookSeries(seriesFields(episodeId, patient, params));
            StringBuilder notice = new StringBuilder("Booked " + org.rhomboid.shared.domain.Plural.of(
                    result.created().size(), "appointment") + ".");
            Map<LocalDate, String> beyond = authorizations.seriesWarnings(patient, result.created().stream()
                    .map(a -> a.start().atZoneSameInstant(dates.zone()).toLocalDate()).toList());
            if (!beyond.isEmpty()) {
                notice.append(" Past the authorization or visit limit: ").append(String.join(", ", beyond.keySet()
                        .stream().map(d -> dates.words().day(d)).toList())).append(".");
            }
            if (!result.conflicts().isEmpty()) {
                notice.append(" Not booked, the therapist being busy: ");
                notice.append(String.join(", ", result.conflicts().stream().map(c -> dates.moment(c.start())).toList()));
                notice.append(".");
            }
            redirect.addFlashAttribute("notice", notice.toString());
            LocalDate first = result.created().isEmpty() ? dates.today()
                    : result.created().get(0).start().atZoneSameInstant(dates.zone()).toLocalDate();
            return "redirect:/schedule?view=week&date=" + first;
        } catch (BookingRefused refused) {
            return seriesPage(episodeId, patient, single(params), weekdays(params), refused.errors(), null, model);
        }
    }

    private String seriesPage(UUID episodeId, UUID patient, Map<String, String> typed, List<String> weekdays,
                              Map<String, String> errors, ScheduleService.Preview preview, Model model) {
        model.addAttribute("episodeId", episodeId);
        model.addAttribute("patientId", patient);
        model.addAttribute("patientName", schedule.patientName(patient).orElse(""));
        model.addAttribute("values", typed);
        model.addAttribute("weekdays", weekdays);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview);
        if (!model.containsAttribute("authorizationWarnings")) {
            model.addAttribute("authorizationWarnings", Map.of());
        }
        model.addAttribute("days", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"));
        model.addAttribute("dayNames", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                "Sunday"));
        model.addAttribute("therapists", schedule.therapists());
        model.addAttribute("types", AppointmentType.values());
        model.addAttribute("lengths", schedule.typeLengths());
        if (!model.containsAttribute("suggested")) {
            model.addAttribute("suggested", schedule.suggestion(episodeId).orElse(null));
        }
        return "schedule/series";
    }

    private Map<String, List<String>> seriesFields(UUID episodeId, UUID patient, MultiValueMap<String, String> params) {
        Map<String, List<String>> fields = fields(params);
        fields.put("patientId", List.of(patient.toString()));
        fields.put("episodeId", List.of(episodeId.toString()));
        return fields;
    }

    private String bookPage(Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("values", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("therapists", schedule.therapists());
        model.addAttribute("types", AppointmentType.values());
        model.addAttribute("lengths", schedule.typeLengths());
        String patientId = typed.get("patientId");
        String name = null;
        if (patientId != null) {
            try {
                name = schedule.patientName(UUID.fromString(patientId)).orElse(null);
            } catch (IllegalArgumentException notAnId) {
                name = null;
            }
        }
        model.addAttribute("patientName", name);
        model.addAttribute("found", List.<Patient>of());
        model.addAttribute("patientQuery", typed.getOrDefault("patientQuery", ""));
        return "schedule/book";
    }

    private String appointmentPage(Appointment a, Map<String, String> typed, Map<String, String> errors, Model model) {
        ZonedDateTime start = a.start().atZoneSameInstant(dates.zone());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", start.toLocalDate().toString());
        values.put("time", start.toLocalTime().toString());
        values.put("minutes", String.valueOf(a.minutes()));
        values.put("therapistId", a.therapistId().toString());
        values.putAll(typed);
        model.addAttribute("a", a);
        org.rhomboid.schedule.domain.AttendanceRates rates = schedule.ratesOfPatient(a.patientId());
        model.addAttribute("rates", rates);
        model.addAttribute("cancellationRate", org.rhomboid.schedule.domain.AttendanceRates.percent(
                rates.cancellationRate(), rates.counted()));
        model.addAttribute("noShowRate", org.rhomboid.schedule.domain.AttendanceRates.percent(rates.noShowRate(),
                rates.counted()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("therapists", schedule.therapists());
        model.addAttribute("cancelledBy", CancelledBy.values());
        model.addAttribute("dayLink", dayLink(a));
        model.addAttribute("reasonLimit", StatusChange.REASON_LIMIT);
        return "schedule/appointment";
    }

    private String dayLink(Appointment a) {
        return UriComponentsBuilder.fromPath("/schedule")
                .queryParam("date", a.start().atZoneSameInstant(dates.zone()).toLocalDate()).build().toUriString();
    }

    private static Map<String, List<String>> fields(MultiValueMap<String, String> params) {
        Map<String, List<String>> fields = new LinkedHashMap<>(params);
        fields.remove("_csrf");
        fields.remove("patientQuery");
        return fields;
    }

    private static Map<String, String> single(MultiValueMap<String, String> params) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!k.equals("_csrf") && !v.isEmpty()) {
                typed.put(k, v.get(0));
            }
        });
        return typed;
    }

    private static List<String> weekdays(MultiValueMap<String, String> params) {
        return params.getOrDefault("weekdays", List.of());
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parse(String date) {
        try {
            // A year PostgreSQL can't hold ("+10000-01-01" parses) is no date to show either.
            return date == null || date.isBlank() ? Optional.empty()
                    : Optional.of(LocalDate.parse(date.strip())).filter(d -> d.getYear() >= 1900 && d.getYear() <= 2999);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

}
