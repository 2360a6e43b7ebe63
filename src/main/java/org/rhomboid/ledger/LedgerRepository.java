package org.rhomboid.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.ledger.domain.AdjustmentForm;
import org.rhomboid.ledger.domain.PaymentForm;
import org.rhomboid.ledger.domain.PaymentMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The claims as billed (one per signed daily note), the amounts posted against them from 835s, and the patient
 * payments and balance adjustments of this package (insert only).
 */
@Repository
class LedgerRepository {

    /** A claim payment whose claim ID matched nothing counts for the claim a biller matched it to (V44). */
    private static final String MATCHED_BY_HAND = """
            left join remittance_match m on m.clinic_id = rc.clinic_id and m.item_id = rc.id
                                        and m.remittance_service_id is null
            """;


    /** A billed claim: CLM01, its patient, the date of service, its charge and the batch whose file holds it. */
    record Billed(String claimId, UUID patientId, LocalDate serviceDate, BigDecimal charge, UUID batchId) {}

    /** Sums per claim ID, keyed by a label (a CAS group, "DENIED:CO", "WRITE_OFF:PAYER", …). */
    record Sums(Map<String, BigDecimal> paid, Map<String, Map<String, BigDecimal>> byLabel) {}

    record PaymentRow(UUID id, UUID patientId, PaymentMethod method, String cardLast4, String checkNumber,
                      BigDecimal amount, LocalDate receivedOn, UUID reverses, String reason, String recordedByName,
                      OffsetDateTime recordedAt, Map<String, BigDecimal> toClaims) {}

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The clinic's billed claims: all of them, one patient's, or the one with this claim ID. */
    List<Billed> billed(UUID clinic, UUID patientOrNull, String claimIdOrNull) {
        Map<String, Object> params = new HashMap<>();
        params.put("clinic", clinic);
        String where = "";
        if (patientOrNull != null) {
            where += " and n.patient_id = :patient";
            params.put("patient", patientOrNull);
        }
        if (claimIdOrNull != null) {
            where += " and bn.claim_id = :claim";
            params.put("claim", claimIdOrNull);
        }
        return jdbc.sql("""
                select bn.claim_id, n.patient_id, n.visit_date, bn.total_charge, bn.batch_id
                from claim_batch_note bn join note n on n.id = bn.note_id and n.clinic_id = bn.clinic_id
                where bn.clinic_id = :clinic
                  and not exists (select 1 from claim_event e where e.clinic_id = bn.clinic_id
                                  and e.claim_id = bn.claim_id and e.kind = 'VOIDED')""" + where
                + " order by n.visit_date, bn.claim_id")
                .params(params)
                .query((rs, n) -> new Billed(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getObject(5, UUID.class)))
                .list();
    }

    Map<UUID, String> batchFiles(UUID clinic, Collection<UUID> batchIds) {
        Map<UUID, String> files = new HashMap<>();
        if (!batchIds.isEmpty()) {
            jdbc.sql("select id, file from claim_batch where clinic_id = :clinic and id in (:ids)")
                    .param("clinic", clinic).param("ids", List.copyOf(batchIds))
                    .query(rs -> {
                        files.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return files;
    }

    /**
     * What the payers and the patient put against these claims: payer paid; CAS sums by group (a denied claim's as
     * "DENIED:group"); patient payments ("PATIENT_PAID"); write-offs ("WRITE_OFF:side") and "BILL_PATIENT".
     */
    Sums sums(UUID clinic, Collection<String> claimIds) {
        Map<String, BigDecimal> paid = new HashMap<>();
        Map<String, Map<String, BigDecimal>> byLabel = new HashMap<>();
        if (claimIds.isEmpty()) {
            return new Sums(paid, byLabel);
        }
        List<String> ids = List.copyOf(claimIds);
        jdbc.sql("""
                select coalesce(m.claim_id, rc.claim_id), sum(rc.paid) from remittance_claim rc
                """ + MATCHED_BY_HAND + """
                where rc.clinic_id = :clinic and coalesce(m.claim_id, rc.claim_id) in (:ids)
                group by 1""").param("clinic", clinic).param("ids", ids)
                .query(rs -> {
                    paid.put(rs.getString(1), rs.getBigDecimal(2));
                });
        jdbc.sql("""
                select coalesce(m.claim_id, rc.claim_id),
                       case when rc.status = '4' and a.group_code <> 'PR' then 'DENIED:' else '' end
                       || a.group_code, sum(a.amount)
                from remittance_adjustment a
                join remittance_claim rc on rc.clinic_id = a.clinic_id and rc.id = a.remittance_claim_id
                """ + MATCHED_BY_HAND + """
                where a.clinic_id = :clinic and coalesce(m.claim_id, rc.claim_id) in (:ids)
                group by 1, 2
                union all
                select pc.claim_id, 'PATIENT_PAID', sum(pc.amount) from patient_payment_claim pc
                where pc.clinic_id = :clinic and pc.claim_id in (:ids) group by 1, 2
                union all
                select b.claim_id, case when b.kind = 'WRITE_OFF' then 'WRITE_OFF:' || b.side else b.kind end,
                       sum(b.amount)
                from balance_adjustment b where b.clinic_id = :clinic and b.claim_id in (:ids) group by 1, 2""")
                .param("clinic", clinic).param("ids", ids)
                .query(rs -> {
                    byLabel.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .merge(rs.getString(2), rs.getBigDecimal(3), BigDecimal::add);
                });
        return new Sums(paid, byLabel);
    }

    void insertPayment(UUID clinic, UUID id, UUID patientId, PaymentForm.Payment p, BigDecimal amount,
                       UUID reverses, String reason, UUID by, String byName, Map<String, BigDecimal> toClaims) {
        jdbc.sql("""
                insert into patient_payment (id, clinic_id, patient_id, method, card_last4, check_number, amount,
                                             received_on, reverses, reason, recorded_by, recorded_by_name)
                values (:id, :clinic, :patient, :method, :last4, :check, :amount, :on, :reverses, :reason, :by,
                        :name)""")
                .param("id", id).param("clinic", clinic).param("patient", patientId)
                .param("method", p.method().name()).param("last4", p.cardLast4()).param("check", p.checkNumber())
                .param("amount", amount).param("on", p.receivedOn()).param("reverses", reverses)
                .param("reason", reason).param("by", by).param("name", byName).update();
        toClaims.forEach((claimId, part) -> jdbc.sql("""
                insert into patient_payment_claim (clinic_id, payment_id, claim_id, amount)
                values (:clinic, :payment, :claim, :amount)""")
                .param("clinic", clinic).param("payment", id).param("claim", claimId).param("amount", part)
                .update());
    }

    void insertAdjustment(UUID clinic, UUID id, UUID patientId, String claimId, AdjustmentForm.Adjustment a,
                          UUID by, String byName) {
        jdbc.sql("""
                insert into balance_adjustment (id, clinic_id, patient_id, claim_id, kind, side, reason, amount, note,
                                                recorded_by, recorded_by_name)
                values (:id, :clinic, :patient, :claim, :kind, :side, :reason, :amount, :note, :by, :name)""")
                .param("id", id).param("clinic", clinic).param("patient", patientId).param("claim", claimId)
                .param("kind", a.kind().name()).param("side", a.side().name()).param("reason", a.reason())
                .param("amount", a.amount()).param("note", a.note()).param("by", by).param("name", byName).update();
    }

    List<PaymentRow> payments(UUID clinic, UUID patientId) {
        Map<UUID, Map<String, BigDecimal>> parts = new HashMap<>();
        jdbc.sql("""
                select pc.payment_id, pc.claim_id, pc.amount from patient_payment_claim pc
                join patient_payment p on p.clinic_id = pc.clinic_id and p.id = pc.payment_id
                where pc.clinic_id = :clinic and p.patient_id = :patient order by pc.claim_id""")
                .param("clinic", clinic).param("patient", patientId)
                .query(rs -> {
                    parts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                });
        return jdbc.sql("""
                select id, patient_id, method, card_last4, check_number, amount, received_on, reverses, reason,
                       recorded_by_name, recorded_at
                from patient_payment where clinic_id = :clinic and patient_id = :patient
                order by recorded_at desc, id""")
                .param("clinic", clinic).param("patient", patientId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new PaymentRow(id, rs.getObject(2, UUID.class), PaymentMethod.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class),
                            rs.getObject(8, UUID.class), rs.getString(9), rs.getString(10),
                            rs.getObject(11, OffsetDateTime.class), parts.getOrDefault(id, Map.of()));
                })
                .list();
    }

    Optional<PaymentRow> payment(UUID clinic, UUID patientId, UUID paymentId) {
        return payments(clinic, patientId).stream().filter(p -> p.id().equals(paymentId)).findFirst();
    }

    /** Holds the patient's row until the transaction ends, so two payments or write-offs can't both take a balance. */
    void lockPatient(UUID clinic, UUID patientId) {
        jdbc.sql("select id from patient where clinic_id = :clinic and id = :id for update")
                .param("clinic", clinic).param("id", patientId).query(UUID.class).optional();
    }

    Map<UUID, String> patientNames(UUID clinic, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, family_name, given_name from patient where clinic_id = :clinic and id in (:ids)")
                    .param("clinic", clinic).param("ids", List.copyOf(ids))
                    .query(rs -> {
                        names.put(rs.getObject(1, UUID.class), rs.getString(2) + ", " + rs.getString(3));
                    });
        }
        return names;
    }
}
