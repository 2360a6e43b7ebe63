package org.rhomboid.denial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.denial.domain.WorkedAction;
import org.rhomboid.remittance.domain.Adjustment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The posted claim payments that may be denials (denied whole, or with an adjustment the clinic bears other than the
 * contractual write-down) and not yet worked, with their lines, adjustments and remark codes; and the worked marks.
 * A claim matched by hand reads its claim ID and patient through its remittance_match row.
 */
@Repository
class DenialRepository {

    record Line(UUID id, String code, List<String> modifiers, int units, BigDecimal charged, BigDecimal paid,
                List<String> remarks, List<Adjustment> adjustments) {}

    record Claim(UUID id, String traceNumber, String payerName, String payerId, LocalDate paidOn, String claimId,
                 String status, BigDecimal charged, BigDecimal paid, BigDecimal patientResponsibility,
                 String payerClaimControlNumber, List<String> remarks, UUID patientId, String patientName,
                 LocalDate serviceDate, boolean billed, List<Adjustment> adjustments, List<Line> lines) {}

    private final JdbcClient jdbc;

    DenialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String CLAIMS = """
            select c.id, r.trace_number, r.payer_name, r.payer_id, r.paid_on, coalesce(m.claim_id, c.claim_id),
                   c.status, c.charged, c.paid, c.patient_responsibility, c.payer_claim_control_number, c.remarks,
                   p.id, p.given_name || ' ' || p.family_name, b.visit_date, b.notes > 0
            from remittance_claim c
            join remittance r on r.id = c.remittance_id and r.clinic_id = c.clinic_id
            left join remittance_match m on m.item_id = c.id and m.clinic_id = c.clinic_id
            left join patient p on p.id = coalesce(c.patient_id, m.patient_id) and p.clinic_id = c.clinic_id
            cross join lateral (select min(n.visit_date) as visit_date, count(*) as notes
                                from claim_batch_note bn join note n on n.id = bn.note_id and n.clinic_id = bn.clinic_id
                                where bn.clinic_id = c.clinic_id and bn.claim_id = coalesce(m.claim_id, c.claim_id)) b
            where c.clinic_id = :clinic
            """;

    /** Claim payments that may be denials, not worked, oldest payment first. */
    List<Claim> open(UUID clinicId) {
        return claims(CLAIMS + """
                  and c.status <> '22'
                  and not exists (select 1 from denial_worked w where w.remittance_claim_id = c.id
                                  and w.clinic_id = c.clinic_id)
                  -- Settled since: a later remittance paid the claim (its correction, say), or it was voided or
                  -- closed: nothing left to work.
                  and not exists (select 1 from claim_event e
                                  where e.clinic_id = c.clinic_id and e.claim_id = coalesce(m.claim_id, c.claim_id)
                                    and (e.kind in ('VOIDED', 'CLOSED')
                                         or (e.kind = 'PAID' and e.remittance_id <> r.id
                                             and e.occurred_at >= r.posted_at)))
                  and (c.status = '4' or exists (select 1 from remittance_adjustment a
                         where a.remittance_claim_id = c.id and a.clinic_id = c.clinic_id
                           and a.group_code in ('CO', 'PI', 'OI') and a.reason not in ('45', '253', '23')
                           and a.amount > 0))
                order by r.paid_on, r.posted_at, c.line limit 300""", Map.of("clinic", clinicId));
    }

    Optional<Claim> find(UUID clinicId, UUID id) {
        return claims(CLAIMS + " and c.id = :id", Map.of("clinic", clinicId, "id", id)).stream().findFirst();
    }

    boolean worked(UUID clinicId, UUID id) {
        return jdbc.sql("select count(*) from denial_worked where clinic_id = :clinic and remittance_claim_id = :id")
                .param("clinic", clinicId).param("id", id).query(Long.class).single() > 0;
    }

    /** Marks the denial worked; false when it was marked before. */
    boolean markWorked(UUID clinicId, UUID id, WorkedAction action, String note, UUID by, String byName) {
        return jdbc.sql("""
                insert into denial_worked (id, clinic_id, remittance_claim_id, action, note, worked_by, worked_by_name)
                values (:row, :clinic, :id, :action, :note, :by, :name)
                on conflict (clinic_id, remittance_claim_id) do nothing""")
                .param("row", UUID.randomUUID()).param("clinic", clinicId).param("id", id)
                .param("action", action.name()).param("note", note).param("by", by).param("name", byName)
                .update() == 1;
    }

    DenialWorklist.Patient patient(UUID clinicId, UUID patientId) {
        return jdbc.sql("""
                select given_name || ' ' || family_name, birth_date, mrn from patient
                where clinic_id = :clinic and id = :id""")
                .param("clinic", clinicId).param("id", patientId)
                .query((rs, n) -> new DenialWorklist.Patient(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3)))
                .single();
    }

    private List<Claim> claims(String sql, Map<String, Object> params) {
        record Row(UUID id, String trace, String payer, String payerId, LocalDate paidOn, String claimId,
                   String status, BigDecimal charged, BigDecimal paid, BigDecimal patient, String icn,
                   List<String> remarks, UUID patientId, String patientName, LocalDate serviceDate, boolean billed) {}
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> new Row(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11),
                List.of((String[]) rs.getArray(12).getArray()), rs.getObject(13, UUID.class), rs.getString(14),
                rs.getObject(15, LocalDate.class), rs.getBoolean(16))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID clinic = (UUID) params.get("clinic");
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<Adjustment>> claimAdjustments = new LinkedHashMap<>();
        Map<UUID, List<Adjustment>> lineAdjustments = new LinkedHashMap<>();
        jdbc.sql("""
                select remittance_claim_id, remittance_service_id, group_code, reason, amount
                from remittance_adjustment where clinic_id = :clinic and remittance_claim_id in (:ids)
                order by remittance_claim_id, id""")
                .param("clinic", clinic).param("ids", ids)
                .query(rs -> {
                    Adjustment a = new Adjustment(rs.getString(3), rs.getString(4), rs.getBigDecimal(5));
                    UUID service = rs.getObject(2, UUID.class);
                    if (service == null) {
                        claimAdjustments.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(a);
                    } else {
                        lineAdjustments.computeIfAbsent(service, k -> new ArrayList<>()).add(a);
                    }
                });
        Map<UUID, List<Line>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                select remittance_claim_id, id, code, modifiers, units, charged, paid, remarks
                from remittance_service where clinic_id = :clinic and remittance_claim_id in (:ids)
                order by remittance_claim_id, line""")
                .param("clinic", clinic).param("ids", ids)
                .query(rs -> {
                    UUID id = rs.getObject(2, UUID.class);
                    lines.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Line(id,
                            rs.getString(3), List.of((String[]) rs.getArray(4).getArray()), rs.getInt(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7), List.of((String[]) rs.getArray(8).getArray()),
                            lineAdjustments.getOrDefault(id, List.of())));
                });
        return rows.stream().map(r -> new Claim(r.id(), r.trace(), r.payer(), r.payerId(), r.paidOn(), r.claimId(),
                r.status(), r.charged(), r.paid(), r.patient(), r.icn(), r.remarks(), r.patientId(), r.patientName(),
                r.serviceDate(), r.billed(), claimAdjustments.getOrDefault(r.id(), List.of()),
                lines.getOrDefault(r.id(), List.of()))).toList();
    }
}
