package org.rhomboid.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the schedule's appointments (V32) for reminders and feeds — read-only, with what each needs and no more —
 * and keeps which appointments were reminded (appointment_reminder, V34).
 */
@Repository
class AppointmentReads {

    /** An appointment as its reminder needs it: the patient's given name and e-mail, the times. */
    record ReminderTarget(UUID id, UUID patientId, String givenName, String email, String status, Instant startsAt,
                          Instant endsAt) {
    }

    /** An appointment as a therapist's feed shows it (the names only to make initials). */
    record FeedRow(UUID id, UUID patientId, String givenName, String familyName, String type, String status,
                   Instant startsAt, Instant endsAt) {
    }

    private final JdbcClient jdbc;

    AppointmentReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReminderTarget> reminderTarget(UUID clinicId, UUID appointmentId) {
        return jdbc.sql("""
                        select a.id, a.patient_id, p.given_name, p.email, a.status, a.starts_at, a.ends_at
                          from appointment a join patient p on p.clinic_id = a.clinic_id and p.id = a.patient_id
                         where a.clinic_id = :clinic and a.id = :id""")
                .param("clinic", clinicId).param("id", appointmentId)
                .query((rs, row) -> new ReminderTarget(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant()))
                .optional();
    }

    /** Booked appointments starting within the lead time that no reminder has been claimed for, soonest first. */
    List<UUID> due(UUID clinicId, Instant now, int leadHours) {
        return jdbc.sql("""
                        select a.id from appointment a
                         where a.clinic_id = :clinic and a.status = 'BOOKED'
                           and a.starts_at > :now and a.starts_at <= :until
                           and not exists (select 1 from appointment_reminder r
                                            where r.clinic_id = a.clinic_id and r.appointment_id = a.id)
                         order by a.starts_at limit 500""")
                .param("clinic", clinicId).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plusSeconds(leadHours * 3600L)))
                .query(UUID.class).list();
    }

    /** Claims the appointment's one reminder; false when it was claimed before (by this node or another). */
    boolean claim(UUID clinicId, UUID appointmentId) {
        return jdbc.sql("""
                        insert into appointment_reminder (clinic_id, appointment_id, outcome)
                        values (:clinic, :id, 'SENDING') on conflict (clinic_id, appointment_id) do nothing""")
                .param("clinic", clinicId).param("id", appointmentId).update() == 1;
    }

    /** Records how the appointment's reminder ended (a reminder sent on request records it too). */
    void finish(UUID clinicId, UUID appointmentId, String outcome) {
        jdbc.sql("""
                        insert into appointment_reminder (clinic_id, appointment_id, outcome, finished_at)
                        values (:clinic, :id, :outcome, now())
                        on conflict (clinic_id, appointment_id)
                        do update set outcome = excluded.outcome, finished_at = excluded.finished_at""")
                .param("clinic", clinicId).param("id", appointmentId).param("outcome", outcome).update();
    }

    List<FeedRow> ofTherapist(UUID clinicId, UUID therapistId, Instant from, Instant to) {
        return jdbc.sql("""
                        select a.id, a.patient_id, p.given_name, p.family_name, a.type, a.status, a.starts_at,
                               a.ends_at
                          from appointment a join patient p on p.clinic_id = a.clinic_id and p.id = a.patient_id
                         where a.clinic_id = :clinic and a.therapist_id = :therapist
                           and a.starts_at >= :from and a.starts_at < :to
                           and a.status not in ('CANCELLED', 'NO_SHOW')
                         order by a.starts_at limit 2000""")
                .param("clinic", clinicId).param("therapist", therapistId).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new FeedRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant()))
                .list();
    }
}
