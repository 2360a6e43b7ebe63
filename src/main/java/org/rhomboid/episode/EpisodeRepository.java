package org.rhomboid.episode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.episode.domain.BodyRegion;
import org.rhomboid.episode.domain.DischargeReason;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.episode.domain.Mechanism;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EpisodeRepository {

    private static final String SELECT = """
            select e.id, e.patient_id, e.body_region, e.onset_date, e.mechanism, e.status, e.treating_therapist_id,
                   u.display_name as therapist_name, e.started_on, e.discharged_on, e.version
              from episode e
              join app_user u on u.id = e.treating_therapist_id and u.clinic_id = e.clinic_id
            """;

    private final JdbcClient jdbc;

    EpisodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Episode> find(UUID clinicId, UUID id) {
        return jdbc.sql(SELECT + " where e.clinic_id = :clinic and e.id = :id")
                .param("clinic", clinicId)
                .param("id", id)
                .query(EpisodeRepository::map)
                .optional();
    }

    List<Episode> forPatient(UUID clinicId, UUID patientId) {
        return jdbc.sql(SELECT + " where e.clinic_id = :clinic and e.patient_id = :patient"
                        + " order by e.status = 'DISCHARGED', e.started_on desc, e.created_at desc")
                .param("clinic", clinicId)
                .param("patient", patientId)
                .query(EpisodeRepository::map)
                .list();
    }

    void insert(UUID clinicId, UUID id, UUID patientId, EpisodeDetails details, LocalDate startedOn) {
        jdbc.sql("""
                insert into episode (id, clinic_id, patient_id, body_region, onset_date, mechanism, status,
                                     treating_therapist_id, started_on)
                values (:id, :clinic, :patient, :region, :onset, :mechanism, 'OPEN', :therapist, :started)""")
                .param("id", id)
                .param("clinic", clinicId)
                .param("patient", patientId)
                .param("region", details.bodyRegion().name())
                .param("onset", details.onsetDate())
                .param("mechanism", details.mechanism().name())
                .param("therapist", details.treatingTherapistId())
                .param("started", startedOn)
                .update();
    }

    /** @return false when the episode changed since {@code details.version()} was read */
    boolean update(UUID clinicId, UUID id, EpisodeDetails details, int version, LocalDate dischargedOn) {
        return jdbc.sql("""
                update episode set body_region = :region, onset_date = :onset, mechanism = :mechanism,
                       status = :status, treating_therapist_id = :therapist, discharged_on = :discharged,
                       version = version + 1, updated_at = now()
                 where clinic_id = :clinic and id = :id and version = :version""")
                .param("region", details.bodyRegion().name())
                .param("onset", details.onsetDate())
                .param("mechanism", details.mechanism().name())
                .param("status", details.status().name())
                .param("therapist", details.treatingTherapistId())
                .param("discharged", dischargedOn)
                .param("clinic", clinicId)
                .param("id", id)
                .param("version", version)
                .update() == 1;
    }

    /** Moves the start of care and keeps the change; false when the episode changed since {@code version}. */
    boolean changeStart(UUID clinicId, UUID id, int version, StartChange change, UUID by) {
        boolean moved = jdbc.sql("update episode set started_on = :to, version = version + 1, updated_at = now()"
                        + " where clinic_id = :clinic and id = :id and version = :version")
                .param("to", change.to()).param("clinic", clinicId).param("id", id).param("version", version)
                .update() == 1;
        if (moved) {
            jdbc.sql("insert into episode_start_change (id, clinic_id, episode_id, from_date, to_date, reason,"
                            + " changed_by, changed_by_name) values (:id, :clinic, :episode, :from, :to, :reason, :by,"
                            + " :name)")
                    .param("id", UUID.randomUUID()).param("clinic", clinicId).param("episode", id)
                    .param("from", change.from()).param("to", change.to()).param("reason", change.reason())
                    .param("by", by).param("name", change.changedBy()).update();
        }
        return moved;
    }

    java.util.List<StartChange> startChanges(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select from_date, to_date, reason, changed_by_name, changed_at from episode_start_change"
                        + " where clinic_id = :clinic and episode_id = :episode order by changed_at")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, n) -> new StartChange(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class)))
                .list();
    }

    /** The earliest documented visit of the episode: its signed evaluation's date or any note's visit date. */
    LocalDate firstDocumented(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select least((select min(visit_date) from note where clinic_id = :clinic and episode_id = :episode),"
                        + " (select evaluated_on from evaluation where clinic_id = :clinic and episode_id = :episode))")
                .param("clinic", clinicId).param("episode", episodeId).query(LocalDate.class).optional().orElse(null);
    }

    boolean discharge(UUID clinicId, UUID id, LocalDate on, DischargeReason reason) {
        return jdbc.sql("update episode set status = 'DISCHARGED', discharged_on = :on, discharge_reason = :reason,"
                        + " version = version + 1, updated_at = now()"
                        + " where clinic_id = :clinic and id = :id and status <> 'DISCHARGED'")
                .param("on", on).param("reason", reason.name()).param("clinic", clinicId).param("id", id)
                .update() == 1;
    }

    private static Episode map(ResultSet rs, int row) throws SQLException {
        return new Episode(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                BodyRegion.valueOf(rs.getString("body_region")), rs.getObject("onset_date", LocalDate.class),
                Mechanism.valueOf(rs.getString("mechanism")), EpisodeStatus.valueOf(rs.getString("status")),
                rs.getObject("treating_therapist_id", UUID.class), rs.getString("therapist_name"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("discharged_on", LocalDate.class),
                rs.getInt("version"));
    }
}
