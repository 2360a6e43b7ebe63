package org.rhomboid.claims;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.Clinician;
import org.rhomboid.visit.domain.NoteStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Daily notes in a date range with everything their claims need, in two set-based queries (notes with patient,
 * plan, staff and earlier batch; then their coded services), and the batches sent.
 */
@Repository
class ClaimsRepository {

    /**
     * A billable document (the evaluation's visit, a daily note, a re-evaluation) with its patient, plan, clinicians
     * and the batch it went into, if any.
     *
     * @param plan        the episode's plan of care (its interventions left out: claims don't need them), or null
     * @param evaluatedOn the signed evaluation's date, from which the initial certification's 30 days run
     */
    record StoredVisit(UUID noteId, UUID patientId, LocalDate visitDate, NoteStatus status, String content,
                       String contentHash, Clinician authorRole, String authorName, String authorNpi,
                       String cosignerName, String cosignerNpi, String therapistName, String therapistNpi,
                       String mrn, String familyName, String givenName, LocalDate birthDate, Sex sex,
                       String addressLine, String city, String state, String postalCode, Payer payer,
                       String memberId, String referrerName, String referrerNpi,
                       PlanOfCare plan, Integer billedInBatch, NoteKind kind, UUID episodeId, UUID duplicateOf,
                       LocalDate evaluatedOn) {}

    record StoredLine(String code, int units, List<String> modifiers, VisitLines.Status status) {}

    record Batch(UUID id, int number, int controlNumber, LocalDate from, LocalDate to, String createdByName,
                 OffsetDateTime createdAt, int claimCount, int heldCount, BigDecimal totalCharge, String usage) {}

    record BatchNote(UUID noteId, UUID patientId, String claimId) {}

    /** The kinds of note that bill services. */
    private static final List<String> BILLED_KINDS = java.util.Arrays.stream(NoteKind.values())
            .filter(NoteKind::billed).map(Enum::name).toList();

    private final JdbcClient jdbc;

    ClaimsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredVisit> visits(UUID clinicId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select n.id, n.patient_id, n.visit_date, n.status, n.content, n.content_hash, n.author_role,
                       n.author_name, au.npi as author_npi, n.cosigner_name, cu.npi as cosigner_npi,
                       t.display_name as therapist_name, t.npi as therapist_npi,
                       p.mrn, p.family_name, p.given_name, p.birth_date, p.sex, p.address_line, p.city, p.state,
                       p.postal_code, p.primary_payer, p.member_id, p.referring_provider_name,
                       p.referring_provider_npi,
                       poc.start_date, poc.duration_weeks, poc.certification, poc.signature_received,
                       poc.verbal_order_on, poc.plan_sent_on, poc.diagnoses as plan_diagnoses,
                       poc.frequency_per_week, b.number as billed_in, n.kind, n.episode_id, n.duplicate_of,
                       ev.evaluated_on
                from note n
                join patient p on p.id = n.patient_id and p.clinic_id = n.clinic_id
                join episode e on e.id = n.episode_id and e.clinic_id = n.clinic_id
                left join app_user au on au.id = n.author_id and au.clinic_id = n.clinic_id
                left join app_user cu on cu.id = n.cosigned_by and cu.clinic_id = n.clinic_id
                left join app_user t on t.id = e.treating_therapist_id and t.clinic_id = e.clinic_id
                left join plan_of_care poc on poc.episode_id = n.episode_id and poc.clinic_id = n.clinic_id
                left join evaluation ev on ev.episode_id = n.episode_id and ev.clinic_id = n.clinic_id
                left join claim_batch_note bn on bn.note_id = n.id and bn.clinic_id = n.clinic_id
                left join claim_batch b on b.id = bn.batch_id and b.clinic_id = bn.clinic_id
                where n.clinic_id = :clinic and n.kind in (:kinds)
                  and n.visit_date between :from and :to
                order by n.visit_date, p.family_name, p.given_name, n.patient_id, n.signed_at nulls last,
                         n.created_at""")
                .param("clinic", clinicId).param("from", from).param("to", to).param("kinds", BILLED_KINDS)
                .query(ClaimsRepository::visit).list();
    }

    /** The coded services of the range's daily notes, by note, in line order. */
    Map<UUID, List<StoredLine>> lines(UUID clinicId, LocalDate from, LocalDate to) {
        Map<UUID, List<StoredLine>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                select s.note_id, s.code, s.units, s.modifiers, s.status
                from note_service s join note n on n.id = s.note_id and n.clinic_id = s.clinic_id
                where s.clinic_id = :clinic and n.kind in (:kinds)
                  and n.visit_date between :from and :to
                order by s.note_id, s.line""")
                .param("clinic", clinicId).param("from", from).param("to", to).param("kinds", BILLED_KINDS)
                .query(rs -> {
                    lines.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new StoredLine(rs.getString(2), rs.getInt(3),
                                    Arrays.asList((String[]) rs.getArray(4).getArray()),
                                    VisitLines.Status.valueOf(rs.getString(5))));
                });
        return lines;
    }

    List<Batch> batches(UUID clinicId) {
        return jdbc.sql("select " + BATCH_COLUMNS + " from claim_batch where clinic_id = :clinic order by number desc")
                .param("clinic", clinicId).query(ClaimsRepository::batch).list();
    }

    Optional<Batch> batch(UUID clinicId, UUID id) {
        return jdbc.sql("select " + BATCH_COLUMNS + " from claim_batch where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", id).query(ClaimsRepository::batch).optional();
    }

    Optional<String> file(UUID clinicId, UUID id) {
        return jdbc.sql("select file from claim_batch where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", id).query(String.class).optional();
    }

    List<BatchNote> batchNotes(UUID clinicId, UUID batchId) {
        // a secondary batch (secondary_claim) holds the notes of the primary claims it sends on
        return jdbc.sql("select bn.note_id, n.patient_id, bn.claim_id from claim_batch_note bn"
                        + " join note n on n.id = bn.note_id and n.clinic_id = bn.clinic_id"
                        + " where bn.clinic_id = :clinic and (bn.batch_id = :batch or bn.claim_id in"
                        + " (select s.claim_id from secondary_claim s where s.clinic_id = :clinic"
                        + " and s.batch_id = :batch)) order by bn.claim_id")
                .param("clinic", clinicId).param("batch", batchId)
                .query((rs, n) -> new BatchNote(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3)))
                .list();
    }

    int nextBatchNumber(UUID clinicId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from claim_batch where clinic_id = :clinic")
                .param("clinic", clinicId).query(Integer.class).single();
    }

    void insertBatch(UUID clinicId, Batch b, UUID createdBy, String file) {
        insertBatch(clinicId, b, createdBy, file, "1");
    }

    /** @param frequency the claims' CLM05-3: 1 original batch, 7 a corrected claim, 8 a void */
    void insertBatch(UUID clinicId, Batch b, UUID createdBy, String file, String frequency) {
        jdbc.sql("""
                insert into claim_batch (id, clinic_id, number, control_number, from_date, to_date, created_by,
                                         created_by_name, claim_count, held_count, total_charge, usage, file,
                                         frequency)
                values (:id, :clinic, :number, :control, :from, :to, :by, :name, :claims, :held, :total, :usage, :file,
                        :frequency)""").param("frequency", frequency)
                .param("id", b.id()).param("clinic", clinicId).param("number", b.number())
                .param("control", b.controlNumber()).param("from", b.from()).param("to", b.to())
                .param("by", createdBy).param("name", b.createdByName()).param("claims", b.claimCount())
                .param("held", b.heldCount()).param("total", b.totalCharge()).param("usage", b.usage())
                .param("file", file).update();
    }

    void insertBatchNote(UUID clinicId, UUID batchId, UUID noteId, String claimId, BigDecimal total) {
        jdbc.sql("insert into claim_batch_note (note_id, clinic_id, batch_id, claim_id, total_charge)"
                        + " values (:note, :clinic, :batch, :claim, :total)")
                .param("note", noteId).param("clinic", clinicId).param("batch", batchId).param("claim", claimId)
                .param("total", total).update();
    }

    private static final String BATCH_COLUMNS = "id, number, control_number, from_date, to_date, created_by_name,"
            + " created_at, claim_count, held_count, total_charge, usage";

    private static Batch batch(ResultSet rs, int row) throws SQLException {
        return new Batch(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getInt("control_number"),
                rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
                rs.getString("created_by_name"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("claim_count"), rs.getInt("held_count"), rs.getBigDecimal("total_charge"),
                rs.getString("usage"));
    }

    private static StoredVisit visit(ResultSet rs, int row) throws SQLException {
        String method = rs.getString("certification");
        PlanOfCare plan = method == null ? null : new PlanOfCare(
                List.of((String[]) rs.getArray("plan_diagnoses").getArray()), rs.getInt("frequency_per_week"),
                rs.getInt("duration_weeks"), rs.getObject("start_date", LocalDate.class),
                Certification.Method.valueOf(method), rs.getObject("signature_received", LocalDate.class),
                rs.getObject("verbal_order_on", LocalDate.class), rs.getObject("plan_sent_on", LocalDate.class),
                Map.of(), java.util.Set.of());
        return new StoredVisit(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("visit_date", LocalDate.class), NoteStatus.valueOf(rs.getString("status")),
                rs.getString("content"), rs.getString("content_hash"), Clinician.valueOf(rs.getString("author_role")),
                rs.getString("author_name"), strip(rs.getString("author_npi")), rs.getString("cosigner_name"),
                strip(rs.getString("cosigner_npi")), rs.getString("therapist_name"),
                strip(rs.getString("therapist_npi")), rs.getString("mrn"), rs.getString("family_name"),
                rs.getString("given_name"), rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
                rs.getString("address_line"), rs.getString("city"), rs.getString("state"), rs.getString("postal_code"),
                Payer.valueOf(rs.getString("primary_payer")), rs.getString("member_id"),
                rs.getString("referring_provider_name"), strip(rs.getString("referring_provider_npi")), plan,
                (Integer) rs.getObject("billed_in"), NoteKind.valueOf(rs.getString("kind")),
                rs.getObject("episode_id", UUID.class), rs.getObject("duplicate_of", UUID.class),
                rs.getObject("evaluated_on", LocalDate.class));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
