package org.rhomboid.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one thing the caseload reads itself: today's visits documented without an appointment (a walk-in, or a visit
 * the desk never booked), so the day's list is complete. Everything else comes from the features that own it.
 */
@Repository
class CaseloadRepository {

    /** A note of today's visit that no appointment points to, signed or awaiting co-signature. */
    record UnbookedVisit(UUID noteId, UUID patientId, String patientName, UUID episodeId, String kind, UUID authorId,
                         String authorName) {}

    private final JdbcClient jdbc;

    CaseloadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param therapistId notes this person wrote or treats the episode of, or null for the whole clinic
     * @param from        the start of the day, to find the patient's appointments of that day
     */
    List<UnbookedVisit> unbooked(UUID clinic, LocalDate day, Instant from, Instant to, UUID therapistId) {
        return jdbc.sql("""
                select n.id, n.patient_id, p.family_name || ', ' || p.given_name, n.episode_id, n.kind, n.author_id,
                       u.display_name
                  from note n
                  join patient p on p.id = n.patient_id and p.clinic_id = n.clinic_id
                  join episode e on e.id = n.episode_id and e.clinic_id = n.clinic_id
                  left join app_user u on u.clinic_id = n.clinic_id and u.id = n.author_id
                 where n.clinic_id = :clinic and n.visit_date = :day and n.status <> 'DRAFT'
                   and (cast(:therapist as uuid) is null or n.author_id = :therapist
                        or e.treating_therapist_id = :therapist)
                   and not exists (select 1 from appointment a where a.clinic_id = n.clinic_id and a.note_id = n.id)
                   and not exists (select 1 from appointment a where a.clinic_id = n.clinic_id
                                      and a.patient_id = n.patient_id and a.status = 'SEEN'
                                      and a.starts_at >= :from and a.starts_at < :to)
                 order by n.signed_at nulls last, p.family_name, n.id""")
                .param("clinic", clinic).param("day", day).param("therapist", therapistId)
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new UnbookedVisit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, UUID.class),
                        rs.getString(7)))
                .list();
    }
}
