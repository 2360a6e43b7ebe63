package org.rhomboid.secondary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.secondary.domain.CoordinationOfBenefits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims whose primary remittance is posted and that have not gone to a secondary payer yet; the primary's
 * adjudication of one; and the secondary batches made (kept in claim_batch, like every claim file).
 */
@Repository
class SecondaryRepository {

    /**
     * A claim the primary adjudicated (CLP02 1, processed as primary, or 4, denied) and no secondary claim was made
     * for: the latest such payment, its patient, its date of service, and the batch whose file holds the claim.
     */
    record Adjudicated(String claimId, UUID remittanceClaimId, UUID patientId, String mrn, String familyName,
                       String givenName, LocalDate dateOfService, UUID primaryBatchId, String primaryPayerName,
                       BigDecimal charged, BigDecimal paid, BigDecimal patientResponsibility, LocalDate paidOn) {}

    record SentBatch(UUID id, int number, OffsetDateTime createdAt, String createdByName, int claims,
                     BigDecimal totalCharge) {}

    private final JdbcClient jdbc;

    SecondaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Adjudicated> adjudicated(UUID clinicId) {
        return jdbc.sql("""
                select distinct on (c.claim_id) c.claim_id, c.id, c.patient_id, p.mrn, p.family_name, p.given_name,
                       (select min(n.visit_date) from claim_batch_note bn
                          join note n on n.id = bn.note_id and n.clinic_id = bn.clinic_id
                         where bn.clinic_id = c.clinic_id and bn.claim_id = c.claim_id) as dos,
                       (select bn.batch_id from claim_batch_note bn
                         where bn.clinic_id = c.clinic_id and bn.claim_id = c.claim_id limit 1) as batch,
                       r.payer_name, c.charged, c.paid, c.patient_responsibility, r.paid_on
                from remittance_claim c
                join remittance r on r.id = c.remittance_id and r.clinic_id = c.clinic_id
                join patient p on p.id = c.patient_id and p.clinic_id = c.clinic_id
                where c.clinic_id = :clinic and c.matched and c.status in ('1', '4')
                  and not exists (select 1 from secondary_claim s where s.clinic_id = c.clinic_id
                                  and s.claim_id = c.claim_id)
                order by c.claim_id, r.posted_at desc, c.line desc
                limit 1000""")
                .param("clinic", clinicId)
                .query((rs, n) -> new Adjudicated(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, UUID.class), rs.getString(9),
                        rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                        rs.getObject(13, LocalDate.class)))
                .list().stream().filter(a -> a.dateOfService() != null && a.primaryBatchId() != null).toList();
    }

    /**
     * The primary's claim payment with its claim-level adjustments and its lines with theirs, in line order; the
     * adjustments by group (CO, PR, OI, PI, CR) and reason, as the rows keep no order of their own.
     */
    CoordinationOfBenefits.Primary primary(UUID clinicId, UUID remittanceClaimId, BigDecimal paid,
                                           BigDecimal patientResponsibility) {
        List<CoordinationOfBenefits.Adjustment> claimLevel = new ArrayList<>();
        Map<UUID, List<CoordinationOfBenefits.Adjustment>> byLine = new LinkedHashMap<>();
        jdbc.sql("""
                select remittance_service_id, group_code, reason, amount from remittance_adjustment
                where clinic_id = :clinic and remittance_claim_id = :claim
                order by array_position(array['CO', 'PR', 'OI', 'PI', 'CR'], group_code), reason, amount desc""")
                .param("clinic", clinicId).param("claim", remittanceClaimId)
                .query(rs -> {
                    CoordinationOfBenefits.Adjustment a = new CoordinationOfBenefits.Adjustment(rs.getString(2),
                            rs.getString(3), rs.getBigDecimal(4));
                    UUID line = rs.getObject(1, UUID.class);
                    if (line == null) {
                        claimLevel.add(a);
                    } else {
                        byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(a);
                    }
                });
        List<CoordinationOfBenefits.PaidLine> lines = jdbc.sql("""
                select id, code, modifiers, units, charged, paid from remittance_service
                where clinic_id = :clinic and remittance_claim_id = :claim order by line""")
                .param("clinic", clinicId).param("claim", remittanceClaimId)
                .query((rs, n) -> new CoordinationOfBenefits.PaidLine(rs.getString(2),
                        Arrays.asList((String[]) rs.getArray(3).getArray()), rs.getInt(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), byLine.getOrDefault(rs.getObject(1, UUID.class), List.of())))
                .list();
        return new CoordinationOfBenefits.Primary(paid, patientResponsibility, claimLevel, lines);
    }

    Map<UUID, String> batchFiles(UUID clinicId, Collection<UUID> batchIds) {
        Map<UUID, String> files = new LinkedHashMap<>();
        if (batchIds.isEmpty()) {
            return files;
        }
        jdbc.sql("select id, file from claim_batch where clinic_id = :clinic and id in (:ids)")
                .param("clinic", clinicId).param("ids", List.copyOf(batchIds))
                .query(rs -> {
                    files.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return files;
    }

    int nextBatchNumber(UUID clinicId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from claim_batch where clinic_id = :clinic")
                .param("clinic", clinicId).query(Integer.class).single();
    }

    void insertBatch(UUID clinicId, UUID id, int number, int control, LocalDate from, LocalDate to, UUID createdBy,
                     String createdByName, int claims, BigDecimal total, char usage, String file) {
        jdbc.sql("""
                insert into claim_batch (id, clinic_id, number, control_number, from_date, to_date, created_by,
                                         created_by_name, claim_count, held_count, total_charge, usage, file)
                values (:id, :clinic, :number, :control, :from, :to, :by, :name, :claims, 0, :total, :usage, :file)""")
                .param("id", id).param("clinic", clinicId).param("number", number).param("control", control)
                .param("from", from).param("to", to).param("by", createdBy).param("name", createdByName)
                .param("claims", claims).param("total", total).param("usage", String.valueOf(usage))
                .param("file", file).update();
    }

    /** False when the claim went to a secondary payer meanwhile (another biller, the same moment). */
    boolean insertSecondary(UUID clinicId, String claimId, UUID batchId, UUID remittanceClaimId, UUID patientId,
                            UUID payerId, BigDecimal primaryPaid) {
        return jdbc.sql("""
                insert into secondary_claim (clinic_id, claim_id, batch_id, remittance_claim_id, patient_id, payer_id,
                                             primary_paid)
                values (:clinic, :claim, :batch, :remittance, :patient, :payer, :paid)
                on conflict (clinic_id, claim_id) do nothing""")
                .param("clinic", clinicId).param("claim", claimId).param("batch", batchId)
                .param("remittance", remittanceClaimId).param("patient", patientId).param("payer", payerId)
                .param("paid", primaryPaid).update() == 1;
    }

    List<SentBatch> batches(UUID clinicId) {
        return jdbc.sql("""
                select b.id, b.number, b.created_at, b.created_by_name, b.claim_count, b.total_charge
                from claim_batch b
                where b.clinic_id = :clinic
                  and exists (select 1 from secondary_claim s where s.clinic_id = b.clinic_id and s.batch_id = b.id)
                order by b.number desc limit 200""")
                .param("clinic", clinicId)
                .query((rs, n) -> new SentBatch(rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getInt(5), rs.getBigDecimal(6)))
                .list();
    }

    Optional<String> file(UUID clinicId, UUID batchId) {
        return jdbc.sql("""
                select b.file from claim_batch b where b.clinic_id = :clinic and b.id = :id
                  and exists (select 1 from secondary_claim s where s.clinic_id = b.clinic_id and s.batch_id = b.id)""")
                .param("clinic", clinicId).param("id", batchId).query(String.class).optional();
    }

    Optional<Integer> batchNumber(UUID clinicId, UUID batchId) {
        return jdbc.sql("select number from claim_batch where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", batchId).query(Integer.class).optional();
    }

    /** The patients of a secondary batch's claims, for the audit trail. */
    List<UUID> patientsOf(UUID clinicId, UUID batchId) {
        return jdbc.sql("select patient_id from secondary_claim where clinic_id = :clinic and batch_id = :batch"
                        + " order by claim_id")
                .param("clinic", clinicId).param("batch", batchId).query(UUID.class).list();
    }
}
