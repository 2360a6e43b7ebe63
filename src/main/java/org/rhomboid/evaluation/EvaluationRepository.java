package org.rhomboid.evaluation;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.billing.domain.EvaluationComplexity;
import org.rhomboid.evaluation.domain.Assessment;
import org.rhomboid.evaluation.domain.InitialEvaluationNote;
import org.rhomboid.reasoning.domain.Classification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class EvaluationRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EvaluationRecord> find(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select e.classifications, e.prognosis, e.narrative, e.presentation, e.decision_making,"
                        + " e.personal_factors, e.status, e.note::text, u.display_name, e.signed_at, e.evaluated_on"
                        + " from evaluation e left join app_user u on u.id = e.signed_by"
                        + " where e.clinic_id = :clinic and e.episode_id = :episode")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, n) -> new EvaluationRecord(new Assessment(
                        Arrays.stream((String[]) rs.getArray(1).getArray()).map(Classification::valueOf).toList(),
                        Assessment.Prognosis.valueOf(rs.getString(2)), rs.getString(3),
                        EvaluationComplexity.Presentation.valueOf(rs.getString(4)),
                        EvaluationComplexity.Level.valueOf(rs.getString(5)), rs.getInt(6)),
                        "SIGNED".equals(rs.getString(7)),
                        rs.getString(8) == null ? null : JSON.readValue(rs.getString(8), InitialEvaluationNote.class),
                        rs.getString(9), rs.getObject(10, OffsetDateTime.class),
                        rs.getObject(11, java.time.LocalDate.class)))
                .optional();
    }

    void saveAssessment(UUID clinicId, UUID episodeId, Assessment a, UUID by) {
        jdbc.sql("insert into evaluation (id, clinic_id, episode_id, classifications, prognosis, narrative, presentation,"
                        + " decision_making, personal_factors, updated_by)"
                        + " values (:id, :clinic, :episode, :classifications::text[], :prognosis, :narrative,"
                        + " :presentation, :decision, :factors, :by)"
                        + " on conflict (clinic_id, episode_id) do update set classifications = excluded.classifications,"
                        + " prognosis = excluded.prognosis, narrative = excluded.narrative,"
                        + " presentation = excluded.presentation, decision_making = excluded.decision_making,"
                        + " personal_factors = excluded.personal_factors, updated_by = excluded.updated_by,"
                        + " updated_at = now()")
                .param("id", UUID.randomUUID()).param("clinic", clinicId).param("episode", episodeId)
                .param("classifications", "{" + String.join(",", a.classifications().stream().map(Enum::name).toList()) + "}")
                .param("prognosis", a.prognosis().name()).param("narrative", a.narrative())
                .param("presentation", a.presentation().name()).param("decision", a.decisionMaking().name())
                .param("factors", a.personalFactors()).param("by", by).update();
    }

    /** Signs the draft; false when it was already signed (someone else got there first). */
    boolean sign(UUID clinicId, UUID episodeId, InitialEvaluationNote note, java.time.LocalDate evaluatedOn, UUID by) {
        return jdbc.sql("update evaluation set status = 'SIGNED', note = cast(:note as jsonb), signed_by = :by,"
                        + " signed_at = now(), evaluated_on = :evaluatedOn, updated_by = :by, updated_at = now()"
                        + " where clinic_id = :clinic and episode_id = :episode and status = 'DRAFT'")
                .param("note", JSON.writeValueAsString(note)).param("by", by).param("evaluatedOn", evaluatedOn)
                .param("clinic", clinicId).param("episode", episodeId).update() == 1;
    }
}
