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
import org.rhomboid.intake.domain.TakenBy;
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
            + "answers::text as answers, submitted_at, entered_by_name, taken_by, interpreter_name, interpreter_language, "
            + "exists (select 1 from intake_link l where l.intake_id = intake.id) as link_issued";

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

    /**
     * Uses up the patient's link: deletes it, if it is still there. Of several transactions doing this at once, one
     * deletes the row; the others wait for it and then find nothing. True for the one that deleted it.
     */
    boolean useLink(String tokenHash, UUID intakeId) {
        return jdbc.sql("delete from intake_link where token_hash = :hash and intake_id = :intake returning intake_id")
                .param("hash", tokenHash).param("intake", intakeId)
                .query((rs, row) -> rs.getObject(1, UUID.class)).optional().isPresent();
    }

    void saveDraft(UUID clinicId, UUID id, IntakeForm form) {
        jdbc.sql("""
                update intake set draft = cast(:draft as jsonb), updated_at = now()
                 where clinic_id = :clinic and id = :id and status = 'OPEN'""")
                .param("draft", JSON.writeValueAsString(form.fields())).param("clinic", clinicId).param("id", id)
                .update();
    }

    /**
     * Locks the intake with its answers (and, when a clinician took them, who and how) and retires its link: single
     * use. False when it was no longer open: someone else submitted it a moment ago.
     */
    boolean submit(UUID clinicId, UUID id, IntakeAnswers answers, UUID enteredBy, TakenBy takenBy) {
        int locked = jdbc.sql("""
                update intake set answers = cast(:answers as jsonb), status = 'SUBMITTED', submitted_at = now(),
                       updated_at = now(), entered_by = :enteredBy, entered_by_name = :name, taken_by = :way,
                       interpreter_name = :interpreter, interpreter_language = :language
                 where clinic_id = :clinic and id = :id and status = 'OPEN'""")
                .param("answers", JSON.writeValueAsString(answers)).param("clinic", clinicId).param("id", id)
                .param("enteredBy", enteredBy)
                .param("name", takenBy == null ? null : takenBy.name())
                .param("way", takenBy == null ? null : takenBy.way().name())
                .param("interpreter", takenBy == null || takenBy.interpreter() == null ? null : takenBy.interpreter().name())
                .param("language", takenBy == null || takenBy.interpreter() == null ? null
                        : takenBy.interpreter().language())
                .update();
        jdbc.sql("delete from intake_link where intake_id = :intake").param("intake", id).update();
        return locked == 1;
    }

    private static Intake map(ResultSet rs, int row) throws SQLException {
        String answers = rs.getString("answers");
        return new Intake(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
                rs.getObject("patient_id", UUID.class), "SUBMITTED".equals(rs.getString("status")),
                rs.getObject("expires_at", OffsetDateTime.class),
                new IntakeForm(JSON.readValue(rs.getString("draft"), RAW_FORM)),
                answers == null ? null : JSON.readValue(answers, IntakeAnswers.class),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getBoolean("link_issued"), takenBy(rs));
    }

    private static TakenBy takenBy(ResultSet rs) throws SQLException {
        String way = rs.getString("taken_by");
        if (way == null) {
            return null;
        }
        String interpreter = rs.getString("interpreter_name");
        return new TakenBy(rs.getString("entered_by_name"), TakenBy.Way.valueOf(way),
                interpreter == null ? null : new TakenBy.Interpreter(interpreter, rs.getString("interpreter_language")));
    }
}
