package org.rhomboid.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.screening.domain.ScreeningResult;
import org.rhomboid.screening.domain.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ScreeningRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ScreeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<FindingSource, Set<Finding>> findings(UUID clinicId, UUID episodeId) {
        Map<FindingSource, Set<Finding>> bySource = new EnumMap<>(FindingSource.class);
        for (FindingSource source : FindingSource.values()) {
            bySource.put(source, EnumSet.noneOf(Finding.class));
        }
        jdbc.sql("select source, finding from episode_finding where clinic_id = :clinic and episode_id = :episode")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, row) -> bySource.get(FindingSource.valueOf(rs.getString(1)))
                        .add(Finding.valueOf(rs.getString(2))))
                .list();
        return bySource;
    }

    void replaceFindings(UUID clinicId, UUID episodeId, FindingSource source, Set<Finding> findings, UUID recordedBy) {
        jdbc.sql("delete from episode_finding where clinic_id = :clinic and episode_id = :episode and source = :source")
                .param("clinic", clinicId).param("episode", episodeId).param("source", source.name()).update();
        for (Finding finding : findings) {
            jdbc.sql("""
                    insert into episode_finding (clinic_id, episode_id, finding, source, recorded_by)
                    values (:clinic, :episode, :finding, :source, :by)""")
                    .param("clinic", clinicId).param("episode", episodeId).param("finding", finding.name())
                    .param("source", source.name()).param("by", recordedBy).update();
        }
    }

    void insert(UUID clinicId, ScreeningRecord record, UUID clearanceId, UUID screenedBy) {
        jdbc.sql("""
                insert into screening (id, clinic_id, episode_id, age, sex, findings, disposition, result, trigger,
                                       clearance_id, screened_by)
                values (:id, :clinic, :episode, :age, :sex, :findings::text[], :disposition, cast(:result as jsonb),
                        :trigger, :clearance, :by)""")
                .param("id", record.id()).param("clinic", clinicId).param("episode", record.episodeId())
                .param("age", record.age()).param("sex", record.sex().name())
                .param("findings", "{" + String.join(",", record.findings().stream().map(Enum::name).toList()) + "}")
                .param("disposition", record.result().disposition().name())
                .param("result", JSON.writeValueAsString(record.result()))
                .param("trigger", record.trigger().name()).param("clearance", clearanceId).param("by", screenedBy)
                .update();
    }

    List<ScreeningRecord> history(UUID clinicId, UUID episodeId) {
        return jdbc.sql("""
                select id, episode_id, age, sex, findings, result::text as result, trigger, screened_at
                  from screening where clinic_id = :clinic and episode_id = :episode
                 order by screened_at desc""")
                .param("clinic", clinicId).param("episode", episodeId)
                .query(ScreeningRepository::map).list();
    }

    Optional<ScreeningRecord> find(UUID clinicId, UUID screeningId) {
        return jdbc.sql("""
                select id, episode_id, age, sex, findings, result::text as result, trigger, screened_at
                  from screening where clinic_id = :clinic and id = :id""")
                .param("clinic", clinicId).param("id", screeningId)
                .query(ScreeningRepository::map).optional();
    }

    void acknowledge(UUID clinicId, UUID episodeId, UUID screeningId, Condition condition, Disposition level,
                     String note, UUID by) {
        jdbc.sql("""
                insert into concern_acknowledgement (id, clinic_id, episode_id, screening_id, condition, level, note,
                                                     acknowledged_by)
                values (:id, :clinic, :episode, :screening, :condition, :level, :note, :by)""")
                .param("id", UUID.randomUUID()).param("clinic", clinicId).param("episode", episodeId)
                .param("screening", screeningId).param("condition", condition.name()).param("level", level.name())
                .param("note", note).param("by", by).update();
    }

    List<Acknowledgement> acknowledgements(UUID clinicId, UUID episodeId) {
        return jdbc.sql("""
                select a.id, a.screening_id, a.condition, a.level, a.note, u.display_name, a.acknowledged_at
                  from concern_acknowledgement a join app_user u on u.id = a.acknowledged_by
                 where a.clinic_id = :clinic and a.episode_id = :episode order by a.acknowledged_at""")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, row) -> new Acknowledgement(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Condition.valueOf(rs.getString(3)), Disposition.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    /** The latest screening of each of these episodes (episodes never screened are left out): one query. */
    java.util.Map<UUID, ScreeningRecord> latestOf(UUID clinicId, java.util.Collection<UUID> episodeIds) {
        java.util.Map<UUID, ScreeningRecord> latest = new java.util.HashMap<>();
        jdbc.sql("""
                select distinct on (episode_id) id, episode_id, age, sex, findings, result::text as result, trigger,
                       screened_at
                  from screening where clinic_id = :clinic and episode_id = any(:episodes)
                 order by episode_id, screened_at desc""")
                .param("clinic", clinicId).param("episodes", episodeIds.toArray(UUID[]::new))
                .query(ScreeningRepository::map).list().forEach(r -> latest.put(r.episodeId(), r));
        return latest;
    }

    /** The acknowledgements of these episodes, by episode, oldest first: one query. */
    java.util.Map<UUID, List<Acknowledgement>> acknowledgementsOf(UUID clinicId, java.util.Collection<UUID> episodeIds) {
        java.util.Map<UUID, List<Acknowledgement>> byEpisode = new java.util.HashMap<>();
        jdbc.sql("""
                select a.id, a.screening_id, a.condition, a.level, a.note, u.display_name, a.acknowledged_at,
                       a.episode_id
                  from concern_acknowledgement a join app_user u on u.id = a.acknowledged_by
                 where a.clinic_id = :clinic and a.episode_id = any(:episodes) order by a.acknowledged_at""")
                .param("clinic", clinicId).param("episodes", episodeIds.toArray(UUID[]::new))
                .query((rs, row) -> byEpisode.computeIfAbsent(rs.getObject(8, UUID.class), e -> new java.util.ArrayList<>())
                        .add(new Acknowledgement(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                Condition.valueOf(rs.getString(3)), Disposition.valueOf(rs.getString(4)),
                                rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class))))
                .list();
        return byEpisode;
    }

    private static ScreeningRecord map(ResultSet rs, int row) throws SQLException {
        List<Finding> findings = Arrays.stream((String[]) rs.getArray("findings").getArray())
                .map(Finding::valueOf).toList();
        return new ScreeningRecord(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
                rs.getInt("age"), Sex.valueOf(rs.getString("sex")), findings,
                JSON.readValue(rs.getString("result"), ScreeningResult.class),
                FindingSource.valueOf(rs.getString("trigger")), rs.getObject("screened_at", OffsetDateTime.class));
    }
}
