package org.rhomboid.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.intake.domain.IntakeAnswers;
import org.rhomboid.intake.domain.IntakeForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class IntakeRepository {

    /** Where an intake link leads, before any clinic is in scope. */
    record Link(UUID intakeId, UUID clinicId) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, List<String>>> RAW_FORM = new TypeReference<>() {};
    private static final String COLUMNS = "id, episode_id, patient_id, status, expires_at, draft::text as draft, "
            + "answers::text as answers, submitted_at";

    private final JdbcClient jdbc;

    IntakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Link> link(String tokenHash) {
        return jdbc.sql("select intake_id, clinic_id from intake_link where token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    Optional<Intake> find(UUID clinicId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from intake where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", id).query(IntakeRepository::map).optional();
    }

    Optional<Intake> forEpisode(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select " + COLUMNS + " from intake where clinic_id = :clinic and episode_id = :episode")
                .param("clinic", clinicId).param("episode", episodeId).query(IntakeRepository::map).optional();
    }

    void insert(UUID clinicId, UUID id, UUID episodeId, UUID patientId, OffsetDateTime expiresAt) {
        jdbc.sql("""
                insert into intake (id, clinic_id, episode_id, patient_id, status, expires_at)
                values (:id, :clinic, :episode, :patient, 'OPEN', :expires)""")
                .param("id", id).param("clinic", clinicId).param("episode", episodeId).param("patient", patientId)
                .param("expires", expiresAt).update();
    }

    /** A new link replaces any earlier one, which stops working at once. */
    void replaceLink(UUID clinicId, UUID intakeId, String tokenHash, OffsetDateTime expiresAt) {
        jdbc.sql("delete from intake_link where intake_id = :intake").param("intake", intakeId).update();
        jdbc.sql("insert into intake_link (token_hash, intake_id, clinic_id) values (:hash, :intake, :clinic)")
                .param("hash", tokenHash).param("intake", intakeId).param("clinic", clinicId).update();
        jdbc.sql("update intake set expires_at = :expires, updated_at = now() where clinic_id = :clinic and id = :id")
                .param("expires", expiresAt).param("clinic", clinicId).param("id", intakeId).update();
    }

    void saveDraft(UUID clinicId, UUID id, IntakeForm form) {
        jdbc.sql("""
                update intake set draft = cast(:draft as jsonb), updated_at = now()
                 where clinic_id = :clinic and id = :id and status = 'OPEN'""")
                .param("draft", JSON.writeValueAsString(form.fields())).param("clinic", clinicId).param("id", id)
                .update();
    }

    /** Locks the intake with its answers and retires its link: single use. */
    void submit(UUID clinicId, UUID id, IntakeAnswers answers) {
        jdbc.sql("""
                update intake set answers = cast(:answers as jsonb), status = 'SUBMITTED', submitted_at = now(),
                       updated_at = now()
                 where clinic_id = :clinic and id = :id and status = 'OPEN'""")
                .param("answers", JSON.writeValueAsString(answers)).param("clinic", clinicId).param("id", id)
                .update();
        jdbc.sql("delete from intake_link where intake_id = :intake").param("intake", id).update();
    }

    private static Intake map(ResultSet rs, int row) throws SQLException {
        String answers = rs.getString("answers");
        return new Intake(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
                rs.getObject("patient_id", UUID.class), "SUBMITTED".equals(rs.getString("status")),
                rs.getObject("expires_at", OffsetDateTime.class),
                new IntakeForm(JSON.readValue(rs.getString("draft"), RAW_FORM)),
                answers == null ? null : JSON.readValue(answers, IntakeAnswers.class),
                rs.getObject("submitted_at", OffsetDateTime.class));
    }
}
