package org.rhomboid.remittance;

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
import org.rhomboid.remittance.domain.Adjustment;
import org.rhomboid.remittance.domain.ClaimPayment;
import org.rhomboid.remittance.domain.ProviderAdjustment;
import org.rhomboid.remittance.domain.Remittance;
import org.rhomboid.remittance.domain.ServicePayment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clinic's billed claims (to match against) and its posted remittances, insert-only. */
@Repository
class RemittanceRepository {

    /** A claim ID the clinic sent, with its patient and the batch whose file holds it. */
    record SentClaim(String claimId, UUID patientId, UUID batchId) {}

    record Posted(UUID id, String traceNumber, String payerName, String method, BigDecimal amount, LocalDate paidOn,
                  String postedByName, OffsetDateTime postedAt, int claims, int unmatched) {}

    /** A claim or a line waiting to be matched by hand. */
    record Unmatched(UUID itemId, String traceNumber, String payerName, String claimId, String line,
                     BigDecimal charged, BigDecimal paid, UUID patientId) {}

    /** An unmatched item (a claim payment or one of its lines) with the remittance rows it is. */
    record Item(Unmatched shown, UUID claimRow, UUID serviceRow, String status, String payerClaimControlNumber) {}

    /** A claim the clinic billed, to match an item to: its ID, patient, date of service and charge. */
    record Billed(String claimId, UUID patientId, String patientName, LocalDate serviceDate, BigDecimal charge) {}

    /** What the biller searches billed claims by; any left null is not a condition. */
    record Search(String claimId, String patient, LocalDate serviceDate, BigDecimal amount) {}

    private final JdbcClient jdbc;

    RemittanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SentClaim> sentClaims(UUID clinicId, Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        // A corrected claim (frequency 7) is matched against the lines of its latest correction's file.
        return jdbc.sql("""
                select distinct on (bn.claim_id) bn.claim_id, n.patient_id,
                       coalesce((select e.batch_id from claim_event e
                                 where e.clinic_id = bn.clinic_id and e.claim_id = bn.claim_id
                                   and e.kind = 'CORRECTED' and e.batch_id is not null
                                 order by e.occurred_at desc, e.id limit 1), bn.batch_id)
                from claim_batch_note bn join note n on n.id = bn.note_id and n.clinic_id = bn.clinic_id
                where bn.clinic_id = :clinic and bn.claim_id in (:ids)
                order by bn.claim_id, bn.batch_id""")
                .param("clinic", clinicId).param("ids", List.copyOf(claimIds))
                .query((rs, n) -> new SentClaim(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .list();
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

    /** Inserts the remittance unless its trace number was posted before; true when it was inserted. */
    boolean insertRemittance(UUID clinicId, UUID id, Remittance r, UUID postedBy, String postedByName, String file) {
        return jdbc.sql("""
                insert into remittance (id, clinic_id, trace_number, payer_name, payer_id, method, amount, paid_on,
                                        posted_by, posted_by_name, file)
                values (:id, :clinic, :trace, :payer, :payerId, :method, :amount, :paidOn, :by, :name, :file)
                on conflict (clinic_id, trace_number) do nothing""")
                .param("id", id).param("clinic", clinicId).param("trace", r.payment().traceNumber())
                .param("payer", r.payer().name()).param("payerId", r.payer().id())
                .param("method", r.payment().method()).param("amount", r.payment().amount())
                .param("paidOn", r.payment().date()).param("by", postedBy).param("name", postedByName)
                .param("file", file).update() == 1;
    }

    void insertClaim(UUID clinicId, UUID remittanceId, int line, ClaimPayment c, UUID patientId) {
        UUID claimRow = UUID.randomUUID();
        jdbc.sql("""
                insert into remittance_claim (id, clinic_id, remittance_id, line, claim_id, status, charged, paid,
                                              patient_responsibility, payer_claim_control_number, matched, patient_id,
                                              remarks)
                values (:id, :clinic, :remittance, :line, :claim, :status, :charged, :paid, :patient, :icn,
                        :matched, :patientId, :remarks)""")
                .param("id", claimRow).param("clinic", clinicId).param("remittance", remittanceId)
                .param("line", line).param("claim", c.claimId()).param("status", c.status())
                .param("charged", c.charged()).param("paid", c.paid()).param("patient", c.patientResponsibility())
                .param("icn", c.payerClaimControlNumber()).param("matched", c.matched())
                .param("patientId", patientId).param("remarks", c.remarks().toArray(String[]::new)).update();
        insertAdjustments(clinicId, claimRow, null, c.adjustments());
        int number = 0;
        for (ServicePayment s : c.services()) {
            UUID serviceRow = UUID.randomUUID();
            jdbc.sql("""
                    insert into remittance_service (id, clinic_id, remittance_claim_id, line, code, modifiers, units,
                                                    charged, paid, remarks, matched)
                    values (:id, :clinic, :claim, :line, :code, :modifiers, :units, :charged, :paid, :remarks,
                            :matched)""")
                    .param("id", serviceRow).param("clinic", clinicId).param("claim", claimRow)
                    .param("line", ++number).param("code", s.code())
                    .param("modifiers", s.modifiers().toArray(String[]::new)).param("units", s.units())
                    .param("charged", s.charged()).param("paid", s.paid())
                    .param("remarks", s.remarks().toArray(String[]::new)).param("matched", s.matched()).update();
            insertAdjustments(clinicId, claimRow, serviceRow, s.adjustments());
        }
    }

    private void insertAdjustments(UUID clinicId, UUID claimRow, UUID serviceRow, List<Adjustment> adjustments) {
        for (Adjustment a : adjustments) {
            jdbc.sql("""
                    insert into remittance_adjustment (id, clinic_id, remittance_claim_id, remittance_service_id,
                                                       group_code, reason, amount)
                    values (:id, :clinic, :claim, :service, :group, :reason, :amount)""")
                    .param("id", UUID.randomUUID()).param("clinic", clinicId).param("claim", claimRow)
                    .param("service", serviceRow).param("group", a.group()).param("reason", a.reason())
                    .param("amount", a.amount()).update();
        }
    }

    void insertProviderAdjustment(UUID clinicId, UUID remittanceId, ProviderAdjustment p) {
        jdbc.sql("""
                insert into remittance_provider_adjustment (id, clinic_id, remittance_id, reason, reference, amount)
                values (:id, :clinic, :remittance, :reason, :reference, :amount)""")
                .param("id", UUID.randomUUID()).param("clinic", clinicId).param("remittance", remittanceId)
                .param("reason", p.reason()).param("reference", p.reference()).param("amount", p.amount()).update();
    }

    List<Posted> posted(UUID clinicId) {
        return jdbc.sql("""
                select r.id, r.trace_number, r.payer_name, r.method, r.amount, r.paid_on, r.posted_by_name,
                       r.posted_at, count(c.id), count(c.id) filter (where not c.matched)
                from remittance r left join remittance_claim c on c.remittance_id = r.id and c.clinic_id = r.clinic_id
                where r.clinic_id = :clinic
                group by r.id, r.clinic_id order by r.posted_at desc limit 200""")
                .param("clinic", clinicId)
                .query((rs, n) -> new Posted(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getInt(9), rs.getInt(10)))
                .list();
    }

    private static final String UNMATCHED = """
            select coalesce(s.id, c.id), r.trace_number, r.payer_name, c.claim_id, s.code, s.modifiers, s.units,
                   coalesce(s.charged, c.charged), coalesce(s.paid, c.paid), c.patient_id, c.id, s.id, c.status,
                   c.payer_claim_control_number
            from remittance_claim c
            join remittance r on r.id = c.remittance_id and r.clinic_id = c.clinic_id
            left join remittance_service s on s.remittance_claim_id = c.id and s.clinic_id = c.clinic_id
                 and not s.matched and c.patient_id is not null
            where c.clinic_id = :clinic and not c.matched and (c.patient_id is null or s.id is not null)
              and not exists (select 1 from remittance_match m where m.clinic_id = c.clinic_id
                              and m.item_id = coalesce(s.id, c.id))
            """;

    /** Unmatched claims, and unmatched lines of claims that were found, not matched by hand yet, oldest first. */
    List<Unmatched> unmatched(UUID clinicId) {
        return items(UNMATCHED + " order by r.posted_at, c.line, s.line limit 500", clinicId, null).stream()
                .map(Item::shown).toList();
    }

    Optional<Item> unmatchedItem(UUID clinicId, UUID itemId) {
        return items(UNMATCHED + " and coalesce(s.id, c.id) = :item", clinicId, itemId).stream().findFirst();
    }

    private List<Item> items(String sql, UUID clinicId, UUID itemId) {
        List<Item> queue = new ArrayList<>();
        var statement = jdbc.sql(sql).param("clinic", clinicId);
        if (itemId != null) {
            statement = statement.param("item", itemId);
        }
        statement.query(rs -> {
            String code = rs.getString(5);
            String line = code == null ? ""
                    : code + modifiers((String[]) rs.getArray(6).getArray()) + " × " + rs.getInt(7);
            queue.add(new Item(new Unmatched(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    rs.getString(4), line, rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getObject(10, UUID.class)),
                    rs.getObject(11, UUID.class), rs.getObject(12, UUID.class), rs.getString(13),
                    rs.getString(14)));
        });
        return queue;
    }

    /** A claim ID with its patient, first date of service and charge (its notes' charges, in its first batch). */
    private static final String BILLED = """
            select b.claim_id, b.patient_id, p.given_name || ' ' || p.family_name, b.visit_date, b.charge
            from (select distinct on (bn.claim_id) bn.claim_id, n.patient_id, min(n.visit_date) as visit_date,
                         sum(bn.total_charge) as charge
                  from claim_batch_note bn join note n on n.id = bn.note_id and n.clinic_id = bn.clinic_id
                  where bn.clinic_id = :clinic
                  group by bn.claim_id, bn.batch_id, n.patient_id
                  order by bn.claim_id, min(n.visit_date)) b
            join patient p on p.id = b.patient_id and p.clinic_id = :clinic
            where true
            """;

    /** Billed claims that fit every condition given, newest visit first (at most 25). */
    List<Billed> search(UUID clinicId, Search search) {
        StringBuilder sql = new StringBuilder(BILLED);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("clinic", clinicId);
        if (search.claimId() != null) {
            sql.append(" and b.claim_id like :claim");
            params.put("claim", "%" + search.claimId().toUpperCase(java.util.Locale.ROOT)
                    .replace("%", "").replace("_", "") + "%");
        }
        if (search.patient() != null) {
            sql.append(" and (p.given_name || ' ' || p.family_name) ilike :patient");
            params.put("patient", "%" + search.patient().replace("%", "").replace("_", "") + "%");
        }
        if (search.serviceDate() != null) {
            sql.append(" and b.visit_date = :date");
            params.put("date", search.serviceDate());
        }
        if (search.amount() != null) {
            sql.append(" and b.charge = :amount");
            params.put("amount", search.amount());
        }
        sql.append(" order by b.visit_date desc, b.claim_id limit 25");
        return jdbc.sql(sql.toString()).params(params).query(RemittanceRepository::billed).list();
    }

    Optional<Billed> billed(UUID clinicId, String claimId) {
        return jdbc.sql(BILLED + " and b.claim_id = :claim").param("clinic", clinicId).param("claim", claimId)
                .query(RemittanceRepository::billed).optional();
    }

    private static Billed billed(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Billed(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getBigDecimal(5));
    }

    /** Records a match by hand; false when the item had been matched already. */
    boolean insertMatch(UUID clinicId, Item item, Billed claim, UUID by, String byName) {
        return jdbc.sql("""
                insert into remittance_match (id, clinic_id, item_id, remittance_claim_id, remittance_service_id,
                                              claim_id, patient_id, matched_by, matched_by_name)
                values (:id, :clinic, :item, :claimRow, :serviceRow, :claim, :patient, :by, :name)
                on conflict (clinic_id, item_id) do nothing""")
                .param("id", UUID.randomUUID()).param("clinic", clinicId).param("item", item.shown().itemId())
                .param("claimRow", item.claimRow()).param("serviceRow", item.serviceRow())
                .param("claim", claim.claimId()).param("patient", claim.patientId()).param("by", by)
                .param("name", byName).update() == 1;
    }

    private static String modifiers(String[] modifiers) {
        return modifiers.length == 0 ? "" : "-" + String.join("-", modifiers);
    }
}
