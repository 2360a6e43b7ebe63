package org.rhomboid.schedule;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffDirectory;
import org.rhomboid.account.access.BooksAppointments;
import org.rhomboid.account.access.MarksAttendance;
import org.rhomboid.account.access.SeesSchedule;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schedule over JSON: the clinic's staff for pickers, booking (one or a series), listing and status changes.
 * Bodies are read as plain field maps and checked by the domain's {@code BookingForm} after the role check, so every
 * problem comes back beside its field ({@code errors[].field}); a taken slot is a 409 naming the appointment that
 * holds it ({@code conflictingAppointment}).
 */
@RestController
class ScheduleApiController {

    private static final Set<String> BOOKING_FIELDS = Set.of("patientId", "episodeId", "therapistId", "start",
            "minutes", "type");
    private static final Set<String> SERIES_FIELDS = Set.of("patientId", "episodeId", "therapistId", "start",
            "minutes", "type", "weekdays", "until");
    private static final Set<String> STATUS_FIELDS = Set.of("status", "reason", "cancelledBy");
    private static final Set<String> MOVE_FIELDS = Set.of("start", "minutes", "therapistId");

    private final ScheduleService schedule;
    private final StaffDirectory staff;
    private final org.rhomboid.authorization.Authorizations authorizations;

    ScheduleApiController(ScheduleService schedule, StaffDirectory staff,
                          org.rhomboid.authorization.Authorizations authorizations) {
        this.authorizations = authorizations;
        this.schedule = schedule;
        this.staff = staff;
    }

    record StaffMember(UUID id, String name, List<Role> roles) {
    }

    record AppointmentJson(UUID id, UUID patientId, UUID episodeId, UUID therapistId, String start, String end,
                           int minutes, String type, String status, String cancelledBy, String reason,
                           UUID seriesId, UUID noteId) {
        static AppointmentJson of(Appointment a, ZoneId zone) {
            return new AppointmentJson(a.id(), a.patientId(), a.episodeId(), a.therapistId(), iso(a.start(), zone),
                    iso(a.end(), zone), a.minutes(), a.type().name(), a.status().name(),
                    a.cancelledBy() == null ? null : a.cancelledBy().name(), a.reason(), a.seriesId(), a.noteId());
        }
    }

    record ConflictJson(String start, String end, UUID conflictingAppointmentId) {
    }

    /** A booked date of the series past the patient's authorization or visit limit: booked, and said so. */
    record WarningJson(String date, String warning) {
    }

    record SeriesJson(UUID seriesId, List<AppointmentJson> created, List<ConflictJson> conflicts,
                      List<WarningJson> warnings) {
    }

    @GetMapping("/api/v1/staff")
    @SeesSchedule
    List<StaffMember> staff(@RequestParam(required = false) String role) {
        Role wanted = null;
        if (role != null && !role.isBlank()) {
            try {
                wanted = Role.valueOf(role.strip());
            } catch (IllegalArgumentException unknown) {
                throw new FieldProblemException("role", "is not one of: PT, PTA, FRONT_DESK, BILLER, CLINIC_ADMIN");
            }
        }
        Role filter = wanted;
        return staff.active().stream().filter(u -> filter == null || u.has(filter))
                .map(u -> new StaffMember(u.id(), u.displayName(), u.roles().stream().sorted().toList())).toList();
    }

    @PostMapping("/api/v1/appointments")
    @BooksAppointments
    ResponseEntity<AppointmentJson> book(@RequestBody Map<String, Object> body) {
        Appointment booked = schedule.book(fields(body, BOOKING_FIELDS));
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id()))
                .body(AppointmentJson.of(booked, schedule.zone()));
    }

    @PostMapping("/api/v1/appointments/series")
    @BooksAppointments
    ResponseEntity<SeriesJson> series(@RequestBody Map<String, Object> body) {
        ScheduleService.SeriesResult result = schedule.bookSeries(fields(body, SERIES_FIELDS));
        ZoneId zone = schedule.zone();
        List<WarningJson> warnings = result.created().isEmpty() ? List.of()
                : authorizations.seriesWarnings(result.created().get(0).patientId(), result.created().stream()
                        .map(a -> a.start().atZoneSameInstant(zone).toLocalDate()).toList())
                .entrySet().stream().map(e -> new WarningJson(e.getKey().toString(), e.getValue())).toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(new SeriesJson(result.seriesId(),
                result.created().stream().map(a -> AppointmentJson.of(a, zone)).toList(),
                result.conflicts().stream().map(c -> new ConflictJson(iso(c.start().toOffsetDateTime(), zone),
                        iso(c.end().toOffsetDateTime(), zone),
                        c.conflicting() == null ? null : c.conflicting().id())).toList(), warnings));
    }

    @GetMapping("/api/v1/appointments")
    @SeesSchedule
    List<AppointmentJson> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) UUID therapistId) {
        ZoneId zone = schedule.zone();
        Instant start = moment("from", from, zone);
        Instant end = moment("to", to, zone);
        if (!end.isAfter(start)) {
            throw new FieldProblemException("to", "must be after from");
        }
        if (java.time.Duration.between(start, end).toDays() > 366) {
            throw new FieldProblemException("to", "ask for at most 366 days at a time");
        }
        return schedule.between(start, end, therapistId).stream().map(a -> AppointmentJson.of(a, zone)).toList();
    }

    @GetMapping("/api/v1/appointments/{appointmentId}")
    @SeesSchedule
    AppointmentJson get(@PathVariable UUID appointmentId) {
        return AppointmentJson.of(schedule.get(appointmentId), schedule.zone());
    }

    @PostMapping("/api/v1/appointments/{appointmentId}/status")
    @MarksAttendance
    AppointmentJson status(@PathVariable UUID appointmentId, @RequestBody Map<String, Object> body) {
        return AppointmentJson.of(schedule.changeStatus(appointmentId, fields(body, STATUS_FIELDS)), schedule.zone());
    }

    @PostMapping("/api/v1/appointments/{appointmentId}/reschedule")
    @BooksAppointments
    AppointmentJson reschedule(@PathVariable UUID appointmentId, @RequestBody Map<String, Object> body) {
        return AppointmentJson.of(schedule.reschedule(appointmentId, fields(body, MOVE_FIELDS)), schedule.zone());
    }

    @ExceptionHandler(BookingRefused.class)
    ResponseEntity<Object> refused(BookingRefused refused) {
        List<Problems.FieldMessage> errors = new ArrayList<>();
        refused.errors().forEach((field, message) -> errors.add(new Problems.FieldMessage(field, message)));
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields need attention", errors);
    }

    @ExceptionHandler(AppointmentConflict.class)
    ResponseEntity<Object> conflict(AppointmentConflict conflict) {
        ResponseEntity<Object> problem = Problems.typed(HttpStatus.CONFLICT, "appointment-conflict",
                "Appointment conflict", conflict.getMessage());
        Appointment holding = conflict.conflicting();
        if (holding != null) {
            ZoneId zone = schedule.zone();
            ((ProblemDetail) problem.getBody()).setProperty("conflictingAppointment", Map.of("id", holding.id(),
                    "start", iso(holding.start(), zone), "end", iso(holding.end(), zone)));
        }
        return problem;
    }

    /** The body as typed fields; a field the resource doesn't have is refused by name, as elsewhere in the API. */
    private static Map<String, List<String>> fields(Map<String, Object> body, Set<String> known) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        (body == null ? Map.<String, Object>of() : body).forEach((name, value) -> {
            if (!known.contains(name)) {
                errors.put(name, "is not a field of this resource; known fields: " + known.stream().sorted().toList());
            } else if (value instanceof List<?> list) {
                List<String> values = new ArrayList<>();
                list.forEach(v -> values.add(v == null ? "" : String.valueOf(v)));
                fields.put(name, values);
            } else if (value instanceof Map<?, ?>) {
                errors.put(name, "has the wrong type; expected a string or a number");
            } else if (value != null) {
                fields.put(name, List.of(String.valueOf(value)));
            }
        });
        if (!errors.isEmpty()) {
            throw new BookingRefused(errors);
        }
        return fields;
    }

    private static Instant moment(String field, String raw, ZoneId zone) {
        if (raw == null || raw.isBlank()) {
            throw new FieldProblemException(field, "is required: a date (YYYY-MM-DD, the clinic's day) or an ISO"
                    + " date-time with its offset");
        }
        try {
            return raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay(zone).toInstant()
                                      : OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException notADate) {
            throw new FieldProblemException(field, "is not a date (YYYY-MM-DD) or an ISO date-time with its offset");
        }
    }

    static String iso(OffsetDateTime moment, ZoneId zone) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZoneSameInstant(zone));
    }
}
