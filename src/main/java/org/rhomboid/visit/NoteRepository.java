package org.rhomboid.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.visit.domain.Clinician;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.NoteStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class NoteRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, List<String>>> RAW_FORM = new TypeReference<>() {};
    private static final String COLUMNS = "id, episode_id, patient_id, kind, visit_date, status, draft::text as draft,"
            + " content, content_hash, author_id, author_name, author_role, signed_at, cosigned_by, cosigner_name,"
            + " cosigned_at, created_at, separate_session_reason, duplicate_of";

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Note> find(UUID clinicId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from note where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", id).query(NoteRepository::map).optional();
    }

    /**
     * The signed notes documenting a visit on the day (evaluations, daily notes, re-evaluations; an assistant's
     * awaiting co-signature too), of one author or all, in the order they were signed.
     */
    List<VisitService.SignedVisit> signedVisitsOn(UUID clinicId, LocalDate day, UUID author) {
        return jdbc.sql("""
                select n.id, n.patient_id, p.given_name || ' ' || p.family_name, n.kind, n.author_id, n.author_name
                  from note n join patient p on p.clinic_id = n.clinic_id and p.id = n.patient_id
                 where n.clinic_id = :clinic and n.visit_date = :day and n.status in ('SIGNED', 'AWAITING_COSIGN')
                   and n.kind in ('INITIAL_EVALUATION', 'DAILY_NOTE', 'RE_EVALUATION')
                   and (cast(:author as uuid) is null or n.author_id = :author)
                 order by n.signed_at, n.id""")
                .param("clinic", clinicId).param("day", day).param("author", author)
                .query((rs, row) -> new VisitService.SignedVisit(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), NoteKind.valueOf(rs.getString(4)),
                        rs.getObject(5, UUID.class), rs.getString(6)))
                .list();
    }

    /**
     * The episode's notes, oldest visit first, without their drafts (each an empty map): the pages need the history's
     * dates, kinds and authors, and at most one draft, read with {@link #draft}. Parsing every note's form here was
     * most of the note pages' JSON work (docs/performance.md).
     */
    List<Note> ofEpisode(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select " + COLUMNS.replace("draft::text as draft", "null as draft")
                        + " from note where clinic_id = :clinic and episode_id = :episode order by visit_date, created_at")
                .param("clinic", clinicId).param("episode", episodeId).query(NoteRepository::map).list();
    }

    /** One note's form as typed (kept after signing too). */
    Map<String, List<String>> draft(UUID clinicId, UUID id) {
        return jdbc.sql("select draft::text from note where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", id).query(String.class).optional()
                .map(NoteRepository::form).orElse(Map.of());
    }

    void insert(UUID clinicId, Note n) {
        jdbc.sql("insert into note (id, clinic_id, episode_id, patient_id, kind, visit_date, status, draft, author_id,"
                        + " author_name, author_role) values (:id, :clinic, :episode, :patient, :kind, :date, 'DRAFT',"
                        + " cast(:draft as jsonb), :author, :name, :role)")
                .param("id", n.id()).param("clinic", clinicId).param("episode", n.episodeId())
                .param("patient", n.patientId()).param("kind", n.kind().name()).param("date", n.visitDate())
                .param("draft", JSON.writeValueAsString(n.draft())).param("author", n.authorId())
                .param("name", n.authorName()).param("role", n.authorRole().name()).update();
    }

    /** Only a draft changes; the answer says whether it did. */
    boolean saveDraft(UUID clinicId, UUID id, LocalDate visitDate, Map<String, List<String>> draft) {
        return jdbc.sql("update note set draft = cast(:draft as jsonb), visit_date = coalesce(:date, visit_date),"
                        + " updated_at = now() where clinic_id = :clinic and id = :id and status = 'DRAFT'")
                .param("draft", JSON.writeValueAsString(draft)).param("date", visitDate)
                .param("clinic", clinicId).param("id", id).update() == 1;
    }

    boolean deleteDraft(UUID clinicId, UUID id) {
        return jdbc.sql("delete from note where clinic_id = :clinic and id = :id and status = 'DRAFT'")
                .param("clinic", clinicId).param("id", id).update() == 1;
    }

    /**
     * Signs a draft; false when it is no longer a draft. A second daily note of the day without a separate-session
     * reason breaks the one-a-day index: the caller checked first, so that is a race lost, reported as a conflict.
     */
    boolean sign(UUID clinicId, UUID id, NoteStatus status, LocalDate visitDate, String content, String hash,
                 String separateSessionReason) {
        return jdbc.sql("update note set status = :status, visit_date = :date, content = :content,"
                        + " content_hash = :hash, signed_at = now(), updated_at = now(),"
                        + " separate_session_reason = :separate"
                        + " where clinic_id = :clinic and id = :id and status = 'DRAFT'")
                .param("status", status.name()).param("date", visitDate).param("content", content)
                .param("hash", hash).param("separate", separateSessionReason).param("clinic", clinicId)
                .param("id", id).update() == 1;
    }

    /** A note that is signed the moment it is made: the evaluation's visit, recorded when the evaluation is signed. */
    void insertSigned(UUID clinicId, Note n, String content, String hash) {
        jdbc.sql("insert into note (id, clinic_id, episode_id, patient_id, kind, visit_date, status, draft, content,"
                        + " content_hash, author_id, author_name, author_role, signed_at) values (:id, :clinic,"
                        + " :episode, :patient, :kind, :date, 'SIGNED', '{}', :content, :hash, :author, :name, :role,"
                        + " now())")
                .param("id", n.id()).param("clinic", clinicId).param("episode", n.episodeId())
                .param("patient", n.patientId()).param("kind", n.kind().name()).param("date", n.visitDate())
                .param("content", content).param("hash", hash).param("author", n.authorId())
                .param("name", n.authorName()).param("role", n.authorRole().name()).update();
    }

    /**
     * What the patient's other signed documents of the day bill: each billable line's code, minutes and units, so
     * that NCCI edits and units count the whole day.
     */
    List<VisitLines.EarlierService> sameDayServices(UUID clinicId, UUID patientId, LocalDate date, UUID exceptNote) {
        return jdbc.sql("select s.code, s.minutes, s.units from note_service s"
                        + " join note n on n.id = s.note_id and n.clinic_id = s.clinic_id"
                        + " where s.clinic_id = :clinic and n.patient_id = :patient and n.visit_date = :date"
                        + " and n.status <> 'DRAFT' and n.id <> :except and n.duplicate_of is null"
                        + " and s.status = 'BILLABLE' order by n.signed_at, s.line")
                .param("clinic", clinicId).param("patient", patientId).param("date", date).param("except", exceptNote)
                .query((rs, row) -> new VisitLines.EarlierService(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    boolean cosign(UUID clinicId, UUID id, UUID by, String name) {
        return jdbc.sql("update note set status = 'SIGNED', cosigned_by = :by, cosigner_name = :name,"
                        + " cosigned_at = now(), updated_at = now()"
                        + " where clinic_id = :clinic and id = :id and status = 'AWAITING_COSIGN'")
                .param("by", by).param("name", name).param("clinic", clinicId).param("id", id).update() == 1;
    }

    void insertServices(UUID clinicId, UUID noteId, List<VisitLines.Line> lines) {
        int line = 1;
        for (VisitLines.Line l : lines) {
            jdbc.sql("insert into note_service (clinic_id, note_id, line, code, minutes, units, modifiers, status)"
                            + " values (:clinic, :note, :line, :code, :minutes, :units, :modifiers::text[], :status)")
                    .param("clinic", clinicId).param("note", noteId).param("line", line++).param("code", l.code())
                    .param("minutes", l.minutes()).param("units", l.units())
                    .param("modifiers", "{" + String.join(",", l.modifiers()) + "}")
                    .param("status", l.status().name()).update();
        }
    }

    void insertAddendum(UUID clinicId, UUID noteId, Note.Addendum a, UUID authorId) {
        jdbc.sql("insert into note_addendum (id, clinic_id, note_id, text, author_id, author_name, signed_at,"
                        + " content_hash) values (:id, :clinic, :note, :text, :author, :name, :at, :hash)")
                .param("id", a.id()).param("clinic", clinicId).param("note", noteId).param("text", a.text())
                .param("author", authorId).param("name", a.authorName()).param("at", a.signedAt())
                .param("hash", a.contentHash()).update();
    }

    List<Note.Addendum> addenda(UUID clinicId, UUID noteId) {
        return jdbc.sql("select id, text, author_name, signed_at, content_hash from note_addendum"
                        + " where clinic_id = :clinic and note_id = :note order by signed_at")
                .param("clinic", clinicId).param("note", noteId)
                .query((rs, n) -> new Note.Addendum(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
                .list();
    }

    /**
     * Recounts the episode's visits: the distinct days of its signed notes and of the signed evaluation, if any
     * (the dashboard's visits per episode).
     */
    void countVisits(UUID clinicId, UUID episodeId, LocalDate evaluatedOn) {
        jdbc.sql("insert into episode_visits (clinic_id, episode_id, visits) select :clinic, :episode, count(*) from"
                        + " (select visit_date from note where clinic_id = :clinic and episode_id = :episode"
                        + " and status <> 'DRAFT' union select cast(:evaluated as date) where cast(:evaluated as date) is not null) d"
                        + " on conflict (clinic_id, episode_id) do update set visits = excluded.visits")
                .param("clinic", clinicId).param("episode", episodeId).param("evaluated", evaluatedOn).update();
    }

    /**
     * The patient's expected allowed amount this calendar year: the billable lines of their signed notes at the
     * clinic's expected allowed fee per unit (lines without one count nothing), leaving out the note being coded.
     */
    /** How the clinic's payer directory bills the payer of the patient's primary coverage in force on the day. */
    record DirectoryRules(org.rhomboid.billing.domain.UnitMethod unitMethod, String distinctModifier,
                          boolean medicareRules, boolean ncci) {
    }

    java.util.Optional<DirectoryRules> directoryRules(UUID clinicId, UUID patientId, java.time.LocalDate day) {
        return jdbc.sql("""
                select p.unit_method, p.distinct_modifier, p.medicare_rules, p.ncci
                  from coverage c join payer p on p.clinic_id = c.clinic_id and p.id = c.payer_id
                 where c.clinic_id = :clinic and c.patient_id = :patient and c.rank = 'PRIMARY'
                   and c.first_day <= :day and (c.last_day is null or c.last_day >= :day)""")
                .param("clinic", clinicId).param("patient", patientId).param("day", day)
                .query((rs, n) -> new DirectoryRules(org.rhomboid.billing.domain.UnitMethod.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
                .optional();
    }

    java.math.BigDecimal allowedThisYear(UUID clinicId, UUID patientId, int year, UUID exceptNote) {
        return jdbc.sql("select coalesce(sum(s.units * f.allowed), 0) from note_service s"
                        + " join note n on n.id = s.note_id and n.clinic_id = s.clinic_id"
                        + " join fee_schedule f on f.clinic_id = s.clinic_id and f.code = s.code"
                        + " where s.clinic_id = :clinic and n.patient_id = :patient and s.status = 'BILLABLE'"
                        + " and n.visit_date >= make_date(:year, 1, 1) and n.visit_date < make_date(:year + 1, 1, 1)"
                        + " and n.id <> :except")
                .param("clinic", clinicId).param("patient", patientId).param("year", year).param("except", exceptNote)
                .query(java.math.BigDecimal.class).single();
    }

    private static Map<String, List<String>> form(String draft) {
        return draft == null ? Map.of() : JSON.readValue(draft, RAW_FORM);
    }

    private static Note map(ResultSet rs, int row) throws SQLException {
        return new Note(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
                rs.getObject("patient_id", UUID.class), NoteKind.valueOf(rs.getString("kind")),
                rs.getObject("visit_date", LocalDate.class), NoteStatus.valueOf(rs.getString("status")),
                form(rs.getString("draft")), rs.getString("content"),
                rs.getString("content_hash"), rs.getObject("author_id", UUID.class), rs.getString("author_name"),
                Clinician.valueOf(rs.getString("author_role")), rs.getObject("signed_at", OffsetDateTime.class),
                rs.getObject("cosigned_by", UUID.class), rs.getString("cosigner_name"),
                rs.getObject("cosigned_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("separate_session_reason"), rs.getObject("duplicate_of", UUID.class));
    }
}
