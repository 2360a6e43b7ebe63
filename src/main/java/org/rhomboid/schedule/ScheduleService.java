package org.rhomboid.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffDirectory;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.StaffUser;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.schedule.domain.AttendanceRates;
import org.rhomboid.schedule.domain.Booking;
import org.rhomboid.schedule.domain.BookingForm;
import org.rhomboid.schedule.domain.OpeningHours;
import org.rhomboid.schedule.domain.Recurrence;
import org.rhomboid.schedule.domain.SeenByNote;
import org.rhomboid.schedule.domain.SeriesSuggestion;
import org.rhomboid.schedule.domain.StatusChange;
import org.rhomboid.schedule.domain.TypeLengths;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.visit.NoteSigned;
import org.rhomboid.visit.domain.NoteKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, rescheduling, series and status changes of the clinic's appointments, each read and write audited. The
 * database decides who wins a slot (V32's exclusion constraint): a refused insert or move is rolled back to its
 * savepoint, the appointment holding the time is looked up and named, and the refusal is audited as a conflict.
 */
@Service
@Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class, BookingRefused.class})
public class ScheduleService {

    static final String RESOURCE = "Appointment";

    private final ScheduleRepository repository;
    private final AuditLog audit;
    private final ClinicDates dates;
    private final StaffDirectory staff;

    ScheduleService(ScheduleRepository repository, AuditLog audit, ClinicDates dates, StaffDirectory staff) {
        this.repository = repository;
        this.audit = audit;
        this.dates = dates;
        this.staff = staff;
    }

    public record SeriesResult(UUID seriesId, List<Appointment> created, List<SeriesConflict> conflicts) {
    }

    /** A date of a series that was not booked, and the appointment holding the therapist's time then. */
    public record SeriesConflict(ZonedDateTime start, ZonedDateTime end, Appointment conflicting) {
    }

    /** The dates a series would book, each with what holds the therapist's time then (empty when free). */
    public record PreviewDate(ZonedDateTime start, ZonedDateTime end, Optional<Appointment> conflicting,
                              boolean outsideOpeningHours) {
    }

    public record Preview(Booking first, Recurrence recurrence, List<PreviewDate> dates) {
        public long free() {
            return dates.stream().filter(d -> d.conflicting().isEmpty()).count();
        }
    }

    @Transactional(readOnly = true)
    public TypeLengths typeLengths() {
        return repository.typeLengths(ClinicScope.require());
    }

    @Transactional(readOnly = true)
    public OpeningHours openingHours() {
        return repository.openingHours(ClinicScope.require());
    }

    /** The administrator's opening hours and the clinic's own appointment lengths, replaced together and audited. */
    public void saveSettings(OpeningHours hours, Map<org.rhomboid.schedule.domain.AppointmentType, Integer> own) {
        UUID clinic = ClinicScope.require();
        repository.saveOpeningHours(clinic, hours);
        repository.saveTypeLengths(clinic, own);
        audit.recordEvent(AuditAction.UPDATE, "ScheduleSettings", clinic, "opening hours, appointment lengths",
                AuditOutcome.SUCCESS);
    }

    /** Active members of staff who see patients (PTs and PTAs), by name. */
    @Transactional(readOnly = true)
    public List<StaffUser> therapists() {
        return staff.active().stream().filter(u -> u.has(Role.PT) || u.has(Role.PTA)).toList();
    }

    public Appointment book(Map<String, List<String>> fields) {
        UUID clinic = ClinicScope.require();
        BookingForm.Read read = BookingForm.booking(fields, dates.zone(), repository.typeLengths(clinic),
                dates.today());
        Booking booking = checked(clinic, read);
        UUID id = UUID.randomUUID();
        if (!repository.insert(clinic, id, booking, null, StaffPrincipal.currentUserId())) {
            throw refused(clinic, id, booking.patientId(), booking.therapistId(), booking.start().toInstant(),
                    booking.end().toInstant(), AuditAction.CREATE);
        }
        audit.record(AuditAction.CREATE, RESOURCE, id, booking.patientId(), AuditOutcome.SUCCESS);
        return repository.find(clinic, id).orElseThrow();
    }

    /** What a series would book, with the conflicts known now; nothing is written but the audit event. */
    public Preview preview(Map<String, List<String>> fields) {
        UUID clinic = ClinicScope.require();
        BookingForm.Read read = BookingForm.series(fields, dates.zone(), repository.typeLengths(clinic),
                dates.today());
        Booking first = checked(clinic, read);
        OpeningHours hours = repository.openingHours(clinic);
        List<PreviewDate> list = new ArrayList<>();
        for (ZonedDateTime start : read.recurrence().starts(dates.zone())) {
            ZonedDateTime end = start.plusMinutes(first.minutes());
            Optional<Appointment> conflict = repository.overlapping(clinic, first.therapistId(), start.toInstant(),
                    end.toInstant(), null).stream().findFirst();
            list.add(new PreviewDate(start, end, conflict,
                    !hours.isEmpty() && !hours.open(start.toLocalDateTime(), first.minutes())));
        }
        audit.record(AuditAction.READ, RESOURCE, "series preview", first.patientId(), AuditOutcome.SUCCESS);
        return new Preview(first, read.recurrence(), list);
    }

    /**
     * Books every date of the series whose time is free; the others are skipped and listed with the appointment
     * holding the time. Each insert runs under its own savepoint, so a date taken by someone else a moment ago is
     * skipped too, and the rest still commit together.
     */
    public SeriesResult bookSeries(Map<String, List<String>> fields) {
        UUID clinic = ClinicScope.require();
        BookingForm.Read read = BookingForm.series(fields, dates.zone(), repository.typeLengths(clinic),
                dates.today());
        Booking first = checked(clinic, read);
        UUID by = StaffPrincipal.currentUserId();
        UUID seriesId = UUID.randomUUID();
        repository.insertSeries(clinic, seriesId, first, read.recurrence(), by);
        List<Appointment> created = new ArrayList<>();
        List<SeriesConflict> conflicts = new ArrayList<>();
        for (ZonedDateTime start : read.recurrence().starts(dates.zone())) {
            Booking one = new Booking(first.patientId(), first.episodeId(), first.therapistId(), first.type(), start,
                    first.minutes());
            UUID id = UUID.randomUUID();
            if (repository.insert(clinic, id, one, seriesId, by)) {
                created.add(repository.find(clinic, id).orElseThrow());
            } else {
                Appointment holding = repository.overlapping(clinic, one.therapistId(), start.toInstant(),
                        one.end().toInstant(), null).stream().findFirst().orElse(null);
                conflicts.add(new SeriesConflict(start, one.end(), holding));
            }
        }
        created.forEach(a -> audit.record(AuditAction.CREATE, RESOURCE, a.id(), a.patientId(), AuditOutcome.SUCCESS));
        if (!conflicts.isEmpty()) {
            audit.record(AuditAction.CREATE, RESOURCE, seriesId, first.patientId(), AuditOutcome.CONFLICT);
        }
        return new SeriesResult(seriesId, created, conflicts);
    }

    /** Moves an open appointment to another time (and possibly another therapist) and length. */
    public Appointment reschedule(UUID id, Map<String, List<String>> fields) {
        UUID clinic = ClinicScope.require();
        Appointment current = found(clinic, id, AuditAction.UPDATE);
        if (!current.status().open()) {
            audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(), AuditOutcome.CONFLICT);
            throw new ConflictException("This appointment is " + current.status().label().toLowerCase(java.util.Locale.ROOT)
                    + " and can no longer be moved");
        }
        Map<String, List<String>> typed = new LinkedHashMap<>(fields);
        typed.put("patientId", List.of(current.patientId().toString()));
        typed.put("type", List.of(current.type().name()));
        typed.putIfAbsent("therapistId", List.of(current.therapistId().toString()));
        if (!typed.containsKey("minutes") || typed.get("minutes").isEmpty() || typed.get("minutes").get(0).isBlank()) {
            typed.put("minutes", List.of(String.valueOf(current.minutes())));
        }
        BookingForm.Read read = BookingForm.booking(typed, dates.zone(), repository.typeLengths(clinic),
                dates.today());
        Booking moved = checked(clinic, read);
        if (!repository.move(clinic, id, moved.therapistId(), moved.start().toInstant(), moved.end().toInstant())) {
            throw refused(clinic, id, current.patientId(), moved.therapistId(), moved.start().toInstant(),
                    moved.end().toInstant(), AuditAction.UPDATE);
        }
        audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(), AuditOutcome.SUCCESS);
        return repository.find(clinic, id).orElseThrow();
    }

    /** Check-in, cancellation (by whom, with the reason) or no-show. */
    public Appointment changeStatus(UUID id, Map<String, List<String>> fields) {
        UUID clinic = ClinicScope.require();
        Appointment current = found(clinic, id, AuditAction.UPDATE);
        StatusChange.Read read = StatusChange.read(fields);
        if (!read.errors().isEmpty()) {
            throw new BookingRefused(read.errors());
        }
        Optional<String> refusal = read.change().refusedFrom(current.status());
        if (refusal.isEmpty() && current.status().reopenedBy(read.change().status())) {
            return reopen(clinic, current, read.change());
        }
        if (refusal.isPresent()
                || !repository.changeStatus(clinic, id, current.status(), read.change(), StaffPrincipal.currentUserId())) {
            audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(), AuditOutcome.CONFLICT);
            throw new ConflictException(refusal.orElse("Someone changed this appointment a moment ago; look again"));
        }
        audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(), AuditOutcome.SUCCESS);
        return repository.find(clinic, id).orElseThrow();
    }

    /** Undoes a mistaken cancellation or no-show: booked again, if the therapist's time is still free. */
    private Appointment reopen(UUID clinic, Appointment current, StatusChange change) {
        int done = repository.reopen(clinic, current.id(), current.status(), change.reason(),
                StaffPrincipal.currentUserId());
        if (done < 0) {
            throw refused(clinic, current.id(), current.patientId(), current.therapistId(), current.start().toInstant(),
                    current.end().toInstant(), AuditAction.UPDATE);
        }
        if (done == 0) {
            audit.record(AuditAction.UPDATE, RESOURCE, current.id(), current.patientId(), AuditOutcome.CONFLICT);
            throw new ConflictException("Someone changed this appointment a moment ago; look again");
        }
        audit.record(AuditAction.UPDATE, RESOURCE, current.id(), current.patientId(), AuditOutcome.SUCCESS);
        return repository.find(clinic, current.id()).orElseThrow();
    }

    /** Appointments starting in [from, to), of one therapist or all, by start; the patients shown are audited. */
    public List<Appointment> between(Instant from, Instant to, UUID therapistId) {
        List<Appointment> list = repository.between(ClinicScope.require(), from, to, therapistId);
        audit.recordShown(AuditAction.READ, RESOURCE, list.stream().map(Appointment::patientId).distinct().toList(),
                "schedule " + from + " to " + to);
        return list;
    }

    /**
     * The patients with an appointment kept or still to keep in [from, to) — ids only, to tell the day's visits seen
     * without an appointment from the others; nothing of them is shown.
     */
    @Transactional(readOnly = true)
    public List<UUID> patientsWithAppointments(Instant from, Instant to) {
        return repository.patientsKeeping(ClinicScope.require(), from, to);
    }

    public Appointment get(UUID id) {
        return found(ClinicScope.require(), id, AuditAction.READ);
    }

    public Optional<Appointment> find(UUID id) {
        Optional<Appointment> found = repository.find(ClinicScope.require(), id);
        found.ifPresent(a -> audit.record(AuditAction.READ, RESOURCE, id, a.patientId(), AuditOutcome.SUCCESS));
        return found;
    }

    public boolean markSeen(UUID id, UUID noteId) {
        UUID clinic = ClinicScope.require();
        Appointment current = found(clinic, id, AuditAction.UPDATE);
        boolean marked = repository.markSeen(clinic, id, noteId, StaffPrincipal.current().map(StaffPrincipal::userId)
                .orElse(null));
        audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(),
                marked ? AuditOutcome.SUCCESS : AuditOutcome.CONFLICT);
        return marked;
    }

    /**
     * A visit note was signed: the patient's appointment kept that day (SeenByNote) is marked seen, linked to the
     * note. Only notes that document a visit count; a visit without an appointment leaves the schedule as it is.
     */
    @EventListener
    void noteSigned(NoteSigned signed) {
        if (!VISIT_NOTES.contains(signed.kind())) {
            return;
        }
        UUID clinic = ClinicScope.require();
        Instant from = signed.visitDate().atStartOfDay(dates.zone()).toInstant();
        Instant to = signed.visitDate().plusDays(1).atStartOfDay(dates.zone()).toInstant();
        List<Appointment> sameDay = repository.ofPatientBetween(clinic, signed.patientId(), from, to);
        SeenByNote.pick(sameDay.stream().map(a -> new SeenByNote.Candidate(a.id(), a.therapistId(), a.episodeId(),
                        a.status(), a.start().toInstant())).toList(), signed.episodeId(), signed.authorId())
                .ifPresent(id -> {
                    boolean marked = repository.markSeen(clinic, id, signed.noteId(), signed.authorId());
                    audit.record(AuditAction.UPDATE, RESOURCE, id, signed.patientId(),
                            marked ? AuditOutcome.SUCCESS : AuditOutcome.CONFLICT);
                });
    }

    /** The notes that document a visit (a progress report or a discharge summary may be written without one). */
    private static final Set<NoteKind> VISIT_NOTES = EnumSet.of(NoteKind.INITIAL_EVALUATION, NoteKind.DAILY_NOTE,
            NoteKind.RE_EVALUATION);

    /** The cancellation and no-show rates of a patient, over every appointment whose time has come. */
    public AttendanceRates ratesOfPatient(UUID patientId) {
        List<Appointment> list = repository.ofPatient(ClinicScope.require(), patientId);
        audit.record(AuditAction.READ, RESOURCE, "attendance rates", patientId, AuditOutcome.SUCCESS);
        return AttendanceRates.of(list.stream().map(Appointment::slot).toList(), dates.now());
    }

    /** A therapist's rates over appointments in [from, to) whose time has come. */
    @Transactional(readOnly = true)
    public AttendanceRates ratesOfTherapist(UUID therapistId, Instant from, Instant to) {
        List<Appointment> list = repository.between(ClinicScope.require(), from, to, therapistId);
        return AttendanceRates.of(list.stream().map(Appointment::slot).toList(), dates.now());
    }

    /**
     * Every therapist's rates over appointments in [from, to) whose time has come (the attendance report): counts
     * only, no patient named, so the read is audited as an event.
     */
    public Map<UUID, AttendanceRates> ratesByTherapist(Instant from, Instant to) {
        UUID clinic = ClinicScope.require();
        Map<UUID, AttendanceRates> rates = AttendanceRates.byTherapist(repository.slotsBetween(clinic, from, to),
                dates.now());
        audit.recordEvent(AuditAction.READ, "AttendanceRates", clinic, "by therapist, " + from + " to " + to,
                AuditOutcome.SUCCESS);
        return rates;
    }

    /** The series the episode's plan of care suggests, from tomorrow, or empty without a plan. */
    @Transactional(readOnly = true)
    public Optional<Suggested> suggestion(UUID episodeId) {
        UUID clinic = ClinicScope.require();
        return repository.planOf(clinic, episodeId).map(plan -> {
            LocalDate from = dates.today().plusDays(1);
            if (plan.start().isAfter(from)) {
                from = plan.start();
            }
            return new Suggested(plan.patientId(), plan.therapistId(), plan.perWeek(), plan.weeks(),
                    SeriesSuggestion.fromPlan(plan.perWeek(), plan.weeks(), from));
        });
    }

    public record Suggested(UUID patientId, UUID therapistId, int perWeek, int weeks, SeriesSuggestion series) {
    }

    @Transactional(readOnly = true)
    public Optional<UUID> patientOfEpisode(UUID episodeId) {
        return repository.episode(ClinicScope.require(), episodeId).map(ScheduleRepository.EpisodeOwner::patientId);
    }

    @Transactional(readOnly = true)
    public Optional<String> patientName(UUID patientId) {
        return repository.patientName(ClinicScope.require(), patientId);
    }

    public ZoneId zone() {
        return dates.zone();
    }

    private Appointment found(UUID clinic, UUID id, AuditAction action) {
        Optional<Appointment> found = repository.find(clinic, id);
        if (found.isEmpty()) {
            audit.record(action, RESOURCE, id, null, AuditOutcome.NOT_FOUND);
            throw new NotFoundException("Appointment");
        }
        if (action == AuditAction.READ) {
            audit.record(action, RESOURCE, id, found.get().patientId(), AuditOutcome.SUCCESS);
        }
        return found.get();
    }

    /** The form's own problems, then those only the clinic's records can tell (patient, episode, therapist). */
    private Booking checked(UUID clinic, BookingForm.Read read) {
        Map<String, String> errors = new LinkedHashMap<>(read.errors());
        Booking b = read.booking();
        if (b != null) {
            if (repository.patientName(clinic, b.patientId()).isEmpty()) {
                errors.put("patientId", "No such patient at this clinic");
            } else if (b.episodeId() != null && !repository.episodeOf(clinic, b.episodeId(), b.patientId())) {
                errors.put("episodeId", "This episode is not the patient's");
            }
            boolean therapist = staff.active().stream().anyMatch(u -> u.id().equals(b.therapistId())
                    && (u.has(Role.PT) || u.has(Role.PTA)));
            if (!therapist) {
                errors.put("therapistId", "Choose an active physical therapist or assistant of this clinic");
            }
        }
        if (!errors.isEmpty()) {
            throw new BookingRefused(errors);
        }
        return b;
    }

    private AppointmentConflict refused(UUID clinic, UUID id, UUID patient, UUID therapist, Instant start, Instant end,
                                        AuditAction action) {
        audit.record(action, RESOURCE, id, patient, AuditOutcome.CONFLICT);
        Appointment holding = repository.overlapping(clinic, therapist, start, end, id).stream().findFirst()
                .orElse(null);
        if (holding == null) {
            return new AppointmentConflict("The therapist's time was taken a moment ago; choose another time", null);
        }
        return new AppointmentConflict("The therapist already has appointment " + holding.id() + " from "
                + dates.moment(holding.start()) + " to " + dates.time(holding.end()) + "; choose another time",
                holding);
    }
}
