package org.rhomboid.clinic;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ClinicRepository {

    private final JdbcClient jdbc;

    ClinicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs inside {@link ClinicScope#callAs} for the new clinic: row-level security checks the insert too. */
    public void insert(UUID id, String name, boolean secondFactorRequired) {
        jdbc.sql("insert into clinic (id, name, mfa_required) values (:id, :name, :mfa)")
                .param("id", id)
                .param("name", name)
                .param("mfa", secondFactorRequired)
                .update();
    }

    public Optional<ClinicProfile> profile(UUID id) {
        return jdbc.sql("select name, address_line, city, state, postal_code, phone, fax, npi, tax_id, requires_cosign,"
                        + " late_entry_days from clinic where id = :id")
                .param("id", id)
                .query((rs, n) -> new ClinicProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getBoolean(10), rs.getInt(11)))
                .optional();
    }

    public void updateProfile(UUID id, ClinicProfile p) {
        jdbc.sql("update clinic set name = :name, address_line = :address, city = :city, state = :state,"
                        + " postal_code = :postal, phone = :phone, fax = :fax, npi = :npi, tax_id = :tax,"
                        + " requires_cosign = :cosign, late_entry_days = :late where id = :id")
                .param("id", id).param("name", p.name()).param("address", p.addressLine()).param("city", p.city())
                .param("state", p.state()).param("postal", p.postalCode()).param("phone", p.phone())
                .param("fax", p.fax()).param("npi", p.npi()).param("tax", p.taxId())
                .param("cosign", p.requiresCosign()).param("late", p.lateEntryDays()).update();
    }

    /** The clinic's locale tag and IANA time zone as stored (the zone is null until an administrator chooses one). */
    public Optional<ClinicCalendar> calendar(UUID id) {
        return jdbc.sql("select locale, time_zone from clinic where id = :id")
                .param("id", id)
                .query((rs, n) -> new ClinicCalendar(rs.getString(1), rs.getString(2)))
                .optional();
    }

    public void updateCalendar(UUID id, ClinicCalendar calendar) {
        jdbc.sql("update clinic set locale = :locale, time_zone = :zone where id = :id")
                .param("id", id).param("locale", calendar.locale()).param("zone", calendar.timeZone()).update();
    }

    public Optional<String> name(UUID id) {
        return jdbc.sql("select name from clinic where id = :id").param("id", id).query(String.class).optional();
    }
}
