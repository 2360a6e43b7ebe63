package org.rhomboid.payer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.billing.domain.UnitMethod;
import org.rhomboid.payer.domain.FilingIndicator;
import org.rhomboid.payer.domain.PayerProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payer directory (payer, V38). */
@Repository
class PayerRepository {

    private static final String COLUMNS = "id, name, payer_id, filing_indicator, address_line, city, state, postal_code,"
            + " phone, unit_method, distinct_modifier, medicare_rules, ncci, timely_filing_days, prior_authorization,"
            + " active";

    private final JdbcClient jdbc;

    PayerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In use first, then by name. */
    List<PayerProfile> all(UUID clinic) {
        return jdbc.sql("select " + COLUMNS + " from payer where clinic_id = :c order by active desc, lower(name)")
                .param("c", clinic).query(PayerRepository::map).list();
    }

    Optional<PayerProfile> find(UUID clinic, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payer where clinic_id = :c and id = :id")
                .param("c", clinic).param("id", id).query(PayerRepository::map).optional();
    }

    Optional<PayerProfile> named(UUID clinic, String name) {
        return jdbc.sql("select " + COLUMNS + " from payer where clinic_id = :c and lower(name) = lower(:name)")
                .param("c", clinic).param("name", name).query(PayerRepository::map).optional();
    }

    void insert(UUID clinic, PayerProfile p, UUID by) {
        jdbc.sql("insert into payer (" + COLUMNS + ", clinic_id, updated_by) values (:id, :name, :payerId, :filing,"
                        + " :line, :city, :state, :zip, :phone, :units, :modifier, :medicare, :ncci, :days, :auth,"
                        + " :active, :c, :by)")
                .params(params(p)).param("c", clinic).param("by", by).update();
    }

    /** @return false when the payer is not the clinic's */
    boolean update(UUID clinic, PayerProfile p, UUID by) {
        return jdbc.sql("update payer set name = :name, payer_id = :payerId, filing_indicator = :filing,"
                        + " address_line = :line, city = :city, state = :state, postal_code = :zip, phone = :phone,"
                        + " unit_method = :units, distinct_modifier = :modifier, medicare_rules = :medicare,"
                        + " ncci = :ncci, timely_filing_days = :days, prior_authorization = :auth, active = :active,"
                        + " version = version + 1, updated_by = :by, updated_at = now()"
                        + " where clinic_id = :c and id = :id")
                .params(params(p)).param("c", clinic).param("by", by).update() == 1;
    }

    private static java.util.Map<String, Object> params(PayerProfile p) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("payerId", p.payerId());
        m.put("filing", p.filingIndicator().code());
        m.put("line", p.address().line());
        m.put("city", p.address().city());
        m.put("state", p.address().state());
        m.put("zip", p.address().postalCode());
        m.put("phone", p.address().phone());
        m.put("units", p.unitMethod().name());
        m.put("modifier", p.distinctModifier());
        m.put("medicare", p.medicareRules());
        m.put("ncci", p.ncci());
        m.put("days", p.timelyFilingDays());
        m.put("auth", p.priorAuthorization());
        m.put("active", p.active());
        return m;
    }

    private static PayerProfile map(ResultSet rs, int n) throws SQLException {
        return new PayerProfile(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("payer_id"),
                FilingIndicator.ofCode(rs.getString("filing_indicator")).orElse(FilingIndicator.MUTUALLY_DEFINED),
                new PayerProfile.Address(rs.getString("address_line"), rs.getString("city"), rs.getString("state"),
                        rs.getString("postal_code"), rs.getString("phone")),
                UnitMethod.valueOf(rs.getString("unit_method")), rs.getString("distinct_modifier"),
                rs.getBoolean("medicare_rules"), rs.getBoolean("ncci"), rs.getInt("timely_filing_days"),
                rs.getBoolean("prior_authorization"), rs.getBoolean("active"));
    }
}
