package org.rhomboid.hep;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.hep.domain.DiaryEntry;
import org.rhomboid.hep.domain.Difficulty;
import org.rhomboid.hep.domain.ExerciseDone;
import org.rhomboid.hep.domain.SessionLog;
import org.rhomboid.hep.domain.SessionStatus;
import org.rhomboid.hep.domain.Thresholds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Portal access, and what the patient logs through it. */
@Repository
class PortalRepository {

    /** Where a portal link leads, before any clinic is in scope. */
    record Link(UUID accessId, UUID clinicId) {}

    /** Who opened portal access for an episode, and whether it still stands. */
    public record Access(UUID id, UUID episodeId, UUID patientId, OffsetDateTime issuedAt, String issuedBy,
                  OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {

        public boolean live() {
            return revokedAt == null;
        }
    }

    private final JdbcClient jdbc;

    PortalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Link> link(String tokenHash) {
        return jdbc.sql("select access_id, clinic_id from portal_link where token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    Optional<Access> access(UUID clinicId, UUID id) {
        return jdbc.sql(ACCESS + " where a.clinic_id = :clinic and a.id = :id")
                .param("clinic", clinicId).param("id", id).query(PortalRepository::access).optional();
    }

    /** The episode's portal access, newest first. */
    List<Access> accesses(UUID clinicId, UUID episodeId) {
        return jdbc.sql(ACCESS + " where a.clinic_id = :clinic and a.episode_id = :episode order by a.issued_at desc")
                .param("clinic", clinicId).param("episode", episodeId).query(PortalRepository::access).list();
    }

    /** Renewing revokes the live access first: one working link per episode. */
    void issue(UUID clinicId, UUID episodeId, UUID patientId, UUID by, String tokenHash) {
        revoke(clinicId, episodeId, by);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into portal_access (id, clinic_id, episode_id, patient_id, issued_by)"
                        + " values (:id, :clinic, :episode, :patient, :by)")
                .param("id", id).param("clinic", clinicId).param("episode", episodeId).param("patient", patientId)
                .param("by", by).update();
        jdbc.sql("insert into portal_link (token_hash, access_id, clinic_id) values (:hash, :id, :clinic)")
                .param("hash", tokenHash).param("id", id).param("clinic", clinicId).update();
    }

    /** @return whether a live access was revoked */
    boolean revoke(UUID clinicId, UUID episodeId, UUID by) {
        jdbc.sql("delete from portal_link where clinic_id = :clinic and access_id in (select id from portal_access"
                        + " where clinic_id = :clinic and episode_id = :episode and revoked_at is null)")
                .param("clinic", clinicId).param("episode", episodeId).update();
        return jdbc.sql("update portal_access set revoked_at = now(), revoked_by = :by where clinic_id = :clinic"
                        + " and episode_id = :episode and revoked_at is null")
                .param("clinic", clinicId).param("episode", episodeId).param("by", by).update() > 0;
    }

    /** Whether this token is the episode's live link (so a handout may print it). */
    boolean liveToken(UUID clinicId, UUID episodeId, String tokenHash) {
        return jdbc.sql("select count(*) from portal_link l join portal_access a on a.id = l.access_id"
                        + " where l.token_hash = :hash and a.clinic_id = :clinic and a.episode_id = :episode"
                        + " and a.revoked_at is null")
                .param("hash", tokenHash).param("clinic", clinicId).param("episode", episodeId)
                .query(Integer.class).single() > 0;
    }

    void used(UUID clinicId, UUID accessId) {
        jdbc.sql("update portal_access set last_used_at = now() where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", accessId).update();
    }

    void insertSession(UUID clinicId, UUID episodeId, UUID patientId, UUID programId, SessionLog log) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into hep_session (id, clinic_id, episode_id, patient_id, program_id, performed_on,
                    pain_before, pain_after, difficulty, comment)
                values (:id, :clinic, :episode, :patient, :program, :date, :before, :after, :difficulty, :comment)""")
                .param("id", id).param("clinic", clinicId).param("episode", episodeId).param("patient", patientId)
                .param("program", programId).param("date", log.date()).param("before", log.painBefore())
                .param("after", log.painAfter())
                .param("difficulty", log.difficulty() == null ? null : log.difficulty().name())
                .param("comment", log.comment()).update();
        for (ExerciseDone done : log.exercises()) {
            jdbc.sql("insert into hep_session_exercise (session_id, clinic_id, exercise_code, status, sets, reps)"
                            + " values (:session, :clinic, :code, :status, :sets, :reps)")
                    .param("session", id).param("clinic", clinicId).param("code", done.code())
                    .param("status", done.status().name()).param("sets", done.sets()).param("reps", done.reps())
                    .update();
        }
    }

    /** Sessions logged for the episode, oldest first, with when each was logged. */
    List<LoggedSession> sessions(UUID clinicId, UUID episodeId) {
        Map<UUID, List<ExerciseDone>> done = new LinkedHashMap<>();
        jdbc.sql("select x.* from hep_session_exercise x join hep_session s on s.id = x.session_id"
                        + " where s.clinic_id = :clinic and s.episode_id = :episode")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, row) -> {
                    done.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
                            .add(new ExerciseDone(rs.getString("exercise_code"),
                                    SessionStatus.valueOf(rs.getString("status")), integer(rs, "sets"),
                                    integer(rs, "reps")));
                    return null;
                }).list();
        return jdbc.sql("select * from hep_session where clinic_id = :clinic and episode_id = :episode"
                        + " order by performed_on, logged_at")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, row) -> new LoggedSession(new SessionLog(rs.getObject("performed_on", LocalDate.class),
                        done.getOrDefault(rs.getObject("id", UUID.class), List.of()), integer(rs, "pain_before"),
                        integer(rs, "pain_after"), rs.getString("difficulty") == null ? null
                                : Difficulty.valueOf(rs.getString("difficulty")), rs.getString("comment")),
                        rs.getObject("logged_at", OffsetDateTime.class)))
                .list();
    }

    /** One entry a day: a second entry the same day replaces the first. */
    void saveDiary(UUID clinicId, UUID episodeId, UUID patientId, DiaryEntry entry) {
        jdbc.sql("""
                insert into pain_diary (clinic_id, episode_id, patient_id, entry_date, pain, comment)
                values (:clinic, :episode, :patient, :date, :pain, :comment)
                on conflict (clinic_id, episode_id, entry_date) do update
                    set pain = excluded.pain, comment = excluded.comment, logged_at = now()""")
                .param("clinic", clinicId).param("episode", episodeId).param("patient", patientId)
                .param("date", entry.date()).param("pain", entry.pain()).param("comment", entry.comment()).update();
    }

    List<LoggedDiary> diary(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select * from pain_diary where clinic_id = :clinic and episode_id = :episode"
                        + " order by entry_date")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, row) -> new LoggedDiary(new DiaryEntry(rs.getObject("entry_date", LocalDate.class),
                        rs.getInt("pain"), rs.getString("comment")), rs.getObject("logged_at", OffsetDateTime.class)))
                .list();
    }

    Thresholds thresholds(UUID clinicId) {
        return jdbc.sql("select progress_adherence_percent, progress_max_pain, progress_days, review_pain_rise"
                        + " from hep_settings where clinic_id = :clinic")
                .param("clinic", clinicId)
                .query((rs, row) -> new Thresholds(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional().orElse(Thresholds.DEFAULTS);
    }

    void saveThresholds(UUID clinicId, Thresholds t, UUID by) {
        jdbc.sql("""
                insert into hep_settings (clinic_id, progress_adherence_percent, progress_max_pain, progress_days,
                    review_pain_rise, updated_by)
                values (:clinic, :adherence, :pain, :days, :rise, :by)
                on conflict (clinic_id) do update set progress_adherence_percent = excluded.progress_adherence_percent,
                    progress_max_pain = excluded.progress_max_pain, progress_days = excluded.progress_days,
                    review_pain_rise = excluded.review_pain_rise, updated_by = excluded.updated_by,
                    updated_at = now()""")
                .param("clinic", clinicId).param("adherence", t.progressAdherencePercent())
                .param("pain", t.progressMaxPain()).param("days", t.progressDays())
                .param("rise", t.reviewPainRise()).param("by", by).update();
    }

    /** A session as logged, and when. */
    record LoggedSession(SessionLog log, OffsetDateTime loggedAt) {}

    record LoggedDiary(DiaryEntry entry, OffsetDateTime loggedAt) {}

    private static final String ACCESS = "select a.*, coalesce(u.display_name, '') as issued_by_name from portal_access a"
            + " left join app_user u on u.id = a.issued_by";

    private static Access access(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Access(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("issued_at", OffsetDateTime.class),
                rs.getString("issued_by_name"), rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class));
    }

    private static Integer integer(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
