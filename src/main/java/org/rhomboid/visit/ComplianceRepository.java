package org.rhomboid.visit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.NoteStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the compliance worklist needs, in three set-based queries for the whole clinic (or one therapist's share):
 * the notes not yet signed, the open episodes whose plan of care is in force (signed evaluation), and the dates
 * those episodes were documented on. Patient names come along only to be shown on the page.
 */
@Repository
class ComplianceRepository {

    /** A draft or a note awaiting co-signature, of any episode (an unsigned note stays a debt after discharge). */
    record OpenNote(UUID id, UUID episodeId, NoteKind kind, NoteStatus status, OffsetDateTime createdAt, UUID authorId,
                    UUID treatingTherapistId, String patientName, LocalDate visitDate, UUID patientId) {}

    /** An open episode with a signed initial evaluation and so a plan of care in force. */
    record PlannedEpisode(UUID episodeId, UUID treatingTherapistId, String patientName, Payer payer,
                          LocalDate evaluatedOn, PlanOfCare plan, UUID patientId) {}

    /** The distinct visit dates of an episode's signed (or co-signature pending) notes of one kind. */
    record DocumentedDays(UUID episodeId, NoteKind kind, List<LocalDate> dates) {}

    /** "Family, Given", as clinic lists show names. */
    private static final String PATIENT_NAME = "p.family_name || ', ' || p.given_name";

    private static final String THERAPIST = "(cast(:therapist as uuid) is null"
            + " or e.treating_therapist_id = cast(:therapist as uuid))";

    private static final String PLANNED_EPISODES = " from episode e"
            + " join patient p on p.id = e.patient_id and p.clinic_id = e.clinic_id"
            + " join plan_of_care pc on pc.episode_id = e.id and pc.clinic_id = e.clinic_id"
            + " join evaluation ev on ev.episode_id = e.id and ev.clinic_id = e.clinic_id and ev.status = 'SIGNED'"
            + " where e.clinic_id = :clinic and e.status = 'OPEN' and " + THERAPIST;

    private final JdbcClient jdbc;

    ComplianceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param therapistId null for the whole clinic; else notes this person wrote or must co-sign */
    List<OpenNote> openNotes(UUID clinicId, UUID therapistId) {
        return openNotes(clinicId, therapistId, null);
    }

    /** The same, of these patients only (today's caseload), or of all when {@code patients} is null. */
    List<OpenNote> openNotes(UUID clinicId, UUID therapistId, Collection<UUID> patients) {
        return patientsParam(jdbc.sql("select n.id, n.episode_id, n.kind, n.status, n.created_at, n.author_id,"
                        + " e.treating_therapist_id, " + PATIENT_NAME + ", n.visit_date, p.id"
                        + " from note n"
                        + " join episode e on e.id = n.episode_id and e.clinic_id = n.clinic_id"
                        + " join patient p on p.id = n.patient_id and p.clinic_id = n.clinic_id"
                        + " where n.clinic_id = :clinic and n.status <> 'SIGNED'"
                        + " and (cast(:therapist as uuid) is null or n.author_id = cast(:therapist as uuid)"
                        + " or e.treating_therapist_id = cast(:therapist as uuid))" + patients(patients))
                .param("clinic", clinicId).param("therapist", therapistId), patients)
                .query((rs, n) -> new OpenNote(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        NoteKind.valueOf(rs.getString(3)), NoteStatus.valueOf(rs.getString(4)),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, UUID.class),
                        rs.getObject(7, UUID.class), rs.getString(8), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, UUID.class)))
                .list();
    }

    /** @param therapistId null for the whole clinic; else the episodes this person treats */
    List<PlannedEpisode> plannedEpisodes(UUID clinicId, UUID therapistId) {
        return plannedEpisodes(clinicId, therapistId, null);
    }

    /** The same, of these patients only, or of all when {@code patients} is null. */
    List<PlannedEpisode> plannedEpisodes(UUID clinicId, UUID therapistId, Collection<UUID> patients) {
        return patientsParam(jdbc.sql("select e.id, e.treating_therapist_id, " + PATIENT_NAME + ", p.primary_payer, ev.evaluated_on,"
                        + " pc.start_date, pc.duration_weeks, pc.certification, pc.signature_received,"
                        + " pc.verbal_order_on, pc.plan_sent_on, pc.diagnoses, pc.frequency_per_week, p.id" + PLANNED_EPISODES
                        + patients(patients))
                .param("clinic", clinicId).param("therapist", therapistId), patients)
                .query((rs, n) -> new PlannedEpisode(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), Payer.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        new PlanOfCare(List.of((String[]) rs.getArray(12).getArray()), rs.getInt(13), rs.getInt(7),
                                rs.getObject(6, LocalDate.class), Certification.Method.valueOf(rs.getString(8)),
                                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                                rs.getObject(11, LocalDate.class), Map.of(), java.util.Set.of()),
                        rs.getObject(14, UUID.class)))
                .list();
    }

    /** The documented days of the same episodes as {@link #plannedEpisodes}, by note kind; drafts don't count. */
    List<DocumentedDays> documentedDays(UUID clinicId, UUID therapistId) {
        return documentedDays(clinicId, therapistId, null);
    }

    /** The same, of these patients' episodes only, or of all when {@code patients} is null. */
    List<DocumentedDays> documentedDays(UUID clinicId, UUID therapistId, Collection<UUID> patients) {
        return patientsParam(jdbc.sql("select n.episode_id, n.kind, array_agg(distinct n.visit_date)"
                        + " from note n"
                        + " where n.clinic_id = :clinic and n.status <> 'DRAFT'"
                        + " and n.episode_id in (select e.id" + PLANNED_EPISODES + patients(patients) + ")"
                        + " group by n.episode_id, n.kind")
                .param("clinic", clinicId).param("therapist", therapistId), patients)
                .query((rs, n) -> new DocumentedDays(rs.getObject(1, UUID.class), NoteKind.valueOf(rs.getString(2)),
                        dates(rs, 3)))
                .list();
    }

    /** The condition narrowing a query to some patients ({@code p} is the patient table), or nothing. */
    private static String patients(Collection<UUID> patients) {
        return patients == null ? "" : " and p.id = any(:patients)";
    }

    private static JdbcClient.StatementSpec patientsParam(JdbcClient.StatementSpec spec, Collection<UUID> patients) {
        return patients == null ? spec : spec.param("patients", patients.toArray(UUID[]::new));
    }

    private static List<LocalDate> dates(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        List<LocalDate> dates = new ArrayList<>();
        for (Object date : (Object[]) array.getArray()) {
            dates.add(date instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(date.toString()));
        }
        return dates;
    }

    /**
     * For each open episode, its patient's expected allowed amount in the year (signed notes' billable lines at the
     * fee schedule's allowed amount per unit); empty when the clinic keeps no allowed amounts, so KX is unknown.
     */
    Optional<Map<UUID, java.math.BigDecimal>> allowedThisYear(UUID clinicId, int year) {
        boolean known = jdbc.sql("select exists (select 1 from fee_schedule where clinic_id = :clinic and allowed is not null)")
                .param("clinic", clinicId).query(Boolean.class).single();
        if (!known) {
            return Optional.empty();
        }
        Map<UUID, java.math.BigDecimal> allowed = new java.util.HashMap<>();
        jdbc.sql("select e.id, sum(s.units * f.allowed) from episode e"
                        + " join note n on n.clinic_id = e.clinic_id and n.patient_id = e.patient_id"
                        + " and n.visit_date >= make_date(:year, 1, 1) and n.visit_date < make_date(:year + 1, 1, 1)"
                        + " join note_service s on s.clinic_id = n.clinic_id and s.note_id = n.id and s.status = 'BILLABLE'"
                        + " join fee_schedule f on f.clinic_id = s.clinic_id and f.code = s.code"
                        + " where e.clinic_id = :clinic and e.status = 'OPEN' group by e.id")
                .param("clinic", clinicId).param("year", year)
                .query((rs, n) -> allowed.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2))).list();
        return Optional.of(allowed);
    }
}
