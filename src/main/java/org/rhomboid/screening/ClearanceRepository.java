package org.rhomboid.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.rhomboid.screening.domain.ClearanceMethod;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.screening.domain.Finding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClearanceRepository {

    private final JdbcClient jdbc;

    ClearanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID clinicId, UUID episodeId, ConcernClearance c, UUID by) {
        jdbc.sql("""
                insert into concern_clearance (id, clinic_id, episode_id, screening_id, condition, level, findings,
                                               method, result_date, note, document_id, report, cleared_by,
                                               cleared_by_name)
                values (:id, :clinic, :episode, :screening, :condition, :level, :findings::text[], :method, :date,
                        :note, :document, :report, :by, :byName)""")
                .param("id", c.id()).param("clinic", clinicId).param("episode", episodeId)
                .param("screening", c.screeningId()).param("condition", c.condition().name())
                .param("level", c.level().name())
                .param("findings", "{" + String.join(",", c.findings().stream().map(Enum::name).toList()) + "}")
                .param("method", c.method().name()).param("date", c.resultDate()).param("note", c.note())
                .param("document", c.documentId()).param("report", c.report()).param("by", by)
                .param("byName", c.clearedBy()).update();
    }

    /** Every clearance recorded for the episode, newest first. */
    List<ConcernClearance> of(UUID clinicId, UUID episodeId) {
        return jdbc.sql("""
                select id, screening_id, condition, level, findings, method, result_date, note, document_id, report,
                       cleared_by_name, cleared_at
                  from concern_clearance where clinic_id = :clinic and episode_id = :episode
                 order by cleared_at desc""")
                .param("clinic", clinicId).param("episode", episodeId)
                .query(ClearanceRepository::map).list();
    }

    private static ConcernClearance map(ResultSet rs, int row) throws SQLException {
        List<Finding> findings = Arrays.stream((String[]) rs.getArray("findings").getArray())
                .map(Finding::valueOf).toList();
        return new ConcernClearance(rs.getObject("id", UUID.class), rs.getObject("screening_id", UUID.class),
                Condition.valueOf(rs.getString("condition")), Disposition.valueOf(rs.getString("level")), findings,
                ClearanceMethod.valueOf(rs.getString("method")), rs.getObject("result_date", LocalDate.class),
                rs.getString("note"), rs.getObject("document_id", UUID.class), rs.getString("report"),
                rs.getString("cleared_by_name"), rs.getObject("cleared_at", OffsetDateTime.class));
    }
}
