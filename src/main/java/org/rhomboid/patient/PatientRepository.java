package org.rhomboid.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.SearchTerms;
import org.rhomboid.patient.domain.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Patients of one clinic. Every statement names the clinic, and row-level security checks it again. */
@Repository
class PatientRepository {

    private static final String COLUMNS = """
            id, mrn, family_name, given_name, birth_date, sex, phone, email, address_line, city, state, postal_code,
            primary_payer, member_id, referring_provider_name, referring_provider_npi, version""";

    private final JdbcClient jdbc;

    PatientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Patient> find(UUID clinicId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from patient where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId)
                .param("id", id)
                .query(PatientRepository::map)
                .optional();
    }

    boolean mrnTaken(UUID clinicId, String mrn, UUID exceptPatient) {
        return jdbc.sql("""
                select exists (select 1 from patient
                                where clinic_id = :clinic and mrn = :mrn and id is distinct from :except)""")
                .param("clinic", clinicId)
                .param("mrn", mrn)
                .param("except", exceptPatient)
                .query(Boolean.class)
                .single();
    }

    /** Takes the clinic's next record number; the row lock on the clinic serialises concurrent registrations. */
    String nextMrn(UUID clinicId) {
        long number = jdbc.sql("update clinic set next_mrn = next_mrn + 1 where id = :clinic returning next_mrn - 1")
                .param("clinic", clinicId)
                .query(Long.class)
                .single();
        return "R%06d".formatted(number);
    }

    void insert(UUID clinicId, UUID id, PatientDetails p) {
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, family_name, given_name, birth_date, sex, phone, email,
                                     address_line, city, state, postal_code, primary_payer, member_id,
                                     referring_provider_name, referring_provider_npi)
                values (:id, :clinic, :mrn, :family, :given, :birth, :sex, :phone, :email, :address, :city, :state,
                        :postal, :payer, :member, :refName, :refNpi)""")
                .param("id", id)
                .param("clinic", clinicId)
                .params(values(p))
                .update();
    }

    /** @return false when the patient changed since {@code p.version()} was read */
    boolean update(UUID clinicId, UUID id, PatientDetails p) {
        return jdbc.sql("""
                update patient set mrn = :mrn, family_name = :family, given_name = :given, birth_date = :birth,
                       sex = :sex, phone = :phone, email = :email, address_line = :address, city = :city,
                       state = :state, postal_code = :postal, primary_payer = :payer, member_id = :member,
                       referring_provider_name = :refName, referring_provider_npi = :refNpi,
                       version = version + 1, updated_at = now()
                 where clinic_id = :clinic and id = :id and version = :version""")
                .param("id", id)
                .param("clinic", clinicId)
                .param("version", p.version())
                .params(values(p))
                .update() == 1;
    }

    /** A search statement with its parameters; built once here so tests can EXPLAIN exactly what runs. */
    record SearchQuery(String sql, Map<String, Object> params) {}

    List<Patient> search(UUID clinicId, SearchTerms terms, int limit) {
        SearchQuery query = searchQuery(clinicId, terms, limit);
        return jdbc.sql(query.sql()).params(query.params()).query(PatientRepository::map).list();
    }

    /**
     * Only the conditions the person typed, each answerable from an index. Names are searched in branches
     * that each walk one name index in order and stop at the limit: family-name matches first ("smi" →
     * Smith…), then given-name matches (Smitty…). Order is by code point (text_pattern_ops), so accented
     * initials sort after z; results are a first page, not a directory.
     */
    static SearchQuery searchQuery(UUID clinicId, SearchTerms terms, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("clinic", clinicId);
        params.put("limit", limit);
        StringBuilder where = new StringBuilder("clinic_id = :clinic");
        terms.birthDate().ifPresent(date -> {
            where.append(" and birth_date = :birth");
            params.put("birth", date);
        });
        terms.mrn().ifPresent(mrn -> {
            where.append(" and mrn = :mrn");
            params.put("mrn", mrn);
        });
        List<String> names = terms.names();
        for (int i = 0; i < names.size(); i++) {
            params.put("n" + i + "_from", names.get(i));
            params.put("n" + i + "_to", upperBound(names.get(i)));
        }
        if (names.isEmpty()) {
            return new SearchQuery("select " + COLUMNS + " from patient where " + where
                    + " order by family_name_key using ~<~, given_name_key using ~<~, birth_date limit :limit", params);
        }
        List<String> branches = new ArrayList<>();
        if (names.size() == 1) {
            branches.add(branch(0, where, FAMILY, startsWith(FAMILY, "n0")));
            branches.add(branch(1, where, GIVEN, startsWith(GIVEN, "n0") + " and not " + startsWith(FAMILY, "n0")));
        } else {
            String asTyped = startsWith(FAMILY, "n0") + " and " + startsWith(GIVEN, "n1");
            branches.add(branch(0, where, FAMILY, asTyped));
            branches.add(branch(1, where, FAMILY,
                    startsWith(FAMILY, "n1") + " and " + startsWith(GIVEN, "n0") + " and not (" + asTyped + ")"));
        }
        return new SearchQuery("select " + COLUMNS + " from (" + String.join(" union all ", branches)
                + ") found order by rank, k1 using ~<~, k2 using ~<~, birth_date limit :limit", params);
    }

    private static final String FAMILY = "family_name_key";
    private static final String GIVEN = "given_name_key";

    /** One ranked branch, ordered like the index it walks ({@code lead} first), limited on its own. */
    private static String branch(int rank, CharSequence where, String lead, String condition) {
        String other = lead.equals(FAMILY) ? GIVEN : FAMILY;
        return "(select *, " + rank + " as rank, " + lead + " as k1, " + other + " as k2 from patient where " + where
                + " and " + condition + " order by " + lead + " using ~<~, " + other + " using ~<~, birth_date"
                + " limit :limit)";
    }

    List<Patient> recentlyUpdated(UUID clinicId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from patient where clinic_id = :clinic order by updated_at desc limit :limit")
                .param("clinic", clinicId)
                .param("limit", limit)
                .query(PatientRepository::map)
                .list();
    }

    /**
     * A prefix test PostgreSQL can answer from the text_pattern_ops index even under row-level security:
     * {@code key ~>=~ 'smi' and key ~<~ 'smj'}. Typed characters are compared literally, never as patterns.
     */
    private static String startsWith(String column, String param) {
        return "(" + column + " ~>=~ :" + param + "_from and " + column + " ~<~ :" + param + "_to)";
    }

    /** The smallest string greater than every string starting with {@code prefix}, in code-point order. */
    static String upperBound(String prefix) {
        // SearchTerms keeps only letters and name punctuation, so the last code point is never the maximum.
        int last = prefix.codePointBefore(prefix.length());
        String head = prefix.substring(0, prefix.length() - Character.charCount(last));
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return head + Character.toString(next);
    }

    private static Map<String, Object> values(PatientDetails p) {
        Map<String, Object> values = new HashMap<>();
        values.put("mrn", p.mrn());
        values.put("family", p.familyName());
        values.put("given", p.givenName());
        values.put("birth", p.birthDate());
        values.put("sex", p.sex().name());
        values.put("phone", p.phone());
        values.put("email", p.email());
        values.put("address", p.addressLine());
        values.put("city", p.city());
        values.put("state", p.state());
        values.put("postal", p.postalCode());
        values.put("payer", p.primaryPayer().name());
        values.put("member", p.memberId());
        values.put("refName", p.referringProviderName());
        values.put("refNpi", p.referringProviderNpi());
        return values;
    }

    private static Patient map(ResultSet rs, int row) throws SQLException {
        return new Patient(rs.getObject("id", UUID.class), rs.getString("mrn"), rs.getString("family_name"),
                rs.getString("given_name"), rs.getObject("birth_date", LocalDate.class),
                Sex.valueOf(rs.getString("sex")), rs.getString("phone"), rs.getString("email"),
                rs.getString("address_line"), rs.getString("city"), rs.getString("state"),
                rs.getString("postal_code"), Payer.valueOf(rs.getString("primary_payer")),
                rs.getString("member_id"), rs.getString("referring_provider_name"),
                rs.getString("referring_provider_npi"), rs.getInt("version"));
    }
}
