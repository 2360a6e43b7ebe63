package org.rhomboid.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.schedule.domain.AppointmentStatus;
import org.rhomboid.schedule.domain.AppointmentType;
import org.rhomboid.schedule.domain.Booking;
import org.rhomboid.schedule.domain.CancelledBy;
import org.rhomboid.schedule.domain.OpeningHours;
import org.rhomboid.schedule.domain.Recurrence;
import org.rhomboid.schedule.domain.StatusChange;
import org.rhomboid.schedule.domain.TypeLengths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appointments, series and the clinic's schedule settings. Every statement names the clinic, and row-level security
 * checks it again. A write that the exclusion constraint {@code appointment_therapist_free} refuses (SQLState 23P01)
 * is rolled back to a savepoint taken just before it ({@code database.Savepoints}), so the transaction goes on (to find the conflicting
 * appointment, to book a series' other dates, to audit the refusal).
 */
@Repository
class ScheduleRepository {

    private static final String SELECT = """
            select a.id, a.patient_id, p.given_name || ' ' || p.family_name as patient_name, a.episode_id,
                   a.therapist_id, u.display_name as therapist_name, a.series_id, a.type, a.starts_at, a.ends_at,
                   a.status, a.cancelled_by, a.status_reason, a.note_id
              from appointment a
              join patient p on p.clinic_id = a.clinic_id and p.id = a.patient_id
              join app_user u on u.clinic_id = a.clinic_id and u.id = a.therapist_id
            """;

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Appointment> find(UUID clinic, UUID id) {
        return jdbc.sql(SELECT + " where a.clinic_id = :clinic and a.id = :id")
                .param("clinic", clinic).param("id", id).query(ScheduleRepository::map).optional();
    }

    /**
     * The day and week views' query: driven by the appointments' index on (clinic, start), each row then finding its
     * patient by key and its therapist's name by key. (Joining the staff table instead let the planner start from
     * the clinic's staff and range-scan the week's appointments once per member of staff: 15 ms for a clinic of 14.)
     */
    static final String BETWEEN = """
            select a.id, a.patient_id, p.given_name || ' ' || p.family_name as patient_name, a.episode_id,
                   a.therapist_id, (select u.display_name from app_user u
                                     where u.clinic_id = a.clinic_id and u.id = a.therapist_id) as therapist_name,
                   a.series_id, a.type, a.starts_at, a.ends_at, a.status, a.cancelled_by, a.status_reason, a.note_id
              from appointment a
              join patient p on p.clinic_id = a.clinic_id and p.id = a.patient_id
             where a.clinic_id = :clinic and a.starts_at >= :from and a.starts_at < :to
               and (cast(:therapist as uuid) is null or a.therapist_id = :therapist)
             order by a.starts_at, therapist_name, a.id""";

    /** Appointments starting in [from, to), of one therapist or all, by start (then therapist). */
    List<Appointment> between(UUID clinic, Instant from, Instant to, UUID therapist) {
        return jdbc.sql(BETWEEN)
                .param("clinic", clinic).param("from", utc(from)).param("to", utc(to)).param("therapist", therapist)
                .query(ScheduleRepository::map).list();
    }

    List<Appointment> ofPatient(UUID clinic, UUID patient) {
        return jdbc.sql(SELECT + " where a.clinic_id = :clinic and a.patient_id = :patient order by a.starts_at")
                .param("clinic", clinic).param("patient", patient).query(ScheduleRepository::map).list();
    }

    /** The patient's appointments starting in [from, to), by start (a day's, when a note of that day is signed). */
    List<Appointment> ofPatientBetween(UUID clinic, UUID patient, Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                 where a.clinic_id = :clinic and a.patient_id = :patient and a.starts_at >= :from and a.starts_at < :to
                 order by a.starts_at""")
                .param("clinic", clinic).param("patient", patient).param("from", utc(from)).param("to", utc(to))
                .query(ScheduleRepository::map).list();
    }

    /** The patients whose appointment starting in [from, to) holds its time (booked, checked in or seen). */
    List<UUID> patientsKeeping(UUID clinic, Instant from, Instant to) {
        return jdbc.sql("""
                select distinct patient_id from appointment
                 where clinic_id = :clinic and starts_at >= :from and starts_at < :to
                   and status not in ('CANCELLED', 'NO_SHOW')""")
                .param("clinic", clinic).param("from", utc(from)).param("to", utc(to)).query(UUID.class).list();
    }

    /** The slots (no names) of the appointments starting in [from, to): for counting, not for showing. */
    List<org.rhomboid.schedule.domain.Slot> slotsBetween(UUID clinic, Instant from, Instant to) {
        return jdbc.sql("""
                select id, therapist_id, patient_id, starts_at, ends_at, status from appointment
                 where clinic_id = :clinic and starts_at >= :from and starts_at < :to""")
                .param("clinic", clinic).param("from", utc(from)).param("to", utc(to))
                .query((rs, row) -> new org.rhomboid.schedule.domain.Slot(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), AppointmentStatus.valueOf(rs.getString(6))))
                .list();
    }

    List<Appointment> ofTherapist(UUID clinic, UUID therapist, Instant from, Instant to) {
        return between(clinic, from, to, therapist);
    }

    /** The therapist's appointments that hold their time and overlap [start, end), by start. */
    List<Appointment> overlapping(UUID clinic, UUID therapist, Instant start, Instant end, UUID ignoring) {
        return jdbc.sql(SELECT + """
                 where a.clinic_id = :clinic and a.therapist_id = :therapist
                   and a.status not in ('CANCELLED', 'NO_SHOW')
                   and tstzrange(a.starts_at, a.ends_at) && tstzrange(:start, :end)
                   and a.id is distinct from :ignoring
                 order by a.starts_at""")
                .param("clinic", clinic).param("therapist", therapist).param("start", utc(start))
                .param("end", utc(end)).param("ignoring", ignoring).query(ScheduleRepository::map).list();
    }

    void insertSeries(UUID clinic, UUID id, Booking first, Recurrence recurrence, UUID by) {
        jdbc.sql("""
                insert into appointment_series (id, clinic_id, patient_id, episode_id, therapist_id, type, weekdays,
                                                local_time, minutes, first_date, until_date, booked_by)
                values (:id, :clinic, :patient, :episode, :therapist, :type, cast(:weekdays as smallint[]), :time,
                        :minutes, :first, :until, :by)""")
                .param("id", id).param("clinic", clinic).param("patient", first.patientId())
                .param("episode", first.episodeId()).param("therapist", first.therapistId())
                .param("type", first.type().name())
                .param("weekdays", "{" + String.join(",", recurrence.isoWeekdays().stream().map(String::valueOf).toList()) + "}")
                .param("time", recurrence.time()).param("minutes", recurrence.minutes())
                .param("first", recurrence.first()).param("until", recurrence.until()).param("by", by).update();
    }

    /** Inserts the appointment; false (and nothing written) when the therapist's time is taken. */
    boolean insert(UUID clinic, UUID id, Booking b, UUID seriesId, UUID by) {
        return underSavepoint(() -> jdbc.sql("""
                insert into appointment (id, clinic_id, patient_id, episode_id, therapist_id, series_id, type,
                                         starts_at, ends_at, booked_by)
                values (:id, :clinic, :patient, :episode, :therapist, :series, :type, :start, :end, :by)""")
                .param("id", id).param("clinic", clinic).param("patient", b.patientId())
                .param("episode", b.episodeId()).param("therapist", b.therapistId()).param("series", seriesId)
                .param("type", b.type().name()).param("start", utc(b.start().toInstant()))
                .param("end", utc(b.end().toInstant())).param("by", by).update());
    }

    /** Moves an open appointment (and may change its therapist); false when the new time is taken. */
    boolean move(UUID clinic, UUID id, UUID therapist, Instant start, Instant end) {
        return underSavepoint(() -> jdbc.sql("""
                update appointment set therapist_id = :therapist, starts_at = :start, ends_at = :end
                 where clinic_id = :clinic and id = :id and status in ('BOOKED', 'CHECKED_IN')""")
                .param("clinic", clinic).param("id", id).param("therapist", therapist).param("start", utc(start))
                .param("end", utc(end)).update());
    }

    /** Sets the status if it still is {@code from} (the row lock orders two concurrent changes); false otherwise. */
    boolean changeStatus(UUID clinic, UUID id, AppointmentStatus from, StatusChange change, UUID by) {
        return jdbc.sql("""
                update appointment set status = :status, cancelled_by = :cancelledBy, status_reason = :reason,
                                       status_changed_by = :by, status_changed_at = now()
                 where clinic_id = :clinic and id = :id and status = :from""")
                .param("clinic", clinic).param("id", id).param("status", change.status().name())
                .param("cancelledBy", change.cancelledBy() == null ? null : change.cancelledBy().name())
                .param("reason", change.reason()).param("by", by).param("from", from.name()).update() == 1;
    }

    /**
     * Reopens a cancelled or no-show appointment (if it still is {@code from}) back to booked, with the reason:
     * 1 done, 0 when someone changed it meanwhile, -1 when the therapist's time has been taken since (the exclusion
     * constraint counts it again once booked).
     */
    int reopen(UUID clinic, UUID id, AppointmentStatus from, String reason, UUID by) {
        int[] count = {0};
        boolean free = underSavepoint(() -> count[0] = jdbc.sql("""
                update appointment set status = 'BOOKED', cancelled_by = null, status_reason = :reason,
                                       status_changed_by = :by, status_changed_at = now()
                 where clinic_id = :clinic and id = :id and status = :from""")
                .param("clinic", clinic).param("id", id).param("reason", reason).param("by", by)
                .param("from", from.name()).update());
        return free ? count[0] : -1;
    }

    boolean markSeen(UUID clinic, UUID id, UUID noteId, UUID by) {
        return jdbc.sql("""
                update appointment set status = 'SEEN', note_id = :note, status_changed_by = :by,
                                       status_changed_at = now()
                 where clinic_id = :clinic and id = :id and status in ('BOOKED', 'CHECKED_IN')""")
                .param("clinic", clinic).param("id", id).param("note", noteId).param("by", by).update() == 1;
    }

    /** The patient's name, if the patient is the clinic's. */
    Optional<String> patientName(UUID clinic, UUID patient) {
        return jdbc.sql("select given_name || ' ' || family_name from patient where clinic_id = :clinic and id = :id")
                .param("clinic", clinic).param("id", patient).query(String.class).optional();
    }

    boolean episodeOf(UUID clinic, UUID episode, UUID patient) {
        return jdbc.sql("select exists (select 1 from episode where clinic_id = :clinic and id = :id"
                        + " and patient_id = :patient)")
                .param("clinic", clinic).param("id", episode).param("patient", patient).query(Boolean.class).single();
    }

    record PlanFrequency(UUID patientId, int perWeek, int weeks, java.time.LocalDate start, UUID therapistId) {
    }

    /** The plan of care's frequency and duration for the episode, if it has a plan. */
    Optional<PlanFrequency> planOf(UUID clinic, UUID episode) {
        return jdbc.sql("""
                select e.patient_id, pc.frequency_per_week, pc.duration_weeks, pc.start_date, e.treating_therapist_id
                  from plan_of_care pc join episode e on e.clinic_id = pc.clinic_id and e.id = pc.episode_id
                 where pc.clinic_id = :clinic and pc.episode_id = :episode""")
                .param("clinic", clinic).param("episode", episode)
                .query((rs, n) -> new PlanFrequency(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        rs.getObject(4, java.time.LocalDate.class), rs.getObject(5, UUID.class)))
                .optional();
    }

    record EpisodeOwner(UUID patientId, UUID therapistId) {
    }

    Optional<EpisodeOwner> episode(UUID clinic, UUID episode) {
        return jdbc.sql("select patient_id, treating_therapist_id from episode where clinic_id = :clinic and id = :id")
                .param("clinic", clinic).param("id", episode)
                .query((rs, n) -> new EpisodeOwner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    OpeningHours openingHours(UUID clinic) {
        Map<DayOfWeek, OpeningHours.Hours> days = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("select weekday, opens, closes from clinic_opening_hours where clinic_id = :clinic")
                .param("clinic", clinic)
                .query(rs -> {
                    days.put(DayOfWeek.of(rs.getInt(1)), new OpeningHours.Hours(rs.getObject(2, LocalTime.class),
                            rs.getObject(3, LocalTime.class)));
                });
        return new OpeningHours(days);
    }

    void saveOpeningHours(UUID clinic, OpeningHours hours) {
        jdbc.sql("delete from clinic_opening_hours where clinic_id = :clinic").param("clinic", clinic).update();
        hours.days().forEach((day, h) -> jdbc.sql("""
                insert into clinic_opening_hours (clinic_id, weekday, opens, closes)
                values (:clinic, :weekday, :opens, :closes)""")
                .param("clinic", clinic).param("weekday", day.getValue()).param("opens", h.opens())
                .param("closes", h.closes()).update());
    }

    TypeLengths typeLengths(UUID clinic) {
        Map<AppointmentType, Integer> own = new EnumMap<>(AppointmentType.class);
        jdbc.sql("select type, minutes from appointment_type_length where clinic_id = :clinic")
                .param("clinic", clinic)
                .query(rs -> {
                    own.put(AppointmentType.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return new TypeLengths(own);
    }

    void saveTypeLengths(UUID clinic, Map<AppointmentType, Integer> own) {
        jdbc.sql("delete from appointment_type_length where clinic_id = :clinic").param("clinic", clinic).update();
        own.forEach((type, minutes) -> jdbc.sql("""
                insert into appointment_type_length (clinic_id, type, minutes) values (:clinic, :type, :minutes)""")
                .param("clinic", clinic).param("type", type.name()).param("minutes", minutes).update());
    }

    private boolean underSavepoint(Runnable write) {
        return org.rhomboid.database.Savepoints.unlessExcluded(jdbc, write);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Appointment map(ResultSet rs, int row) throws SQLException {
        String by = rs.getString("cancelled_by");
        return new Appointment(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getString("patient_name"), rs.getObject("episode_id", UUID.class),
                rs.getObject("therapist_id", UUID.class), rs.getString("therapist_name"),
                rs.getObject("series_id", UUID.class), AppointmentType.valueOf(rs.getString("type")),
                rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
                AppointmentStatus.valueOf(rs.getString("status")), by == null ? null : CancelledBy.valueOf(by),
                rs.getString("status_reason"), rs.getObject("note_id", UUID.class));
    }
}
