package org.rhomboid.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.coverage.domain.Coverage;
import org.rhomboid.coverage.domain.Rank;
import org.rhomboid.coverage.domain.Relationship;
import org.rhomboid.coverage.domain.Subscriber;
import org.rhomboid.patient.domain.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Patients' coverages (coverage, V39), with the payer's name from the directory. */
@Repository
class CoverageRepository {

    private static final String SELECT = "select c.id, c.patient_id, c.payer_id, p.name as payer_name, c.rank,"
            + " c.member_id, c.group_number, c.relationship, c.subscriber_family, c.subscriber_given,"
            + " c.subscriber_birth, c.subscriber_sex, c.subscriber_address, c.subscriber_city, c.subscriber_state,"
            + " c.subscriber_zip, c.first_day, c.last_day from coverage c join payer p on p.clinic_id = c.clinic_id"
            + " and p.id = c.payer_id";

    private final JdbcClient jdbc;

    CoverageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first within each rank: primary, secondary, tertiary. */
    List<Coverage> ofPatient(UUID clinic, UUID patientId) {
        return jdbc.sql(SELECT + " where c.clinic_id = :c and c.patient_id = :p"
                        + " order by array_position(array['PRIMARY','SECONDARY','TERTIARY'], c.rank), c.first_day desc")
                .param("c", clinic).param("p", patientId).query(CoverageRepository::map).list();
    }

    /** Every coverage of these patients, by patient (one query for a claims preview). */
    Map<UUID, List<Coverage>> ofPatients(UUID clinic, java.util.Collection<UUID> patientIds) {
        Map<UUID, List<Coverage>> byPatient = new HashMap<>();
        if (patientIds.isEmpty()) {
            return byPatient;
        }
        jdbc.sql(SELECT + " where c.clinic_id = :c and c.patient_id = any(:patients)")
                .param("c", clinic).param("patients", patientIds.toArray(UUID[]::new))
                .query(rs -> {
                    Coverage c = map(rs, 0);
                    byPatient.computeIfAbsent(c.patientId(), p -> new java.util.ArrayList<>()).add(c);
                });
        return byPatient;
    }

    Optional<Coverage> find(UUID clinic, UUID id) {
        return jdbc.sql(SELECT + " where c.clinic_id = :c and c.id = :id").param("c", clinic).param("id", id)
                .query(CoverageRepository::map).optional();
    }

    /** @return false when the patient already has a coverage of this rank on one of its days (refused, nothing kept) */
    boolean insert(UUID clinic, Coverage c, UUID by) {
        return org.rhomboid.database.Savepoints.unlessExcluded(jdbc, () -> jdbc.sql("insert into coverage (id, clinic_id, patient_id, payer_id, rank, member_id, group_number,"
                        + " relationship, subscriber_family, subscriber_given, subscriber_birth, subscriber_sex,"
                        + " subscriber_address, subscriber_city, subscriber_state, subscriber_zip, first_day, last_day,"
                        + " created_by) values (:id, :c, :patient, :payer, :rank, :member, :group, :relationship,"
                        + " :family, :given, :birth, :sex, :address, :city, :state, :zip, :first, :last, :by)")
                .params(params(c)).param("c", clinic).param("by", by).update());
    }

    /** @return false when the change would give the patient two coverages of one rank on a day (refused) */
    boolean update(UUID clinic, Coverage c, UUID by) {
        return org.rhomboid.database.Savepoints.unlessExcluded(jdbc, () -> jdbc.sql("update coverage set payer_id = :payer, rank = :rank, member_id = :member,"
                        + " group_number = :group, relationship = :relationship, subscriber_family = :family,"
                        + " subscriber_given = :given, subscriber_birth = :birth, subscriber_sex = :sex,"
                        + " subscriber_address = :address, subscriber_city = :city, subscriber_state = :state,"
                        + " subscriber_zip = :zip, first_day = :first, last_day = :last, version = version + 1,"
                        + " updated_by = :by, updated_at = now() where clinic_id = :c and id = :id")
                .params(params(c)).param("c", clinic).param("by", by).update());
    }

    private static Map<String, Object> params(Coverage c) {
        Subscriber s = c.subscriber();
        Map<String, Object> m = new HashMap<>();
        m.put("id", c.id());
        m.put("patient", c.patientId());
        m.put("payer", c.payerId());
        m.put("rank", c.rank().name());
        m.put("member", c.memberId());
        m.put("group", c.groupNumber());
        m.put("relationship", c.relationship().name());
        m.put("family", s == null ? null : s.familyName());
        m.put("given", s == null ? null : s.givenName());
        m.put("birth", s == null ? null : s.birthDate());
        m.put("sex", s == null ? null : s.sex().name());
        m.put("address", s == null ? null : s.addressLine());
        m.put("city", s == null ? null : s.city());
        m.put("state", s == null ? null : s.state());
        m.put("zip", s == null ? null : s.postalCode());
        m.put("first", c.firstDay());
        m.put("last", c.lastDay());
        return m;
    }

    private static Coverage map(ResultSet rs, int n) throws SQLException {
        Subscriber subscriber = rs.getString("subscriber_family") == null ? null : new Subscriber(
                rs.getString("subscriber_family"), rs.getString("subscriber_given"),
                rs.getObject("subscriber_birth", LocalDate.class), Sex.valueOf(rs.getString("subscriber_sex")),
                rs.getString("subscriber_address"), rs.getString("subscriber_city"), rs.getString("subscriber_state"),
                rs.getString("subscriber_zip"));
        return new Coverage(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("payer_id", UUID.class), rs.getString("payer_name"), Rank.valueOf(rs.getString("rank")),
                rs.getString("member_id"), rs.getString("group_number"),
                Relationship.valueOf(rs.getString("relationship")), subscriber,
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class));
    }
}
