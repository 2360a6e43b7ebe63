package org.rhomboid.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.claims.domain.ClaimStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A claim's life after batching: its events (insert only, once per source), the 999 acknowledgments uploaded, and
 * what the history page reads — the claim's notes and batches, the remittances posted for it with adjustments.
 */
@Repository
class ClaimLifeRepository {

    record Event(UUID id, ClaimStatus kind, OffsetDateTime at, String byName, String detail, UUID batchId,
                 Integer batchNumber, String frequency) {}

    /** A new event; source makes it once only (the same 999 or 835 again adds nothing). */
    record NewEvent(String claimId, ClaimStatus kind, UUID by, String byName, String detail, UUID batchId,
                    UUID remittanceId, UUID acknowledgmentId, String source) {}

    /** One note billed under the claim, with its patient and the original batch. */
    record ClaimNote(UUID noteId, UUID patientId, LocalDate visitDate, String patientName, String mrn,
                     BigDecimal charge, UUID batchId, int batchNumber, OffsetDateTime sentAt) {}

    /** A batch file holding the claim: the original (frequency 1) or a correction or void. */
    record ClaimFile(UUID batchId, int number, String frequency, OffsetDateTime createdAt, String file) {}

    record Adjustment(String group, String reason, BigDecimal amount, String code) {}

    record Posted(UUID id, String traceNumber, String payerName, LocalDate paidOn, String status, BigDecimal charged,
                  BigDecimal paid, BigDecimal patientResponsibility, String payerClaimControlNumber,
                  OffsetDateTime postedAt, List<Adjustment> adjustments) {}

    /** A row of the claims list. */
    record Listed(String claimId, UUID patientId, String patientName, String mrn, LocalDate visitDate,
                  BigDecimal charge, OffsetDateTime sentAt) {}

    record BatchFile(UUID id, int number, String file) {}

    record Uploaded(UUID id, String senderId, String controlNumber, String summary, String byName,
                    OffsetDateTime at) {}

    private final JdbcClient jdbc;

    ClaimLifeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when recorded, false when the same source recorded it before */
    boolean insertEvent(UUID clinicId, NewEvent e) {
        return jdbc.sql("""
                insert into claim_event (id, clinic_id, claim_id, kind, recorded_by, recorded_by_name, detail,
                                         batch_id, remittance_id, acknowledgment_id, source)
                values (:id, :clinic, :claim, :kind, :by, :name, :detail, :batch, :remittance, :ack, :source)
                on conflict (clinic_id, claim_id, kind, source) do nothing""")
                .param("id", UUID.randomUUID()).param("clinic", clinicId).param("claim", e.claimId())
                .param("kind", e.kind().name()).param("by", e.by()).param("name", e.byName())
                .param("detail", e.detail() == null ? "" : cut(e.detail(), 4000)).param("batch", e.batchId())
                .param("remittance", e.remittanceId()).param("ack", e.acknowledgmentId())
                .param("source", cut(e.source(), 200)).update() == 1;
    }

    List<Event> events(UUID clinicId, String claimId) {
        return jdbc.sql("""
                select e.id, e.kind, e.occurred_at, e.recorded_by_name, e.detail, e.batch_id, b.number, b.frequency
                from claim_event e
                left join claim_batch b on b.id = e.batch_id and b.clinic_id = e.clinic_id
                where e.clinic_id = :clinic and e.claim_id = :claim
                order by e.occurred_at, e.id""")
                .param("clinic", clinicId).param("claim", claimId)
                .query((rs, n) -> new Event(rs.getObject(1, UUID.class), ClaimStatus.valueOf(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5),
                        rs.getObject(6, UUID.class), (Integer) rs.getObject(7), rs.getString(8)))
                .list();
    }

    /** The kinds of each claim's events, oldest first. */
    Map<String, List<ClaimStatus>> eventKinds(UUID clinicId, Collection<String> claimIds) {
        Map<String, List<ClaimStatus>> kinds = new LinkedHashMap<>();
        if (claimIds.isEmpty()) {
            return kinds;
        }
        jdbc.sql("""
                select claim_id, kind from claim_event where clinic_id = :clinic and claim_id in (:claims)
                order by claim_id, occurred_at, id""")
                .param("clinic", clinicId).param("claims", List.copyOf(claimIds))
                .query(rs -> {
                    kinds.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(ClaimStatus.valueOf(rs.getString(2)));
                });
        return kinds;
    }

    List<ClaimNote> notes(UUID clinicId, String claimId) {
        return jdbc.sql("""
                select bn.note_id, n.patient_id, n.visit_date, p.family_name || ', ' || p.given_name, p.mrn,
                       bn.total_charge, b.id, b.number, b.created_at
                from claim_batch_note bn
                join note n on n.id = bn.note_id and n.clinic_id = bn.clinic_id
                join patient p on p.id = n.patient_id and p.clinic_id = n.clinic_id
                join claim_batch b on b.id = bn.batch_id and b.clinic_id = bn.clinic_id
                where bn.clinic_id = :clinic and bn.claim_id = :claim
                order by n.visit_date, n.signed_at nulls last, n.created_at""")
                .param("clinic", clinicId).param("claim", claimId)
                .query((rs, n) -> new ClaimNote(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                        rs.getObject(7, UUID.class), rs.getInt(8), rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    /** Every file that carried the claim, the newest last: its original batch, then corrections and voids. */
    List<ClaimFile> files(UUID clinicId, String claimId) {
        return jdbc.sql("""
                select b.id, b.number, b.frequency, b.created_at, b.file from claim_batch b
                where b.clinic_id = :clinic and (
                      exists (select 1 from claim_batch_note bn where bn.clinic_id = b.clinic_id
                              and bn.batch_id = b.id and bn.claim_id = :claim)
                   or exists (select 1 from claim_event e where e.clinic_id = b.clinic_id and e.batch_id = b.id
                              and e.claim_id = :claim and e.kind in ('CORRECTED', 'VOIDED')))
                order by b.created_at, b.number""")
                .param("clinic", clinicId).param("claim", claimId)
                .query((rs, n) -> new ClaimFile(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
                .list();
    }

    /** The matched claim payments posted for the claim, oldest first, each with its adjustments (claim and lines). */
    List<Posted> remittances(UUID clinicId, String claimId) {
        List<Posted> posted = jdbc.sql("""
                select c.id, r.trace_number, r.payer_name, r.paid_on, c.status, c.charged, c.paid,
                       c.patient_responsibility, c.payer_claim_control_number, r.posted_at
                from remittance_claim c join remittance r on r.id = c.remittance_id and r.clinic_id = c.clinic_id
                where c.clinic_id = :clinic and c.claim_id = :claim and c.matched
                order by r.posted_at, c.line""")
                .param("clinic", clinicId).param("claim", claimId)
                .query((rs, n) -> new Posted(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class),
                        new ArrayList<>()))
                .list();
        if (posted.isEmpty()) {
            return posted;
        }
        Map<UUID, Posted> byId = new LinkedHashMap<>();
        posted.forEach(p -> byId.put(p.id(), p));
        jdbc.sql("""
                select a.remittance_claim_id, a.group_code, a.reason, a.amount, s.code
                from remittance_adjustment a
                left join remittance_service s on s.id = a.remittance_service_id and s.clinic_id = a.clinic_id
                where a.clinic_id = :clinic and a.remittance_claim_id in (:ids)
                order by a.remittance_claim_id, s.line nulls first, a.group_code, a.reason""")
                .param("clinic", clinicId).param("ids", List.copyOf(byId.keySet()))
                .query(rs -> {
                    byId.get(rs.getObject(1, UUID.class)).adjustments().add(new Adjustment(rs.getString(2),
                            rs.getString(3), rs.getBigDecimal(4), rs.getString(5)));
                });
        return posted;
    }

    /** The claim IDs a batch carried: its notes' claims, or the claim a correction or void file was made for. */
    List<String> claimsOfBatch(UUID clinicId, UUID batchId) {
        return jdbc.sql("""
                select claim_id from claim_batch_note where clinic_id = :clinic and batch_id = :batch
                union
                select claim_id from claim_event where clinic_id = :clinic and batch_id = :batch
                       and kind in ('CORRECTED', 'VOIDED')
                order by 1""")
                .param("clinic", clinicId).param("batch", batchId).query(String.class).list();
    }

    /** The batch whose file carried the group control number (GS06 = the batch's control number), newest first. */
    Optional<BatchFile> batchByControlNumber(UUID clinicId, int controlNumber) {
        return jdbc.sql("""
                select id, number, file from claim_batch where clinic_id = :clinic and control_number = :control
                order by created_at desc limit 1""")
                .param("clinic", clinicId).param("control", controlNumber)
                .query((rs, n) -> new BatchFile(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    /** The patients of claims, for the audit trail. */
    Map<String, UUID> patientsOf(UUID clinicId, Collection<String> claimIds) {
        Map<String, UUID> patients = new LinkedHashMap<>();
        if (claimIds.isEmpty()) {
            return patients;
        }
        jdbc.sql("""
                select distinct bn.claim_id, n.patient_id from claim_batch_note bn
                join note n on n.id = bn.note_id and n.clinic_id = bn.clinic_id
                where bn.clinic_id = :clinic and bn.claim_id in (:claims)""")
                .param("clinic", clinicId).param("claims", List.copyOf(claimIds))
                .query(rs -> {
                    patients.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return patients;
    }

    /** The latest claims sent, newest first. */
    List<Listed> latest(UUID clinicId, int limit) {
        return jdbc.sql("""
                select bn.claim_id, n.patient_id, min(p.family_name || ', ' || p.given_name), min(p.mrn),
                       min(n.visit_date), sum(bn.total_charge), max(b.created_at)
                from claim_batch_note bn
                join note n on n.id = bn.note_id and n.clinic_id = bn.clinic_id
                join patient p on p.id = n.patient_id and p.clinic_id = n.clinic_id
                join claim_batch b on b.id = bn.batch_id and b.clinic_id = bn.clinic_id
                where bn.clinic_id = :clinic
                group by bn.claim_id, n.patient_id
                order by max(b.created_at) desc, bn.claim_id limit :limit""")
                .param("clinic", clinicId).param("limit", limit)
                .query((rs, n) -> new Listed(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    /** @return false when the same sender's interchange control number was uploaded before */
    boolean insertAcknowledgment(UUID clinicId, UUID id, String senderId, String controlNumber, String summary,
                                 UUID by, String byName, String file) {
        return jdbc.sql("""
                insert into claim_acknowledgment (id, clinic_id, sender_id, control_number, summary, uploaded_by,
                                                  uploaded_by_name, file)
                values (:id, :clinic, :sender, :control, :summary, :by, :name, :file)
                on conflict (clinic_id, sender_id, control_number) do nothing""")
                .param("id", id).param("clinic", clinicId).param("sender", senderId).param("control", controlNumber)
                .param("summary", cut(summary, 4000)).param("by", by).param("name", byName).param("file", file)
                .update() == 1;
    }

    List<Uploaded> acknowledgments(UUID clinicId) {
        return jdbc.sql("""
                select id, sender_id, control_number, summary, uploaded_by_name, uploaded_at
                from claim_acknowledgment where clinic_id = :clinic order by uploaded_at desc limit 100""")
                .param("clinic", clinicId)
                .query((rs, n) -> new Uploaded(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
