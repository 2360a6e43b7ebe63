package org.rhomboid.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.CertificationReason;
import org.rhomboid.plan.domain.CertificationRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certification records of plan periods: inserted, never changed (the application role may only insert). */
@Repository
public class CertificationRepository {

    private static final String COLUMNS = "id, episode_id, period_start, period_end, reason, frequency_per_week, method,"
            + " practitioner_name, practitioner_npi, signed_on, received_on, verbal_order_on, plan_sent_on,"
            + " document_id, note, recorded_by_name, recorded_at";

    private final JdbcClient jdbc;

    CertificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The episode's records, oldest first. */
    public List<CertificationRecord> ofEpisode(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select " + COLUMNS + " from plan_certification where clinic_id = :clinic"
                        + " and episode_id = :episode order by recorded_at")
                .param("clinic", clinicId).param("episode", episodeId)
                .query(CertificationRepository::map).list();
    }

    /** The records of many episodes at once (claims, the worklist), by episode, oldest first. */
    public Map<UUID, List<CertificationRecord>> ofEpisodes(UUID clinicId, Collection<UUID> episodeIds) {
        Map<UUID, List<CertificationRecord>> byEpisode = new HashMap<>();
        if (episodeIds.isEmpty()) {
            return byEpisode;
        }
        jdbc.sql("select " + COLUMNS + " from plan_certification where clinic_id = :clinic"
                        + " and episode_id = any(:episodes) order by recorded_at")
                .param("clinic", clinicId).param("episodes", episodeIds.toArray(UUID[]::new))
                .query(rs -> {
                    byEpisode.computeIfAbsent(rs.getObject("episode_id", UUID.class), e -> new java.util.ArrayList<>())
                            .add(map(rs, 0));
                });
        return byEpisode;
    }

    void insert(UUID clinicId, UUID episodeId, CertificationRecord r, UUID recordedBy) {
        jdbc.sql("insert into plan_certification (id, clinic_id, episode_id, period_start, period_end, recertification,"
                        + " reason, frequency_per_week, method, practitioner_name, practitioner_npi, signed_on,"
                        + " received_on, verbal_order_on, plan_sent_on, document_id, note, recorded_by,"
                        + " recorded_by_name, recorded_at) values (:id, :clinic, :episode, :start, :end, :recert,"
                        + " :reason, :frequency, :method, :name, :npi, :signed, :received, :verbal, :sent, :document,"
                        + " :note, :by, :byName, :at)")
                .param("id", r.id()).param("clinic", clinicId).param("episode", episodeId)
                .param("start", r.periodStart()).param("end", r.periodEnd()).param("recert", r.recertification())
                .param("reason", r.reason().name()).param("frequency", r.frequencyPerWeek())
                .param("method", r.method().name()).param("name", r.practitionerName())
                .param("npi", r.practitionerNpi()).param("signed", r.signedOn()).param("received", r.receivedOn())
                .param("verbal", r.verbalOrderOn()).param("sent", r.planSentOn()).param("document", r.documentId())
                .param("note", r.note() == null ? "" : r.note()).param("by", recordedBy)
                .param("byName", r.recordedBy()).param("at", r.recordedAt()).update();
    }

    private static CertificationRecord map(ResultSet rs, int row) throws SQLException {
        return new CertificationRecord(rs.getObject("id", UUID.class), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), CertificationReason.valueOf(rs.getString("reason")),
                (Integer) rs.getObject("frequency_per_week"), Certification.Method.valueOf(rs.getString("method")),
                rs.getString("practitioner_name"), rs.getString("practitioner_npi"),
                rs.getObject("signed_on", LocalDate.class), rs.getObject("received_on", LocalDate.class),
                rs.getObject("verbal_order_on", LocalDate.class), rs.getObject("plan_sent_on", LocalDate.class),
                rs.getObject("document_id", UUID.class), rs.getString("note"), rs.getString("recorded_by_name"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
